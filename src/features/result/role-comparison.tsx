import { useState } from 'react';
import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS } from '../../content/types.ts';
import type { Candidate, RoleResult } from '../../engine/recommend.ts';
import { Button } from '../../components/button.tsx';
import { ScoreChart } from '../../components/score-chart.tsx';
import { CandidateCards } from './candidate-cards.tsx';
import { CandidateTable } from './candidate-table.tsx';
import { listText, ROLE_LABELS } from './labels.ts';
import { PinnedCompare } from './pinned-compare.tsx';
import {
  chartSummary,
  foldLabel,
  MAX_PINS,
  pinnedCandidates,
  PINS_CLEARED,
  sectionsWithItems,
  shownCandidates,
  TABLE_SECTIONS,
  togglePin,
  type PinChange,
} from './role-comparison-model.ts';
import { useMediaQuery } from './use-media-query.ts';

/** Tailwind's `lg`. */
const WIDE = '(min-width: 64rem)';

/**
 * Every candidate of one role, ranked by how well it fits the answers on its own, with pinning to
 * compare 2 to 4 side by side. The rules live in role-comparison-model.ts; this file lays out the
 * chart, the ranked view (a table on wide screens, cards on narrow ones) and the pinned view.
 */
export function RoleComparison({ result }: { result: RoleResult }) {
  const { role, candidates } = result;
  const [pinned, setPinned] = useState<string[]>([]);
  const [pinMessage, setPinMessage] = useState('');
  const [showAll, setShowAll] = useState(false);
  // A wide table reads well only with room for it; narrow screens get one card per candidate.
  const wide = useMediaQuery(WIDE);

  const { shown, hidden } = shownCandidates(candidates, showAll);
  const label = ROLE_LABELS[role];
  const sections = sectionsWithItems(
    TABLE_SECTIONS,
    candidates,
    (id) => findTechnology(id)?.sections,
  );
  const base = `candidates-${role}`;
  const apply = (change: PinChange) => {
    setPinned(change.pinned);
    setPinMessage(change.message);
  };
  const onPin = (c: Candidate) => apply(togglePin(pinned, c));
  const views = { label, candidates: shown, sections, pinned, onPin };

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
        label={chartSummary(label, shown)}
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
      {wide ? <CandidateTable {...views} /> : <CandidateCards {...views} />}
      {hidden.length > 0 && (
        <p className="mt-3">
          <Button aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
            {foldLabel(candidates.length, hidden, showAll)}
          </Button>
        </p>
      )}
      <p role="status" className="mt-2 text-sm">
        {pinMessage}
      </p>
      <PinnedCompare
        role={role}
        candidates={pinnedCandidates(pinned, candidates)}
        onClear={() => apply(PINS_CLEARED)}
      />
    </div>
  );
}
