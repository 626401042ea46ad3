/**
 * "Step N of M" for an adaptive wizard (issue 16): M is the steps shown so far plus the questions
 * that can still change the stack, so it moves as answers do. The rule that keeps the bar honest
 * without jumping back: the count may fall at any time (the bar leaps forward), but it rises by
 * at most one per step forward, never on the same step or going back. Since (N + 1) / (M + 1) is
 * never less than N / M, the bar never moves backwards going forward, and a count that was too
 * low catches up with the truth one step at a time. Pure.
 */
export interface Shown {
  /** The step's position, from 1. */
  at: number;
  /** The steps the wizard expects to show in all, `at` included. */
  count: number;
}

/** The counts to show at step `at` when `target` steps are expected in all (`null`: not known yet). */
export function progressAt(prev: Shown | null, at: number, target: number | null): Shown {
  if (target === null) return { at, count: Math.max(at, prev?.count ?? at) };
  if (prev === null) return { at, count: Math.max(at, target) };
  const ceiling = at > prev.at ? prev.count + 1 : prev.count;
  return { at, count: Math.max(at, Math.min(target, ceiling)) };
}
