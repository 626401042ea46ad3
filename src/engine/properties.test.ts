import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { loadCatalog } from '../content/load.ts';
import type { Catalog, Role } from '../content/types.ts';
import { recommend, whatIfSteps, type Recommendation } from './recommend.ts';
import { withHold } from './fixtures.ts';

const loaded = loadCatalog(process.cwd());
if (!loaded.catalog) throw new Error('the real catalog must compile for the property tests');
const realCatalog: Catalog = loaded.catalog;
const techIds = realCatalog.technologies.map((t) => t.id);
// Sized for the 80-technology catalog: one recommend with what-if is ~10 ms, so the expensive
// properties (those that run recommend two or more times per case) get fewer runs. Try other
// seeds locally with FC_SEED=<n> (src/test-setup.ts).
const RUNS = 400;
const COSTLY_RUNS = 120;

/** Random answers: any question may be skipped, answered validly, or answered with junk. */
const answersArb = fc
  .tuple(
    ...realCatalog.questions.map((q) =>
      fc.option(
        fc.oneof(
          {
            weight: 8,
            arbitrary: fc.subarray(
              q.options.map((o) => o.id),
              {
                minLength: q.kind === 'single' ? 1 : 0,
                maxLength: q.kind === 'single' ? 1 : (q.max ?? q.options.length),
              },
            ),
          },
          {
            weight: 1,
            arbitrary: fc.array(
              fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), fc.string()),
              { maxLength: 6 },
            ),
          },
        ),
        { freq: 3 },
      ),
    ),
  )
  .map((values) => {
    const answers: Record<string, string[]> = {};
    values.forEach((v, i) => {
      if (v !== null) answers[realCatalog.questions[i]!.id] = v;
    });
    return answers;
  });

const inputArb = fc.record({
  answers: answersArb,
  exclude: fc.subarray(techIds, { maxLength: 8 }),
  hold: fc.subarray(techIds, { maxLength: 4 }),
});

function coherenceProblems(catalog: Catalog, result: Recommendation): string[] {
  const byId = new Map(catalog.technologies.map((t) => [t.id, t]));
  const problems: string[] = [];
  for (const stack of result.stacks) {
    const p = stack.picks;
    const lang = p.language!;
    const fw = byId.get(p.framework!)!;
    if (!fw.languages?.includes(lang)) problems.push(`framework ${fw.id} is not ${lang}`);
    if (!byId.get(p.database!)?.roles?.includes('primary'))
      problems.push(`${p.database} is not a primary database`);
    const bundled = catalog.technologies.filter((t) => t.framework === fw.id);
    if (bundled.length > 0 && !bundled.some((o) => o.id === p.orm))
      problems.push(`${fw.id} works only with its own ORM, but got ${p.orm ?? 'none'}`);
    if (p.orm) {
      const orm = byId.get(p.orm)!;
      if (orm.framework && orm.framework !== fw.id)
        problems.push(`${orm.id} ships inside ${orm.framework}, not ${fw.id}`);
      if (!orm.languages?.includes(lang)) problems.push(`orm ${orm.id} is not ${lang}`);
      if (!orm.databases?.includes(p.database!))
        problems.push(`orm ${orm.id} does not support ${p.database}`);
    }
    if (p.cache && !byId.get(p.cache)?.roles?.includes('cache'))
      problems.push(`${p.cache} cannot cache`);
    const filled = (role: Role) => {
      const r = result.roles.find((x) => x.role === role)!;
      return r.needed && !r.unfilled;
    };
    const needsCache = filled('cache');
    const needsBroker = filled('broker');
    if (needsCache !== (p.cache !== undefined))
      problems.push('cache presence does not match the need');
    if (needsBroker !== (p.broker !== undefined))
      problems.push('broker presence does not match the need');
  }
  return problems;
}

