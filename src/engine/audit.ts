/**
 * The advice audit: push many seeded random answer sets through `recommend` and measure what a
 * seasoned backend engineer would object to. Pure and deterministic for a given seed; run by
 * `npm run audit` (scripts/audit.ts), which prints the report and fails on the hard limits.
 */
import type { Catalog, Condition, Role } from '../content/types.ts';
import { evaluateCondition, type Answers } from './answers.ts';
import { recommend, topStack, type Recommendation } from './recommend.ts';
import { ROLE_WEIGHT } from './stack.ts';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same answer sets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface AuditInput {
  answers: Answers;
  exclude: string[];
}

/**
 * Random answer sets as people give them: each question skipped about a quarter of the time,
 * otherwise answered with valid options (a multiple-choice answer may be empty: "none of
 * these"); about one set in eight also rules out one to three technologies.
 */
export function randomInputs(catalog: Catalog, count: number, seed: number): AuditInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const inputs: AuditInput[] = [];
  const ids = catalog.technologies.map((t) => t.id);
  for (let n = 0; n < count; n++) {
    const answers: Record<string, string[]> = {};
    for (const q of catalog.questions) {
      if (random() < 0.25) continue;
      const options = q.options.map((o) => o.id);
      if (q.kind === 'single') answers[q.id] = [pick(options)];
      else {
        const max = q.max ?? options.length;
        // Mostly one or two choices, sometimes none, rarely many.
        const size = Math.min(max, Math.floor(random() * random() * (options.length + 1)));
        const chosen = new Set<string>();
        while (chosen.size < size) chosen.add(pick(options));
        answers[q.id] = options.filter((o) => chosen.has(o));
      }
    }
    const exclude: string[] = [];
    if (random() < 0.125) {
      const size = 1 + Math.floor(random() * 3);
      while (exclude.length < size) {
        const id = pick(ids);
        if (!exclude.includes(id)) exclude.push(id);
      }
    }
    inputs.push({ answers, exclude });
  }
  return inputs;
}

/** The roles a condition reads from the picked stack. */
export function stackRolesOf(condition: Condition): Role[] {
  if ('all' in condition) return [...new Set(condition.all.flatMap(stackRolesOf))];
  if ('any' in condition) return [...new Set(condition.any.flatMap(stackRolesOf))];
  if ('not' in condition) return stackRolesOf(condition.not);
  if ('stack' in condition) return [condition.stack];
  return [];
}

export interface Example {
  input: AuditInput;
  detail: string;
}

export interface AuditReport {
  seed: number;
  runs: number;
  /** Top stack triggers a high-severity pitfall about its own pick while a stack without it is within 5 points. */
  contradictions: Example[];
  /** No stack although a language, a framework of it and a primary database are still allowed. */
  emptyResults: Example[];
  /** A pitfall that fires only because of an assumed (defaulted) answer. */
  pitfallsFromDefaults: Example[];
  /** How often each pitfall fires, over all runs. */
  pitfallRates: { id: string; rate: number }[];
  /** Among runs that name a team language: how often the top stack keeps it. */
  teamLanguageKept: { kept: number; of: number };
  /** The same, among runs with no workload the guide ties to one language (data and ML,
   * systems, WebAssembly, CLI tooling, high concurrency) and no memory-safety priority. */
  teamLanguageKeptPlain: { kept: number; of: number };
  /** Runs whose top stack holds a technology on trial or under assessment. */
  trialWins: number;
  /** Why-nots that say "about as well" for a real gap, or hide the role that decided. */
  misleadingWhyNots: Example[];
  /** The hard limit on a single pitfall's firing rate. */
  maxPitfallRate: number;
  /** Runs whose top language changes when data access (the ORM role) is left out of the score. */
  languageDecidedByOrm: number;
}

const MAX_PITFALL_RATE = 0.25;
/** Data access must decide the top language in under this share of answer sets. */
const MAX_ORM_DECIDES = 0.02;
const CLOSE = 5;

/** The language a team-language option points at: the best fit on the criteria it weighs. */
function teamLanguages(catalog: Catalog): Map<string, string> {
  const out = new Map<string, string>();
  const q = catalog.questions.find((x) => x.id === 'team-language');
  if (!q) return out;
  const languages = catalog.technologies.filter((t) => t.category === 'language');
  for (const o of q.options) {
    const criteria = Object.keys(o.weights);
    if (criteria.length !== 1) continue;
    const best = languages
      .map((l) => ({ id: l.id, fit: l.fit[criteria[0]!]?.score ?? 0 }))
      .sort((a, b) => b.fit - a.fit || (a.id < b.id ? -1 : 1))[0];
    if (best && best.fit >= 5) out.set(o.id, best.id);
  }
  return out;
}

function explicitValues(result: Recommendation): Map<string, string[]> {
  const assumed = new Set(result.assumptions.map((a) => a.question));
  return new Map(Object.entries(result.answers).filter(([q]) => !assumed.has(q)));
}

