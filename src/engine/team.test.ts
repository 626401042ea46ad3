import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { loadCatalog } from '../content/load.ts';
import type { Catalog } from '../content/types.ts';
import { recommend, topStack, type RecommendInput } from './recommend.ts';
import { recommendTeam, scoreStack, settlementSentence, teamDisagreements } from './team.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const catalog: Catalog = loadCatalog(process.cwd()).catalog!;

const BASE: Record<string, string[]> = {
  'team-language': ['typescript'],
  workload: ['crud-api'],
  priorities: ['time-to-market'],
  'data-shape': ['relational'],
  consistency: ['important'],
  'query-needs': [],
  scale: ['growing'],
  'fast-data': [],
  messaging: ['none'],
  architecture: ['monolith'],
  'team-size': ['small'],
  'api-style': ['rest'],
};
const member = (
  answers: Record<string, string[]> = {},
  exclude: string[] = [],
): RecommendInput => ({
  answers: { ...BASE, ...answers },
  exclude,
});

/** An alternative answer to a single-choice question that changes the top stack's `role`. */
function flipFor(role: 'database' | 'framework'): { question: string; option: string } {
  const base = topStack(catalog, member())!;
  for (const q of catalog.questions) {
    if (q.kind !== 'single') continue;
    for (const o of q.options) {
      const top = topStack(catalog, member({ [q.id]: [o.id] }));
      if (top && top[role] !== base[role] && top.language === base.language)
        return { question: q.id, option: o.id };
    }
  }
  throw new Error(`no answer changes the ${role}`);
}

const answersArb = fc.tuple(
  ...catalog.questions.map((q) =>
    fc.option(
      fc.subarray(
        q.options.map((o) => o.id),
        q.kind === 'single'
          ? { minLength: 1, maxLength: 1 }
          : { minLength: 0, maxLength: q.max ?? q.options.length },
      ),
    ),
  ),
);
const inputArb: fc.Arbitrary<RecommendInput> = answersArb.map((list) => ({
  answers: Object.fromEntries(
    list.flatMap((a, i) => (a === null ? [] : [[catalog.questions[i]!.id, a] as const])),
  ),
}));

