import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS, type Role, type SectionKey } from '../../content/types.ts';
import type { Candidate, RoleResult } from '../../engine/recommend.ts';
import { ScoreChart } from '../../components/score-chart.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { formatPoints, listText, ROLE_LABELS, topReasons } from './labels.ts';
import { linkClass, secondaryButton } from './edit-link.tsx';
import { useMediaQuery } from './use-media-query.ts';

/** The sections a comparison table shows, in order ("Watch out for" is in the pinned view). */
const TABLE_SECTIONS: SectionKey[] = ['best-for', 'strengths', 'use-cases', 'when-to-choose'];
const COMPARE_SECTIONS: SectionKey[] = [...TABLE_SECTIONS, 'watch-out-for'];
const MAX_PINS = 4;
/** Tailwind's `lg`. */
const WIDE = '(min-width: 64rem)';
/** Items per section in a table cell; the technology page has the rest. */
const CELL_ITEMS = 2;

/** Candidates that could be in a stack with the rest of the pick; the others are folded away. */
const fits = (c: Candidate) => c.status === 'picked' || c.status === 'eligible';

const cellClass = 'px-3 py-3 align-top';
const headClass = 'px-3 py-2 text-left align-bottom font-semibold';

/**
 * Every candidate of one role, ranked by how well it fits the answers on its own, with pinning to
 * compare 2 to 4 side by side.
 */
export function RoleComparison({ result }: { result: RoleResult }) {
  const [pinned, setPinned] = useState<string[]>([]);
  // A wide table reads well only with room for it; narrow screens get one card per candidate.
  const wide = useMediaQuery(WIDE);
  return <RoleCandidates result={result} wide={wide} pinned={pinned} onPins={setPinned} />;
}

