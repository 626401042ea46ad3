// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CopyLink } from './copy-link.tsx';

const URL = 'https://stackwise.example/#/result?v=1&team-language=go';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** user-event installs its own clipboard; replace it after setup to control what it does. */
function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  });
}

describe('Copy link', () => {
  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    setClipboard(writeText);
    render(<CopyLink url={URL} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('status').textContent).toContain('Link copied');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it.each([
    ['refuses', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ['is missing', undefined],
  ])('when the clipboard %s, shows the link selected and names the keys', async (_, write) => {
    const user = userEvent.setup();
    setClipboard(write);
    render(<CopyLink url={URL} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = screen.getByRole('textbox', { name: 'Link to this result' }) as HTMLInputElement;
    expect(field.value).toBe(URL);
    expect(field.readOnly).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(URL.length);
    expect(screen.getByRole('status').textContent).toMatch(/did not let the page copy.*\+C/);
  });

  it('shows the other actions beside it', () => {
    render(<CopyLink url={URL} actions={<button type="button">Edit answers</button>} />);
    expect(screen.getByRole('button', { name: 'Edit answers' })).toBeTruthy();
  });
});
