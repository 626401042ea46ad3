/**
 * The inline <head> script that picks how the page starts (see boot.ts). The build puts it in
 * index.html and its SHA-256 in the Content Security Policy (scripts/vite/page-head.ts). Kept out of boot.ts
 * so the page's entry script does not carry it twice.
 */
import { STORAGE_KEY } from '../store/persist.ts';
import { THEME_KEY } from '../lib/theme.ts';
import { START_HASH } from './boot.ts';

/**
 * The inline script's source. Keep it small and self-contained: it runs before the stylesheet and
 * the app, and its SHA-256 goes into the Content Security Policy at build time.
 */
export const BOOT_SCRIPT = `(() => {
  const root = document.documentElement;
  const query = new URLSearchParams(location.search);
  const embedded = query.get('embed') === '1';
  let theme = embedded ? query.get('theme') : null;
  let view = 'render';
  try {
    const storage = localStorage;
    if (!embedded) theme = storage.getItem(${JSON.stringify(THEME_KEY)});
    const probe = ${JSON.stringify(`${STORAGE_KEY}:probe`)};
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    if (!embedded && storage.getItem(${JSON.stringify(STORAGE_KEY)}) === null && ${START_HASH.toString()}.test(location.hash))
      view = 'hydrate';
  } catch {
    // Storage refused: the store keeps answers in memory and says so, unlike the prerendered page.
  }
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  root.dataset.boot = view;
})();`;
