import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS, type SectionKey } from '../../content/types.ts';
import type { Candidate } from '../../engine/recommend.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import {
  CandidateName,
  PinButton,
  Reasons,
  SectionItems,
  WhyNot,
  type CandidateViewProps,
} from './candidate-details.tsx';

/** Items per section on a card; the technology page has the rest. */
const CARD_ITEMS = 2;

/** A role's candidates as cards, for narrow screens where a wide table reads badly. */
export function CandidateCards({ label, candidates, sections, pinned, onPin }: CandidateViewProps) {
  return (
    <ol className="mt-4 grid gap-3 sm:grid-cols-2" aria-label={`${label} candidates, ranked`}>
      {candidates.map((c) => (
        <CandidateCard
          key={c.id}
          candidate={c}
          sections={sections}
          pinned={pinned.includes(c.id)}
          onPin={onPin}
        />
      ))}
    </ol>
  );
}

function CandidateCard({
  candidate: c,
  sections,
  pinned,
  onPin,
}: {
  candidate: Candidate;
  sections: readonly SectionKey[];
  pinned: boolean;
  onPin: (c: Candidate) => void;
}) {
  const picked = c.status === 'picked';
  const tech = findTechnology(c.id);
  return (
    <li
      className={`rounded-lg border p-4 text-sm ${picked ? 'border-accent bg-accent-soft' : 'border-border bg-bg'}`}
    >
      <div className="flex items-start justify-between gap-3">
        <p className="text-base">
          <span className="font-semibold tabular-nums">{c.rank}.</span>{' '}
          <CandidateName candidate={c} />
        </p>
        <p className="shrink-0 tabular-nums">
          <span className="text-muted">Score </span>
          <span className="font-semibold">{Math.round(c.score)}</span>
        </p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {tech && <StatusBadge status={tech.status} />}
        <PinButton candidate={c} pinned={pinned} onPin={onPin} />
      </div>
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="font-semibold">Matches your answers</dt>
          <dd className="mt-1">
            <Reasons candidate={c} />
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{picked ? 'Verdict' : 'Why not'}</dt>
          <dd className="mt-1">
            <WhyNot candidate={c} />
          </dd>
        </div>
        {sections.map((key) =>
          tech?.sections[key]?.items.length ? (
            <div key={key}>
              <dt className="font-semibold">{SECTIONS[key]}</dt>
              <dd className="mt-1">
                <SectionItems id={c.id} name={c.name} section={key} limit={CARD_ITEMS} />
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </li>
  );
}
