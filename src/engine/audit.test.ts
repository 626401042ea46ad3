import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/load.ts';
import { auditFailures, randomInputs, runAudit, seededRandom } from './audit.ts';
import { recommend } from './recommend.ts';
import { smallCatalog } from './fixtures.ts';

const real = loadCatalog(process.cwd()).catalog!;

describe('the advice audit', () => {
  it('draws the same answer sets from the same seed, and others from another', () => {
    expect(randomInputs(real, 50, 7)).toEqual(randomInputs(real, 50, 7));
    expect(randomInputs(real, 50, 7)).not.toEqual(randomInputs(real, 50, 8));
    const values = Array.from({ length: 1000 }, seededRandom(3));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it('draws only valid answers, skipping some questions and sometimes excluding technologies', () => {
    const inputs = randomInputs(real, 400, 11);
    const options = new Map(real.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
    for (const { answers } of inputs)
      for (const [q, chosen] of Object.entries(answers))
        for (const o of chosen) expect(options.get(q)?.has(o), `${q}=${o}`).toBe(true);
    expect(inputs.some((i) => Object.keys(i.answers).length < real.questions.length)).toBe(true);
    expect(inputs.some((i) => i.exclude.length > 0)).toBe(true);
  });

  it('fails a catalog whose pitfall fires for most teams, and says which', () => {
    const report = runAudit(smallCatalog(), 300, 5);
    expect(report.runs).toBe(300);
    expect(report.contradictions).toEqual([]);
    expect(report.pitfallsFromDefaults).toEqual([]);
    const noCache = report.pitfallRates.find((p) => p.id === 'no-cache')!;
    expect(noCache.rate).toBeGreaterThan(0.25);
    expect(auditFailures(report)).toContain(
      `pitfall no-cache fires in ${(100 * noCache.rate).toFixed(1)}% of answer sets (at most 25%)`,
    );
  });

  it('holds every limit on the real catalog (the same run as npm run audit, smaller)', () => {
    expect(auditFailures(runAudit(real, 1000, 20261202))).toEqual([]);
  });

  it('shows no warning at all when nothing is answered', () => {
    expect(recommend(real, { answers: {} }).pitfalls).toEqual([]);
  });
});
