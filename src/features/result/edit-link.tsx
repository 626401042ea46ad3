import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { useEdit } from './edit-context.tsx';

export const linkClass =
  'rounded-sm text-accent underline underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

const buttonBase =
  'rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
export const primaryButton = `${buttonBase} bg-accent text-accent-fg hover:opacity-90`;
export const secondaryButton = `${buttonBase} border border-border bg-bg text-fg hover:bg-surface-2`;

function isPlainClick(e: MouseEvent) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * A link to one wizard step that first loads this result's answers into the wizard, without
 * touching different answers saved in this browser (see edit-context.tsx).
 */
export function EditLink({
  question,
  children,
  className = linkClass,
}: {
  question: string;
  /** Tells apart several links to the same question on the page (kept for callers). */
  place?: string;
  children: ReactNode;
  className?: string;
}) {
  const { request } = useEdit();
  return (
    <Link
      to={paths.step.to(question, { returnTo: 'result' })}
      className={className}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        request(question);
      }}
    >
      {children}
    </Link>
  );
}
