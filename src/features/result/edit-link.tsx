import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.tsx';
import { textLinkClass } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { useEdit } from './edit-context.tsx';

function isPlainClick(e: MouseEvent) {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/**
 * A link to one wizard step that first loads this result's answers into the wizard. When that
 * would overwrite different saved answers, it asks inline, right where it was clicked.
 */
export function EditLink({
  question,
  place,
  children,
  className = textLinkClass(),
}: {
  question: string;
  /** Tells apart several links to the same question on the page. */
  place: string;
  children: ReactNode;
  className?: string;
}) {
  const { pending, request, confirm, cancel } = useEdit();
  const key = `${place}:${question}`;
  const link = useRef<HTMLAnchorElement>(null);
  const asking = pending?.key === key;
  return (
    <>
      <Link
        ref={link}
        to={paths.step.to(question, { returnTo: 'result' })}
        className={className}
        onClick={(e) => {
          if (!isPlainClick(e)) return;
          e.preventDefault();
          request(key, question);
        }}
      >
        {children}
      </Link>
      {asking && (
        <ConfirmReplace
          onConfirm={confirm}
          onCancel={() => {
            cancel();
            link.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ConfirmReplace({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div
      ref={box}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      className="mt-2 block rounded-lg border-l-4 border-warn bg-surface p-3 text-sm text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      <p id={`${id}-title`} className="font-semibold">
        Replace your saved answers?
      </p>
      <p id={`${id}-text`} className="mt-1">
        This browser has saved answers that differ from this link. Editing loads the link’s answers
        into the wizard in their place.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="primary" onClick={onConfirm}>
          Replace my saved answers
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
