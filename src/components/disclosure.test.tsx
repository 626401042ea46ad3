// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Disclosure } from './disclosure.tsx';

afterEach(cleanup);

function Section(props: { keepMounted?: boolean; printOpen?: boolean; startOpen?: boolean }) {
  const [open, setOpen] = useState(props.startOpen ?? false);
  return (
    <Disclosure
      id="runners"
      title="Runner-up stacks"
      summary="3 stacks"
      open={open}
      onToggle={() => setOpen(!open)}
      keepMounted={props.keepMounted ?? false}
      printOpen={props.printOpen ?? false}
    >
      <p>Python, Django, PostgreSQL</p>
    </Disclosure>
  );
}

describe('Disclosure', () => {
  it('is a named region whose heading holds a toggle that says whether it is open', async () => {
    render(<Section />);
    const toggle = screen.getByRole('button', { name: /Runner-up stacks/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe('runners-body');
    expect(screen.getByRole('region', { name: /Runner-up stacks/ })).toBeTruthy();
    // Closed: the summary says what is inside; the body is not there.
    expect(toggle.textContent).toContain('3 stacks');
    expect(screen.queryByText('Python, Django, PostgreSQL')).toBeNull();

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Python, Django, PostgreSQL')).toBeTruthy();
    // Open: the summary gives way to the body.
    expect(toggle.textContent).not.toContain('3 stacks');
  });

  it('opens and closes from the keyboard', async () => {
    render(<Section />);
    await userEvent.tab();
    const toggle = screen.getByRole('button', { name: /Runner-up stacks/ });
    expect(document.activeElement).toBe(toggle);
    await userEvent.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard(' ');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps a closed body in the page, hidden, when asked to (find in page, print)', () => {
    const { container } = render(<Section keepMounted />);
    const body = container.querySelector('#runners-body') as HTMLElement;
    expect(body.textContent).toContain('Python, Django, PostgreSQL');
    expect(body.hidden).toBe(true);
  });

  it('prints a closed body: hidden on screen by a class print CSS can lift', () => {
    const { container } = render(<Section printOpen />);
    const body = container.querySelector('#runners-body') as HTMLElement;
    expect(body.textContent).toContain('Python, Django, PostgreSQL');
    // Not the hidden attribute: Tailwind's preflight makes [hidden] !important, even in print.
    expect(body.hidden).toBe(false);
    expect(body.className).toMatch(/\bhidden\b/);
    expect(body.className).toMatch(/\bprint:block\b/);
  });
});
