// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hostTheme } from './host-theme.ts';

const { documentElement: html, body } = document;

afterEach(() => {
  for (const element of [html, body]) {
    for (const name of [...element.attributes].map((a) => a.name)) element.removeAttribute(name);
  }
});

describe('hostTheme', () => {
  it('follows the system (auto) when the portal says nothing', () => {
    expect(hostTheme()).toBe('auto');
  });

  it.each([
    ['Docusaurus', html, 'data-theme', 'dark', 'dark'],
    ['Docusaurus', html, 'data-theme', 'light', 'light'],
    ['Atlassian (Confluence, Jira)', html, 'data-color-mode', 'dark', 'dark'],
    ['Bootstrap', html, 'data-bs-theme', 'dark', 'dark'],
    ['MkDocs Material', body, 'data-md-color-scheme', 'slate', 'dark'],
    ['MkDocs Material', body, 'data-md-color-scheme', 'default', 'light'],
    ['Tailwind', html, 'class', 'antialiased dark', 'dark'],
    ['a light class', body, 'class', 'light', 'light'],
  ] as const)('%s: %s="%s"', (_, element, name, value, theme) => {
    element.setAttribute(name, value);
    expect(hostTheme()).toBe(theme);
  });

  it('reads <html> before <body>, and attributes before classes', () => {
    html.setAttribute('data-theme', 'light');
    body.setAttribute('data-md-color-scheme', 'slate');
    expect(hostTheme()).toBe('light');
    html.removeAttribute('data-theme');
    expect(hostTheme()).toBe('dark');
    html.setAttribute('class', 'dark');
    html.setAttribute('data-bs-theme', 'light');
    expect(hostTheme()).toBe('light');
  });

  it('ignores values it does not know and class names that merely contain a theme', () => {
    html.setAttribute('data-theme', 'dracula');
    html.setAttribute('class', 'docs-doc-id-dark-mode navbar--dark');
    expect(hostTheme()).toBe('auto');
  });

  it('reads color-scheme when the page allows only one', () => {
    html.style.colorScheme = 'only dark';
    expect(hostTheme()).toBe('dark');
    html.style.colorScheme = 'light dark';
    expect(hostTheme()).toBe('auto');
  });
});
