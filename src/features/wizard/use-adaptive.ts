import { catalog } from '../../content/catalog.ts';
import { nextQuestionSteps, type NextStep } from '../../engine/adaptive.ts';
import { useSlicedWork } from '../../lib/use-sliced-work.ts';

/**
 * Which remaining questions can still change the stack (engine/adaptive.ts), worked out after
 * the step is on screen, a few milliseconds at a time, so answering never waits for it and no
 * long task blocks the next key press. Null until done for these answers.
 */
export function useAdaptive(answers: Record<string, string[]>, exclude: string[]): NextStep | null {
  // A new answers object is a new question to ask: the store replaces it on every change.
  const key = keyOf(answers, exclude);
  return useSlicedWork(key, () => nextQuestionSteps(catalog, { answers, exclude }));
}

const keys = new WeakMap<object, WeakMap<object, object>>();
/** One stable key object per (answers, exclude) pair, so the work restarts when either changes. */
function keyOf(answers: object, exclude: object): object {
  let inner = keys.get(answers);
  if (!inner) keys.set(answers, (inner = new WeakMap()));
  let key = inner.get(exclude);
  if (!key) inner.set(exclude, (key = {}));
  return key;
}
