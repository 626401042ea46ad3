import { describe, expect, it } from 'vitest';
import { stackChanges } from './changes.ts';
import type { RankedStack } from './types.ts';

function stack(score: number, picks: [string, string, string][]): RankedStack {
  return {
    rank: 1,
    score,
    picks: Object.fromEntries(picks.map(([role, id]) => [role, id])),
    roles: picks.map(([role, id, name]) => ({ role, id, name, score }) as RankedStack['roles'][0]),
    risks: [],
  };
}

describe('stackChanges', () => {
  const before = stack(88.4, [
    ['language', 'python', 'Python'],
    ['database', 'mongodb', 'MongoDB'],
  ]);
  const after = stack(82.6, [
    ['language', 'python', 'Python'],
    ['database', 'postgresql', 'PostgreSQL'],
    ['cache', 'redis', 'Redis'],
  ]);

  it('names each role whose pick moved, in stack order, with whole-point scores', () => {
    expect(stackChanges(before, after)).toEqual({
      roles: [
        { role: 'database', from: 'MongoDB', to: 'PostgreSQL' },
        { role: 'cache', from: null, to: 'Redis' },
      ],
      score: { from: 88, to: 83 },
    });
  });

  it('says nothing moved for the same stack', () => {
    expect(stackChanges(before, before).roles).toEqual([]);
  });

  it('copes with a missing stack on either side', () => {
    expect(stackChanges(undefined, after).roles).toHaveLength(3);
    expect(stackChanges(before, undefined).score).toEqual({ from: 88, to: null });
  });
});
