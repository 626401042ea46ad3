import { Link, useParams } from 'react-router';
import { catalog, CATEGORY_LABELS, findTechnology } from '../../content/catalog.ts';
import { findTechnologyDetails } from '../../content/prose.ts';
import { SECTIONS, type SectionKey } from '../../content/types.ts';
import { STALE_AFTER_DAYS } from '../../content/warnings.ts';
import { Prose } from '../../components/prose.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { timeAgo } from '../../lib/time.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { isReviewDue } from './catalog-model.ts';

const criterionLabel = new Map(catalog.criteria.map((c) => [c.id, c.label]));

function TechLink({ id }: { id: string }) {
  const t = findTechnology(id);
  return t ? (
    <Link to={paths.technology.to(t.id)} className="text-accent underline underline-offset-2">
      {t.name}
    </Link>
  ) : (
    <>{id}</>
  );
}

export function TechnologyPage() {
  const { id = '' } = useParams();
  const tech = findTechnologyDetails(id);
  usePageTitle(tech ? tech.name : 'Technology not found');
  if (!tech) {
    return (
      <section aria-labelledby="tech-title">
        <h1 id="tech-title" className="text-2xl font-semibold">
          Technology not found
        </h1>
        <p className="mt-3 text-muted">
          The catalog has no technology with the id <code>{id}</code>. It may have been renamed or
          removed, or the link may be mistyped.
        </p>
        <p className="mt-6">
          <Link to={paths.catalog.to()} className="text-accent underline">
            Back to the catalog
          </Link>
        </p>
      </section>
    );
  }
  const fit = Object.entries(tech.fit).sort(
    ([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1),
  );
  return (
    <article aria-labelledby="tech-title">
      <p className="text-sm">
        <Link to={paths.catalog.to()} className="text-accent underline underline-offset-2">
          Catalog
        </Link>{' '}
        <span aria-hidden="true">/</span> {CATEGORY_LABELS[tech.category].many}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 id="tech-title" className="text-3xl font-bold tracking-tight">
          {tech.name}
        </h1>
        <StatusBadge status={tech.status} />
      </div>
      <p className="mt-3 text-lg text-muted">{tech.summary}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">Category</dt>
        <dd>{CATEGORY_LABELS[tech.category].one}</dd>
        {tech.languages && (
          <>
            <dt className="font-medium">{tech.languages.length > 1 ? 'Languages' : 'Language'}</dt>
            <dd>
              {tech.languages.map((l, i) => (
                <span key={l}>
                  {i > 0 && ', '}
                  <TechLink id={l} />
                </span>
              ))}
            </dd>
          </>
        )}
        {tech.databases && (
          <>
            <dt className="font-medium">Databases</dt>
            <dd>
              {tech.databases.map((db, i) => (
                <span key={db}>
                  {i > 0 && ', '}
                  <TechLink id={db} />
                </span>
              ))}
            </dd>
          </>
        )}
        {tech.roles && (
          <>
            <dt className="font-medium">Can serve as</dt>
            <dd>
              {tech.roles.map((r) => (r === 'primary' ? 'primary database' : 'cache')).join(', ')}
            </dd>
          </>
        )}
        <dt className="font-medium">Reviewed</dt>
        <dd>
          <time dateTime={tech.reviewed}>{tech.reviewed}</time> ({timeAgo(tech.reviewed)})
          {isReviewDue(tech.reviewed, new Date(), STALE_AFTER_DAYS) && (
            <span className="font-semibold text-warn">
              : review due (more than {Math.round(STALE_AFTER_DAYS / 30.44)} months ago)
            </span>
          )}
        </dd>
      </dl>
      {tech.intro && <Prose html={tech.intro} className="mt-6" />}
      {(Object.keys(SECTIONS) as SectionKey[]).map((key) => {
        const section = tech.sections[key];
        if (!section) return null;
        return (
          <section key={key} aria-labelledby={`s-${key}`} className="mt-6">
            <h2 id={`s-${key}`} className="text-xl font-semibold">
              {SECTIONS[key]}
            </h2>
            <Prose html={section.html} />
          </section>
        );
      })}
      {fit.length > 0 && (
        <section aria-labelledby="s-fit" className="mt-8">
          <h2 id="s-fit" className="text-xl font-semibold">
            How it scores
          </h2>
          <p className="mt-1 text-sm text-muted">
            Fit from 0 to 5 on each criterion the questions weigh, and the statement it rests on.
          </p>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-2 pr-4">
                    Criterion
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Fit
                  </th>
                  <th scope="col" className="py-2">
                    Because
                  </th>
                </tr>
              </thead>
              <tbody>
                {fit.map(([criterion, f]) => (
                  <tr key={criterion} className="border-b border-border align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {criterionLabel.get(criterion) ?? criterion}
                    </th>
                    <td className="py-2 pr-4 tabular-nums">{f.score} / 5</td>
                    <td className="py-2">{f.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="s-links" className="mt-8">
        <h2 id="s-links" className="text-xl font-semibold">
          Links
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {tech.links.map((l) => (
            <li key={l.url}>
              <a
                href={l.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-accent underline"
              >
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
