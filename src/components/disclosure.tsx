import { type ReactNode } from 'react';

/**
 * A section whose body opens on demand: a heading holding a toggle button (aria-expanded), a
 * one-line summary of what is inside, and the body. The owner keeps the open state (the result
 * page keeps it in the URL). `keepMounted` renders the body while closed too, hidden, so it can
 * print or be found; otherwise it renders only when open. Props only.
 */
export function Disclosure({
  id,
  title,
  summary,
  open,
  onToggle,
  keepMounted = false,
  printOpen = false,
  className = '',
  children,
}: {
  /** Base for element ids: `${id}-title`, `${id}-body`. */
  id: string;
  title: string;
  /** What is inside, shown beside the title while closed ("3 stacks"). */
  summary?: string;
  open: boolean;
  onToggle: () => void;
  keepMounted?: boolean;
  /** Print the body even while closed (implies keepMounted). */
  printOpen?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={`border-t border-border ${printOpen ? 'print-open' : ''} ${className}`}
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={onToggle}
          className="flex min-h-12 w-full items-center gap-3 rounded-sm py-2 text-left hover:text-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className={`size-4 shrink-0 fill-none stroke-current stroke-2 transition-transform ${open ? 'rotate-90' : ''}`}
          >
            <path d="M6 3l5 5-5 5" />
          </svg>
          <span className="flex-1">{title}</span>
          {summary && !open && <span className="text-sm font-normal text-muted">{summary}</span>}
        </button>
      </h2>
      {/* A class, not the hidden attribute, when it must print: print CSS can lift a class. */}
      <div
        id={`${id}-body`}
        hidden={!open && !printOpen}
        className={!open && printOpen ? 'hidden print:block' : undefined}
        data-disclosure-body=""
      >
        {(open || keepMounted || printOpen) && <div className="pb-6">{children}</div>}
      </div>
    </section>
  );
}
