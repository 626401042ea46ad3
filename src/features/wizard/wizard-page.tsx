import {
  Activity,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { ROLE_WORDS, type Question, type Role } from '../../content/types.ts';
import { visibleQuestions } from '../../engine/answers.ts';
import { nextAfter, type NextStep } from '../../engine/adaptive.ts';
import { decodeShare, encodeShare } from '../../share/codec.ts';
import { useWizardStore } from '../../store/wizard-store.ts';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Prose } from '../../components/prose.tsx';
import { Notice } from '../../components/notice.tsx';
import { OptionList } from './option-list.tsx';
import { LeadingAnnouncer, LeadingAside, LeadingBar, useLeading } from './leading-stack.tsx';
import { DraftNotice, UndoResetToast } from './wizard-notices.tsx';
import { useAdaptive } from './use-adaptive.ts';
import { progressAt, type Shown } from './progress.ts';
import { useWalkStore } from '../../store/walk-store.ts';

export function WizardPage() {
  const { questionId = '' } = useParams();
  const { search } = useLocation();
  const returnToResult = new URLSearchParams(search).get('return') === 'result';
  const navigate = useNavigate();
  const answers = useWizardStore((s) => s.answers);
  const exclude = useWizardStore((s) => s.exclude);
  const notice = useWizardStore((s) => s.notice);
  const answer = useWizardStore((s) => s.answer);
  const visitStep = useWizardStore((s) => s.visit);
  const dismissNotice = useWizardStore((s) => s.dismissNotice);
  const editFrom = useWizardStore((s) => s.editFrom);
  const path = useWalkStore((s) => s.path);
  const visitWalk = useWalkStore((s) => s.visit);
  const skippedInWalk = useWalkStore((s) => s.skipped);
  const skip = useWalkStore((s) => s.skip);
  const show = useWalkStore((s) => s.show);

  const steps = useMemo(() => visibleQuestions(catalog, answers), [answers]);
  const deferredAnswers = useDeferredValue(answers);
  const question = catalog.questions.find(
    (q) => q.id === questionId || q.aliases.includes(questionId),
  );
  const index = question ? steps.findIndex((q) => q.id === question.id) : -1;
  const id = index === -1 ? null : question!.id;
  // The walk so far, as shown (questions the answers since hid are left out). Questions left with
  // Skip and still unanswered are not asked again; one only seen (Back from it) still is.
  const walked = useMemo(() => path.filter((q) => steps.some((s) => s.id === q)), [path, steps]);
  const skipped = useMemo(
    () => walked.filter((q) => q !== id && answers[q] === undefined && skippedInWalk.includes(q)),
    [walked, id, answers, skippedInWalk],
  );
  const adaptive = useAdaptive(answers, exclude, skipped);
  const at = id === null ? 0 : walked.includes(id) ? walked.indexOf(id) + 1 : walked.length + 1;
  const nextId = adaptive && id ? nextAfter(adaptive, id) : undefined;
  // The previous step: the one shown before this in this walk; without one (a reload, a link),
  // the previous question in questionnaire order.
  const backId = at > 1 ? walked[at - 2]! : index > 0 ? steps[index - 1]!.id : null;

  // "Step N of M": M is the steps shown plus those that can still change the stack; it falls at
  // once, and rises by at most one per step forward (progress.ts), so the bar never moves back.
  const [shown, setShown] = useState<Shown | null>(null);
  if (id !== null) {
    // Still to ask: what can change the stack, once the engine has decided; before its first
    // decision, every question not yet shown; while it re-decides, unknown (the count holds).
    const left = adaptive
      ? [...adaptive.matter, ...adaptive.addOns].filter((i) => i.question !== id).length
      : shown === null
        ? steps.filter((q) => q.id !== id && answers[q.id] === undefined && !walked.includes(q.id))
            .length
        : null;
    const target = left === null ? null : Math.max(walked.length, at) + left;
    const next = progressAt(shown, at, target);
    if (next.at !== shown?.at || next.count !== shown.count) setShown(next);
  }
  const count = Math.max(at, shown?.count ?? at);
  // Nothing left to show after this step: no other visible question unanswered and not skipped
  // (what `nextAfter` says, known without waiting for the engine).
  const last =
    id !== null &&
    !steps.some((q) => q.id !== id && answers[q.id] === undefined && !skipped.includes(q.id));
  usePageTitle(question ? `${question.title} (step ${at} of ${count})` : 'Step not found');

  useEffect(() => {
    if (id === null) return;
    visitStep(id);
    visitWalk(id);
  }, [id, visitStep, visitWalk]);
  // The `step` embed message carries the counts on screen, once the engine has decided them.
  const decided = adaptive !== null;
  useEffect(() => {
    if (id !== null && decided) show({ questionId: id, index: at - 1, count });
  }, [id, at, count, show, decided]);
  useEffect(() => () => show(null), [show]);

  const resultPath = paths.result.to(encodeShare(catalog, { answers, exclude }));
  // Next goes where the engine says for exactly these answers. When it has not decided yet (the
  // answers just changed, as a Skip changes them), Next waits for it: the sliced work is usually
  // done before the click, and never blocks a key press.
  const pending = useRef<string | null>(null);
  const stepTo = useCallback(
    (to: string | null) => {
      if (to) navigate(paths.step.to(to, returnToResult ? { returnTo: 'result' } : {}));
      else navigate(resultPath);
    },
    [navigate, returnToResult, resultPath],
  );
  useEffect(() => {
    const from = pending.current;
    if (from === null || !adaptive) return;
    pending.current = null;
    // Left another way (Back, a link) before the engine decided: nothing to do.
    if (from === id) stepTo(nextAfter(adaptive, from));
  }, [adaptive, id, stepTo]);

  const go = useCallback(
    (to: 'next' | 'skip' | 'back' | 'result' | 'cancel') => {
      if (to === 'skip' && id) skip(id);
      if (to === 'result') {
        // Back to the result after an edit: it says what moved since the link it came from.
        void navigate(resultPath, { state: editFrom ? { previous: editFrom } : null });
        return;
      }
      if (to === 'cancel') {
        // Leave the edit: the answers go back to the link's, and so does the page.
        const from = editFrom ? decodeShare(catalog, editFrom).state : null;
        if (from) useWizardStore.getState().replace(from);
        void navigate(from ? paths.result.to(editFrom!) : resultPath);
        return;
      }
      if (to === 'next' || to === 'skip') {
        const now = useWizardStore.getState().answers;
        if (adaptive && id && (now === answers || JSON.stringify(now) === JSON.stringify(answers)))
          stepTo(nextAfter(adaptive, id));
        else pending.current = id;
      } else if (backId) stepTo(backId);
      else navigate(paths.home.to());
    },
    [navigate, resultPath, editFrom, id, backId, stepTo, adaptive, answers, skip],
  );
  // One function for the life of the page that always calls the latest `go`, so steps that
  // receive it need not re-render when the answers change it.
  const latestGo = useRef(go);
  useLayoutEffect(() => {
    latestGo.current = go;
  });
  const goStable = useCallback(
    (to: 'next' | 'skip' | 'back' | 'result' | 'cancel') => latestGo.current(to),
    [],
  );
  const leading = useLeading(deferredAnswers, exclude);

  if (!question) {
    return (
      <section aria-labelledby="step-title">
        <h1 id="step-title" className="text-2xl font-semibold">
          Step not found
        </h1>
        <p className="mt-3 text-muted">
          The wizard has no question called <code>{questionId}</code>. It may come from an old link.
        </p>
        <p className="mt-6 flex flex-wrap gap-4">
          {steps[0] && (
            <Link className="text-accent underline" to={paths.step.to(steps[0].id)}>
              Go to the first question
            </Link>
          )}
          <Link className="text-accent underline" to={paths.home.to()}>
            Go to the start page
          </Link>
        </p>
      </section>
    );
  }

  if (index === -1) {
    const nextVisible = steps.find((q) => q.order > question.order);
    return (
      <section aria-labelledby="step-title">
        <h1 id="step-title" className="text-2xl font-semibold">
          This question does not apply
        </h1>
        <p className="mt-3 text-muted">
          “{question.title}” is skipped because of your earlier answers, so it does not change the
          recommendation.
        </p>
        <p className="mt-6">
          <Link
            className="text-accent underline"
            to={nextVisible ? paths.step.to(nextVisible.id) : resultPath}
          >
            {nextVisible ? 'Continue with the next question' : 'See your result'}
          </Link>
        </p>
      </section>
    );
  }

  // The steps either side of this one stay rendered but hidden (React's Activity): Next and Back
  // reveal a step that is already built instead of building it after the click. Hidden steps
  // render when the browser is idle and run no effects (no key handlers, no focus).
  const byId = (q: string | null | undefined) => steps.find((s) => s.id === q);
  // (Back and Next can be the same question: a walk that began mid-way goes back to the first.)
  const around = [...new Set([byId(backId), question, byId(nextId)])].filter(
    (q) => q !== undefined,
  );
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div className="min-w-0">
        {notice && (
          <Notice tone="warn" onDismiss={dismissNotice} className="mb-6">
            {notice}
          </Notice>
        )}
        <UndoResetToast />
        <DraftNotice />
        {around.map((q) => {
          const current = q.id === question.id;
          // A neighbour shows the counts it will have when reached (near enough: it is hidden).
          const i = current ? at - 1 : q.id === backId ? Math.max(0, at - 2) : at;
          return (
            <Activity key={q.id} mode={current ? 'visible' : 'hidden'}>
              <Step
                question={q}
                index={i}
                count={Math.max(count, i + 1)}
                last={current ? last : false}
                selected={answers[q.id]}
                answer={answer}
                go={goStable}
                returnToResult={returnToResult}
                bar={current ? <LeadingBar leading={leading} /> : null}
                hint={
                  current && adaptive && !returnToResult ? (
                    <Relevance
                      question={q.id}
                      answered={answers[q.id] !== undefined}
                      anyAnswer={Object.keys(answers).length > 0}
                      adaptive={adaptive}
                      left={count - at}
                      resultPath={resultPath}
                    />
                  ) : null
                }
              />
            </Activity>
          );
        })}
      </div>
      <LeadingAside leading={leading} />
      <LeadingAnnouncer leading={leading} />
    </div>
  );
}

