/**
 * The colour theme: the system's by default, or the one the person picked (remembered). The saved
 * choice is read and applied before the first paint by the boot script (app/boot-script.ts).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'stackwise:theme';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Apply a theme to the page; `system` follows prefers-color-scheme through CSS. */
export function applyTheme(
  choice: ThemeChoice,
  root: HTMLElement = document.documentElement,
): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

export function saveTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'system') storage()?.removeItem(THEME_KEY);
    else storage()?.setItem(THEME_KEY, choice);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
