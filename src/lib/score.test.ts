import { describe, expect, it } from 'vitest';
import { wholeScore } from './score.ts';

describe('wholeScore', () => {
  it('shows whole numbers and keeps 100 for a perfect fit only', () => {
    expect(wholeScore(86.3)).toBe(86);
    expect(wholeScore(99.6)).toBe(99);
    expect(wholeScore(100)).toBe(100);
    expect(wholeScore(0.4)).toBe(0);
  });
});