interface StepProps {
  question: Question;
  /** Position in the walk, from 0, and the steps expected in all ("Step index + 1 of count"). */
  index: number;
  count: number;
  /** Nothing is left to ask after this step: its primary action shows the stack. */
  last: boolean;
  selected: string[] | undefined;
  /** The store's action and a stable `go`: a step whose own props did not change skips rendering. */
  answer: (questionId: string, options: string[] | null) => void;
  go: (to: 'next' | 'skip' | 'back' | 'result' | 'cancel') => void;
  /** Opened from the result: the primary action updates it. */
  returnToResult: boolean;
  /** Shown above the actions (the leading stack on phones). */
  bar: ReactNode;
  /** Shown above the options: whether this question can still change the stack. */
  hint: ReactNode;
}

const Step = memo(function Step(props: StepProps) {
  const { question, index, count, last, selected, answer, go, returnToResult } = props;
  const onAnswer = useCallback(
    (options: string[] | null) => answer(question.id, options),
    [answer, question.id],
  );
  // "Continue" goes on to the next step, or back to the result when editing from it.
  const onContinue = useCallback(
    () => go(returnToResult ? 'result' : 'next'),
    [go, returnToResult],
  );
  const onBack = useCallback(() => go('back'), [go]);
  // Skip always means "I don't know: assume for me", then continues.
  const onSkip = useCallback(() => {
    answer(question.id, null);
    go(returnToResult ? 'result' : 'skip');
  }, [answer, go, question.id, returnToResult]);
  const heading = useRef<HTMLHeadingElement>(null);
  const chosen = useMemo(() => selected ?? [], [selected]);
  const max = question.kind === 'single' ? 1 : (question.max ?? question.options.length);
  const answered = selected !== undefined && (question.kind === 'multiple' || chosen.length > 0);
  const [asking, setAsking] = useState(false);

  // Each step starts at its question: focus moves to the heading once per step, not on every
  // answer.
  useEffect(() => {
    heading.current?.focus();
  }, [question.id]);

  const toggle = useCallback(
    (optionId: string) => {
      setAsking(false);
      if (question.kind === 'single') {
        onAnswer([optionId]);
        return;
      }
      if (chosen.includes(optionId)) {
        const rest = chosen.filter((o) => o !== optionId);
        // Unticking the last option leaves the question unanswered, not "none of these".
        onAnswer(rest.length > 0 ? rest : null);
      } else if (chosen.length < max)
        onAnswer(
          question.options.map((o) => o.id).filter((o) => o === optionId || chosen.includes(o)),
        );
    },
    [question, chosen, max, onAnswer],
  );
  const toggleNone = useCallback(() => {
    setAsking(false);
    onAnswer(selected !== undefined && selected.length === 0 ? null : []);
  }, [selected, onAnswer]);

  // Continuing with nothing chosen asks instead of guessing what the person meant.
  const next = useCallback(() => {
    if (answered) onContinue();
    else setAsking(true);
  }, [answered, onContinue]);

  // Keyboard: number keys pick options, Enter continues.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('textarea, input[type="text"], input[type="search"], select')) return;
      if (/^[1-9]$/.test(event.key)) {
        const option = question.options[Number(event.key) - 1];
        if (option) {
          event.preventDefault();
          toggle(option.id);
        }
      } else if (event.key === 'Enter' && !target?.closest('a, button, summary')) {
        event.preventDefault();
        next();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [question, toggle, next]);

  const titleId = `step-title-${question.id}`;
  const progressId = `step-progress-${question.id}`;
  const assumed =
    question.default.length > 0
      ? question.default
          .map((o) => `“${question.options.find((x) => x.id === o)?.label ?? o}”`)
          .join(' and ')
      : 'that none of these apply';
  const primary = returnToResult ? 'Update result' : last ? 'See my stack' : 'Next';
  return (
    <section aria-labelledby={titleId}>
      <p className="text-sm font-medium text-muted" id={progressId}>
        Step {index + 1} of {count}
      </p>
      {/* An SVG bar: its width is an attribute, so no inline style is needed under the CSP. */}
      <svg
        className="mt-2 block h-2 w-full overflow-hidden rounded-full"
        role="progressbar"
        aria-labelledby={progressId}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={index + 1}
      >
        <rect width="100%" height="100%" className="fill-surface-2" />
        <rect
          width={`${((index + 1) / count) * 100}%`}
          height="100%"
          rx="4"
          className="fill-accent"
        />
      </svg>
      <h1
        id={titleId}
        ref={heading}
        tabIndex={-1}
        className="mt-6 text-2xl font-bold tracking-tight sm:text-3xl"
      >
        {question.title}
      </h1>
      {question.help && <Prose html={question.help} className="mt-3 text-muted" />}
      {props.hint}
      <OptionList
        question={question}
        chosen={chosen}
        max={max}
        onToggle={toggle}
        {...(question.kind === 'multiple' && {
          none: selected !== undefined && selected.length === 0,
          onNone: toggleNone,
        })}
      />
      <p className="mt-3 text-sm text-muted touch:hidden">
        Keys: <kbd>1</kbd>–<kbd>{Math.min(9, question.options.length)}</kbd> pick an option,{' '}
        <kbd>Enter</kbd> continues.
      </p>
      <p className="mt-2 text-sm text-muted">If you skip, we assume {assumed}.</p>
      {/* The actions stay in view on every step: a bar that sticks to the bottom of the window. */}
      <div className="sticky bottom-0 z-10 -mx-4 mt-6 border-t border-border bg-bg px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
        {props.bar}
        {asking && (
          <p role="alert" className="mb-2 text-sm font-medium text-warn">
            Choose an answer{question.kind === 'multiple' ? ' or “None of these”' : ''}, or skip to
            let us assume one.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          {!returnToResult && (
            <button
              type="button"
              onClick={onBack}
              className="min-h-11 rounded-md border border-border px-4 py-2 font-medium hover:bg-surface-2"
            >
              Back
            </button>
          )}
          <button
            type="button"
            onClick={next}
            className="min-h-11 rounded-md bg-accent px-5 py-2 font-semibold text-accent-fg hover:opacity-90"
          >
            {primary}
          </button>
          <button
            type="button"
            onClick={onSkip}
            className="min-h-11 rounded-md px-2 py-2 font-medium text-muted underline underline-offset-4 hover:text-fg"
          >
            Skip<span className="max-sm:sr-only"> this question</span>
          </button>
          {returnToResult && (
            <button
              type="button"
              onClick={() => go('cancel')}
              className="ml-auto min-h-11 rounded-md border border-border px-4 py-2 font-medium hover:bg-surface-2"
            >
              Cancel
            </button>
          )}
        </div>
      </div>
    </section>
  );
});

/**
 * Whether the question on screen can still change the stack: once no single remaining answer
 * can swap a pick, the stack is settled and the result is one tap away; the questions that can
 * only add a part (a cache, a broker) are named, and a question that cannot change it is
 * optional. Several answers together could still change it, and the wording says so.
 */
function Relevance({
  question,
  answered,
  anyAnswer,
  adaptive,
  left,
  resultPath,
}: {
  question: string;
  answered: boolean;
  anyAnswer: boolean;
  adaptive: NextStep;
  /** About how many questions can still change the stack (never counts back up going forward). */
  left: number;
  resultPath: string;
}) {
  if (!anyAnswer) return null;
  const addOn = adaptive.addOns.find((o) => o.question === question);
  const optional = adaptive.optional.find((o) => o.question === question);
  const more =
    left > 0 ? `About ${left} more question${left === 1 ? '' : 's'} can change your stack.` : null;
  if (adaptive.settled) {
    const addOns = adaptive.addOns.filter((o) => o.question !== question);
    return (
      <div role="status" className="mt-4 rounded-lg border-l-4 border-ok bg-surface p-4">
        {/* The way to the result first: on a phone it stays in view above the details. */}
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <p className="font-semibold">Your stack is settled.</p>
          <Link
            to={resultPath}
            className="inline-flex min-h-11 items-center rounded-md border border-accent px-4 font-semibold text-accent"
          >
            See my stack now
          </Link>
        </div>
        <p className="mt-1 text-sm">
          No single answer left changes a pick; several together still could, so carry on if you
          like.
        </p>
        {addOn && !answered && (
          <p className="mt-1 text-sm">
            This question only adds a {partsOf([addOn])}, if you need one.
          </p>
        )}
        {addOns.length > 0 && (
          <p className="mt-1 text-sm">
            {addOns.length === 1
              ? 'One more question only adds'
              : `${addOns.length} more questions only add`}{' '}
            a part:{' '}
            {addOns.map((o, i) => (
              <span key={o.question}>
                {i > 0 && '; '}“{titleOf(o.question)}” ({partsOf([o])})
              </span>
            ))}
          </p>
        )}
      </div>
    );
  }
  if (answered || (!optional && !addOn))
    return more && <p className="mt-4 text-sm text-muted">{more}</p>;
  return (
    <p className="mt-4 rounded-md bg-surface-2 px-3 py-2 text-sm">
      {addOn ? (
        <>
          <span className="font-semibold">Only if you need one: </span>
          an answer here only adds a {partsOf([addOn])}; it changes none of your picks.
        </>
      ) : (
        <>
          <span className="font-semibold">Optional: </span>
          none of these answers changes your stack
          {optional!.changesWarnings ? ', though some change the warnings' : ''}.
        </>
      )}{' '}
      {more}
    </p>
  );
}

const titleOf = (id: string) => catalog.questions.find((q) => q.id === id)?.title ?? id;

/** "cache", "message broker", "cache or a message broker". */
function partsOf(impacts: readonly { adds: readonly Role[] }[]): string {
  const roles = [...new Set(impacts.flatMap((i) => i.adds))];
  return roles.map((r) => ROLE_WORDS[r]).join(' or a ');
}
