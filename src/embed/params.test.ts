import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { NOT_EMBEDDED, parseHexColor, readEmbedParams } from './params.ts';
import { accentFor, contrastRatio, mix, type Palette } from './accent.ts';

describe('readEmbedParams', () => {
  it('reads every parameter', () => {
    const answers = 'v=1&team-language=typescript&workload=crud-api,realtime';
    const search = `?embed=1&parentOrigin=${encodeURIComponent('https://docs.example.com')}&theme=dark&accent=0F766E&answers=${encodeURIComponent(answers)}`;
    expect(readEmbedParams(search)).toEqual({
      embedded: true,
      parentOrigin: 'https://docs.example.com',
      theme: 'dark',
      accent: '#0f766e',
      answers,
    });
  });

  it('is not embedded without embed=1', () => {
    expect(readEmbedParams('')).toEqual(NOT_EMBEDDED);
    expect(readEmbedParams('?embed=true&parentOrigin=https://a.example')).toEqual(NOT_EMBEDDED);
    expect(readEmbedParams('?parentOrigin=https://a.example')).toEqual(NOT_EMBEDDED);
  });

  it('drops invalid values instead of trusting them', () => {
    expect(readEmbedParams('?embed=1&parentOrigin=*&theme=sepia&accent=red&answers=')).toEqual({
      ...NOT_EMBEDDED,
      embedded: true,
    });
    expect(readEmbedParams('?embed=1&parentOrigin=https://a.example/path').parentOrigin).toBeNull();
  });

  it('never throws on random search strings', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = readEmbedParams(`?embed=1&${s}`);
        expect(typeof p.embedded).toBe('boolean');
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('parseHexColor', () => {
  it.each([
    ['4338ca', '#4338ca'],
    ['#4338CA', '#4338ca'],
    ['#43c', '#4433cc'],
    [' 0f766e ', '#0f766e'],
  ])('%j is %s', (value, hex) => expect(parseHexColor(value)).toBe(hex));

  it.each(['red', 'rgb(0,0,0)', '#12345', '#1234567', 'url(x)', '', 'javascript:1', null, 7])(
    '%j is not a colour',
    (value) => expect(parseHexColor(value)).toBeNull(),
  );
});

const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f6f7f9',
  surface2: '#eceef2',
  fg: '#14161a',
  muted: '#4a5160',
};
const DARK: Palette = {
  bg: '#0f1115',
  surface: '#171a21',
  surface2: '#222631',
  fg: '#eef0f4',
  muted: '#a9b0bf',
};

describe('accentFor', () => {
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it('accepts the default accents on their own themes', () => {
    expect(accentFor('#4338ca', LIGHT)).toMatchObject({ ok: true, accentFg: '#ffffff' });
    expect(accentFor('#a5b4fc', DARK)).toMatchObject({ ok: true, accentFg: '#0b0c10' });
  });

  it('refuses an accent without AA contrast on the background, and says why', () => {
    const light = accentFor('#fde047', LIGHT);
    expect(light.ok).toBe(false);
    if (!light.ok) expect(light.reason).toMatch(/below the 4.5:1/);
    expect(accentFor('#4338ca', DARK).ok).toBe(false);
    expect(accentFor('nope', LIGHT).ok).toBe(false);
    expect(accentFor('#4338ca', { ...LIGHT, bg: 'oklch(1 0 0)' }).ok).toBe(false);
  });

  it('keeps every guaranteed pair at AA for any colour it accepts', () => {
    const hex = fc
      .integer({ min: 0, max: 0xffffff })
      .map((n) => `#${n.toString(16).padStart(6, '0')}`);
    fc.assert(
      fc.property(hex, fc.constantFrom(LIGHT, DARK), (accent, p) => {
        const r = accentFor(accent, p);
        if (!r.ok) return;
        for (const c of [p.bg, p.surface, p.surface2, r.accentSoft])
          expect(contrastRatio(r.accent, c)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(r.accentFg, r.accent)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(p.fg, r.accentSoft)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(p.muted, r.accentSoft)).toBeGreaterThanOrEqual(4.5);
      }),
      { numRuns: 2_000 },
    );
  });
});
