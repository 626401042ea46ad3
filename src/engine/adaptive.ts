/**
 * Ask only what matters: which questions can still change the top stack, which to ask next, and
 * when the stack is settled. Pure; the what-if machinery applied to the questions not yet
 * answered.
 *
 * A question "matters" when one of its answers, given the answers so far and the assumptions for
 * the rest, swaps a pick: another language, framework, database, data access, cache or broker for
 * a part the stack has. A question whose answers can only add a part (a cache, a broker) or drop
 * one, every pick kept, is an "add-on": it is still asked, after the questions that matter, and
 * the settled message names the part it could add. Answers tried: every option of a
 * single-choice question; for a multiple-choice one, "none of these", each option alone and its
 * default. (Combinations of several options are not tried: each option alone already shows what
 * it pulls toward.)
 */
import type { Catalog, Question, Role } from '../content/types.ts';
import { evaluateCondition, visibleQuestions, type Answers } from './answers.ts';
import { contextOf, run, type Context } from './run.ts';
import { picksOf } from './sensitivity.ts';
import { STACK_ROLES, type StackCandidate } from './stack.ts';
import type { StackPick } from './types.ts';

export interface AdaptiveInput {
  answers: Answers;
  exclude?: readonly string[];
  /** Questions already shown and skipped ("assume for me"): never asked again. */
  skipped?: readonly string[];
}

export interface QuestionImpact {
  question: string;
  /**
   * Answers that give another top stack, each with that stack and the roles that change. (Even a
   * swap between near-tied picks counts: ignoring half-point swaps gave another final stack to a
   * third of the personas in npm run audit:questions.)
   */
  changes: { answer: string[]; stack: StackPick; changed: Role[]; swaps: boolean }[];
  /** The most roles any one answer that swaps a pick changes (0 when none does): the ordering key. */
  reach: number;
  /** The parts some answer only adds or drops, every pick kept (`cache`, `broker`). */
  adds: Role[];
  /** Some answer changes which warnings fire, though not the stack. */
  changesWarnings: boolean;
}

/** The question asked first, whatever else: the team's language weighs on every role. */
export const FIRST_QUESTION = 'team-language';

function alternatives(q: Question): string[][] {
  if (q.kind === 'single') return q.options.map((o) => [o.id]);
  const out: string[][] = [[], ...q.options.map((o) => [o.id])];
  if (q.default.length > 1) out.push([...q.default]);
  return out;
}

function top(ctx: Context, answers: Answers, exclude: readonly string[]): StackCandidate | null {
  return run(ctx, answers, exclude, { detailed: false }).stacks[0] ?? null;
}

function changedRoles(a: StackPick | null, b: StackPick | null): Role[] {
  return STACK_ROLES.filter((r) => a?.[r] !== b?.[r]);
}

/** Some part both stacks have is picked differently (not only a part added or dropped). */
function swapsPick(a: StackPick | null, b: StackPick | null, changed: Role[]): boolean {
  return changed.some((r) => a?.[r] !== undefined && b?.[r] !== undefined);
}

function warnings(ctx: Context, answers: Answers, picks: StackPick | null): string {
  const given = new Map(Object.entries(answers).map(([q, o]) => [q, [...o]]));
  return ctx.catalog.pitfalls
    .filter((p) => evaluateCondition(p.when, given, picks ?? undefined))
    .map((p) => p.id)
    .join(',');
}

/**
 * What each visible, unanswered question could still do to the top stack. Guarantees: only
 * questions that are shown for these answers and not yet answered; each change really gives
 * another top stack when re-ranked; deterministic, in questionnaire order.
 */
export function questionImpacts(catalog: Catalog, input: AdaptiveInput): QuestionImpact[] {
  return drain(questionImpactSteps(catalog, input));
}

/** Run a stepped analysis to its end in one go. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `questionImpacts` one answer at a time: it yields after each re-ranking, so a page can spread
 * the work over short tasks (the whole is a few milliseconds on a laptop and four times that on a
 * slow phone; one re-ranking is well under a millisecond: `npm run bench`).
 */
