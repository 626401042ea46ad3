import { describe, expect, it } from 'vitest';
import type { Category, Technology } from '../../content/types.ts';
import { fitRows, parseIds, resolveCompare } from './compare-model.ts';

function tech(
  id: string,
  category: Category,
  fit: Record<string, number> = {},
  aliases: string[] = [],
): Technology {
  return {
    id,
    name: id.toUpperCase(),
    category,
    status: 'adopt',
    reviewed: '2026-01-01',
    fit: Object.fromEntries(Object.entries(fit).map(([c, score]) => [c, { score }])),
    aliases,
  };
}

const TECHS = [
  tech('pg', 'database', {}, ['postgres']),
  tech('mongo', 'database'),
  tech('redis', 'database'),
  tech('a', 'framework'),
  tech('b', 'framework'),
  tech('c', 'framework'),
  tech('d', 'framework'),
  tech('e', 'framework'),
];
const byId = new Map<string, Technology>();
for (const t of TECHS) for (const key of [t.id, ...t.aliases]) byId.set(key, t);
const find = (id: string) => byId.get(id);

describe('parseIds', () => {
  it('trims, lowercases, drops empties and duplicates, keeping order', () => {
    expect(parseIds('?ids=%20PG%20,mongo,,pg, Redis ')).toEqual(['pg', 'mongo', 'redis']);
  });
  it('joins repeated ids params and ignores other params', () => {
    expect(parseIds('?x=1&ids=a&ids=b,a')).toEqual(['a', 'b']);
  });
  it('gives nothing for a missing or empty ids param', () => {
    expect(parseIds('')).toEqual([]);
    expect(parseIds('?ids=')).toEqual([]);
    expect(parseIds('?ids=,, ,')).toEqual([]);
  });
});

describe('resolveCompare', () => {
  it('compares 2-4 known technologies of one category', () => {
    const state = resolveCompare(['pg', 'mongo'], find);
    expect(state).toMatchObject({ kind: 'compare', category: 'database', leftOut: [] });
    expect(state.kind === 'compare' && state.techs.map((t) => t.id)).toEqual(['pg', 'mongo']);
  });
  it('keeps the first four and leaves the rest out', () => {
    const state = resolveCompare(['a', 'b', 'c', 'd', 'e'], find);
    expect(state.kind).toBe('compare');
    if (state.kind !== 'compare') return;
    expect(state.techs.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(state.leftOut.map((t) => t.id)).toEqual(['e']);
  });
  it('resolves aliases and counts an alias and its id once', () => {
    const state = resolveCompare(['postgres', 'pg', 'mongo'], find);
    expect(state.kind === 'compare' && state.techs.map((t) => t.id)).toEqual(['pg', 'mongo']);
    expect(resolveCompare(['postgres', 'pg'], find)).toMatchObject({ kind: 'too-few' });
  });
  it('names unknown ids and still compares when two remain', () => {
    expect(resolveCompare(['pg', 'nope', 'mongo'], find)).toMatchObject({
      kind: 'compare',
      unknown: ['nope'],
    });
    expect(resolveCompare(['pg', 'nope'], find)).toMatchObject({
      kind: 'too-few',
      known: { id: 'pg' },
      unknown: ['nope'],
    });
  });
  it('asks for more when there are fewer than two', () => {
    expect(resolveCompare([], find)).toEqual({ kind: 'too-few', known: undefined, unknown: [] });
    expect(resolveCompare(['redis'], find)).toMatchObject({
      kind: 'too-few',
      known: { id: 'redis' },
    });
  });
  it('groups mixed categories in order of appearance', () => {
    const state = resolveCompare(['a', 'pg', 'b', 'mongo', 'x'], find);
    expect(state.kind).toBe('mixed');
    if (state.kind !== 'mixed') return;
    expect(state.groups.map((g) => [g.category, g.techs.map((t) => t.id)])).toEqual([
      ['framework', ['a', 'b']],
      ['database', ['pg', 'mongo']],
    ]);
    expect(state.unknown).toEqual(['x']);
  });
});

describe('fitRows', () => {
  const x = tech('x', 'database', { speed: 5, safety: 3, docs: 2 });
  const y = tech('y', 'database', { speed: 3, safety: 3 });
  it('has a row for every criterion either scores, in criteria order', () => {
    const rows = fitRows([x, y], ['docs', 'unused', 'safety', 'speed']);
    expect(rows.map((r) => r.criterion)).toEqual(['docs', 'safety', 'speed']);
    expect(rows[0]!.scores).toEqual([2, undefined]);
  });
  it('marks the best score, every tie for it, and nothing when all are equal', () => {
    const z = tech('z', 'database', { speed: 5, safety: 3 });
    const rows = fitRows([x, y, z], ['docs', 'safety', 'speed']);
    expect(rows.map((r) => r.best)).toEqual([
      [true, false, false],
      [false, false, false],
      [true, false, true],
    ]);
  });
});
