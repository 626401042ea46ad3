import { findTechnologyDetails as findTechnology } from '../../content/prose.ts';
import { SECTIONS } from '../../content/types.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import {
  CandidateName,
  PinButton,
  Reasons,
  SectionItems,
  WhyNot,
  type CandidateViewProps,
} from './candidate-details.tsx';

/** Items per section in a table cell; the technology page has the rest. */
const CELL_ITEMS = 2;

const cellClass = 'px-3 py-3 align-top';
const headClass = 'px-3 py-2 text-left align-bottom font-semibold';

/** A role's candidates ranked in one wide table, one row each: the text version of the chart. */
export function CandidateTable({ label, candidates, sections, pinned, onPin }: CandidateViewProps) {
  return (
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
          {candidates.map((c) => {
            const rowBg = c.status === 'picked' ? 'bg-accent-soft' : 'bg-bg';
            const tech = findTechnology(c.id);
            return (
              <tr key={c.id} className={`border-b border-border last:border-b-0 ${rowBg}`}>
                <th
                  scope="row"
                  className={`${cellClass} sticky left-0 z-10 text-left font-normal ${rowBg}`}
                >
                  <div className="flex flex-col items-start gap-2">
                    <CandidateName candidate={c} />
                    {tech && <StatusBadge status={tech.status} />}
                    <PinButton candidate={c} pinned={pinned.includes(c.id)} onPin={onPin} />
                  </div>
                </th>
                <td className={`${cellClass} font-semibold tabular-nums`}>{c.rank}</td>
                <td className={`${cellClass} font-semibold tabular-nums`}>{Math.round(c.score)}</td>
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
  );
}
