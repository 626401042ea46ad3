/** Class names the team page's parts share (the same look as the result page's controls). */
export const linkClass =
  'rounded-sm text-accent underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

const buttonBase =
  'rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
export const primaryButton = `${buttonBase} bg-accent text-accent-fg hover:opacity-90`;
export const secondaryButton = `${buttonBase} border border-border bg-bg text-fg hover:bg-surface-2`;

export const fieldClass =
  'mt-1 block w-full rounded-md border border-border bg-bg px-2 py-1.5 text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
