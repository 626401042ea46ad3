import { catalog } from '../../content/catalog.ts';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import type { TeamRecommendation } from '../../engine/team.ts';
import { paths } from '../../lib/paths.ts';
import { memberQuery, type TeamMember } from '../../share/team-codec.ts';
import { TextLink } from '../../components/text-link.tsx';
import { sideBySide } from './team-model.ts';

/**
 * One column per member, one row per role (each member's own stack), their scores, then every
 * answer. A row where everyone agrees says so in one cell.
 */
export function SideBySide({
  members,
  rec,
  names,
}: {
  members: readonly TeamMember[];
  rec: TeamRecommendation;
  names: string[];
}) {
  const rows = sideBySide(catalog, members, rec);
  const firstQuestion = rows.findIndex((r) => r.kind === 'question');
  return (
    <section aria-labelledby="side-title" className="mt-8">
      <h2 id="side-title" className="text-xl font-semibold">
        Side by side
      </h2>
      <p className="mt-1 text-sm text-muted">
        Each member’s own stack, then their answers. Rows where everyone agrees take one line.
      </p>
      <ScrollRegion label="Members side by side" className="mt-3">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-border bg-surface">
              <td className="p-2" />
              {names.map((name, i) => (
                <th key={i} scope="col" className="min-w-32 p-2 align-top font-semibold">
                  <span className="block">{name}</span>
                  <TextLink
                    to={paths.result.to(memberQuery(catalog, members[i]!))}
                    className="text-xs font-normal"
                  >
                    Open this result<span className="sr-only"> ({name})</span>
                  </TextLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr
                key={row.id}
                data-row={row.id}
                data-agreed={row.agreed}
                className={`border-b border-border ${index === firstQuestion ? 'border-t-4' : ''}`}
              >
                <th scope="row" className="min-w-36 p-2 align-top font-medium">
                  {row.label}
                </th>
                {row.agreed ? (
                  <td colSpan={names.length} className="p-2 text-muted">
                    {row.cells[0]}
                  </td>
                ) : (
                  row.cells.map((cell, i) => (
                    <td key={i} className="p-2 align-top font-medium">
                      {cell}
                    </td>
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
