/**
 * What would change the result: every single alternative answer that changes the top stack.
 * Pure; written as a generator so a page can spread the work over several tasks.
 */
import { STACK_ROLES, stackScore, type Scored, type StackCandidate } from './stack.ts';
import { run, type Context, type Run } from './run.ts';
import type { Flip, RecommendInput, StackPick } from './types.ts';

export function picksOf(stack: StackCandidate): StackPick {
  const picks: StackPick = {};
  for (const role of STACK_ROLES) {
    const p = stack.picks[role];
    if (p) picks[role] = p.tech.id;
  }
  return picks;
}

/** Every alternative answer to every shown question, re-ranked; one yield per question. */
export function* whatIf(
  ctx: Context,
  input: RecommendInput,
  base: Run,
  top: StackCandidate,
): Generator<void, Flip[]> {
  const flips: Flip[] = [];
  const topKey = top.key;
  const exclude = input.exclude ?? [];
  const label = (q: string, o: string) => `“${ctx.optionLabel.get(`${q}/${o}`) ?? o}”`;
  for (const q of ctx.catalog.questions) {
    const current = base.effective.values.get(q.id);
    if (current === undefined && base.effective.skipped.has(q.id) === false) continue; // hidden
    const now = current ?? [];
    const alternatives: { answer: string[]; change: string }[] = [];
    if (q.kind === 'single') {
      for (const o of q.options)
        if (!now.includes(o.id))
          alternatives.push({
            answer: [o.id],
            change: now[0]
              ? `${label(q.id, o.id)} instead of ${label(q.id, now[0])}`
              : label(q.id, o.id),
          });
    } else {
      for (const o of q.options) {
        if (now.includes(o.id))
          alternatives.push({
            answer: now.filter((x) => x !== o.id),
            change: `without ${label(q.id, o.id)}`,
          });
        else if (now.length < (q.max ?? Infinity))
          alternatives.push({
            answer: q.options.map((x) => x.id).filter((x) => x === o.id || now.includes(x)),
            change: `adding ${label(q.id, o.id)}`,
          });
      }
    }
    for (const alt of alternatives) {
      const answers = { ...input.answers, [q.id]: alt.answer };
      const next = run(ctx, answers, exclude, { detailed: false }).stacks[0];
      if (!next || next.key === topKey) continue;
      const stack = picksOf(next);
      const changed = STACK_ROLES.filter((role) => stack[role] !== top.picks[role]?.tech.id);
      flips.push({
        question: q.id,
        answer: alt.answer,
        change: alt.change,
        stack,
        changed,
        trails: top.score - scoreNow(base, next, top),
      });
    }
    yield;
  }
  return flips;
}

/**
 * A stack's score under the base run's answers. Roles the base answers do not call for (a cache
 * the alternative answer added) are left out, so the comparison stays like with like.
 */
function scoreNow(base: Run, stack: StackCandidate, top: StackCandidate): number {
  const picks: Partial<Record<(typeof STACK_ROLES)[number], Scored>> = {};
  for (const role of STACK_ROLES) {
    const p = top.picks[role] ? stack.picks[role] : undefined;
    const score = p && base.scores.get(role)?.get(p.tech.id)?.score;
    if (p && score !== undefined) picks[role] = { tech: p.tech, score };
  }
  return stackScore(picks, base.roleWeight);
}

/** Run steps to the end and return the result. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
