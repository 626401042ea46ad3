// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button, ButtonLink } from './button.tsx';
import { Notice } from './notice.tsx';
import { TextLink } from './text-link.tsx';

afterEach(cleanup);

describe('Button', () => {
  it('is a button that never submits a form by accident, and acts on click', async () => {
    const onClick = vi.fn();
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button onClick={onClick}>Copy link</Button>
      </form>,
    );
    const button = screen.getByRole('button', { name: 'Copy link' });
    expect(button).toHaveProperty('type', 'button');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('passes ARIA state through (a fold button says whether it is expanded)', () => {
    render(<Button aria-expanded={true}>Show only 3</Button>);
    expect(screen.getByRole('button', { name: 'Show only 3', expanded: true })).toBeTruthy();
  });

  it('a disabled button cannot be pressed', async () => {
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        Export
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('links', () => {
  it('ButtonLink and TextLink are links to hash routes of the app', () => {
    render(
      <MemoryRouter>
        <ButtonLink to="/wizard/scale">Start</ButtonLink>
        <TextLink to="/compare?ids=a,b">Open the comparison page</TextLink>
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Start' }).getAttribute('href')).toBe('/wizard/scale');
    expect(
      screen.getByRole('link', { name: 'Open the comparison page' }).getAttribute('href'),
    ).toBe('/compare?ids=a,b');
  });

  it('a link keeps the extra classes it is given beside its own look', () => {
    render(
      <MemoryRouter>
        <TextLink to="/" className="font-semibold">
          Home
        </TextLink>
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Home' });
    expect(link.className).toContain('font-semibold');
    expect(link.className).toContain('underline');
  });
});

describe('Notice', () => {
  it('is a polite status message with its title and body', () => {
    render(
      <Notice tone="warn" title="About this link">
        <p>One answer was ignored.</p>
      </Notice>,
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('About this link');
    expect(status.textContent).toContain('One answer was ignored.');
  });

  it('offers Dismiss only when it can be dismissed, and calls back once', async () => {
    const onDismiss = vi.fn();
    const { rerender } = render(<Notice>Saved answers were reset.</Notice>);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    rerender(<Notice onDismiss={onDismiss}>Saved answers were reset.</Notice>);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
