/**
 * A host's accent colour, applied only where it keeps WCAG 2.2 AA contrast (PRODUCT.md, "Quality
 * bars"). Pure colour arithmetic on `#rrggbb` strings; the page reads its palette from CSS and
 * sets the resulting variables.
 */
import { parseHexColor } from './params-model.ts';

/** WCAG AA for normal text: accent-coloured links and labels are normal text. */
export const AA_TEXT = 4.5;

/** The theme colours an accent must hold up against (all `#rrggbb`). */
export interface Palette {
  bg: string;
  surface: string;
  surface2: string;
  fg: string;
  muted: string;
}

export type AccentResult =
  | { ok: true; accent: string; accentFg: string; accentSoft: string }
  | { ok: false; reason: string };

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` of `a` mixed into `b` (0 gives `b`, 1 gives `a`), in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${ca
    .map((c, i) => Math.round(c * amount + cb[i]! * (1 - amount)))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#0b0c10';

/**
 * The accent variables for a palette, or why the accent cannot be used. Guarantees, when `ok`:
 * the accent has at least AA_TEXT contrast on the background and both surfaces; `accentFg` (text
 * on accent buttons) has at least AA_TEXT on the accent; `accentSoft` (highlighted rows) is a
 * tint of the accent on which the text, muted text and the accent itself keep AA_TEXT.
 */
export function accentFor(accentValue: string, paletteValues: Palette): AccentResult {
  const accent = parseHexColor(accentValue);
  if (!accent) return { ok: false, reason: 'it is not a colour like 4338ca or #4338ca' };
  const p = {
    bg: parseHexColor(paletteValues.bg),
    surface: parseHexColor(paletteValues.surface),
    surface2: parseHexColor(paletteValues.surface2),
    fg: parseHexColor(paletteValues.fg),
    muted: parseHexColor(paletteValues.muted),
  };
  if (!p.bg || !p.surface || !p.surface2 || !p.fg || !p.muted)
    return { ok: false, reason: 'the page colours could not be read' };

  const worst = Math.min(...[p.bg, p.surface, p.surface2].map((c) => contrastRatio(accent, c)));
  if (worst < AA_TEXT)
    return {
      ok: false,
      reason: `its contrast on this theme's background is ${worst.toFixed(2)}:1, below the ${AA_TEXT}:1 that WCAG AA requires`,
    };

  const accentFg =
    contrastRatio(LIGHT_TEXT, accent) >= contrastRatio(DARK_TEXT, accent) ? LIGHT_TEXT : DARK_TEXT;
  // Any colour has at least ~4.6:1 against white or near-black, but check rather than trust it.
  if (contrastRatio(accentFg, accent) < AA_TEXT)
    return { ok: false, reason: 'no text colour is readable on it' };

  const dark = luminance(p.bg) < 0.2;
  for (const amount of dark ? [0.2, 0.14, 0.08, 0] : [0.12, 0.08, 0.04, 0]) {
    const soft = mix(accent, p.bg, amount);
    if ([p.fg, p.muted, accent].every((c) => contrastRatio(c, soft) >= AA_TEXT))
      return { ok: true, accent, accentFg, accentSoft: soft };
  }
  return { ok: false, reason: "this theme's text would not be readable on its tint" };
}
