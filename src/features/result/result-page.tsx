import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { recommend, whatIfSteps, type Flip } from '../../engine/recommend.ts';
import { decodeShare, encodeShare, type ShareState } from '../../share/codec.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CopyLink } from './copy-link.tsx';
import { ExportActions, shareUrlFor } from './export-actions.tsx';
import { EditProvider } from './edit-context.tsx';
import { secondaryButton } from './edit-link.tsx';
import {
  Assumptions,
  Conflicts,
  EditAnswers,
  Notices,
  Pitfalls,
  ResultNotes,
  WhatIf,
} from './info-sections.tsx';
import { RoleComparisons } from './role-comparison.tsx';
import { RunnerUps, stackSentence, YourStack } from './stack-sections.tsx';

/** The result is a function of the URL alone: decode the link, then rank. */
function useResult(search: string) {
  return useMemo(() => {
    const decoded = decodeShare(catalog, search);
    // Without the what-if analysis, which useFlips works out once the page is up.
    const rec = recommend(catalog, decoded.state, { sensitivity: false });
    const notices = [...new Set([...decoded.notices, ...rec.ignored])];
    const empty =
      Object.keys(decoded.state.answers).length === 0 && decoded.state.exclude.length === 0;
    return { state: decoded.state, rec, notices, empty };
  }, [search]);
}

/**
 * The what-if flips, worked out after the result is on screen, a few milliseconds at a time: the
 * analysis re-ranks once per alternative answer, and in one piece it was the page's longest task.
 * Null until done.
 */
function useFlips(state: ShareState): Flip[] | null {
  const [done, setDone] = useState<{ state: ShareState; flips: Flip[] } | null>(null);
  useEffect(() => {
    const steps = whatIfSteps(catalog, state);
    let timer: ReturnType<typeof setTimeout>;
    const work = () => {
      const until = performance.now() + 5;
      for (;;) {
        const step = steps.next();
        if (step.done) return setDone({ state, flips: step.value });
        if (performance.now() >= until) {
          timer = setTimeout(work, 0);
          return;
        }
      }
    };
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }, [state]);
  return done?.state === state ? done.flips : null;
}

export function ResultPage() {
  const { search } = useLocation();
  const { state, rec: partial, notices, empty } = useResult(search);
  const flips = useFlips(state);
  const rec = useMemo(
    () => (flips ? { ...partial, sensitivity: { ...partial.sensitivity, flips } } : partial),
    [partial, flips],
  );
  const complete = useCallback(
    () => (flips ? rec : recommend(catalog, state)),
    [flips, rec, state],
  );
  const top = rec.stacks[0];
  usePageTitle('Your recommended stack');
  // Copy link and the exports use the clean link: ignored parts of the address are dropped.
  const shareUrl = shareUrlFor(encodeShare(catalog, state));

  // Following a what-if link keeps this page mounted: start the new result from the top.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(search);
  useEffect(() => {
    if (shown.current === search) return;
    shown.current = search;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [search]);

  return (
    <EditProvider key={search} state={state}>
      <article aria-labelledby="result-title">
        <h1
          id="result-title"
          ref={heading}
          tabIndex={-1}
          className="text-3xl font-bold tracking-tight outline-none"
        >
          Your recommended stack
        </h1>
        <p className="mt-2 text-lg text-muted">
          {top ? stackSentence(top) : 'No stack can be formed from these answers and exclusions.'}
        </p>
        <div className="mt-4">
          <CopyLink
            url={shareUrl}
            actions={
              <>
                <button
                  type="button"
                  className={secondaryButton}
                  onClick={() => {
                    const target = document.getElementById('edit-title');
                    target?.focus();
                    target?.scrollIntoView({ block: 'start' });
                  }}
                >
                  Edit answers
                </button>
                <ExportActions state={state} complete={complete} shareUrl={shareUrl} />
              </>
            }
          />
        </div>
        <Notices notices={notices} empty={empty} />
        {top ? (
          <>
            <YourStack rec={rec} />
            <ResultNotes rec={rec} state={state} />
            <RunnerUps rec={rec} />
          </>
        ) : (
          <Conflicts rec={rec} state={state} />
        )}
        <Assumptions rec={rec} />
        <Pitfalls rec={rec} />
        {top && (
          <>
            <WhatIf rec={rec} state={state} pending={flips === null} />
            <RoleComparisons rec={rec} />
          </>
        )}
        <EditAnswers rec={rec} state={state} />
      </article>
    </EditProvider>
  );
}
