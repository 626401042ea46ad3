import type { MouseEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { textLinkClass } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { useEdit } from './edit-context.tsx';

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
  className = textLinkClass(),
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
