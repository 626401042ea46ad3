import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { accentFor, contrastRatio, mix, type Palette } from './accent-model.ts';

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
