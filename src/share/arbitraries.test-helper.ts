/**
 * fast-check arbitraries shared by the share-link and team tests (test code only).
 */
import * as fc from 'fast-check';
import type { Catalog } from '../content/types.ts';
import type { ShareState } from './codec.ts';

/**
 * Any valid state: each question skipped or answered within its rules (options in questionnaire
 * order), and up to `maxExclude` exclusions, sorted.
 */
export function stateArb(catalog: Catalog, maxExclude: number): fc.Arbitrary<ShareState> {
  const techIds = catalog.technologies.map((t) => t.id);
  return fc
    .record({
      answers: fc.tuple(
        ...catalog.questions.map((q) =>
          fc.option(
            fc.subarray(
              q.options.map((o) => o.id),
              q.kind === 'single'
                ? { minLength: 1, maxLength: 1 }
                : { minLength: 0, maxLength: q.max ?? q.options.length },
            ),
            { freq: 4 },
          ),
        ),
      ),
      exclude: fc.subarray(techIds, { maxLength: maxExclude }),
    })
    .map(({ answers, exclude }) => {
      const state: ShareState = { answers: {}, exclude: [...exclude].sort() };
      answers.forEach((a, i) => {
        const q = catalog.questions[i]!;
        if (a !== null)
          state.answers[q.id] = q.options.map((o) => o.id).filter((id) => a.includes(id));
      });
      return state;
    });
}
