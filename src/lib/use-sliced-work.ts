import { useEffect, useState } from 'react';

/**
 * Runs a generator after the screen is up, a few milliseconds at a time, so long analyses (the
 * what-if flips, a team's disagreements) never become one long task. Returns the generator's
 * result once it is done, null until then; a new `key` starts over and drops the old work.
 * `start` must make the generator for the current `key`.
 */
export function useSlicedWork<T>(
  key: unknown,
  start: () => Generator<unknown, T> | null,
  sliceMs = 5,
): T | null {
  const [done, setDone] = useState<{ key: unknown; value: T } | null>(null);
  useEffect(() => {
    const steps = start();
    if (!steps) return;
    let timer: ReturnType<typeof setTimeout>;
    const work = () => {
      const until = performance.now() + sliceMs;
      for (;;) {
        const step = steps.next();
        if (step.done) return setDone({ key, value: step.value });
        if (performance.now() >= until) {
          timer = setTimeout(work, 0);
          return;
        }
      }
    };
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
    // `start` belongs to `key`: the same key is the same work.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return done !== null && Object.is(done.key, key) ? done.value : null;
}
