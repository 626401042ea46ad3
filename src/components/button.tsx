import type { ComponentProps } from 'react';
import { Link } from 'react-router';

const base =
  'rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

const VARIANTS = {
  /** The one main action of a place ("Replace my saved answers"). */
  primary: `${base} bg-accent text-accent-fg hover:opacity-90`,
  /** Every other action ("Copy link", "Clear pins", "Export"). */
  secondary: `${base} border border-border bg-bg text-fg hover:bg-surface-2`,
  /** No frame until hovered, for toolbars and navigation; the caller sets the text colour. */
  quiet: `${base} hover:bg-surface-2`,
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

/**
 * The classes of a button, for elements that must look like one without being a Button (a
 * `<summary>`, a router NavLink with its own active state).
 */
export function buttonClass(variant: ButtonVariant = 'secondary', className = ''): string {
  return className ? `${VARIANTS[variant]} ${className}` : VARIANTS[variant];
}

/** A button that acts on the page. `type="button"` unless said otherwise: never submits by accident. */
export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A link to another screen of the app that looks like a button ("Start", "Edit answers"). */
export function ButtonLink({
  variant = 'secondary',
  className = '',
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; className?: string }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
