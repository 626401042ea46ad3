import { detailedCatalog } from '../../content/prose.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { toJson, toMadr } from '../../share/export.ts';
import { buttonClass } from '../../components/button.tsx';
import { download, today } from '../../lib/download.ts';

/** Exports for design docs: a MADR 4 decision record, JSON, and print (or PDF). */
export function ExportActions({
  state,
  complete,
  shareUrl,
}: {
  state: ShareState;
  /** The full recommendation, what-if analysis included (worked out now if still pending). */
  complete: () => Recommendation;
  shareUrl: string;
}) {
  const item = buttonClass('secondary', 'w-full text-left');
  return (
    <details className="group relative">
      <summary
        className={buttonClass(
          'secondary',
          'inline-flex cursor-pointer list-none items-center gap-1.5 [&::-webkit-details-marker]:hidden',
        )}
      >
        Export
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-3.5 fill-none stroke-current stroke-2 transition-transform group-open:rotate-180"
        >
          <path d="M4 6l4 4 4-4" />
        </svg>
      </summary>
      <div className="absolute left-0 z-10 mt-1 flex w-56 flex-col gap-1 rounded-lg border border-border bg-bg p-2 shadow-lg">
        <button
          type="button"
          className={item}
          onClick={() =>
            download(
              `${today()}-backend-stack.md`,
              'text/markdown',
              toMadr(detailedCatalog, state, complete(), shareUrl, today()),
            )
          }
        >
          Decision record (.md)
        </button>
        <button
          type="button"
          className={item}
          onClick={() =>
            download(
              'stackwise-result.json',
              'application/json',
              toJson(state, complete(), shareUrl),
            )
          }
        >
          JSON
        </button>
        <button
          type="button"
          className={item}
          onClick={(e) => {
            e.currentTarget.closest('details')?.removeAttribute('open');
            // Folded advice prints too.
            for (const d of document.querySelectorAll('[data-pitfall-id] details'))
              d.setAttribute('open', '');
            window.print();
          }}
        >
          Print or save as PDF
        </button>
      </div>
    </details>
  );
}

/** The canonical link for a state: what Copy link copies and the exports cite. */
export function shareUrlFor(query: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#/result?${query}`;
}
