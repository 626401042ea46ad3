/** The colour theme: the system's by default, or the one the person picked (remembered). */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'stackwise:theme';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readTheme(): ThemeChoice {
  try {
    const value = storage()?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
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
