import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSlicedWork } from '../../lib/use-sliced-work.ts';
import { useLocation, useNavigate } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import type { Role } from '../../content/types.ts';
import { recommend, whatIfSteps, type Flip } from '../../engine/recommend.ts';
import {
  decodeShare,
  encodeShare,
  type ResultSection,
  type ShareState,
} from '../../share/codec.ts';
import { encodeTeam } from '../../share/team-codec.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Disclosure } from '../../components/disclosure.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { paths } from '../../lib/paths.ts';
import { AnswersSection } from './answers-section.tsx';
import { ChangeBanner, DraftBanner } from './change-banner.tsx';
import { Assumptions } from './assumptions.tsx';
import { Conflicts } from './conflicts.tsx';
import { CopyLink } from './copy-link.tsx';
import { EditProvider } from './edit-context.tsx';
import { EditLink } from './edit-link.tsx';
import { ExportActions, shareUrlFor } from './export-actions.tsx';
import { questionTitle, quote, ROLE_LABELS } from './labels.ts';
import { ResultNotes } from './notes.tsx';
import { Notices } from './notices.tsx';
import { Pitfalls } from './pitfalls-section.tsx';
import { answerCount, confidenceOf, whatIfGroups } from './result-model.ts';
import { RoleComparison } from './role-comparison.tsx';
import { RunnerUps } from './runner-ups.tsx';
import { RiskCallout, StackSummary, stackSentence } from './stack-summary.tsx';
import { WhatIf } from './whatif-section.tsx';

/**
 * The result is a function of the URL alone: decode the link, then rank. The ranking depends on
 * the answers only, so opening a section (which also lives in the URL) does not re-rank.
 */
function useResult(search: string) {
  const decoded = useMemo(() => decodeShare(catalog, search), [search]);
  const key = encodeShare(catalog, decoded.state);
  // Keyed by the canonical answers: same answers, same objects.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const state = useMemo(() => decoded.state, [key]);
  const ranked = useMemo(() => {
    // Without the what-if analysis, which useFlips works out once the page is up.
    const rec = recommend(catalog, state, { sensitivity: false });
    const empty = Object.keys(state.answers).length === 0 && state.exclude.length === 0;
    return { rec, empty };
  }, [state]);
  const notices = [...new Set([...decoded.notices, ...ranked.rec.ignored])];
  return { key, state, open: decoded.open, notices, ...ranked };
}

/**
 * The what-if flips, worked out after the result is on screen, a few milliseconds at a time: the
 * analysis re-ranks once per alternative answer, and in one piece it was the page's longest task.
 * Null until done.
 */
