import { describe, expect, it } from 'vitest';
import { timeAgo } from './time.ts';

describe('timeAgo', () => {
  const now = new Date('2026-11-25T15:00:00Z');
  it.each([
    ['2026-11-25', 'today'],
    ['2026-11-24', 'yesterday'],
    ['2026-11-01', '24 days ago'],
    ['2026-08-25', '3 months ago'],
    ['2023-11-25', '3 years ago'],
    ['2026-12-01', 'in the future'],
    ['not-a-date', 'at an unknown date'],
  ])('%s -> %s', (date, expected) => {
    expect(timeAgo(date, now)).toBe(expected);
  });
});
