import { Link } from 'react-router';
import { CATEGORY_LABELS } from '../../content/catalog.ts';
import { detailedCatalog as catalog } from '../../content/prose.ts';
import { CATEGORIES } from '../../content/types.ts';
import { StatusBadge } from '../../components/status-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { timeAgo } from '../../lib/time.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function CatalogPage() {
  usePageTitle('Catalog');
  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title" className="text-3xl font-bold tracking-tight">
        Catalog
      </h1>
      <p className="mt-2 text-muted">
        Every technology Stackwise can recommend, with its radar status.{' '}
        {catalog.technologies.length} technologies in {CATEGORIES.length} categories.
      </p>
      {CATEGORIES.map((category) => {
        const techs = catalog.technologies.filter((t) => t.category === category);
        if (techs.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`cat-${category}`} className="mt-8">
            <h2 id={`cat-${category}`} className="text-xl font-semibold">
              {CATEGORY_LABELS[category].many}
            </h2>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {techs.map((t) => (
                <li key={t.id} className="rounded-lg border border-border bg-surface p-4">
                  <div className="flex items-start justify-between gap-2">
                    <h3 className="font-semibold">
                      <Link
                        to={paths.technology.to(t.id)}
                        className="text-accent underline-offset-4 hover:underline"
                      >
                        {t.name}
                      </Link>
                    </h3>
                    <StatusBadge status={t.status} />
                  </div>
                  <p className="mt-2 text-sm">{t.summary}</p>
                  <p className="mt-2 text-xs text-muted">
                    Reviewed <time dateTime={t.reviewed}>{timeAgo(t.reviewed)}</time>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
