/**
 * The portal's own theme, for embeds in `host` mode (docs/embedding.md, "Theme"). Portals mark
 * their theme switch on `<html>` or `<body>` in a handful of ways; the first one found wins:
 *
 * 1. an attribute: `data-theme` (Docusaurus, daisyUI, many others), `data-color-mode`
 *    (Atlassian: Confluence, Jira), `data-bs-theme` (Bootstrap), `data-md-color-scheme`
 *    (MkDocs Material: `slate` is dark, `default` light), with the value `light` or `dark`;
 * 2. a class: `dark` or `light` (Tailwind and its kin; `slate` and `default` count too);
 * 3. the page's `color-scheme` when it allows only one (`dark`, `only light`, ...).
 *
 * `<html>` is read before `<body>`. A portal that says nothing gives `auto`: the frame follows
 * the reader's system. The portal's choice always wins over the system's.
 */
import type { EmbedTheme } from '../protocol.ts';

export const HOST_THEME_ATTRIBUTES = [
  'data-theme',
  'data-color-mode',
  'data-bs-theme',
  'data-md-color-scheme',
];

const word = (value: string | null): EmbedTheme | undefined =>
  value == 'dark' || value == 'slate'
    ? 'dark'
    : value == 'light' || value == 'default'
      ? 'light'
      : undefined;

export function hostTheme(): EmbedTheme {
  const { documentElement, body } = document;
  for (const element of [documentElement, body])
    if (element)
      for (const value of [
        ...HOST_THEME_ATTRIBUTES.map((name) => element.getAttribute(name)),
        ...element.classList,
      ])
        if (word(value)) return word(value)!;
  // Inherited, so <body>'s computed value is its own or <html>'s.
  return word(getComputedStyle(body || documentElement).colorScheme.replace('only ', '')) || 'auto';
}