function useFlips(state: ShareState): Flip[] | null {
  return useSlicedWork(state, () => whatIfSteps(catalog, state));
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ResultPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const { key, state, open, rec: partial, notices, empty } = useResult(search);
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
  // Copy link and the exports use the clean link: ignored parts of the address are dropped, and
  // the sections a reader opened come along.
  const shareUrl = shareUrlFor(encodeShare(catalog, state, { open }));
  const confidence = confidenceOf(rec);
  // "Compare with your team": a team page with this result as its first member.
  const teamLink = paths.team.to(encodeTeam(catalog, [{ name: '', state }]));
  const basis = answerCount(catalog, state, rec);

  const isOpen = (id: ResultSection) => open.includes(id);
  const setOpen = useCallback(
    (id: ResultSection, value: boolean) => {
      const next = value ? [...open, id] : open.filter((x) => x !== id);
      void navigate(paths.result.to(encodeShare(catalog, state, { open: next })), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [navigate, open, state],
  );
  const compare = (role: Role) => {
    const id = `role-${role}` as ResultSection;
    if (!isOpen(id)) setOpen(id, true);
    requestAnimationFrame(() =>
      document.getElementById(`${id}-title`)?.scrollIntoView({ block: 'start' }),
    );
  };

  // Following a what-if link keeps this page mounted: start the new result from the top.
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    heading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [key]);

  const roles = rec.roles.filter((r) => r.needed && r.candidates.length > 0);
  const groups = flips ? whatIfGroups(rec).length : null;

  return (
    <EditProvider key={key} state={state}>
      <article aria-labelledby="result-title">
        <h1
          id="result-title"
          ref={heading}
          tabIndex={-1}
          className="text-2xl font-bold tracking-tight outline-none sm:text-3xl"
        >
          Your recommended stack
        </h1>
        <ChangeBanner rec={rec} state={state} />
        <p className="mt-1 text-lg text-muted max-sm:sr-only">
          {top ? stackSentence(top) : 'No stack can be formed from these answers and exclusions.'}
        </p>
        {top && (
          <p className="mt-2" data-confidence={confidence.level}>
            <span className="font-semibold">{confidence.headline}:</span> {confidence.detail}
          </p>
        )}
        {confidence.level === 'near-tie' && (
          // The answer that settles a near tie comes from the what-if analysis, which finishes
          // after first paint: its line keeps its room from the start, so nothing below jumps.
          <p className="min-h-12 text-sm sm:min-h-6" aria-live="polite">
            {!flips ? (
              'Looking for the answer that would settle it…'
            ) : confidence.decider && state.answers[confidence.decider] !== undefined ? (
              <>
                Your answer to{' '}
                <EditLink question={confidence.decider}>
                  {quote(questionTitle(confidence.decider))}
                </EditLink>{' '}
                tips it: a different one puts the next stack ahead.
              </>
            ) : confidence.decider ? (
              <>
                One answer would settle it:{' '}
                <EditLink question={confidence.decider}>
                  {quote(questionTitle(confidence.decider))}
                </EditLink>
                .
              </>
            ) : (
              'No single answer settles it.'
            )}
          </p>
        )}
        <p className="mt-1 text-sm text-muted">
          Based on {basis.answered} of {count(basis.shown, 'answer')}
          {basis.answered < basis.shown
            ? `; ${basis.shown - basis.answered} assumed (see “What we assumed”).`
            : '.'}
        </p>
        <div className="mt-3 print:hidden">
          <CopyLink
            url={shareUrl}
            actions={
              <>
                <Button
                  onClick={() => {
                    if (!isOpen('answers')) setOpen('answers', true);
                    requestAnimationFrame(() => {
                      const target = document.getElementById('answers-title');
                      target?.scrollIntoView({ block: 'start' });
                      target?.querySelector('button')?.focus();
                    });
                  }}
                >
                  Edit answers
                </Button>
                <ExportActions state={state} complete={complete} shareUrl={shareUrl} />
                {/* On phones the row has no room: the link comes after the warnings. */}
                <ButtonLink to={teamLink} className="max-sm:hidden">
                  Compare with your team
                </ButtonLink>
              </>
            }
          />
        </div>
        <p className="mt-2 hidden text-sm print:block">
          Open this result: <span className="break-all">{shareUrl}</span>
        </p>
        <DraftBanner />
        <Notices notices={notices} empty={empty} />
        {top ? (
          <>
            <StackSummary rec={rec} onCompare={compare} />
            <RiskCallout rec={rec} />
            <ResultNotes rec={rec} state={state} />
          </>
        ) : (
          <Conflicts rec={rec} state={state} />
        )}
        <Pitfalls rec={rec} />
        <ButtonLink to={teamLink} className="mt-6 inline-block sm:hidden print:hidden">
          Compare with your team
        </ButtonLink>
        <div className="mt-8">
          {top && (
            <Disclosure
              id="runners"
              title="Runner-up stacks"
              summary={count(rec.stacks.length - 1, 'stack')}
              open={isOpen('runners')}
              onToggle={() => setOpen('runners', !isOpen('runners'))}
              printOpen
            >
              <RunnerUps rec={rec} />
            </Disclosure>
          )}
          {top && (
            <Disclosure
              id="whatif"
              title="What would change this"
              summary={groups === null ? 'working it out…' : count(groups, 'other stack')}
              open={isOpen('whatif')}
              onToggle={() => setOpen('whatif', !isOpen('whatif'))}
              className="print:hidden"
            >
              <WhatIf rec={rec} state={state} pending={flips === null} />
            </Disclosure>
          )}
          {top &&
            roles.map((r) => {
              const id = `role-${r.role}` as ResultSection;
              return (
                <Disclosure
                  key={r.role}
                  id={id}
                  title={`${ROLE_LABELS[r.role]}: every candidate`}
                  summary={count(r.candidates.length, 'candidate')}
                  open={isOpen(id)}
                  onToggle={() => setOpen(id, !isOpen(id))}
                  className="print:hidden"
                >
                  <RoleComparison result={r} />
                </Disclosure>
              );
            })}
          <Disclosure
            id="assumed"
            title="What we assumed"
            summary={
              rec.assumptions.length === 0 ? 'nothing' : count(rec.assumptions.length, 'question')
            }
            open={isOpen('assumed')}
            onToggle={() => setOpen('assumed', !isOpen('assumed'))}
            className="print:hidden"
          >
            <Assumptions rec={rec} flipsReady={flips !== null} />
          </Disclosure>
          <Disclosure
            id="answers"
            title="Your answers"
            summary="change one and see what moves"
            open={isOpen('answers')}
            onToggle={() => setOpen('answers', !isOpen('answers'))}
            className="print:hidden"
          >
            <AnswersSection rec={rec} state={state} />
          </Disclosure>
        </div>
      </article>
    </EditProvider>
  );
}
