/** Words the result page uses for roles, questions, answers and points. */
import { catalog } from '../../content/catalog.ts';
import { listText } from '../../lib/text.ts';
import type { Question } from '../../content/types.ts';
import type { CandidateReason } from '../../engine/recommend.ts';

// Role words are the catalog's vocabulary (content/vocabulary.ts), shared with the decision record.
export { fillsRole, ROLE_LABELS, ROLE_WORDS } from '../../content/vocabulary.ts';
export { listText };

const questions = new Map(catalog.questions.map((q) => [q.id, q]));

export function findQuestion(id: string): Question | undefined {
  return questions.get(id);
}

export function questionTitle(id: string): string {
  return questions.get(id)?.title ?? id;
}

export function optionLabel(questionId: string, optionId: string): string {
  return questions.get(questionId)?.options.find((o) => o.id === optionId)?.label ?? optionId;
}

export const quote = (text: string) => `“${text}”`;

/** "“Python”", "“CRUD API” and “Data and ML”", or "none of these" for an empty multiple choice. */
export function describeAnswer(questionId: string, options: readonly string[]): string {
  if (options.length === 0) return 'none of these';
  return listText(options.map((o) => quote(optionLabel(questionId, o))));
}

/** Signed, rounded points: "+18", "−4". */
export function formatPoints(points: number): string {
  const n = Math.round(points);
  return n < 0 ? `−${Math.abs(n)}` : `+${n}`;
}

/** The answers that lifted a candidate most (the baseline is not an answer), largest first. */
export function topReasons(reasons: readonly CandidateReason[], count = 3): CandidateReason[] {
  return reasons.filter((r) => r.question !== null && Math.round(r.points) > 0).slice(0, count);
}

/** "1 point", "1.3 points". */
export function pointsText(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}
