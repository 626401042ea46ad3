import { catalog, findTechnology } from '../../content/catalog.ts';
import { findTechnologyDetails } from '../../content/prose.ts';
import {
  DATABASE_ROLE_LABELS,
  SECTIONS,
  type SectionKey,
  type Technology,
  type TechnologyDetails,
} from '../../content/types.ts';
import {
  SideBySideTable,
  type SideBySideGroup,
  type SideBySideRow,
} from '../../components/side-by-side-table.tsx';
import { STATUS_MEANING, StatusBadge } from '../../components/status-badge.tsx';
import { TextLink } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { timeAgo } from '../../lib/time.ts';
import { fitRows } from './compare-model.ts';
import { withProse } from '../../content/split.ts';

const withNoProse = (t: Technology) => withProse(t, {});

const criterionIds = catalog.criteria.map((c) => c.id);
const criterionLabel = new Map(catalog.criteria.map((c) => [c.id, c.label]));

type Row = SideBySideRow<TechnologyDetails>;

function TechLink({ id }: { id: string }) {
  const t = findTechnology(id);
  return t ? <TextLink to={paths.technology.to(t.id)}>{t.name}</TextLink> : <>{id}</>;
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
    { key: 'summary', label: 'Summary', cell: (t) => t.summary },
    {
      key: 'status',
      label: 'Radar status',
      cell: (t) => (
        <>
          <StatusBadge status={t.status} />
          <span className="mt-1 block text-muted">{STATUS_MEANING[t.status]}</span>
        </>
      ),
    },
    {
      key: 'reviewed',
      label: 'Reviewed',
      cell: (t) => (
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
      cell: (t) =>
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
      cell: (t) => (t.framework ? <TechLink id={t.framework} /> : null),
    });
  if (techs.some((t) => t.databases?.length))
    rows.push({
      key: 'databases',
      label: 'Databases',
      cell: (t) =>
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
      cell: (t) =>
        t.roles?.length ? t.roles.map((r) => DATABASE_ROLE_LABELS[r]).join(', ') : null,
    });
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    if (!techs.some((t) => t.sections[key]?.items.length)) continue;
    rows.push({
      key,
      label: SECTIONS[key],
      cell: (t) => {
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
  const fit = fitRows(techs, criterionIds);
  const names = techs.map((t) => t.name).join(', ');
  const groups: SideBySideGroup<TechnologyDetails>[] = [
    { key: 'facts', rows: rowsFor(techs) },
    {
      key: 'fit',
      title: 'Fit scores (0 to 5)',
      rows: fit.map((row) => ({
        key: row.criterion,
        label: criterionLabel.get(row.criterion) ?? row.criterion,
        cellClassName: (_t, i) =>
          `tabular-nums ${row.best[i] ? 'bg-accent-soft font-semibold' : ''}`,
        cell: (_t, i) => {
          const score = row.scores[i];
          return (
            <>
              {score === undefined ? (
                <span className="text-muted">Not scored</span>
              ) : (
                `${score} / 5`
              )}
              {row.best[i] && (
                <span className="ml-2 inline-flex items-center gap-1 rounded-full border border-accent px-1.5 text-xs font-semibold text-accent">
                  <span aria-hidden="true">★</span>
                  Best
                  <span className="sr-only"> of the compared in this row</span>
                </span>
              )}
            </>
          );
        },
      })),
    },
  ];
  return (
    <SideBySideTable
      label={`Comparison of ${names} (scrolls sideways)`}
      caption={`Comparison of ${names}`}
      className="mt-3"
      items={techs}
      itemKey={(t) => t.id}
      header={(t) => (
        <>
          <TextLink to={paths.technology.to(t.id)} className="text-base font-semibold">
            {t.name}
          </TextLink>
          <span className="mt-1 block">
            <StatusBadge status={t.status} />
          </span>
        </>
      )}
      groups={groups}
      empty={<None />}
    />
  );
}
