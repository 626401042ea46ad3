import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../content/load.ts';
import { recommend, type Flip, type Recommendation } from '../../engine/recommend.ts';
import {
  answerCount,
  biggestRisk,
  confidenceOf,
  tiedNames,
  decidingReason,
  runnerUpDifference,
  whatIfGroups,
} from './result-model.ts';

const catalog = loadCatalog(process.cwd()).catalog!;
const withMargin = (rec: Recommendation, margin: number | null): Recommendation => ({
  ...rec,
  sensitivity: { ...rec.sensitivity, margin },
});

describe('the result model', () => {
  const state = { answers: { 'team-language': ['python'], workload: ['data-ml'] }, exclude: [] };
  const rec = recommend(catalog, state);

  it('says how sure the result is in words, from the margin', () => {
    const diff = runnerUpDifference(rec);
    expect(diff).not.toBe('');
    expect(confidenceOf(withMargin(rec, 8))).toMatchObject({
      level: 'strong',
      headline: 'A strong lead',
      detail: `8 points ahead of the next stack (${diff}).`,
    });
    expect(confidenceOf(withMargin(rec, 3.4))).toMatchObject({
      level: 'clear',
      detail: `3 points ahead of the next stack (${diff}).`,
    });
    const tie = confidenceOf(withMargin(rec, 0.7));
    expect(tie.level).toBe('near-tie');
    const [mine, theirs] = tiedNames(rec)!;
    expect(tie.detail).toBe(
      `${mine} (yours) and ${theirs} (the next stack) are within 1 point: both are sound choices.`,
    );
    expect(confidenceOf(withMargin(rec, null)).level).toBe('only');
  });

  it('names the question that settles a near tie, when one answer makes the runner-up win', () => {
    const next = rec.stacks[1]!.picks;
    const settling: Flip = {
      question: 'scale',
      answer: ['massive'],
      change: 'scale',
      stack: next,
      changed: ['framework'],
      trails: 1,
    };
    const other: Flip = { ...settling, question: 'workload', stack: { language: 'go' }, trails: 0 };
    const tied = withMargin(rec, 0.4);
    tied.sensitivity = { margin: 0.4, flips: [other, settling] };
    expect(confidenceOf(tied).decider).toBe('scale');
    tied.sensitivity = { margin: 0.4, flips: [other] };
    expect(confidenceOf(tied).decider).toBeUndefined();
    const noFlips = { ...withMargin(rec, 0.4) };
    noFlips.sensitivity = { ...noFlips.sensitivity, flips: [] };
    expect(confidenceOf(noFlips).decider).toBeUndefined();
  });

  it('gives each role the one reason that decided it, the person’s own answers first', () => {
    const language = decidingReason(rec, 'language')!;
    expect(language.assumed).toBe(false);
    expect(['team-language', 'workload']).toContain(language.question);
    // Nothing answered: the reason comes from an assumed answer and says so.
    const blank = recommend(catalog, { answers: {} });
    const db = decidingReason(blank, 'database');
    expect(db?.assumed).toBe(true);
    expect(db?.question).toBe('data-shape');
  });

  it('groups what-if changes by the stack they lead to, the closest first', () => {
    const f = (question: string, stack: Record<string, string>, trails: number): Flip => ({
      question,
      answer: ['x'],
      change: question,
      stack,
      changed: ['database'],
      trails,
    });
    const fake = {
      ...rec,
      sensitivity: {
        margin: 3,
        flips: [
          f('scale', { language: 'go', database: 'mongodb' }, 9),
          f('fast-data', { language: 'go', database: 'postgresql', cache: 'redis' }, 2),
          f('messaging', { language: 'go', database: 'mongodb' }, 4),
          f('consistency', { language: 'go', database: 'postgresql', cache: 'redis' }, 3),
        ],
      },
    };
    const groups = whatIfGroups(fake);
    expect(groups.map((g) => g.flips.map((x) => x.question))).toEqual([
      ['fast-data', 'consistency'],
      ['scale', 'messaging'],
    ]);
    expect(groups.map((g) => g.trails)).toEqual([2, 4]);
  });

  it('counts the answers the result rests on', () => {
    expect(answerCount(catalog, state, rec)).toEqual({
      answered: 2,
      shown: catalog.questions.filter((q) => !q.when).length,
    });
  });

  it('picks the biggest risk: the most severe warning, else the language’s first trade-off', () => {
    const risky = recommend(catalog, {
      answers: { architecture: ['microservices'], 'team-size': ['solo'] },
    });
    expect(biggestRisk(catalog, risky)).toMatchObject({
      kind: 'pitfall',
      pitfall: { id: risky.pitfalls[0]!.id },
    });
    const calm = recommend(catalog, { answers: {} });
    const risk = biggestRisk(catalog, calm);
    const lang = catalog.technologies.find((t) => t.id === calm.stacks[0]!.picks.language)!;
    expect(risk).toEqual({
      kind: 'trade-off',
      tech: lang.name,
      text: lang.sections['watch-out-for']!.items[0],
    });
  });
});