export function* questionImpactSteps(
  catalog: Catalog,
  input: AdaptiveInput,
): Generator<void, QuestionImpact[]> {
  const ctx = contextOf(catalog);
  const exclude = input.exclude ?? [];
  const best = top(ctx, input.answers, exclude);
  const now = best ? picksOf(best) : null;
  const nowWarnings = warnings(ctx, input.answers, now);
  const out: QuestionImpact[] = [];
  for (const q of visibleQuestions(catalog, input.answers)) {
    if (input.answers[q.id] !== undefined || input.skipped?.includes(q.id)) continue;
    const impact: QuestionImpact = {
      question: q.id,
      changes: [],
      reach: 0,
      adds: [],
      changesWarnings: false,
    };
    for (const answer of alternatives(q)) {
      const answers = { ...input.answers, [q.id]: answer };
      const next = top(ctx, answers, exclude);
      const stack = next ? picksOf(next) : null;
      const changed = changedRoles(now, stack);
      if (changed.length > 0) {
        const swaps = swapsPick(now, stack, changed);
        impact.changes.push({ answer, stack: stack ?? {}, changed, swaps });
        if (swaps) impact.reach = Math.max(impact.reach, changed.length);
        else for (const r of changed) if (!impact.adds.includes(r)) impact.adds.push(r);
      } else if (!impact.changesWarnings && warnings(ctx, answers, stack) !== nowWarnings)
        impact.changesWarnings = true;
      yield;
    }
    out.push(impact);
  }
  return out;
}

export interface NextStep {
  /**
   * The question to ask next: one that matters, else an add-on, else an optional one in
   * questionnaire order; null when every visible question was answered or skipped.
   */
  question: string | null;
  /** No single remaining answer swaps a pick (add-on questions may still add or drop a part). */
  settled: boolean;
  /** Remaining questions whose answers can swap a pick, most impact first. */
  matter: QuestionImpact[];
  /** Remaining questions whose answers can only add or drop a part, in questionnaire order. */
  addOns: QuestionImpact[];
  /** Remaining questions none of whose answers changes the stack (some may change warnings). */
  optional: QuestionImpact[];
}

/**
 * The next question: the team's language first; then, of the questions that can still swap a
 * pick, the one whose answers change the most parts; ties go to the one with the most distinct
 * outcomes, then to questionnaire order. Then the add-on questions, then the optional ones, each
 * in questionnaire order. The same answers always give the same next question.
 */
export function nextQuestion(catalog: Catalog, input: AdaptiveInput): NextStep {
  return drain(nextQuestionSteps(catalog, input));
}

/** `nextQuestion` in steps, one re-ranking each (see `questionImpactSteps`). */
export function* nextQuestionSteps(
  catalog: Catalog,
  input: AdaptiveInput,
): Generator<void, NextStep> {
  const first = catalog.questions.find((q) => q.id === FIRST_QUESTION);
  const impacts = yield* questionImpactSteps(catalog, input);
  const order = new Map(catalog.questions.map((q, i) => [q.id, i]));
  const distinct = (i: QuestionImpact) =>
    new Set(i.changes.map((c) => JSON.stringify(c.stack))).size;
  const matter = impacts
    .filter((i) => i.reach > 0)
    .sort(
      (a, b) =>
        b.reach - a.reach ||
        distinct(b) - distinct(a) ||
        order.get(a.question)! - order.get(b.question)!,
    );
  const addOns = impacts.filter((i) => i.reach === 0 && i.changes.length > 0);
  const optional = impacts.filter((i) => i.changes.length === 0);
  const settled = matter.length === 0;
  let question = (matter[0] ?? addOns[0] ?? optional[0])?.question ?? null;
  if (
    first &&
    input.answers[first.id] === undefined &&
    impacts.some((i) => i.question === first.id)
  )
    question = first.id;
  return { question, settled, matter, addOns, optional };
}

/**
 * The question after `current` once it is left, answered or skipped: what `nextQuestion` asks
 * with `current` skipped too, read off the step already worked out for these answers (the other
 * questions' impacts do not depend on it). Null when no visible question is left to show.
 */
export function nextAfter(step: NextStep, current: string): string | null {
  if (step.question !== current) return step.question;
  return (
    [...step.matter, ...step.addOns, ...step.optional]
      .map((i) => i.question)
      .find((q) => q !== current) ?? null
  );
}
