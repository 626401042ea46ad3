import { catalog } from '../../content/catalog.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { toJson, toMadr } from '../../share/export.ts';
import { secondaryButton } from './edit-link.tsx';

/** Save text as a file. Sandboxed frames without `allow-downloads` ignore it, harmlessly. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

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
  return (
    <>
      <button
        type="button"
        className={secondaryButton}
        onClick={() =>
          download(
            `${today()}-backend-stack.md`,
            'text/markdown',
            toMadr(catalog, state, complete(), shareUrl, today()),
          )
        }
      >
        Decision record (.md)
      </button>
      <button
        type="button"
        className={secondaryButton}
        onClick={() =>
          download('stackwise-result.json', 'application/json', toJson(state, complete(), shareUrl))
        }
      >
        JSON
      </button>
      <button
        type="button"
        className={secondaryButton}
        onClick={() => {
          // Folded advice prints too.
          for (const d of document.querySelectorAll('main details')) d.setAttribute('open', '');
          window.print();
        }}
      >
        Print
      </button>
    </>
  );
}

/** The canonical link for a state: what Copy link copies and the exports cite. */
export function shareUrlFor(query: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#/result?${query}`;
}
