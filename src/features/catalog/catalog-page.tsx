import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CATEGORY_LABELS } from '../../content/catalog.ts';
import { detailedCatalog as catalog } from '../../content/prose.ts';
import { CATEGORIES, STATUSES, type Category, type Status } from '../../content/types.ts';
import { STALE_AFTER_DAYS } from '../../content/warnings.ts';
import { Notice } from '../../components/notice.tsx';
import { STATUS_MEANING, StatusBadge } from '../../components/status-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { timeAgo } from '../../lib/time.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import {
  filtersQuery,
  filterTechnologies,
  hasFilters,
  isReviewDue,
  parseFilters,
  type CatalogFilters,
} from './catalog-model.ts';
import { SITE } from '../../content/summary.ts';

/** The most the compare page shows side by side. */
const MAX_COMPARE = 4;

const LANGUAGES = catalog.technologies
  .filter((t) => t.category === 'language')
  .sort((a, b) => a.name.localeCompare(b.name));

const fieldClass =
  'mt-1 block min-h-11 w-full rounded-md border border-border bg-surface px-3 py-2 text-base focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
const labelClass = 'block text-sm font-medium';
const linkClass =
  'text-accent underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CatalogPage() {
  usePageTitle('Catalog');
  const [params, setParams] = useSearchParams();
  const { filters, problems } = parseFilters(params.toString(), LANGUAGES);
  const [selected, setSelected] = useState<string[]>([]);
  const shown = filterTechnologies(catalog.technologies, filters);
  const now = new Date();

  const update = (next: Partial<CatalogFilters>) =>
    // Typing in the search box must not pile up history entries.
    setParams(filtersQuery({ ...filters, ...next }), { replace: true });
  const toggle = (id: string) =>
    setSelected((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title" className="text-3xl font-bold tracking-tight">
        Catalog
      </h1>
      <p className="mt-2 text-muted">
        Every technology {SITE.name} can recommend, with its radar status and when it was last
        reviewed. {plural(catalog.technologies.length, 'technology', 'technologies')} in{' '}
        {CATEGORIES.length} categories. Tick two or more of one category to compare them.
      </p>

      <form
        role="search"
        aria-label="Filter the catalog"
        className="mt-6 grid gap-4 rounded-lg border border-border bg-surface p-4 sm:grid-cols-2 lg:grid-cols-4"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="catalog-q" className={labelClass}>
            Search
          </label>
          <input
            id="catalog-q"
            type="search"
            value={filters.q}
            onChange={(e) => update({ q: e.target.value })}
            placeholder="Name or keyword"
            autoComplete="off"
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="catalog-category" className={labelClass}>
            Category
          </label>
          <select
            id="catalog-category"
            value={filters.category ?? ''}
            onChange={(e) => update({ category: (e.target.value || null) as Category | null })}
            className={fieldClass}
          >
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c].many}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="catalog-language" className={labelClass}>
            Language
          </label>
          <select
            id="catalog-language"
            aria-describedby="catalog-language-note"
            value={filters.language ?? ''}
            onChange={(e) => update({ language: e.target.value || null })}
            className={fieldClass}
          >
            <option value="">All languages</option>
            {LANGUAGES.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="catalog-status" className={labelClass}>
            Radar status
          </label>
          <select
            id="catalog-status"
            value={filters.status ?? ''}
            onChange={(e) => update({ status: (e.target.value || null) as Status | null })}
            className={fieldClass}
          >
            <option value="">All statuses</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}: {STATUS_MEANING[s]}
              </option>
            ))}
          </select>
        </div>
        <p id="catalog-language-note" className="text-sm text-muted sm:col-span-2 lg:col-span-4">
          A language shows itself, its frameworks and its data access; databases and message brokers
          work from every language and stay listed.
        </p>
      </form>

      {problems.length > 0 && (
        <Notice tone="warn" title="Part of this link could not be used" className="mt-4">
          <ul className="list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}

      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2">
        <p role="status" className="text-sm">
          {hasFilters(filters)
            ? `Showing ${shown.length} of ${plural(catalog.technologies.length, 'technology', 'technologies')}.`
            : `Showing all ${plural(catalog.technologies.length, 'technology', 'technologies')}.`}
        </p>
        {(hasFilters(filters) || problems.length > 0) && (
          <Link to={paths.catalog.to()} replace className={`${linkClass} text-sm`}>
            Clear filters
          </Link>
        )}
      </div>

      {shown.length === 0 && (
        <p className="mt-6">
          No technology matches{' '}
          {filters.q.trim() ? (
            <>&ldquo;{filters.q.trim()}&rdquo; with these filters</>
          ) : (
            'these filters'
          )}
          . Try fewer words, another filter, or{' '}
          <Link to={paths.catalog.to()} replace className={linkClass}>
            clear the filters
          </Link>
          .
        </p>
      )}

      {CATEGORIES.map((category) => {
        const techs = shown.filter((t) => t.category === category);
        if (techs.length === 0) return null;
        const label = CATEGORY_LABELS[category];
        const picked = catalog.technologies.filter(
          (t) => t.category === category && selected.includes(t.id),
        );
        const compared = picked.slice(0, MAX_COMPARE);
        return (
          <section key={category} aria-labelledby={`cat-${category}`} className="mt-8">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
              <h2 id={`cat-${category}`} className="text-xl font-semibold">
                {label.many}
              </h2>
              <p className="text-sm" aria-live="polite">
                {picked.length >= 2 ? (
                  <Link
                    to={paths.compare.to(compared.map((t) => t.id))}
                    // The visible words first (label in name), then which ones.
                    aria-label={`Compare ${compared.length} ${label.many.toLowerCase()}: ${compared.map((t) => t.name).join(', ')}`}
                    className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
                  >
                    Compare {compared.length} {label.many.toLowerCase()}
                  </Link>
                ) : (
                  <span className="text-muted">
                    {picked.length === 1
                      ? `Tick one more ${label.one.toLowerCase()} to compare.`
                      : `Tick 2 to ${MAX_COMPARE} to compare.`}
                  </span>
                )}
                {picked.length > MAX_COMPARE && (
                  <span className="ml-2 text-muted">
                    The first {MAX_COMPARE} ticked fit side by side.
                  </span>
                )}
              </p>
            </div>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {techs.map((t) => {
                const due = isReviewDue(t.reviewed, now, STALE_AFTER_DAYS);
                return (
                  <li key={t.id} className="rounded-lg border border-border bg-surface p-4">
                    <div className="flex items-start justify-between gap-2">
                      <h3 className="font-semibold">
                        <Link to={paths.technology.to(t.id)} className={linkClass}>
                          {t.name}
                        </Link>
                      </h3>
                      <StatusBadge status={t.status} />
                    </div>
                    <p className="mt-2 text-sm">{t.summary}</p>
                    <p className="mt-2 text-xs text-muted">
                      Reviewed <time dateTime={t.reviewed}>{t.reviewed}</time> (
                      {timeAgo(t.reviewed, now)})
                      {due && <span className="font-semibold text-warn">: review due</span>}
                    </p>
                    <label className="mt-3 flex min-h-6 cursor-pointer items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        checked={selected.includes(t.id)}
                        onChange={() => toggle(t.id)}
                        className="size-6 accent-accent"
                      />
                      Compare<span className="sr-only"> {t.name}</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
