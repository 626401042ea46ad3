/**
 * Answers as the engine sees them: normalized, with hidden steps dropped and skipped steps
 * filled from their defaults, plus the condition language evaluator. Pure.
 */
import type { Catalog, Condition, Question, Role } from '../content/types.ts';

/**
 * Question id -> chosen option ids. A missing key means the question was skipped; an empty list on
 * a multiple-choice question means "none of these".
 */
export type Answers = Readonly<Record<string, readonly string[]>>;

export interface Assumption {
  question: string;
  options: string[];
  /** "“How big will it get?” was not answered; assumed “Growing”." (Said to the reader of a shared link too.) */
  message: string;
}

export interface EffectiveAnswers {
  /** What the engine scores: answered, visible questions plus defaults for skipped ones. */
  values: Map<string, string[]>;
  /** Questions whose value came from a default. */
  assumed: Set<string>;
  /** Visible questions the person did not answer and that have no default. */
  skipped: Set<string>;
  assumptions: Assumption[];
  /** Plain-language notes on anything in the answers that was not used. */
  ignored: string[];
}

export type StackPick = Partial<Record<Role, string>>;

/** Evaluate a content condition. Stack conditions are false when no stack is given. */
export function evaluateCondition(
  condition: Condition,
  answers: ReadonlyMap<string, readonly string[]>,
  stack?: StackPick,
): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, stack));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, stack));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, stack);
  if ('answer' in condition) {
    const value = answers.get(condition.answer);
    if ('skipped' in condition) return value === undefined;
    return value !== undefined && value.some((o) => condition.in.includes(o));
  }
  if (!stack) return false;
  const picked = stack[condition.stack];
  if ('absent' in condition) return picked === undefined;
  return picked !== undefined && condition.in.includes(picked);
}

function quote(text: string): string {
  return `“${text}”`;
}

/**
 * Resolve raw answers against the questionnaire. Unknown questions and options are ignored (and
 * noted), single-choice answers keep their first option, multiple-choice answers are capped at
 * `max`, hidden questions are dropped, and skipped questions take their defaults.
 */
export function resolveAnswers(catalog: Catalog, raw: Answers): EffectiveAnswers {
  const values = new Map<string, string[]>();
  const assumed = new Set<string>();
  const skipped = new Set<string>();
  const assumptions: Assumption[] = [];
  const ignored: string[] = [];
  const known = new Set(catalog.questions.map((q) => q.id));
  for (const id of Object.keys(raw).sort())
    if (!known.has(id)) ignored.push(`There is no question ${quote(id)}; its answer was ignored.`);

  // Questions are in wizard order, so a condition only ever reads answers already resolved.
  for (const q of catalog.questions) {
    if (q.when && !evaluateCondition(q.when, values)) {
      if (raw[q.id] !== undefined)
        ignored.push(
          `${quote(q.title)} does not apply to your other answers; its answer was ignored.`,
        );
      continue;
    }
    const given = raw[q.id];
    // A single-choice answer with no usable option counts as skipped.
    const cleaned = given === undefined ? undefined : cleanAnswer(q, given, ignored);
    if (cleaned === undefined || (q.kind === 'single' && cleaned.length === 0)) {
      if (q.default.length > 0) {
        values.set(q.id, [...q.default]);
        assumed.add(q.id);
        assumptions.push({
          question: q.id,
          options: [...q.default],
          message: `${quote(q.title)} was not answered; assumed ${q.default.map((o) => quote(optionLabel(q, o))).join(' and ')}.`,
        });
      } else {
        skipped.add(q.id);
        assumptions.push({
          question: q.id,
          options: [],
          message: `${quote(q.title)} was not answered; assumed none of its options apply.`,
        });
      }
      continue;
    }
    values.set(q.id, cleaned);
  }
  return { values, assumed, skipped, assumptions, ignored };
}

function optionLabel(q: Question, id: string): string {
  return q.options.find((o) => o.id === id)?.label ?? id;
}

function cleanAnswer(q: Question, given: readonly string[], ignored: string[]): string[] {
  const valid = new Set(q.options.map((o) => o.id));
  const out: string[] = [];
  for (const o of given) {
    if (!valid.has(o)) {
      ignored.push(`${quote(o)} is not an option of ${quote(q.title)}; it was ignored.`);
    } else if (!out.includes(o)) out.push(o);
  }
  const max = q.kind === 'single' ? 1 : (q.max ?? Infinity);
  if (out.length > max) {
    ignored.push(
      `${quote(q.title)} takes at most ${max} choice${max === 1 ? '' : 's'}; kept ${out
        .slice(0, max)
        .map((o) => quote(optionLabel(q, o)))
        .join(', ')}.`,
    );
    out.length = max;
  }
  // Keep the questionnaire's option order, so equal answers look equal.
  return q.options.map((o) => o.id).filter((id) => out.includes(id));
}

/**
 * The questions the wizard shows for these answers, in order: a question whose `when` fails is
 * hidden, and its answer is not used.
 */
export function visibleQuestions(catalog: Catalog, raw: Answers): Question[] {
  const { values, skipped } = resolveAnswers(catalog, raw);
  return catalog.questions.filter((q) => values.has(q.id) || skipped.has(q.id));
}
