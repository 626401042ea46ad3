import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { stackChanges } from '../../engine/changes.ts';
import { recommend, type Recommendation } from '../../engine/recommend.ts';
import { decodeShare, type ShareState } from '../../share/codec.ts';
import { useWizardStore } from '../../store/wizard-store.ts';
import { paths } from '../../lib/paths.ts';
import { describeAnswer, questionTitle, quote, ROLE_LABELS } from './labels.ts';
import { Button } from '../../components/button.tsx';

/** The result link an edit started from, handed over by the wizard's "Update result". */
function previousOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const previous = (state as { previous?: unknown }).previous;
  return typeof previous === 'string' && previous.length < 4000 ? previous : null;
}

/** "Database: MongoDB → PostgreSQL; score 88 → 83", or what stayed the same. */
export function changeText(before: Recommendation, after: Recommendation): string {
  const { roles, score } = stackChanges(before.stacks[0], after.stacks[0]);
  const parts = roles.map((r) => `${ROLE_LABELS[r.role]}: ${r.from ?? 'none'} → ${r.to ?? 'none'}`);
  const scores =
    score.from === null || score.to === null
      ? ''
      : score.from === score.to
        ? `score still ${score.to}`
        : `score ${score.from} → ${score.to}`;
  if (parts.length === 0) return `Your stack did not change${scores ? `; ${scores}` : ''}.`;
  return `${[...parts, scores].filter(Boolean).join('; ')}.`;
}

/** Which answers differ: "“How much traffic…”: “Growing” → “Massive”". */
function answerText(before: ShareState, after: ShareState): string {
  const ids = new Set([...Object.keys(before.answers), ...Object.keys(after.answers)]);
  const said = (s: ShareState, q: string) =>
    s.answers[q] === undefined ? 'not answered' : describeAnswer(q, s.answers[q]);
  return [...ids]
    .filter((q) => said(before, q) !== said(after, q))
    .map((q) => `${quote(questionTitle(q))}: ${said(before, q)} → ${said(after, q)}`)
    .join('; ');
}

/**
 * Back on the result after editing an answer: what moved, with Undo. Lives only for that visit
 * (the link it came from travels in the navigation, not in the share link).
 */
export function ChangeBanner({ rec, state }: { rec: Recommendation; state: ShareState }) {
  const location = useLocation();
  const navigate = useNavigate();
  const previous = previousOf(location.state);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const before = useMemo(() => {
    if (!previous) return null;
    const prior = decodeShare(catalog, previous).state;
    return { state: prior, rec: recommend(catalog, prior, { sensitivity: false }) };
  }, [previous]);
  if (!previous || !before || dismissed === previous) return null;
  const answers = answerText(before.state, state);
  return (
    <div
      role="status"
      className="mt-3 flex flex-wrap items-start justify-between gap-3 rounded-lg border-l-4 border-accent bg-accent-soft p-3 print:hidden"
      data-testid="change-banner"
    >
      <div className="min-w-0">
        <p className="font-semibold">{changeText(before.rec, rec)}</p>
        {answers && <p className="mt-1 text-sm">You changed {answers}.</p>}
      </div>
      <div className="flex gap-2">
        <Button
          onClick={() => {
            useWizardStore.getState().replace(before.state);
            void navigate(paths.result.to(previous), { replace: true });
          }}
        >
          Undo
        </Button>
        <Button onClick={() => setDismissed(previous)}>Dismiss</Button>
      </div>
    </div>
  );
}

/** Trying a shared link's answers: they are not saved until the reader says so. */
export function DraftBanner() {
  const draft = useWizardStore((s) => s.draft);
  const keepDraft = useWizardStore((s) => s.keepDraft);
  const dropDraft = useWizardStore((s) => s.dropDraft);
  if (!draft) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-border bg-surface p-3 text-sm print:hidden">
      <p className="min-w-0 flex-1">
        These answers are not saved in this browser; your own saved answers are untouched.
      </p>
      <Button onClick={keepDraft}>Save these as my answers</Button>
      <Button onClick={dropDraft}>Forget them</Button>
    </div>
  );
}
