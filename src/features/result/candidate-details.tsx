/** The parts every view of a role's candidates shows: name, pin, reasons, verdict, sections. */
import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS, type SectionKey } from '../../content/types.ts';
import type { Candidate } from '../../engine/recommend.ts';
import { TextLink, textLinkClass } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { formatPoints, topReasons } from './labels.ts';

/** What the ranked views (cards on narrow screens, a table on wide ones) are given. */
export interface CandidateViewProps {
  /** The role's label ("Web framework"). */
  label: string;
  candidates: readonly Candidate[];
  sections: readonly SectionKey[];
  pinned: readonly string[];
  onPin: (c: Candidate) => void;
}

/** The candidate's name, linking to its technology page. */
export function CandidateName({ candidate: c }: { candidate: Candidate }) {
  return (
    <TextLink to={paths.technology.to(c.id)} className="font-semibold">
      {c.name}
    </TextLink>
  );
}

export function WhyNot({ candidate: c }: { candidate: Candidate }) {
  return c.status === 'picked' ? (
    <span className="font-semibold text-ok">Picked for your stack.</span>
  ) : (
    <>{c.whyNot ?? ''}</>
  );
}

export function PinButton({
  candidate: c,
  pinned,
  onPin,
}: {
  candidate: Candidate;
  pinned: boolean;
  onPin: (c: Candidate) => void;
}) {
  return (
    <button
      type="button"
      aria-pressed={pinned}
      onClick={() => onPin(c)}
      className={`rounded-md border px-2 py-1 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${
        pinned
          ? 'border-accent bg-accent text-accent-fg'
          : 'border-border bg-bg text-fg hover:bg-surface-2'
      }`}
    >
      <span aria-hidden="true">{pinned ? '✓ ' : '+ '}</span>
      Pin<span className="sr-only"> {c.name} to compare</span>
    </button>
  );
}

/** What each answer added, the costs, and on demand the evidence: criterion, fit and its why. */
export function Reasons({ candidate }: { candidate: Candidate }) {
  const reasons = topReasons(candidate.reasons);
  const costs = candidate.reasons.filter((r) => Math.round(r.points) < 0);
  const evidence = candidate.reasons.filter(
    (r) => r.evidence.length > 0 && Math.round(r.points) > 0,
  );
  if (reasons.length === 0 && costs.length === 0)
    return <span className="text-muted">None of your answers.</span>;
  return (
    <>
      <ul className="space-y-1">
        {reasons.map((r) => (
          <li key={`${r.question}/${r.option}`}>
            <span className="font-semibold tabular-nums text-ok">{formatPoints(r.points)}</span>{' '}
            {r.because}
          </li>
        ))}
        {costs.map((r) => (
          <li key={`${r.kind}/${r.pitfall ?? ''}`}>
            <span className="font-semibold tabular-nums text-danger">{formatPoints(r.points)}</span>{' '}
            {r.because}
          </li>
        ))}
      </ul>
      {evidence.length > 0 && (
        // The why behind each fit score is prose, looked up beside the engine's evidence.
        <details className="mt-1">
          <summary
            className={textLinkClass('accent', 'inline-flex min-h-6 cursor-pointer items-center')}
          >
            Evidence<span className="sr-only"> for {candidate.name}</span>
          </summary>
          <ul className="mt-1 space-y-1">
            {evidence.flatMap((r) =>
              r.evidence.map((e) => (
                <li key={`${r.question ?? 'baseline'}/${r.option ?? ''}/${e.criterion}`}>
                  {e.label} {e.fit}/5:{' '}
                  <span className="text-muted">
                    {findTechnology(candidate.id)?.fit[e.criterion]?.why}
                  </span>{' '}
                  <span className="whitespace-nowrap tabular-nums">({formatPoints(e.points)})</span>
                </li>
              )),
            )}
          </ul>
        </details>
      )}
    </>
  );
}

/** A section's items, the first `limit` of them with a link to the rest on the technology page. */
export function SectionItems({
  id,
  name,
  section,
  limit,
}: {
  id: string;
  name: string;
  section: SectionKey;
  limit?: number;
}) {
  const items = findTechnology(id)?.sections[section]?.items ?? [];
  if (items.length === 0) return <span className="text-muted">—</span>;
  const shown = limit === undefined ? items : items.slice(0, limit);
  const more = items.length - shown.length;
  return (
    <>
      <ul className="list-disc space-y-1 pl-4">
        {shown.map((item) => (
          <li key={item}>
            {/* Clamped for the eye only: the whole item stays in the text. */}
            <span className={limit === undefined ? '' : 'line-clamp-4'}>{item}</span>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <TextLink to={paths.technology.to(id)} className="mt-1 inline-block text-xs">
          {more} more
          <span className="sr-only">
            {' '}
            about {name}: {SECTIONS[section]}
          </span>
        </TextLink>
      )}
    </>
  );
}
