import {
  Activity,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import type { Question } from '../../content/types.ts';
import { visibleQuestions } from '../../engine/answers.ts';
import { encodeShare } from '../../share/codec.ts';
import { useWizardStore } from '../../store/wizard-store.ts';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { Prose } from '../../components/prose.tsx';
import { Notice } from '../../components/notice.tsx';
import { OptionList } from './option-list.tsx';
import { LeadingStack } from './leading-stack.tsx';

export function WizardPage() {
  const { questionId = '' } = useParams();
  const { search } = useLocation();
  const returnToResult = new URLSearchParams(search).get('return') === 'result';
  const navigate = useNavigate();
  const answers = useWizardStore((s) => s.answers);
  const exclude = useWizardStore((s) => s.exclude);
  const notice = useWizardStore((s) => s.notice);
  const answer = useWizardStore((s) => s.answer);
  const visit = useWizardStore((s) => s.visit);
  const dismissNotice = useWizardStore((s) => s.dismissNotice);

  const steps = useMemo(() => visibleQuestions(catalog, answers), [answers]);
  const deferredAnswers = useDeferredValue(answers);
  const question = catalog.questions.find(
    (q) => q.id === questionId || q.aliases.includes(questionId),
  );
  const index = question ? steps.findIndex((q) => q.id === question.id) : -1;
  usePageTitle(
    question ? `${question.title} (step ${index + 1} of ${steps.length})` : 'Step not found',
  );

  useEffect(() => {
    if (question && index !== -1) visit(question.id);
  }, [question, index, visit]);

  const resultPath = paths.result.to(encodeShare(catalog, { answers, exclude }));
  const go = useCallback(
    (to: number) => {
      const next = steps[to];
      if (next) navigate(paths.step.to(next.id, returnToResult ? { returnTo: 'result' } : {}));
      else if (to >= steps.length) navigate(resultPath);
      else navigate(paths.home.to());
    },
    [steps, navigate, returnToResult, resultPath],
  );
  // One function for the life of the page that always calls the latest `go`, so steps that
  // receive it need not re-render when the answers change it.
  const latestGo = useRef(go);
  useLayoutEffect(() => {
    latestGo.current = go;
  });
  const goStable = useCallback((to: number) => latestGo.current(to), []);

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
  const around = [steps[index - 1], question, steps[index + 1]].filter((q) => q !== undefined);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div>
        {notice && (
          <Notice tone="warn" onDismiss={dismissNotice} className="mb-6">
            {notice}
          </Notice>
        )}
        {around.map((q) => {
          const i = q.id === question.id ? index : steps.indexOf(q);
          return (
            <Activity key={q.id} mode={q.id === question.id ? 'visible' : 'hidden'}>
              <Step
                question={q}
                index={i}
                count={steps.length}
                selected={answers[q.id]}
                answer={answer}
                go={goStable}
                returnToResult={returnToResult}
                resultPath={resultPath}
              />
            </Activity>
          );
        })}
      </div>
      <LeadingStack answers={deferredAnswers} exclude={exclude} />
    </div>
  );
}

interface StepProps {
  question: Question;
  index: number;
  count: number;
  selected: string[] | undefined;
  /** The store's action and a stable `go`: a step whose own props did not change skips rendering. */
  answer: (questionId: string, options: string[] | null) => void;
  go: (step: number) => void;
  returnToResult: boolean;
  resultPath: string;
}

const Step = memo(function Step(props: StepProps) {
  const { question, index, count, selected, answer, go } = props;
  const onAnswer = useCallback(
    (options: string[]) => answer(question.id, options),
    [answer, question.id],
  );
  const onNext = useCallback(() => go(index + 1), [go, index]);
  const onBack = useCallback(() => go(index - 1), [go, index]);
  const onSkip = useCallback(() => {
    answer(question.id, null);
    go(index + 1);
  }, [answer, go, question.id, index]);
  const heading = useRef<HTMLHeadingElement>(null);
  const last = index === count - 1;
  const chosen = useMemo(() => selected ?? [], [selected]);
  const max = question.kind === 'single' ? 1 : (question.max ?? question.options.length);

  // Each step starts at its question: focus moves to the heading once per step, not on every
  // answer.
  useEffect(() => {
    heading.current?.focus();
  }, [question.id]);

  const toggle = useCallback(
    (optionId: string) => {
      if (question.kind === 'single') {
        onAnswer([optionId]);
        return;
      }
      if (chosen.includes(optionId)) onAnswer(chosen.filter((o) => o !== optionId));
      else if (chosen.length < max)
        onAnswer(
          question.options.map((o) => o.id).filter((o) => o === optionId || chosen.includes(o)),
        );
    },
    [question, chosen, max, onAnswer],
  );

  const next = useCallback(() => {
    // "Next" on a multiple-choice step with nothing ticked records "none of these".
    if (question.kind === 'multiple' && selected === undefined) onAnswer([]);
    if (question.kind === 'single' && chosen.length === 0) onSkip();
    else onNext();
  }, [question.kind, selected, chosen.length, onAnswer, onNext, onSkip]);

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
      <OptionList question={question} chosen={chosen} max={max} onToggle={toggle} />
      <p className="mt-3 text-sm text-muted">
        Keys: <kbd>1</kbd>–<kbd>{Math.min(9, question.options.length)}</kbd> pick an option,{' '}
        <kbd>Enter</kbd> continues.
        {question.kind === 'multiple' && ' Leave all unticked for “none of these”.'}
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={onBack}
          className="rounded-md border border-border px-4 py-2 font-medium hover:bg-surface-2"
        >
          Back
        </button>
        <button
          type="button"
          onClick={next}
          className="rounded-md bg-accent px-5 py-2 font-semibold text-accent-fg hover:opacity-90"
        >
          {last ? 'See my stack' : 'Next'}
        </button>
        <button
          type="button"
          onClick={onSkip}
          className="rounded-md px-3 py-2 font-medium text-muted underline underline-offset-4 hover:text-fg"
        >
          Skip this question
        </button>
        {props.returnToResult && (
          <Link
            to={props.resultPath}
            className="ml-auto rounded-md border border-accent px-4 py-2 font-medium text-accent"
          >
            Back to result
          </Link>
        )}
      </div>
    </section>
  );
});