function RoleCandidates({
  result,
  wide,
  pinned,
  onPins,
}: {
  result: RoleResult;
  wide: boolean;
  pinned: string[];
  onPins: (ids: string[]) => void;
}) {
  const { role, candidates } = result;
  const [showAll, setShowAll] = useState(false);
  const [pinMessage, setPinMessage] = useState('');
  const hidden = candidates.filter((c) => !fits(c));
  const shown = showAll ? candidates : candidates.filter(fits);
  const label = ROLE_LABELS[role];
  const winner = candidates.find((c) => c.status === 'picked');
  const sections = TABLE_SECTIONS.filter((key) =>
    candidates.some((c) => findTechnology(c.id)?.sections[key]?.items.length),
  );
  const base = `candidates-${role}`;

  const togglePin = (c: Candidate) => {
    if (pinned.includes(c.id)) {
      onPins(pinned.filter((id) => id !== c.id));
      setPinMessage(`${c.name} unpinned.`);
    } else if (pinned.length >= MAX_PINS) {
      setPinMessage(
        `You can compare at most ${MAX_PINS} at a time. Unpin one before pinning ${c.name}.`,
      );
    } else {
      onPins([...pinned, c.id]);
      setPinMessage(
        pinned.length + 1 >= 2
          ? `${c.name} pinned. ${pinned.length + 1} pinned: the side-by-side view is below the table.`
          : `${c.name} pinned. Pin one more to compare side by side.`,
      );
    }
  };

  const chartSummary =
    `${label} scores out of 100: ` +
    shown.map((c) => `${c.name} ${Math.round(c.score)}`).join(', ') +
    (winner ? `. Picked: ${winner.name}.` : '.');

  return (
    <div>
      <p className="text-sm text-muted">
        Ranked by how well each fits your answers on its own. Pin 2 to {MAX_PINS} to compare them
        side by side.
      </p>
      {result.neededBecause.length > 0 && (
        <p className="mt-1 text-sm text-muted">
          Needed because {[...new Set(result.neededBecause)].join('; ')}.
        </p>
      )}
      {result.note && <p className="mt-1 text-sm">{result.note}</p>}
      <ScoreChart
        className="mt-4 max-w-xl"
        label={chartSummary}
        describedBy={`${base}-note`}
        items={shown.map((c) => ({
          id: c.id,
          label: c.status === 'picked' ? `${c.name} (picked)` : c.name,
          value: c.score,
          highlight: c.status === 'picked',
        }))}
      />
      <p id={`${base}-note`} className="mt-1 text-sm text-muted">
        Scores out of 100. The {wide ? 'table' : 'list'} below is the text version of this chart,
        with the reasons.
        {wide &&
          sections.length > 1 &&
          ` The table scrolls sideways: ${listText(sections.map((k) => SECTIONS[k].toLowerCase()))} are further right.`}
      </p>
      {!wide && (
        <ol className="mt-4 grid gap-3 sm:grid-cols-2" aria-label={`${label} candidates, ranked`}>
          {shown.map((c) => (
            <CandidateCard
              key={c.id}
              candidate={c}
              sections={sections}
              pinned={pinned.includes(c.id)}
              onPin={togglePin}
            />
          ))}
        </ol>
      )}
      {wide && (
        <ScrollRegion label={`${label} candidates`} className="mt-4">
          <table className="w-full min-w-[64rem] table-fixed border-collapse text-left text-sm">
            <caption className="sr-only">
              {label} candidates ranked by score (the text version of the chart above).
            </caption>
            <colgroup>
              <col className="w-40" />
              <col className="w-16" />
              <col className="w-16" />
              <col className="w-56" />
              <col className="w-64" />
              {sections.map((key) => (
                <col key={key} className="w-56" />
              ))}
            </colgroup>
            <thead className="bg-surface">
              <tr className="border-b border-border">
                <th scope="col" className={`${headClass} sticky left-0 z-10 bg-surface`}>
                  Technology
                </th>
                <th scope="col" className={headClass}>
                  Rank
                </th>
                <th scope="col" className={headClass}>
                  Score
                </th>
                <th scope="col" className={headClass}>
                  Matches your answers
                </th>
                <th scope="col" className={headClass}>
                  Why not
                </th>
                {sections.map((key) => (
                  <th key={key} scope="col" className={headClass}>
                    {SECTIONS[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => {
                const picked = c.status === 'picked';
                const rowBg = picked ? 'bg-accent-soft' : 'bg-bg';
                return (
                  <tr key={c.id} className={`border-b border-border last:border-b-0 ${rowBg}`}>
                    <th
                      scope="row"
                      className={`${cellClass} sticky left-0 z-10 text-left font-normal ${rowBg}`}
                    >
                      <TechCell candidate={c} pinned={pinned.includes(c.id)} onPin={togglePin} />
                    </th>
                    <td className={`${cellClass} font-semibold tabular-nums`}>{c.rank}</td>
                    <td className={`${cellClass} font-semibold tabular-nums`}>
                      {Math.round(c.score)}
                    </td>
                    <td className={cellClass}>
                      <Reasons candidate={c} />
                    </td>
                    <td className={cellClass}>
                      <WhyNot candidate={c} />
                    </td>
                    {sections.map((key) => (
                      <td key={key} className={cellClass}>
                        <SectionItems id={c.id} name={c.name} section={key} limit={CELL_ITEMS} />
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {hidden.length > 0 && (
        <p className="mt-3">
          <button
            type="button"
            className={secondaryButton}
            aria-expanded={showAll}
            onClick={() => setShowAll((v) => !v)}
          >
            {showAll
              ? `Show only the ${candidates.length - hidden.length} that fit this stack`
              : `Show ${hidden.length} more (${hiddenKinds(hidden)})`}
          </button>
        </p>
      )}
      <p role="status" className="mt-2 text-sm">
        {pinMessage}
      </p>
      <PinnedCompare
        role={role}
        candidates={pinned
          .map((id) => candidates.find((c) => c.id === id))
          .filter((c): c is Candidate => c !== undefined)}
        onClear={() => {
          onPins([]);
          setPinMessage('Pins cleared.');
        }}
      />
    </div>
  );
}

function WhyNot({ candidate: c }: { candidate: Candidate }) {
  return c.status === 'picked' ? (
    <span className="font-semibold text-ok">Picked for your stack.</span>
  ) : (
    <>{c.whyNot ?? ''}</>
  );
}

/** The same facts as a table row, for narrow screens where a wide table reads badly. */
function CandidateCard({
  candidate: c,
  sections,
  pinned,
  onPin,
}: {
  candidate: Candidate;
  sections: SectionKey[];
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
          <Link to={paths.technology.to(c.id)} className={`${linkClass} font-semibold`}>
            {c.name}
          </Link>
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
                <SectionItems id={c.id} name={c.name} section={key} limit={CELL_ITEMS} />
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </li>
  );
}

function PinButton({
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

function hiddenKinds(hidden: Candidate[]): string {
  const kinds = new Set(
    hidden.map((c) =>
      c.status === 'excluded'
        ? 'ruled out'
        : c.status === 'hold'
          ? 'on hold'
          : c.status === 'incompatible'
            ? 'not compatible with the stack'
            : 'not needed',
    ),
  );
  return [...kinds].join(', ');
}

function TechCell({
  candidate: c,
  pinned,
  onPin,
}: {
  candidate: Candidate;
  pinned: boolean;
  onPin: (c: Candidate) => void;
}) {
  const tech = findTechnology(c.id);
  return (
    <div className="flex flex-col items-start gap-2">
      <Link to={paths.technology.to(c.id)} className={`${linkClass} font-semibold`}>
        {c.name}
      </Link>
      {tech && <StatusBadge status={tech.status} />}
      <PinButton candidate={c} pinned={pinned} onPin={onPin} />
    </div>
  );
}

/** What each answer added, the costs, and on demand the evidence: criterion, fit and its why. */
function Reasons({ candidate }: { candidate: Candidate }) {
  const reasons = topReasons(candidate.reasons);
  const costs = candidate.reasons.filter((r) => Math.round(r.points) < 0);
  const evidence = candidate.reasons.filter(
    (r) => r.evidence.length > 0 && Math.round(r.points) > 0,
  );
  // The why behind each fit score is prose, looked up beside the engine's evidence.
  const why = findTechnology(candidate.id)?.fit;
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
        <details className="mt-1">
          <summary className="inline-flex min-h-6 cursor-pointer items-center rounded-sm text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
            Evidence<span className="sr-only"> for {candidate.name}</span>
          </summary>
          <ul className="mt-1 space-y-1">
            {evidence.flatMap((r) =>
              r.evidence.map((e) => (
                <li key={`${r.question ?? 'baseline'}/${r.option ?? ''}/${e.criterion}`}>
                  {e.label} {e.fit}/5: <span className="text-muted">{why?.[e.criterion]?.why}</span>{' '}
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

function SectionItems({
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
        <Link to={paths.technology.to(id)} className={`${linkClass} mt-1 inline-block text-xs`}>
          {more} more
          <span className="sr-only">
            {' '}
            about {name}: {SECTIONS[section]}
          </span>
        </Link>
      )}
    </>
  );
}

function PinnedCompare({
  role,
  candidates,
  onClear,
}: {
  role: Role;
  candidates: Candidate[];
  onClear: () => void;
}) {
  if (candidates.length < 2) return null;
  const label = ROLE_LABELS[role];
  const base = `pinned-${role}`;
  const rows: { key: string; head: string; cell: (c: Candidate) => ReactNode }[] = [
    { key: 'rank', head: 'Rank', cell: (c) => c.rank },
    { key: 'score', head: 'Score', cell: (c) => Math.round(c.score) },
    { key: 'reasons', head: 'Matches your answers', cell: (c) => <Reasons candidate={c} /> },
    {
      key: 'why',
      head: 'Why not',
      cell: (c) => <WhyNot candidate={c} />,
    },
    ...COMPARE_SECTIONS.filter((key) =>
      candidates.some((c) => findTechnology(c.id)?.sections[key]?.items.length),
    ).map((key) => ({
      key,
      head: SECTIONS[key],
      cell: (c: Candidate) => <SectionItems id={c.id} name={c.name} section={key} />,
    })),
  ];
  return (
    <section
      aria-labelledby={`${base}-title`}
      className="mt-4 rounded-lg border-2 border-accent p-3 sm:p-4"
    >
      <h3 id={`${base}-title`} className="text-lg font-semibold">
        Compare pinned: {candidates.map((c) => c.name).join(', ')}
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <Link to={paths.compare.to(candidates.map((c) => c.id))} className={linkClass}>
          Open the comparison page<span className="sr-only"> for these {label} candidates</span>
        </Link>
        <button type="button" className={secondaryButton} onClick={onClear}>
          Clear pins<span className="sr-only"> ({label})</span>
        </button>
      </div>
      <ScrollRegion label={`Pinned ${label} candidates side by side`} className="mt-3">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <thead className="bg-surface">
            <tr className="border-b border-border">
              <td className="sticky left-0 z-10 w-28 bg-surface px-3 py-2 sm:w-40" />
              {candidates.map((c) => (
                <th key={c.id} scope="col" className={`${headClass} min-w-44`}>
                  <Link to={paths.technology.to(c.id)} className={linkClass}>
                    {c.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-border last:border-b-0">
                <th
                  scope="row"
                  className={`${cellClass} sticky left-0 z-10 bg-bg text-left font-semibold`}
                >
                  {row.head}
                </th>
                {candidates.map((c) => (
                  <td key={c.id} className={cellClass}>
                    {row.cell(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
