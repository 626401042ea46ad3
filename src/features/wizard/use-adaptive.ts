import { useEffect, useState } from 'react';
import { catalog } from '../../content/catalog.ts';
import { nextQuestion, type NextStep } from '../../engine/adaptive.ts';

/**
 * Which remaining questions can still change the stack (engine/adaptive.ts), worked out after
 * the step is on screen so answering never waits for it. Null until done for these answers.
 */
export function useAdaptive(answers: Record<string, string[]>, exclude: string[]): NextStep | null {
  const [done, setDone] = useState<{ answers: object; next: NextStep } | null>(null);
  useEffect(() => {
    const timer = setTimeout(
      () => setDone({ answers, next: nextQuestion(catalog, { answers, exclude }) }),
      0,
    );
    return () => clearTimeout(timer);
  }, [answers, exclude]);
  return done?.answers === answers ? done.next : null;
}
