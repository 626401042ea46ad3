/**
 * Scenarios are the catalog's regression tests: a persona's answers and the stack it must get.
 * Pure; run by `npm run content:check` and by the unit tests.
 */
import type { Catalog, CompiledCatalog, Role, Scenario } from '../content/types.ts';
import { recommend } from './recommend.ts';

export interface ScenarioFailure {
  scenario: string;
  source: string;
  /** Plain-language description of each expectation that no longer holds. */
  problems: string[];
}

/** Replay every scenario; returns one entry per scenario whose expectations no longer hold. */
export function checkScenarios(catalog: CompiledCatalog): ScenarioFailure[] {
  return catalog.scenarios
    .map((s) => checkScenario(catalog, s))
    .filter((f) => f.problems.length > 0);
}

export function scenarioAnswers(s: Scenario): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(s.answers).map(([q, a]) => [q, Array.isArray(a) ? a : [a]]),
  );
}

export function checkScenario(catalog: Catalog, s: Scenario): ScenarioFailure {
  const result = recommend(
    catalog,
    { answers: scenarioAnswers(s), exclude: s.exclude },
    { sensitivity: false },
  );
  const problems: string[] = [];
  const top = result.stacks[0];
  if (!top) {
    problems.push(`no stack could be formed: ${result.conflicts.map((c) => c.message).join(' ')}`);
  } else {
    for (const [role, accepted] of Object.entries(s.expect.accept) as [Role, string[]][]) {
      const got = top.picks[role] ?? 'none';
      if (accepted.includes(got)) continue;
      const roleResult = result.roles.find((r) => r.role === role);
      const score = (id: string) => roleResult?.candidates.find((c) => c.id === id)?.score;
      const scored = accepted
        .filter((id) => score(id) !== undefined)
        .map((id) => `${id} ${score(id)!.toFixed(1)}`);
      const detail =
        got !== 'none' && scored.length > 0
          ? ` (${got} scores ${score(got)?.toFixed(1)} in this role; ${scored.join(', ')})`
          : '';
      problems.push(`expected ${role} ${accepted.join(' or ')}, got ${got}${detail}`);
    }
  }
  const triggered = new Set(result.pitfalls.map((p) => p.id));
  for (const id of s.expect.pitfalls)
    if (!triggered.has(id)) problems.push(`expected pitfall ${id} to be triggered, it was not`);
  for (const id of s.expect.notPitfalls)
    if (triggered.has(id)) problems.push(`expected pitfall ${id} not to be triggered, it was`);
  return { scenario: s.id, source: s.source, problems };
}