/** Run the audit. `runs` answer sets from `seed`. */
export function runAudit(catalog: Catalog, runs: number, seed: number): AuditReport {
  const inputs = randomInputs(catalog, runs, seed);
  const pitfallById = new Map(catalog.pitfalls.map((p) => [p.id, p]));
  const fired = new Map(catalog.pitfalls.map((p) => [p.id, 0]));
  const statusOf = new Map(catalog.technologies.map((t) => [t.id, t.status]));
  const teamLanguage = teamLanguages(catalog);
  const report: AuditReport = {
    seed,
    runs,
    contradictions: [],
    emptyResults: [],
    pitfallsFromDefaults: [],
    pitfallRates: [],
    teamLanguageKept: { kept: 0, of: 0 },
    teamLanguageKeptPlain: { kept: 0, of: 0 },
    trialWins: 0,
    misleadingWhyNots: [],
    maxPitfallRate: MAX_PITFALL_RATE,
    languageDecidedByOrm: 0,
  };
  const withoutOrm = { ...ROLE_WEIGHT, orm: 0 };
  for (const input of inputs) {
    const result = recommend(catalog, input, { sensitivity: false });
    const top = result.stacks[0];
    if (
      top &&
      topStack(catalog, input, { roleWeight: withoutOrm })?.language !== top.picks.language
    )
      report.languageDecidedByOrm++;
    if (!top) {
      const required: Role[] = ['language', 'framework', 'database'];
      if (!result.conflicts.some((c) => required.includes(c.role)))
        report.emptyResults.push({
          input,
          detail: result.conflicts.map((c) => c.message).join(' '),
        });
      continue;
    }
    const explicit = explicitValues(result);
    for (const p of result.pitfalls) {
      fired.set(p.id, (fired.get(p.id) ?? 0) + 1);
      const pitfall = pitfallById.get(p.id)!;
      if (!evaluateCondition(pitfall.when, explicit, top.picks))
        report.pitfallsFromDefaults.push({ input, detail: p.id });
      if (p.severity !== 'high') continue;
      // Would a stack without the problem be close? Rule out the picks the pitfall is about.
      const roles = stackRolesOf(pitfall.when);
      const picked = roles.map((r) => top.picks[r]).filter((id): id is string => id !== undefined);
      if (picked.length === 0) continue;
      const alt = recommend(
        catalog,
        { answers: input.answers, exclude: [...input.exclude, ...picked] },
        { sensitivity: false },
      ).stacks[0];
      if (!alt) continue;
      const altFires = evaluateCondition(pitfall.when, new Map(Object.entries(result.answers)), {
        ...alt.picks,
      });
      // The pick's own cost for this warning is part of its score; "close" is judged on merit,
      // before that cost, so a pick only stands when it clearly leads the safe stack.
      const merit =
        top.score + top.risks.filter((x) => x.pitfall === p.id).reduce((n, x) => n + x.points, 0);
      if (!altFires && merit - alt.score < CLOSE)
        report.contradictions.push({
          input,
          detail: `${p.id}: ${Object.values(top.picks).join('/')} ${top.score.toFixed(1)} (${merit.toFixed(1)} before its cost) vs ${Object.values(alt.picks).join('/')} ${alt.score.toFixed(1)}`,
        });
    }
    const team = result.answers['team-language']?.[0];
    const wanted = team !== undefined && explicit.has('team-language') && teamLanguage.get(team);
    if (wanted) {
      report.teamLanguageKept.of++;
      if (top.picks.language === wanted) report.teamLanguageKept.kept++;
      const strong = ['data-ml', 'systems', 'wasm', 'cli-tooling', 'high-concurrency'];
      const plain =
        !(explicit.get('workload') ?? []).some((w) => strong.includes(w)) &&
        !(explicit.get('priorities') ?? []).includes('memory-safety');
      if (plain) {
        report.teamLanguageKeptPlain.of++;
        if (top.picks.language === wanted) report.teamLanguageKeptPlain.kept++;
      }
    }
    if (Object.values(top.picks).some((id) => ['trial', 'assess'].includes(statusOf.get(id)!)))
      report.trialWins++;
    for (const role of result.roles) {
      const winner = role.candidates.find((c) => c.status === 'picked');
      if (!winner) continue;
      for (const c of role.candidates) {
        if (c.status !== 'eligible' || !c.whyNot) continue;
        const gap = winner.score - c.score;
        const aboutAsWell = /about as well/.test(c.whyNot);
        const outscored = c.score - winner.score >= 0.5;
        const namesDecider = c.decidedBy !== undefined;
        if ((aboutAsWell && Math.abs(gap) >= 3) || (outscored && !namesDecider))
          report.misleadingWhyNots.push({
            input,
            detail: `${role.role} ${c.id} (${c.score.toFixed(1)}) vs ${winner.id} (${winner.score.toFixed(1)}): ${c.whyNot}`,
          });
      }
    }
  }
  report.pitfallRates = [...fired]
    .map(([id, n]) => ({ id, rate: n / runs }))
    .sort((a, b) => b.rate - a.rate || (a.id < b.id ? -1 : 1));
  return report;
}

/** The hard limits `npm run audit` fails on, as plain sentences; empty when all hold. */
export function auditFailures(report: AuditReport): string[] {
  const out: string[] = [];
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (report.contradictions.length > 0)
    out.push(`${count(report.contradictions.length, 'self-contradiction')} (must be 0)`);
  if (report.emptyResults.length > 0)
    out.push(`${count(report.emptyResults.length, 'empty result')} (must be 0)`);
  if (report.pitfallsFromDefaults.length > 0)
    out.push(
      `${count(report.pitfallsFromDefaults.length, 'pitfall')} triggered by assumed answers (must be 0)`,
    );
  if (report.misleadingWhyNots.length > 0)
    out.push(`${count(report.misleadingWhyNots.length, 'misleading why-not')} (must be 0)`);
  if (report.languageDecidedByOrm / report.runs >= MAX_ORM_DECIDES)
    out.push(
      `data access decides the language in ${((100 * report.languageDecidedByOrm) / report.runs).toFixed(1)}% of answer sets (under ${100 * MAX_ORM_DECIDES}%)`,
    );
  for (const p of report.pitfallRates)
    if (p.rate > report.maxPitfallRate)
      out.push(
        `pitfall ${p.id} fires in ${(100 * p.rate).toFixed(1)}% of answer sets (at most ${100 * report.maxPitfallRate}%)`,
      );
  return out;
}
