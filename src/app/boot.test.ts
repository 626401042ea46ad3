import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parsePath } from 'react-router';
import { BOOT_SCRIPT } from './boot-script.ts';
import { bootView, START_HASH } from './boot.ts';

interface Page {
  search?: string;
  hash?: string;
  saved?: Record<string, string>;
  /** Storage that throws on access (sandboxed frame) or on writes (full or private mode). */
  storage?: 'ok' | 'refused' | 'read-only';
}

/** Run the inline boot script against a fake page; return what it set on <html>. */
function boot({ search = '', hash = '', saved = {}, storage = 'ok' }: Page) {
  const dataset: Record<string, string> = {};
  const items = new Map(Object.entries(saved));
  const localStorage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (storage === 'read-only') throw new Error('QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k: string) => void items.delete(k),
  };
  const context = {
    document: { documentElement: { dataset } },
    location: { search, hash },
    URLSearchParams,
  };
  Object.defineProperty(context, 'localStorage', {
    get: () => {
      if (storage === 'refused') throw new Error('SecurityError');
      return localStorage;
    },
  });
  runInNewContext(BOOT_SCRIPT, context);
  return { boot: dataset.boot, theme: dataset.theme, leftovers: [...items.keys()] };
}

describe('boot script', () => {
  it.each(['', '#', '#/', '#/?from=docs', '#?x=1'])(
    'shows the prerendered start page for a first visit at "%s"',
    (hash) => {
      expect(boot({ hash })).toEqual({ boot: 'hydrate', theme: undefined, leftovers: [] });
    },
  );

  it.each([
    '#/wizard/team-language',
    '#/result?v=1&team-language=go',
    '#/catalog',
    '#/tech/go',
    '#/nope',
    '#//',
  ])('renders from scratch for a deep link to "%s"', (hash) => {
    expect(boot({ hash }).boot).toBe('render');
  });

  it('renders from scratch when answers are saved (Resume, not Start) and keeps them', () => {
    const saved = { 'stackwise:wizard': '{"version":1}' };
    expect(boot({ saved })).toMatchObject({ boot: 'render', leftovers: ['stackwise:wizard'] });
  });

  it('renders from scratch when storage is refused or read-only (the page says answers are not kept)', () => {
    expect(boot({ storage: 'refused' }).boot).toBe('render');
    expect(boot({ storage: 'read-only' }).boot).toBe('render');
  });

  it('applies a saved theme before the first paint, and ignores anything else saved there', () => {
    expect(boot({ saved: { 'stackwise:theme': 'dark' } })).toMatchObject({
      boot: 'hydrate',
      theme: 'dark',
    });
    expect(boot({ saved: { 'stackwise:theme': 'light' } }).theme).toBe('light');
    expect(boot({ saved: { 'stackwise:theme': 'url(evil)' } }).theme).toBeUndefined();
  });

  it('embedded: renders from scratch and takes the theme from the host, even without storage', () => {
    const embed = { search: '?embed=1&theme=dark', saved: { 'stackwise:theme': 'light' } };
    expect(boot(embed)).toMatchObject({ boot: 'render', theme: 'dark' });
    expect(boot({ ...embed, storage: 'refused' })).toMatchObject({ boot: 'render', theme: 'dark' });
    expect(boot({ search: '?embed=1&theme=auto' }).theme).toBeUndefined();
    expect(boot({ search: '?embed=0' }).boot).toBe('hydrate');
  });
});

describe('bootView', () => {
  const page = (boot: string | undefined, prerendered: boolean) => {
    const root = { dataset: boot ? { boot } : {} } as unknown as HTMLElement;
    const container = { hasAttribute: () => prerendered } as unknown as HTMLElement;
    return { root, container };
  };

  it('hydrates only a prerendered page the boot script approved, still at the start', () => {
    const { root, container } = page('hydrate', true);
    expect(bootView(root, container, '#/')).toBe('hydrate');
    // Someone clicked "Start" in the prerendered page before the app's code arrived.
    expect(bootView(root, container, '#/wizard/team-language')).toBe('render');
  });

  it('renders from scratch when the script said so, never ran, or nothing was prerendered (dev)', () => {
    expect(bootView(page('render', true).root, page('render', true).container, '')).toBe('render');
    expect(bootView(page(undefined, true).root, page(undefined, true).container, '')).toBe(
      'render',
    );
    expect(bootView(page('hydrate', false).root, page('hydrate', false).container, '')).toBe(
      'render',
    );
  });

  it('reads start-page hashes the way the router does', () => {
    const hashes = [
      '',
      '#',
      '#/',
      '#/?a=1',
      '#?a',
      '#//',
      '#/x',
      '#x',
      '#/wizard/go?return=result',
    ];
    for (const hash of hashes) {
      const { pathname = '' } = parsePath(hash.replace(/^#/, ''));
      expect(START_HASH.test(hash), hash).toBe(pathname === '' || pathname === '/');
    }
  });
});
