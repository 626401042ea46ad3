/**
 * What the result page says, as plain data: the confidence in words, the one reason that decided
 * each role, the biggest risk, the what-if changes grouped by effect, and how many answers the
 * result rests on. Pure: the page passes the catalog in, so this is tested without the generated
 * catalog.
 */
import type { Catalog, Role } from '../../content/types.ts';
import type {
  CandidateReason,
  Flip,
  Recommendation,
  StackPick,
  TriggeredPitfall,
} from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';

/** A lead of less than this many points is a near tie, not a decision. */
export const NEAR_TIE = 2;
/** From this many points on, the lead is strong. */
export const STRONG_LEAD = 6;

export interface Confidence {
  level: 'only' | 'near-tie' | 'clear' | 'strong';
  /** "A clear lead", "A near tie" … */
  headline: string;
  /** The rest of the sentence. */
  detail: string;
  /** The question that would settle a near tie, when one answer decides it. */
  decider?: string;
}

const whole = (n: number) => Math.round(n);
const points = (n: number) => `${whole(n)} point${whole(n) === 1 ? '' : 's'}`;

/** What the runner-up changes, in names: "Django instead of FastAPI". */
export function runnerUpDifference(rec: Recommendation): string {
  const [top, next] = rec.stacks;
  if (!top || !next) return '';
  const changed = next.roles.filter((r) => top.picks[r.role] !== r.id);
  const was = (role: Role) => top.roles.find((r) => r.role === role)?.name;
  return changed
    .map((r) => (was(r.role) ? `${r.name} instead of ${was(r.role)}` : `${r.name} added`))
    .join(', ');
}

/** The confidence in words, from the margin between the first and second stack. */
export function confidenceOf(rec: Recommendation): Confidence {
  const margin = rec.sensitivity.margin;
  if (margin === null)
    return {
      level: 'only',
      headline: 'The only stack that fits',
      detail: 'no other stack can be formed with your answers and exclusions.',
    };
  const diff = runnerUpDifference(rec);
  if (margin < NEAR_TIE) {
    // The answer that settles it: one whose change makes the runner-up the pick.
    const next = rec.stacks[1]!.picks;
    const same = (a: StackPick) =>
      Object.keys({ ...a, ...next }).every((r) => a[r as Role] === next[r as Role]);
    const settles = whatIfGroups(rec).find((g) => same(g.stack));
    const confidence: Confidence = {
      level: 'near-tie',
      headline: 'A near tie',
      detail: `the next stack (${diff}) is within ${points(Math.max(margin, 1))}${margin < 0.5 ? ', effectively level' : ''}: both are sound choices.`,
    };
    if (settles) confidence.decider = settles.flips[0]!.question;
    return confidence;
  }
  return margin < STRONG_LEAD
    ? {
        level: 'clear',
        headline: 'A clear lead',
        detail: `${points(margin)} ahead of the next stack (${diff}).`,
      }
    : {
        level: 'strong',
        headline: 'A strong lead',
        detail: `${points(margin)} ahead of the next stack (${diff}).`,
      };
}

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
export function biggestRisk(catalog: Catalog, rec: Recommendation): Risk | null {
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

export interface WhatIfGroup {
  /** The stack every answer in the group leads to. */
  stack: StackPick;
  key: string;
  changed: Role[];
  /** How far that stack trails the top one under the current answers. */
  trails: number;
  /** Every single answer change that leads there. */
  flips: Flip[];
}

/** What-if flips grouped by the stack they lead to, the closest change first. */
export function whatIfGroups(rec: Recommendation): WhatIfGroup[] {
  const groups = new Map<string, WhatIfGroup>();
  for (const f of rec.sensitivity.flips) {
    const key = Object.entries(f.stack)
      .map(([r, id]) => `${r}:${id}`)
      .sort()
      .join('/');
    const g = groups.get(key);
    if (g) {
      g.flips.push(f);
      g.trails = Math.min(g.trails, f.trails);
    } else
      groups.set(key, { stack: f.stack, key, changed: f.changed, trails: f.trails, flips: [f] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.trails - b.trails || a.changed.length - b.changed.length || (a.key < b.key ? -1 : 1),
  );
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
