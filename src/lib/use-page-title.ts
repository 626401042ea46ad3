import { useEffect } from 'react';

let firstScreen = true;

/**
 * Sets the document title for the current screen and, after an in-app navigation, moves focus to
 * the screen's heading so keyboard and screen-reader users start at the top of the new content.
 * The first screen of a visit keeps the browser's default focus.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Stackwise`;
  }, [title]);
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
    }
    window.scrollTo(0, 0);
  }, []);
}
