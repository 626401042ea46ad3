/**
 * How the page starts. `vite build` prerenders the start page into index.html (src/prerender.tsx)
 * so a first visit paints it before any JavaScript runs. That HTML is right only for the view it
 * was rendered for: the start page, outside a host page, in a browser with storage and nothing
 * saved yet. A tiny inline script (boot-script.ts, allowed by its hash in the CSP) runs in the
 * <head> before anything paints and marks the page:
 *
 *   data-boot="hydrate"  the prerendered HTML is what the app would render: show it, then hydrate.
 *   data-boot="render"   anything else (a deep link, saved answers, an embed, refused storage):
 *                        the stylesheet hides the prerendered HTML and the app renders from
 *                        scratch, so a link to a step never shows the start page first.
 *
 * The script also applies the saved (or embed-requested) theme before the first paint.
 */

/** Hashes the router reads as the start page: none, `#`, `#/`, optionally with a query. */
export const START_HASH = /^#?\/?(?:\?.*)?$/;

export type BootView = 'hydrate' | 'render';

/** The view main.tsx starts: hydrate only what the boot script approved, if still on `#/`. */
export function bootView(root: HTMLElement, container: HTMLElement, hash: string): BootView {
  return root.dataset.boot === 'hydrate' &&
    container.hasAttribute('data-prerendered') &&
    START_HASH.test(hash)
    ? 'hydrate'
    : 'render';
}
