import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS, type Role } from '../../content/types.ts';
import type { Candidate } from '../../engine/recommend.ts';
import { Button } from '../../components/button.tsx';
import { SideBySideTable, type SideBySideRow } from '../../components/side-by-side-table.tsx';
import { TextLink } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { CandidateName, Reasons, SectionItems, WhyNot } from './candidate-details.tsx';
import { ROLE_LABELS } from './labels.ts';
import { COMPARE_SECTIONS, sectionsWithItems } from './role-comparison-model.ts';

/** The pinned candidates of one role side by side, with a link to the compare page. */
export function PinnedCompare({
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
  const names = candidates.map((c) => c.name).join(', ');
  const rows: SideBySideRow<Candidate>[] = [
    { key: 'rank', label: 'Rank', cell: (c) => c.rank },
    { key: 'score', label: 'Score', cell: (c) => Math.round(c.score) },
    { key: 'reasons', label: 'Matches your answers', cell: (c) => <Reasons candidate={c} /> },
    { key: 'why', label: 'Why not', cell: (c) => <WhyNot candidate={c} /> },
    ...sectionsWithItems(COMPARE_SECTIONS, candidates, (id) => findTechnology(id)?.sections).map(
      (key) => ({
        key,
        label: SECTIONS[key],
        cell: (c: Candidate) => <SectionItems id={c.id} name={c.name} section={key} />,
      }),
    ),
  ];
  return (
    <section
      aria-labelledby={`${base}-title`}
      className="mt-4 rounded-lg border-2 border-accent p-3 sm:p-4"
    >
      <h3 id={`${base}-title`} className="text-lg font-semibold">
        Compare pinned: {names}
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <TextLink to={paths.compare.to(candidates.map((c) => c.id))}>
          Open the comparison page<span className="sr-only"> for these {label} candidates</span>
        </TextLink>
        <Button onClick={onClear}>
          Clear pins<span className="sr-only"> ({label})</span>
        </Button>
      </div>
      <SideBySideTable
        label={`Pinned ${label} candidates side by side`}
        caption={`Pinned ${label} candidates: ${names}`}
        className="mt-3"
        items={candidates}
        itemKey={(c) => c.id}
        header={(c) => <CandidateName candidate={c} />}
        groups={[{ key: 'pinned', rows }]}
      />
    </section>
  );
}