describe(
  'engine invariants over random answers, exclusions and holds (fast-check)',
  { timeout: 120_000 },
  () => {
    it('the stepped what-if analysis ends with exactly the flips recommend reports', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const catalog = withHold(realCatalog, hold);
          const steps = whatIfSteps(catalog, { answers, exclude });
          let step = steps.next();
          let yields = 0;
          for (; !step.done; step = steps.next()) yields++;
          const full = recommend(catalog, { answers, exclude });
          expect(step.value).toEqual(full.sensitivity.flips);
          // One step per question at most, so a caller can pause between them.
          expect(yields).toBeLessThanOrEqual(catalog.questions.length);
        }),
        { numRuns: COSTLY_RUNS },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const catalog = withHold(realCatalog, hold);
          expect(JSON.stringify(recommend(catalog, { answers, exclude }))).toBe(
            JSON.stringify(recommend(catalog, { answers, exclude })),
          );
        }),
        { numRuns: COSTLY_RUNS },
      );
    });

    it('always returns coherent stacks', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const catalog = withHold(realCatalog, hold);
          expect(
            coherenceProblems(
              catalog,
              recommend(catalog, { answers, exclude }, { sensitivity: false }),
            ),
          ).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });

    it('never picks excluded or held technologies', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const catalog = withHold(realCatalog, hold);
          const result = recommend(catalog, { answers, exclude }, { sensitivity: false });
          for (const stack of result.stacks)
            for (const id of Object.values(stack.picks)) {
              expect(exclude).not.toContain(id);
              expect(hold).not.toContain(id);
            }
          for (const role of result.roles)
            for (const c of role.candidates) {
              if (exclude.includes(c.id)) expect(c.status).toBe('excluded');
              else if (hold.includes(c.id)) expect(c.status).toBe('hold');
            }
        }),
        { numRuns: RUNS },
      );
    });

    it('keeps every score finite and within 0-100, with reasons adding up', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const result = recommend(
            withHold(realCatalog, hold),
            { answers, exclude },
            { sensitivity: false },
          );
          for (const s of result.stacks) {
            expect(Number.isFinite(s.score)).toBe(true);
            expect(s.score).toBeGreaterThanOrEqual(0);
            expect(s.score).toBeLessThanOrEqual(100);
          }
          for (const role of result.roles)
            for (const c of role.candidates) {
              expect(Number.isFinite(c.score)).toBe(true);
              expect(c.score).toBeGreaterThanOrEqual(0);
              expect(c.score).toBeLessThanOrEqual(100);
              if (c.reasons.length > 0)
                expect(
                  Math.abs(c.reasons.reduce((sum, r) => sum + r.points, 0) - c.score),
                ).toBeLessThan(1e-6);
            }
        }),
        { numRuns: RUNS },
      );
    });

    it('yields a stack or an explicit conflict, never both and never neither', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude, hold }) => {
          const result = recommend(
            withHold(realCatalog, hold),
            { answers, exclude },
            { sensitivity: false },
          );
          expect(result.stacks.length > 0).toBe(result.conflicts.length === 0);
          expect(result.stacks.length).toBeLessThanOrEqual(3);
          for (const c of result.conflicts) expect(c.message.length).toBeGreaterThan(20);
          // Stacks are ranked best first.
          for (let i = 1; i < result.stacks.length; i++)
            expect(result.stacks[i - 1]!.score).toBeGreaterThanOrEqual(
              result.stacks[i]!.score - 1e-9,
            );
        }),
        { numRuns: RUNS },
      );
    });

    it('ranks with the same scores it shows', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude }) => {
          const result = recommend(realCatalog, { answers, exclude }, { sensitivity: false });
          for (const stack of result.stacks)
            for (const r of stack.roles) {
              const shown = result.roles
                .find((x) => x.role === r.role)!
                .candidates.find((c) => c.id === r.id)!;
              expect(Math.abs(shown.score - r.score)).toBeLessThan(1e-9);
            }
        }),
        { numRuns: RUNS },
      );
    });

    it('names the role that decided whenever a loser scored as well as the pick on its own', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude }) => {
          const result = recommend(realCatalog, { answers, exclude }, { sensitivity: false });
          for (const role of result.roles) {
            const pick = role.candidates.find((c) => c.status === 'picked');
            if (!pick) continue;
            for (const c of role.candidates) {
              if (c.status !== 'eligible' || !role.needed) continue;
              expect(c.whyNot).not.toMatch(/about as well/);
              if (c.score - pick.score >= 0.5) {
                expect(c.decidedBy, `${c.id}: ${c.whyNot}`).toBeDefined();
                expect(c.whyNot).toMatch(/loses [\d.]+ points on the /);
              }
            }
          }
        }),
        { numRuns: RUNS },
      );
    });

    it('reports only what-if flips that really flip when re-run', () => {
      fc.assert(
        fc.property(inputArb, ({ answers, exclude }) => {
          const result = recommend(realCatalog, { answers, exclude });
          const original = result.stacks[0]?.picks;
          for (const flip of result.sensitivity.flips) {
            const rerun = recommend(
              realCatalog,
              { answers: { ...answers, [flip.question]: flip.answer }, exclude },
              { sensitivity: false },
            );
            const picks = rerun.stacks[0]?.picks;
            expect(picks).toEqual(flip.stack);
            expect(picks).not.toEqual(original);
            const changed = (Object.keys({ ...picks, ...original }) as Role[]).filter(
              (r) => picks?.[r] !== original?.[r],
            );
            expect([...changed].sort()).toEqual([...flip.changed].sort());
          }
        }),
        { numRuns: COSTLY_RUNS },
      );
    });
  },
);