describe('scoring a fixed stack for a member', () => {
  it('gives a member’s own top stack exactly its ranked score, and any other stack no more', () => {
    fc.assert(
      fc.property(inputArb, inputArb, (a, b) => {
        const own = recommend(catalog, a, { sensitivity: false }).stacks[0];
        const other = topStack(catalog, b);
        if (!own || !other) return;
        expect(scoreStack(catalog, a, own.picks)).toBeCloseTo(own.score, 9);
        // Up to a cache or broker b needs and a does not (left out: like with like).
        if (!other.cache && !other.broker)
          expect(scoreStack(catalog, a, other)).toBeLessThanOrEqual(own.score + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('team recommendation', () => {
  it('one member: the team stack is that member’s stack', () => {
    const input = member({ 'team-language': ['go'] });
    const team = recommendTeam(catalog, [input]);
    expect(team.bestWorst?.picks).toEqual(topStack(catalog, input));
    expect(team.bestAverage).toBe(team.bestWorst);
  });

  it('identical members agree, and their stack is the team stack', () => {
    const team = recommendTeam(catalog, [member(), member(), member()]);
    expect(team.bestWorst?.picks).toEqual(topStack(catalog, member()));
    expect(new Set(team.bestWorst?.scores).size).toBe(1);
  });

  it('picks the highest lowest score; the best average sits beside it; every member is scored', () => {
    fc.assert(
      fc.property(fc.array(inputArb, { minLength: 2, maxLength: 5 }), (members) => {
        const team = recommendTeam(catalog, members);
        if (!team.bestWorst) return;
        const free = team.considered.filter((s) => s.ruledOut.length === 0);
        for (const s of free) {
          expect(s.scores).toHaveLength(members.length);
          expect(team.bestWorst.worst).toBeGreaterThanOrEqual(s.worst - 1e-9);
          expect(team.bestAverage!.average).toBeGreaterThanOrEqual(s.average - 1e-9);
          for (const x of s.scores) expect(x >= 0 && x <= 100).toBe(true);
        }
        // Every member's own top stack was considered.
        for (const m of team.members)
          if (m.top) expect(team.considered.some((s) => sameStack(s.picks, m.top!))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('a stack a member ruled out is not the team stack while another is possible', () => {
    const ruled = topStack(catalog, member())!.database!;
    const team = recommendTeam(catalog, [member(), member(), member({}, [ruled])]);
    expect(team.bestWorst?.picks.database).not.toBe(ruled);
    expect(team.considered.some((s) => s.ruledOut.some((r) => r.member === 2))).toBe(true);
  });

  it('with a minority, the best worst case and the best average each win on their own measure', () => {
    // Many members who love one database and one who needs another: the average follows the
    // majority, the worst case protects the one.
    const { question, option } = flipFor('database');
    const minority = member({ [question]: [option] });
    const team = recommendTeam(catalog, [member(), member(), member(), member(), minority]);
    const ranks = (key: string) => team.considered.findIndex((s) => s.key === key);
    expect(ranks(team.bestWorst!.key)).toBe(0);
    expect(team.bestAverage!.average).toBeGreaterThanOrEqual(team.bestWorst!.average - 1e-9);
    expect(team.bestWorst!.worst).toBeGreaterThanOrEqual(team.bestAverage!.worst - 1e-9);
  });
});

describe('disagreements', () => {
  it('agreeing members have none', () => {
    expect(teamDisagreements(catalog, [member(), member()])).toEqual([]);
  });

  it('a disagreement that flips the database comes first and says what settling it does', () => {
    const { question, option } = flipFor('database');
    const base = topStack(catalog, member())!;
    const flipped = topStack(catalog, member({ [question]: [option] }))!;
    const list = teamDisagreements(catalog, [
      member(),
      member(),
      member({ [question]: [option] }),
      member({ [question]: [option] }),
    ]);
    expect(list).toHaveLength(1);
    const [d] = list;
    expect(d!.question).toBe(question);
    expect(d!.positions.map((p) => p.members)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(d!.changesAnything).toBe(true);
    // Settled on the flipping answer, everyone's own stack has the flipped database.
    const settled = d!.settlements.find((s) => s.answer[0] === option)!;
    expect(settled.memberStacks.every((s) => s?.database === flipped.database)).toBe(true);
    const other = d!.settlements.find((s) => s.answer[0] !== option)!;
    expect(other.memberStacks.every((s) => s?.database === base.database)).toBe(true);
    if (settled.team?.database !== base.database || other.team?.database !== base.database)
      expect(d!.changesTeam).toBe(true);
    // The page's sentence says what moves, for everyone when every member's own stack agrees.
    const title = catalog.questions.find((q) => q.id === question)!.title;
    const name = catalog.technologies.find((t) => t.id === flipped.database)!.name;
    if (settled.teamChanged.includes('database'))
      expect(settlementSentence(catalog, question, settled, [])).toMatch(
        new RegExp(
          `^If the team settles “${escape(title)}” on “.+”, .*the database becomes ${escape(name)}.*for everyone`,
        ),
      );
  });

  it('a disagreement that changes nothing says so and sinks below one that does', () => {
    const { question, option } = flipFor('database');
    // A question whose other answer changes no one's stack here.
    const quiet = catalog.questions
      .filter((q) => q.id !== question && q.kind === 'single')
      .flatMap((q) => q.options.map((o) => ({ q: q.id, o: o.id })))
      .find(({ q, o }) => {
        const ds = teamDisagreements(catalog, [
          member(),
          member({ [q]: [o] }),
          member({ [question]: [option] }),
        ]);
        return ds.length === 2 && ds.some((d) => d.question === q && !d.changesAnything);
      })!;
    expect(quiet).toBeDefined();
    const list = teamDisagreements(catalog, [
      member(),
      member({ [quiet.q]: [quiet.o] }),
      member({ [question]: [option] }),
    ]);
    expect(list.map((d) => d.question)).toEqual([question, quiet.q]);
    expect(list[1]!.changesAnything).toBe(false);
    expect(list[1]!.impact).toBe(0);
    expect(list[0]!.impact).toBeGreaterThan(0);
  });
});

function sameStack(a: Record<string, string | undefined>, b: Record<string, string | undefined>) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}
