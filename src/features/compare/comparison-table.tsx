import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { catalog, findTechnology } from '../../content/catalog.ts';
import { findTechnologyDetails } from '../../content/prose.ts';
import {
  SECTIONS,
  type SectionKey,
  type Technology,
  type TechnologyDetails,
} from '../../content/types.ts';
import { STATUS_MEANING, StatusBadge } from '../../components/status-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { timeAgo } from '../../lib/time.ts';
import { fitRows } from './compare-model.ts';
import { withProse } from '../../content/split.ts';

const withNoProse = (t: Technology) => withProse(t, {});

const criterionIds = catalog.criteria.map((c) => c.id);
const criterionLabel = new Map(catalog.criteria.map((c) => [c.id, c.label]));

/** Room for the columns, so a phone scrolls sideways instead of squeezing them to a word. */
const MIN_WIDTH: Record<number, string> = {
  2: 'min-w-[36rem]',
  3: 'min-w-[50rem]',
  4: 'min-w-[60rem]',
};

const stickyHeader =
  'sticky left-0 z-10 border-r border-b border-border px-3 py-2 text-left align-top font-medium break-words hyphens-auto';
const cell = 'border-b border-border px-3 py-2 align-top';
const linkClass = 'text-accent underline underline-offset-2';

interface Row {
  key: string;
  label: string;
  render: (tech: TechnologyDetails) => ReactNode;
}

function TechLink({ id }: { id: string }) {
  const t = findTechnology(id);
  return t ? (
    <Link to={paths.technology.to(t.id)} className={linkClass}>
      {t.name}
    </Link>
  ) : (
    <>{id}</>
  );
}

function None() {
  return (
    <span className="text-muted">
      <span aria-hidden="true">—</span>
      <span className="sr-only">None listed</span>
    </span>
  );
}

function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-4">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function rowsFor(techs: readonly TechnologyDetails[]): Row[] {
  const rows: Row[] = [
    { key: 'summary', label: 'Summary', render: (t) => t.summary },
    {
      key: 'status',
      label: 'Radar status',
      render: (t) => (
        <>
          <StatusBadge status={t.status} />
          <span className="mt-1 block text-muted">{STATUS_MEANING[t.status]}</span>
        </>
      ),
    },
    {
      key: 'reviewed',
      label: 'Reviewed',
      render: (t) => (
        <>
          <time dateTime={t.reviewed}>{timeAgo(t.reviewed)}</time>{' '}
          <span className="whitespace-nowrap text-muted">({t.reviewed})</span>
        </>
      ),
    },
  ];
  if (techs.some((t) => t.languages))
    rows.push({
      key: 'language',
      label: 'Language',
      render: (t) =>
        t.languages ? (
          <>
            {t.languages.map((l, i) => (
              <span key={l}>
                {i > 0 && ', '}
                <TechLink id={l} />
              </span>
            ))}
          </>
        ) : null,
    });
  if (techs.some((t) => t.framework))
    rows.push({
      key: 'framework',
      label: 'Only with framework',
      render: (t) => (t.framework ? <TechLink id={t.framework} /> : null),
    });
  if (techs.some((t) => t.databases?.length))
    rows.push({
      key: 'databases',
      label: 'Databases',
      render: (t) =>
        t.databases?.length ? (
          <ul className="space-y-1">
            {t.databases.map((db) => (
              <li key={db}>
                <TechLink id={db} />
              </li>
            ))}
          </ul>
        ) : null,
    });
  if (techs.some((t) => t.roles?.length))
    rows.push({
      key: 'roles',
      label: 'Can serve as',
      render: (t) =>
        t.roles?.length
          ? t.roles.map((r) => (r === 'primary' ? 'primary database' : 'cache')).join(', ')
          : null,
    });
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    if (!techs.some((t) => t.sections[key]?.items.length)) continue;
    rows.push({
      key,
      label: SECTIONS[key],
      render: (t) => {
        const items = t.sections[key]?.items ?? [];
        return items.length > 0 ? <Bullets items={items} /> : null;
      },
    });
  }
  return rows;
}

export function ComparisonTable({ techs: found }: { techs: readonly Technology[] }) {
  // The compare page resolves ids on the scoring index; the rows show each one's prose.
  const techs = found.map((t) => findTechnologyDetails(t.id) ?? withNoProse(t));
  const rows = rowsFor(techs);
  const fit = fitRows(techs, criterionIds);
  const names = techs.map((t) => t.name).join(', ');
  return (
    <div
      role="region"
      aria-label={`Comparison of ${names} (scrolls sideways)`}
      tabIndex={0}
      className="relative mt-3 overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      <table
        className={`w-full table-fixed border-separate border-spacing-0 text-left text-sm ${MIN_WIDTH[techs.length] ?? ''}`}
      >
        <caption className="sr-only">Comparison of {names}</caption>
        <colgroup>
          <col className="w-36 sm:w-44" />
          {techs.map((t) => (
            <col key={t.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={`${stickyHeader} bg-surface`} />
            {techs.map((t) => (
              <th
                key={t.id}
                scope="col"
                className="border-b border-border bg-surface px-3 py-3 align-top"
              >
                <Link
                  to={paths.technology.to(t.id)}
                  className="text-base font-semibold text-accent underline underline-offset-2"
                >
                  {t.name}
                </Link>
                <span className="mt-1 block">
                  <StatusBadge status={t.status} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={`${stickyHeader} bg-bg`}>
                {row.label}
              </th>
              {techs.map((t) => (
                <td key={t.id} className={cell}>
                  {row.render(t) ?? <None />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {fit.length > 0 && (
          <tbody>
            <tr>
              <th
                scope="rowgroup"
                colSpan={techs.length + 1}
                className="border-b border-border bg-surface px-3 py-2 text-left text-base font-semibold"
              >
                <span className="sticky left-3 inline-block">Fit scores (0 to 5)</span>
              </th>
            </tr>
            {fit.map((row) => (
              <tr key={row.criterion}>
                <th scope="row" className={`${stickyHeader} bg-bg`}>
                  {criterionLabel.get(row.criterion) ?? row.criterion}
                </th>
                {row.scores.map((score, i) => {
                  const best = row.best[i];
                  return (
                    <td
                      key={techs[i]!.id}
                      className={`${cell} tabular-nums ${best ? 'bg-accent-soft font-semibold' : ''}`}
                    >
                      {score === undefined ? (
                        <span className="text-muted">Not scored</span>
                      ) : (
                        `${score} / 5`
                      )}
                      {best && (
                        <span className="ml-2 inline-flex items-center gap-1 rounded-full border border-accent px-1.5 text-xs font-semibold text-accent">
                          <span aria-hidden="true">★</span>
                          Best
                          <span className="sr-only"> of the compared in this row</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
