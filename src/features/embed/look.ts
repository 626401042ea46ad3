/**
 * The host's theme and accent. The accent is set as CSS variables through the CSSOM
 * (`style.setProperty`), which the strict CSP allows, and only where it keeps WCAG AA contrast
 * on the current theme; otherwise the default accent stays and a warning says why.
 */
import { accentFor } from './accent-model.ts';
import type { EmbedTheme } from '../../embed/protocol.ts';
import { applyTheme } from '../../lib/theme.ts';

const VARIABLES = ['--accent', '--accent-fg', '--accent-soft'] as const;
const warned = new Set<string>();

/** Apply a theme (without saving it: the host decides) and, when it fits, an accent colour. */
export function applyEmbedLook(
  theme: EmbedTheme,
  accent: string | null,
  root: HTMLElement = document.documentElement,
): void {
  applyTheme(theme === 'auto' ? 'system' : theme, root);
  for (const name of VARIABLES) root.style.removeProperty(name);
  if (!accent) return;
  const css = getComputedStyle(root);
  const read = (name: string) => css.getPropertyValue(name).trim();
  const result = accentFor(accent, {
    bg: read('--bg'),
    surface: read('--surface'),
    surface2: read('--surface-2'),
    fg: read('--fg'),
    muted: read('--muted'),
  });
  if (!result.ok) {
    const key = `${accent} ${read('--bg')}`;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(
        `Stackwise: the accent colour ${accent} is not used because ${result.reason}; the default accent is kept.`,
      );
    }
    return;
  }
  root.style.setProperty('--accent', result.accent);
  root.style.setProperty('--accent-fg', result.accentFg);
  root.style.setProperty('--accent-soft', result.accentSoft);
}

/** Calls `onChange` when the system switches between light and dark. */
export function watchSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
