/**
 * How sure a result is, in words, and the what-if changes grouped by the stack they lead to.
 * Pure; shared by the result page and the exports, so both say the same thing.
 */
import type { Role } from '../content/types.ts';
import type { Flip, Recommendation, StackPick } from './types.ts';

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

/** The picks that differ, in words for each side: ["FastAPI and SQLAlchemy", "Django and Django ORM"]. */
export function tiedNames(rec: Recommendation): [string, string] | null {
  const [top, next] = rec.stacks;
  if (!top || !next) return null;
  const roles = [...new Set([...top.roles, ...next.roles].map((r) => r.role))].filter(
    (role) => top.picks[role] !== next.picks[role],
  );
  const names = (s: typeof top) =>
    roles
      .map((role) => s.roles.find((r) => r.role === role)?.name)
      .filter((n): n is string => n !== undefined);
  const say = (list: string[]) =>
    list.length <= 1
      ? (list[0] ?? 'no extra role')
      : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return [say(names(top)), say(names(next))];
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
      detail: `${tiedSentence(rec, diff)} within ${points(Math.max(margin, 1))}${margin < 0.5 ? ', effectively level' : ''}: both are sound choices.`,
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

/** "FastAPI with SQLAlchemy and Django with Django ORM are" (the near tie, named). */
function tiedSentence(rec: Recommendation, diff: string): string {
  const names = tiedNames(rec);
  if (!names) return `the next stack (${diff}) is`;
  const [a, b] = names;
  return `${a} (yours) and ${b} (the next stack) are`;
}
