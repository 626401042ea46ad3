/**
 * The embed parameters a host puts in the page URL, before the `#` (PRODUCT.md, "Embedding"):
 *
 *   index.html?embed=1&parentOrigin=https://docs.example.com&theme=dark&accent=0f766e
 *             &answers=team-language%3Dtypescript%26workload%3Dcrud-api%2Crealtime
 *             &keep=1&saved=%7B%22version%22%3A1%2C...%7D
 *
 * Pure. Every value is untrusted and checked; an invalid one counts as absent.
 */
import { EMBED_THEMES, LIMITS, parseOrigin, type EmbedTheme } from '../../embed/protocol.ts';

export interface EmbedParams {
  /** `embed=1`: no site chrome, the page fits its content. */
  embedded: boolean;
  /** Where messages go. Null (nothing is posted) when absent or not an http(s) origin. */
  parentOrigin: string | null;
  theme: EmbedTheme | null;
  /** `#rrggbb`, lowercase. */
  accent: string | null;
  /** Initial answers, in the share-link query format (`v=1&team-language=go`). */
  answers: string | null;
  /** `keep=1`: the host keeps the answers for this page when it may not (kept-answers.ts). */
  keep: boolean;
  /** What the host kept from an earlier visit: untrusted, checked like saved state. */
  saved: string | null;
}

export const NOT_EMBEDDED: EmbedParams = {
  embedded: false,
  parentOrigin: null,
  theme: null,
  accent: null,
  answers: null,
  keep: false,
  saved: null,
};

/** Read the embed parameters from a `location.search` string. Never throws. */
export function readEmbedParams(search: string): EmbedParams {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return NOT_EMBEDDED;
  }
  if (params.get('embed') !== '1') return NOT_EMBEDDED;
  const theme = params.get('theme');
  const answers = params.get('answers');
  const saved = params.get('saved');
  return {
    embedded: true,
    parentOrigin: parseOrigin(params.get('parentOrigin')),
    theme: (EMBED_THEMES as readonly (string | null)[]).includes(theme)
      ? (theme as EmbedTheme)
      : null,
    accent: parseHexColor(params.get('accent')),
    answers: answers && answers.length <= 4000 ? answers : null,
    keep: params.get('keep') === '1',
    saved: saved && saved.length <= LIMITS.state ? saved : null,
  };
}

/** `4338ca`, `#4338CA` or `#43c` as `#4338ca`; null for anything else (names, rgb(), urls). */
export function parseHexColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m) return null;
  const hex = m[1]!.toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}
