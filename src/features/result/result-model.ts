/**
 * What the result page says, as plain data: the one reason that decided each role, the biggest
 * risk and how many answers the result rests on (the confidence and the grouped what-if come from
 * engine/confidence.ts, shared with the exports). Pure: the page passes the catalog in, so this is tested without the generated
 * catalog.
 */
import type { Catalog, DetailedCatalog, Role } from '../../content/types.ts';
import type { CandidateReason, Recommendation, TriggeredPitfall } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';

export {
  confidenceOf,
  NEAR_TIE,
  runnerUpDifference,
  STRONG_LEAD,
  whatIfGroups,
  type Confidence,
  type WhatIfGroup,
} from '../../engine/confidence.ts';

const whole = (n: number) => Math.round(n);

/** The one reason that decided a role: the person's own answer that added most, if any. */
export function decidingReason(
  rec: Recommendation,
  role: Role,
): (CandidateReason & { assumed: boolean }) | null {
  const pick = rec.stacks[0]?.picks[role];
  const candidate = rec.roles.find((r) => r.role === role)?.candidates.find((c) => c.id === pick);
  if (!candidate) return null;
  const assumed = new Set(rec.assumptions.map((a) => a.question));
  const answers = candidate.reasons.filter(
    (r) => r.kind === 'answer' && r.question !== null && whole(r.points) > 0,
  );
  const own = answers.find((r) => !assumed.has(r.question!));
  if (own) return { ...own, assumed: false };
  const any = answers[0];
  if (any) return { ...any, assumed: true };
  // No answer weighs on the role (data access often): the baseline is the honest reason.
  const baseline = candidate.reasons.find((r) => r.kind === 'baseline' && whole(r.points) > 0);
  return baseline ? { ...baseline, assumed: false } : null;
}

export type Risk =
  | { kind: 'pitfall'; pitfall: TriggeredPitfall }
  | { kind: 'trade-off'; tech: string; text: string };

/**
 * The single biggest risk or trade-off: the most severe warning, or else the first "watch out
 * for" of the stack's language, then its database.
 */
export function biggestRisk(catalog: DetailedCatalog, rec: Recommendation): Risk | null {
  const pitfall = rec.pitfalls[0];
  if (pitfall) return { kind: 'pitfall', pitfall };
  const top = rec.stacks[0];
  for (const role of ['language', 'database', 'framework'] as const) {
    const tech = catalog.technologies.find((t) => t.id === top?.picks[role]);
    const text = tech?.sections['watch-out-for']?.items[0];
    if (tech && text) return { kind: 'trade-off', tech: tech.name, text };
  }
  return null;
}

export interface AnswerCount {
  /** Questions the person answered (and that apply). */
  answered: number;
  /** Questions that apply to these answers. */
  shown: number;
}

/** "Based on 3 of 12 answers": answered questions among those that apply. */
export function answerCount(catalog: Catalog, state: ShareState, rec: Recommendation): AnswerCount {
  const assumed = new Set(rec.assumptions.map((a) => a.question));
  const applies = catalog.questions.filter(
    (q) => rec.answers[q.id] !== undefined || assumed.has(q.id),
  );
  return {
    answered: applies.filter((q) => state.answers[q.id] !== undefined && !assumed.has(q.id)).length,
    shown: applies.length,
  };
}
