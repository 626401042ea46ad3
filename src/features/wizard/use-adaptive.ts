import { catalog } from '../../content/catalog.ts';
import { nextQuestionSteps, type NextStep } from '../../engine/adaptive.ts';
import { useSlicedWork } from '../../lib/use-sliced-work.ts';

/**
 * Which remaining questions can still change the stack, and which to ask next
 * (engine/adaptive.ts), worked out after the step is on screen, a few milliseconds at a time, so
 * answering never waits for it and no long task blocks the next key press. Null until done for
 * exactly these answers, exclusions and skipped questions.
 */
export function useAdaptive(
  answers: Record<string, string[]>,
  exclude: string[],
  skipped: string[],
): NextStep | null {
  // The inputs are small: their text is the key, so the same inputs reuse the work done.
  const key = JSON.stringify([answers, exclude, skipped]);
  return useSlicedWork(key, () => nextQuestionSteps(catalog, { answers, exclude, skipped }));
}
