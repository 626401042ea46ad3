import { useEffect } from 'react';

/** Sets the document title for the current screen. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Stackwise`;
  }, [title]);
}
