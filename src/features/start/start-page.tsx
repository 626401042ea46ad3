import { Link, useNavigate } from 'react-router';
import { hasProgress, useWizardStore } from '../../store/wizard-store.ts';
import { Notice } from '../../components/notice.tsx';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FIRST_QUESTION, LANGUAGES, SITE } from '../../content/summary.ts';

export function StartPage() {
  usePageTitle('Choose a backend stack');
  const navigate = useNavigate();
  const progress = useWizardStore(hasProgress);
  const lastStep = useWizardStore((s) => s.lastStep);
  const answered = useWizardStore((s) => Object.keys(s.answers).length);
  const notice = useWizardStore((s) => s.notice);
  const dismissNotice = useWizardStore((s) => s.dismissNotice);
  const reset = useWizardStore((s) => s.reset);
  const undoReset = useWizardStore((s) => s.undoReset);
  const cleared = useWizardStore((s) => s.cleared);
  const persistent = useWizardStore((s) => s.persistent);
  const keptBy = useWizardStore((s) => s.keptBy);

  return (
    <section aria-labelledby="start-title" className="max-w-2xl">
      {notice && (
        <Notice tone="warn" onDismiss={dismissNotice} className="mb-6">
          {notice}
        </Notice>
      )}
      {cleared && (
        <Notice tone="warn" className="mb-6">
          Your answers were cleared.{' '}
          <button
            type="button"
            onClick={undoReset}
            className="ml-1 rounded-md border border-border px-3 py-1 font-medium"
          >
            Undo
          </button>
        </Notice>
      )}
      <h1 id="start-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
        {SITE.title}
      </h1>
      <p className="mt-4 text-lg text-muted">{SITE.intro}</p>
      <ul className="mt-6 list-disc space-y-2 pl-5 text-muted">
        <li>About two minutes; skip anything you are unsure of and we assume a common answer.</li>
        <li>
          Covers {LANGUAGES.length} languages: {listText(LANGUAGES)}. Another language? Say so, and
          the result weighs the cost of switching.
        </li>
        <li>
          {/* Embedded where this page may not save answers, the host page keeps them for it. */}
          {keptBy
            ? `Runs in your browser; your answers are kept by ${keptBy}, in this browser only.`
            : 'Runs in your browser: nothing you answer is sent anywhere.'}
        </li>
        <li>Share the result as a link or drop it into a design doc.</li>
      </ul>
      <div className="mt-8 flex flex-wrap items-center gap-3">
        {progress ? (
          <>
            <Link
              to={paths.step.to(lastStep ?? FIRST_QUESTION)}
              className="rounded-md bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:opacity-90"
            >
              Resume ({answered} answered)
            </Link>
            <button
              type="button"
              onClick={() => {
                reset();
                navigate(paths.step.to(FIRST_QUESTION));
              }}
              className="rounded-md border border-border px-4 py-2.5 font-medium hover:bg-surface-2"
            >
              Start over
            </button>
          </>
        ) : (
          <Link
            to={paths.step.to(FIRST_QUESTION)}
            className="rounded-md bg-accent px-5 py-2.5 font-semibold text-accent-fg hover:opacity-90"
          >
            Start
          </Link>
        )}
        <Link
          to={paths.catalog.to()}
          className="rounded-md px-3 py-2.5 font-medium text-accent underline underline-offset-4"
        >
          Browse the catalog
        </Link>
      </div>
      {!persistent && !keptBy && (
        <p className="mt-6 text-sm text-muted">
          This browser does not let {SITE.name} save your answers, so they last until you close the
          page. Share links still work.
        </p>
      )}
    </section>
  );
}

/** "a", "a and b", "a, b and c". */
function listText(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
