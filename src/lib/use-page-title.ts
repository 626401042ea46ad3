import { useEffect } from 'react';

let siteName = 'Stackwise';

/** The site's own name (content/site.md), so a portal's copy names itself in every tab title. */
export function setSiteName(name: string): void {
  siteName = name;
}

let firstScreen = true;

/**
 * Sets the document title for the current screen and, after an in-app navigation, moves focus to
 * the screen's heading so keyboard and screen-reader users start at the top of the new content.
 * The first screen of a visit keeps the browser's default focus.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${siteName}`;
  }, [title]);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    // The first heading on screen: hidden, pre-rendered content (the wizard's neighbouring
    // steps) has headings too.
    const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find(
      (h) => h.getClientRects().length > 0,
    );
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, []);
}
