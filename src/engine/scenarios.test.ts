import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../content/load.ts';
import { checkScenarios } from './scenarios.ts';
import { smallCatalog } from './fixtures.ts';

describe('scenarios', () => {
  it('every scenario in content/scenarios still gets its expected stack and pitfalls', () => {
    const { catalog, errors } = loadCatalog(process.cwd());
    expect(errors).toEqual([]);
    expect(catalog!.scenarios.length).toBeGreaterThanOrEqual(12);
    const failures = checkScenarios(catalog!).map((f) => `${f.scenario}: ${f.problems.join('; ')}`);
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('names the scenario and what changed when an edit breaks it', () => {
    const catalog = smallCatalog();
    catalog.scenarios = [
      {
        id: 'ts-team',
        title: 'A TypeScript team',
        reference: null,
        answers: { lang: 'ts', work: ['fast'] },
        exclude: [],
        expect: {
          accept: { language: ['ts'], framework: ['express'], cache: ['none'] },
          pitfalls: ['mongo-relational'],
          notPitfalls: ['no-cache'],
        },
        description: '',
        source: 'content/scenarios/ts-team.md',
      },
    ];
    const [failure] = checkScenarios(catalog);
    expect(failure?.scenario).toBe('ts-team');
    expect(failure?.source).toBe('content/scenarios/ts-team.md');
    expect(failure?.problems).toEqual([
      expect.stringMatching(
        /^expected framework express, got fastify \(fastify scores [\d.]+ in this role; express [\d.]+\)$/,
      ),
      'expected pitfall mongo-relational to be triggered, it was not',
      'expected pitfall no-cache not to be triggered, it was',
    ]);
  });
});
