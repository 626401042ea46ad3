import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';

const TONES = {
  /** Links in running text and tables. */
  accent:
    'rounded-sm text-accent underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
  /** Links in quiet places (the footer) that take the text colour until hovered. */
  muted:
    'rounded-sm underline underline-offset-2 hover:text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent',
} as const;

export type TextLinkTone = keyof typeof TONES;

/**
 * The classes of a text link, for elements that must read as one without being a TextLink (an
 * outside `<a>`, a `<summary>` that opens evidence, a link component with its own behaviour).
 */
export function textLinkClass(tone: TextLinkTone = 'accent', className = ''): string {
  return className ? `${TONES[tone]} ${className}` : TONES[tone];
}

/** A link to another screen of the app, styled as a link in text. */
export function TextLink({
  tone = 'accent',
  className = '',
  ...props
}: ComponentProps<typeof Link> & { tone?: TextLinkTone; className?: string }) {
  return <Link className={textLinkClass(tone, className)} {...props} />;
}

/** A link to another site: opens in a new tab, and says so to screen readers and the eye. */
export function ExternalLink({
  href,
  children,
  tone = 'accent',
  className = '',
}: {
  href: string;
  children: ReactNode;
  tone?: TextLinkTone;
  className?: string;
}) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={textLinkClass(tone, className)}
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
