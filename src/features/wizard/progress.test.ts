import { describe, expect, it } from 'vitest';
import { progressAt, type Shown } from './progress.ts';
import { seededRandom } from '../../engine/audit.ts';

describe('progress that tells the truth', () => {
  it('starts from what is expected, and falls at once when fewer questions matter', () => {
    const first = progressAt(null, 1, 12);
    expect(first).toEqual({ at: 1, count: 12 });
    expect(progressAt(first, 2, 6)).toEqual({ at: 2, count: 6 });
    // Not known yet: keeps what it showed.
    expect(progressAt({ at: 2, count: 6 }, 3, null)).toEqual({ at: 3, count: 6 });
  });

  it('rises by one step at most going forward, and not at all on the same step or going back', () => {
    const shown = { at: 3, count: 6 };
    expect(progressAt(shown, 4, 9)).toEqual({ at: 4, count: 7 });
    expect(progressAt(shown, 3, 9)).toEqual({ at: 3, count: 6 });
    expect(progressAt(shown, 2, 9)).toEqual({ at: 2, count: 6 });
  });

  it('never shows a step past the count', () => {
    expect(progressAt({ at: 6, count: 6 }, 7, 0)).toEqual({ at: 7, count: 7 });
    expect(progressAt(null, 4, 1)).toEqual({ at: 4, count: 4 });
  });

  it('going forward, the bar never moves back, whatever the expected counts (seeded)', () => {
    const random = seededRandom(20261202);
    for (let walk = 0; walk < 500; walk++) {
      let shown: Shown | null = null;
      for (let at = 1; at <= 15; at++) {
        const target = random() < 0.1 ? null : at + Math.floor(random() * 12);
        const next = progressAt(shown, at, target);
        expect(next.count).toBeGreaterThanOrEqual(at);
        if (shown) expect(next.at / next.count).toBeGreaterThanOrEqual(shown.at / shown.count);
        shown = next;
      }
    }
  });
});
