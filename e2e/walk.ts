/**
 * Where the wizard goes next, as the engine decides it (src/engine/adaptive.ts): the e2e walks
 * the wizard in the order it asks, whatever the catalog, instead of hard-coding that order.
 */
import { nextAfter, nextQuestion } from '../src/engine/adaptive.ts';
import type { Answers } from '../src/engine/answers.ts';
import { catalog } from './content.ts';

/**
 * The step shown after `current` is left with these answers (null: the result), when `skipped`
 * were shown and left unanswered before it.
 */
export function nextStep(answers: Answers, current: string, skipped: string[] = []): string | null {
  return nextAfter(
    nextQuestion(catalog, { answers, skipped: skipped.filter((q) => q !== current) }),
    current,
  );
}

export const questionOf = (id: string) => catalog.questions.find((q) => q.id === id)!;
