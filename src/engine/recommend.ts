/**
 * `recommend(catalog, input)`: the whole result the page shows, from the catalog and the
 * answers alone. Pure and deterministic: the same catalog and input give the same output, ties
 * broken by id. No React, no DOM, no store.
 *
 * The work is split by concern: `run.ts` ranks, `pitfalls.ts` turns risks into costs and
 * warnings, `explain.ts` writes reasons, why-nots, notes and conflicts, `sensitivity.ts` finds
 * what would change the result.
 */
import type { Catalog, Role } from '../content/types.ts';
import { evaluateCondition } from './answers.ts';
import {
  answerNotes,
  explainConflict,
  noOrmNote,
  roleResult,
  teamLanguageNote,
} from './explain.ts';
import { explainCondition, pickRoleOf, SEVERITY_ORDER } from './pitfalls.ts';
import { contextOf, run, type Context, type Run } from './run.ts';
import { drain, picksOf, whatIf } from './sensitivity.ts';
import { ROLE_WEIGHT, STACK_ROLES, stackKey, type StackCandidate } from './stack.ts';
import type {
  Flip,
  RankedStack,
  Recommendation,
  RecommendInput,
  ResultNote,
  Sensitivity,
  StackPick,
  StackRisk,
  StackRole,
  TriggeredPitfall,
} from './types.ts';

export type * from './types.ts';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Recommend stacks for the answers. Guarantees:
 * - every stack is coherent: its framework and ORM belong to its language, its ORM supports its
 *   database, and it has a cache or a broker exactly when an answer calls for one and one is
 *   allowed (otherwise a note says the role is unfilled and what to do instead);
 * - excluded and `hold` technologies are never picked, and their why-not says so;
 * - when no stack can be formed, `stacks` is empty and `conflicts` says which required role
 *   (language, framework, database) cannot be filled;
 * - pitfalls fire only from answers the person gave, never from assumed ones, and say which
 *   answers triggered them; a pitfall about a pick costs that pick points in the ranking;
 * - every score is finite and within 0-100; the same input always gives the same output.
 * Set `sensitivity: false` to skip the what-if analysis (it re-ranks once per alternative answer).
 */
export function recommend(
  catalog: Catalog,
  input: RecommendInput,
  options: { sensitivity?: boolean } = {},
): Recommendation {
  const ctx = contextOf(catalog);
  const exclude = input.exclude ?? [];
  const base = run(ctx, input.answers, exclude);
  const ignored = [...base.effective.ignored];
  for (const id of exclude)
    if (!ctx.byId.has(id))
      ignored.push(`There is no technology “${id}” to exclude; it was ignored.`);

  const top = base.stacks[0];
  const stacks = base.stacks.map((s, i) => rankedStack(ctx, base, s, i + 1));
  const conflicts = top ? [] : explainConflict(ctx, base);
  const roles = STACK_ROLES.map((role) => roleResult(ctx, base, role, top));
  const notes: ResultNote[] = answerNotes(ctx, base);
  const languageNote = top ? teamLanguageNote(ctx, base, top) : null;
  if (languageNote) notes.unshift(languageNote);
  const second = base.stacks[1];
  const sensitivity: Sensitivity = {
    margin: top && second ? round1(top.score - second.score) : null,
    flips: top && options.sensitivity !== false ? drain(whatIf(ctx, input, base, top)) : [],
  };
  return {
    fingerprint: catalog.fingerprint,
    answers: Object.fromEntries(base.effective.values),
    assumptions: base.effective.assumptions,
    ignored,
    stacks,
    conflicts,
    roles,
    pitfalls: triggeredPitfalls(ctx, base, top ? picksOf(top) : undefined),
    notes,
    sensitivity,
  };
}

/** The top stack only: what sensitivity and scenario checks compare. */
export function topStack(
  catalog: Catalog,
  input: RecommendInput,
  options: { roleWeight?: Readonly<Record<Role, number>> } = {},
): StackPick | null {
  const top = run(contextOf(catalog), input.answers, input.exclude ?? [], {
    detailed: false,
    roleWeight: options.roleWeight ?? ROLE_WEIGHT,
  }).stacks[0];
  return top ? picksOf(top) : null;
}

/**
 * The what-if analysis in steps, one question at a time, for callers that spread it over several
 * tasks (the result page does, so the page never blocks for the whole analysis). Pure: run it to
 * the end and its return value is `recommend(catalog, input).sensitivity.flips`.
 */
export function* whatIfSteps(catalog: Catalog, input: RecommendInput): Generator<void, Flip[]> {
  const ctx = contextOf(catalog);
  const base = run(ctx, input.answers, input.exclude ?? []);
  const top = base.stacks[0];
  if (!top) return [];
  return yield* whatIf(ctx, input, base, top);
}

function rankedStack(ctx: Context, r: Run, s: StackCandidate, rank: number): RankedStack {
  const roles: StackRole[] = [];
  let weight = 0;
  for (const role of STACK_ROLES) {
    const p = s.picks[role];
    if (!p) continue;
    roles.push({ role, id: p.tech.id, name: p.tech.name, score: p.score });
    weight += r.roleWeight[role];
  }
  const risks: StackRisk[] = [];
  for (const role of STACK_ROLES) {
    const p = s.picks[role];
    if (!p) continue;
    for (const reason of r.scores.get(role)?.get(p.tech.id)?.contributions ?? []) {
      if (reason.source.kind !== 'pitfall' || !reason.source.pitfall) continue;
      const pitfall = ctx.catalog.pitfalls.find((x) => x.id === reason.source.pitfall)!;
      risks.push({
        pitfall: pitfall.id,
        severity: pitfall.severity,
        role,
        points: (-reason.points * r.roleWeight[role]) / weight,
      });
    }
  }
  const stack: RankedStack = { rank, score: s.score, picks: picksOf(s), roles, risks };
  if (!s.picks.orm) stack.ormNote = noOrmNote(ctx, s);
  return stack;
}

/** Pitfalls that fire for the answers given (never assumed ones) and the picked stack. */
function triggeredPitfalls(ctx: Context, r: Run, picks: StackPick | undefined): TriggeredPitfall[] {
  return ctx.catalog.pitfalls
    .filter((p) => evaluateCondition(p.when, r.explicit, picks))
    .map((p) => ({
      id: p.id,
      title: p.title,
      severity: p.severity,
      summary: p.summary,
      advice: p.advice,
      links: p.links,
      triggeredBy: explainCondition(p.when, r.explicit, picks ?? {}),
    }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : 1),
    );
}

export { stackKey, pickRoleOf };
