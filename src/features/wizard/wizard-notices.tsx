import { useWizardStore } from '../../store/wizard-store.ts';

const button =
  'min-h-11 rounded-md border border-border bg-bg px-3 py-1.5 text-sm font-medium hover:bg-surface-2';

/**
 * Trying answers from someone else's link: says that the reader's own saved answers are safe,
 * and offers the two explicit choices (keep these as mine, or go back to mine).
 */
export function DraftNotice() {
  const draft = useWizardStore((s) => s.draft);
  const keepDraft = useWizardStore((s) => s.keepDraft);
  if (!draft) return null;
  return (
    <div role="status" className="mb-6 rounded-lg border-l-4 border-accent bg-accent-soft p-4">
      <p>
        You are trying the answers of a shared link. Your own saved answers are kept as they were,
        and these are not saved.
      </p>
      <p className="mt-2">
        <button type="button" className={button} onClick={keepDraft}>
          Save these as my answers
        </button>
      </p>
    </div>
  );
}

/** After "Start over": the answers are gone, but one tap brings them back until the next answer. */
export function UndoResetToast() {
  const cleared = useWizardStore((s) => s.cleared);
  const undoReset = useWizardStore((s) => s.undoReset);
  if (!cleared) return null;
  const n = Object.keys(cleared.answers).length;
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border-l-4 border-warn bg-surface p-4"
    >
      <p>Your {n === 1 ? 'answer was' : `${n} answers were`} cleared to start over.</p>
      <button type="button" className={button} onClick={undoReset}>
        Undo
      </button>
    </div>
  );
}
