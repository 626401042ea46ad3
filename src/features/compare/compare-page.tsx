import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useHref, useLocation } from 'react-router';
import { catalog, CATEGORY_LABELS, findTechnology } from '../../content/catalog.ts';
import type { Category, Technology } from '../../content/types.ts';
import { Notice } from '../../components/notice.tsx';
import { TextLink } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';
import { listText } from '../../lib/text.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MAX_COMPARE, parseIds, resolveCompare, type CompareState } from './compare-model.ts';
import { ComparisonTable } from './comparison-table.tsx';

/** Unknown ids named in a notice before "and N more": a long garbled link stays readable. */
const MAX_NAMED_UNKNOWN = 10;

const pillClass =
  'inline-flex min-h-7 items-center gap-1 rounded-full border border-border bg-surface px-3 py-1 text-sm text-accent hover:bg-surface-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

function othersOf(category: Category, exclude: readonly Technology[]): Technology[] {
  const ids = new Set(exclude.map((t) => t.id));
  return catalog.technologies.filter((t) => t.category === category && !ids.has(t.id));
}

function lower(category: Category, count: number): string {
  const label = CATEGORY_LABELS[category];
  return (count === 1 ? label.one : label.many).replace(/^(?!ORM)\w/, (c) => c.toLowerCase());
}

/** "a framework", "an ORM". */
function aOne(category: Category): string {
  const word = lower(category, 1);
  return `${/^(?:[aeiou]|ORM)/i.test(word) ? 'an' : 'a'} ${word}`;
}

function pageHeading(state: CompareState): string {
  if (state.kind === 'compare') return `Compare ${CATEGORY_LABELS[state.category].many}`;
  if (state.kind === 'too-few' && state.known)
    return `Compare ${CATEGORY_LABELS[state.known.category].many}`;
  return 'Compare technologies';
}

function pageTitle(state: CompareState): string {
  if (state.kind !== 'compare') return pageHeading(state);
  return `${pageHeading(state)}: ${state.techs.map((t) => t.name).join(', ')}`;
}

function Warning({ children }: { children: ReactNode }) {
  return (
    <Notice tone="warn" className="mt-4 text-sm">
      {children}
    </Notice>
  );
}

function UnknownNotice({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  const named = ids.slice(0, MAX_NAMED_UNKNOWN);
  const more = ids.length - named.length;
  return (
    <Warning>
      The catalog has no technology with the id{ids.length === 1 ? '' : 's'}{' '}
      {named.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <code className="break-all">{id}</code>
        </span>
      ))}
      {more > 0 && ` and ${more} more`}, so {ids.length === 1 ? 'it was' : 'they were'} left out.
      {ids.length === 1 ? ' It' : ' They'} may have been renamed or removed, or the link may be
      mistyped. See every id in the <TextLink to={paths.catalog.to()}>catalog</TextLink>.
    </Warning>
  );
}

/** Links that compare `tech` with each other technology of its category. */
function PairLinks({ tech }: { tech: Technology }) {
  const others = othersOf(tech.category, [tech]);
  if (others.length === 0) {
    return (
      <p className="mt-2 text-sm text-muted">
        The catalog has no other {lower(tech.category, 1)} to compare {tech.name} with.
      </p>
    );
  }
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={`Compare ${tech.name} with`}>
      {others.map((other) => (
        <li key={other.id}>
          <Link to={paths.compare.to([tech.id, other.id])} className={pillClass}>
            <span className="sr-only">Compare {tech.name} with </span>
            {other.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function CatalogLink() {
  return (
    <p className="mt-6 text-sm">
      Or browse the <TextLink to={paths.catalog.to()}>catalog</TextLink> and open any technology.
    </p>
  );
}

/** One suggested comparison per category: its first few technologies. */
function CategorySuggestions() {
  const categories = [...new Set(catalog.technologies.map((t) => t.category))];
  return (
    <ul className="mt-3 space-y-2">
      {categories.map((category) => {
        const techs = catalog.technologies
          .filter((t) => t.category === category)
          .slice(0, MAX_COMPARE);
        if (techs.length < 2) return null;
        const names = listText(techs.map((t) => t.name));
        return (
          <li key={category}>
            <TextLink to={paths.compare.to(techs.map((t) => t.id))}>
              {CATEGORY_LABELS[category].many}: {names}
            </TextLink>
          </li>
        );
      })}
    </ul>
  );
}

function TooFew({ known }: { known: Technology | undefined }) {
  return (
    <>
      <p className="mt-4">
        Pick at least two technologies of the same category to compare them side by side (up to{' '}
        {MAX_COMPARE}).
        {known && (
          <>
            {' '}
            This link names only one that the catalog knows:{' '}
            <TextLink to={paths.technology.to(known.id)}>{known.name}</TextLink>.
          </>
        )}
      </p>
      {known ? (
        <section aria-labelledby="pair-title" className="mt-6">
          <h2 id="pair-title" className="text-xl font-semibold">
            Compare {known.name} with
          </h2>
          <PairLinks tech={known} />
        </section>
      ) : (
        <section aria-labelledby="suggest-title" className="mt-6">
          <h2 id="suggest-title" className="text-xl font-semibold">
            Start from a category
          </h2>
          <CategorySuggestions />
        </section>
      )}
      <CatalogLink />
    </>
  );
}

function Mixed({ groups }: { groups: Extract<CompareState, { kind: 'mixed' }>['groups'] }) {
  const mixed = listText(
    groups.map(
      (g) => `${CATEGORY_LABELS[g.category].many} (${listText(g.techs.map((t) => t.name))})`,
    ),
  );
  return (
    <>
      <p className="mt-4">
        A comparison holds technologies of one category, and this link mixes {groups.length}:{' '}
        {mixed}. Compare within one category instead:
      </p>
      {groups.map(({ category, techs }) => {
        const titleId = `group-${category}`;
        const shown = techs.slice(0, MAX_COMPARE);
        return (
          <section key={category} aria-labelledby={titleId} className="mt-6">
            <h2 id={titleId} className="text-xl font-semibold">
              {CATEGORY_LABELS[category].many}
            </h2>
            {shown.length >= 2 ? (
              <p className="mt-2">
                <TextLink to={paths.compare.to(shown.map((t) => t.id))}>
                  Compare {listText(shown.map((t) => t.name))}
                </TextLink>
                {techs.length > MAX_COMPARE && (
                  <span className="text-muted">
                    {' '}
                    (the first {MAX_COMPARE};{' '}
                    {listText(techs.slice(MAX_COMPARE).map((t) => t.name))} left out)
                  </span>
                )}
              </p>
            ) : (
              <>
                <p className="mt-2 text-sm text-muted">
                  Only {techs[0]!.name} is {aOne(category)} here. Compare it with:
                </p>
                <PairLinks tech={techs[0]!} />
              </>
            )}
          </section>
        );
      })}
      <CatalogLink />
    </>
  );
}

/** A titled list of pill links that each add or remove one technology. */
function ChangeLinks({
  id,
  title,
  action,
  mark,
  links,
}: {
  id: string;
  title: string;
  action: string;
  mark: string;
  links: { tech: Technology; to: string }[];
}) {
  return (
    <div className="mt-3">
      <h3 id={id} className="text-sm font-medium">
        {title}
      </h3>
      <ul aria-labelledby={id} className="mt-2 flex flex-wrap gap-2">
        {links.map(({ tech, to }) => (
          <li key={tech.id}>
            <Link to={to} className={pillClass}>
              <span aria-hidden="true">{mark}</span>
              <span className="sr-only">{action} </span>
              {tech.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Comparison({ state }: { state: Extract<CompareState, { kind: 'compare' }> }) {
  const { category, techs, leftOut } = state;
  const ids = techs.map((t) => t.id);
  const shareHref = useHref(paths.compare.to(ids));
  const shareUrl = `${window.location.origin}${window.location.pathname}${shareHref}`;
  const addable = techs.length < MAX_COMPARE ? othersOf(category, techs) : [];
  const what = lower(category, techs.length);
  return (
    <>
      {leftOut.length > 0 && (
        <Warning>
          Only {MAX_COMPARE} technologies fit side by side, so this compares the first {MAX_COMPARE}{' '}
          and leaves out {listText(leftOut.map((t) => t.name))}. To compare{' '}
          {leftOut.length === 1 ? 'it' : 'one of them'}, remove one below, then add it.
        </Warning>
      )}
      <p className="mt-4 text-muted">
        {techs.length} {what} side by side: {listText(techs.map((t) => t.name))}.
      </p>
      <p className="mt-2 text-sm text-muted">
        Link to this comparison:{' '}
        <TextLink to={paths.compare.to(ids)} className="break-all">
          {shareUrl}
        </TextLink>
      </p>

      <section aria-labelledby="change-title" className="mt-6 rounded-lg border border-border p-4">
        <h2 id="change-title" className="text-lg font-semibold">
          Change the comparison
        </h2>
        {techs.length > 2 && (
          <ChangeLinks
            id="remove-title"
            title="Remove"
            action="Remove"
            mark="×"
            links={techs.map((t) => ({
              tech: t,
              to: paths.compare.to(ids.filter((id) => id !== t.id)),
            }))}
          />
        )}
        {addable.length > 0 ? (
          <ChangeLinks
            id="add-title"
            title={`Add ${aOne(category)}`}
            action="Add"
            mark="+"
            links={addable.map((t) => ({ tech: t, to: paths.compare.to([...ids, t.id]) }))}
          />
        ) : (
          techs.length >= MAX_COMPARE && (
            <p className="mt-3 text-sm text-muted">
              {MAX_COMPARE} is the most that fit side by side: remove one to add another.
            </p>
          )
        )}
      </section>

      <section aria-labelledby="table-title" className="mt-8">
        <h2 id="table-title" className="text-xl font-semibold">
          Side by side
        </h2>
        <p className="mt-1 text-sm text-muted">
          Fit runs from 0 to 5 on each criterion the questions weigh;{' '}
          <span aria-hidden="true">★</span> Best marks the highest score in a row. &ldquo;Not
          scored&rdquo; counts as 0.
        </p>
        <ComparisonTable techs={techs} />
      </section>
    </>
  );
}

export function ComparePage() {
  const { search } = useLocation();
  const state = resolveCompare(parseIds(search), findTechnology);
  usePageTitle(pageTitle(state));

  // Remove and add links change only the query: the link that was clicked is gone, so move focus
  // to the top of the page rather than letting it fall back to the document.
  const heading = useRef<HTMLHeadingElement>(null);
  const firstSearch = useRef(search);
  useEffect(() => {
    if (search === firstSearch.current) return;
    firstSearch.current = search;
    heading.current?.focus();
  }, [search]);

  return (
    <article aria-labelledby="compare-title">
      <p className="text-sm">
        <TextLink to={paths.catalog.to()}>Catalog</TextLink> <span aria-hidden="true">/</span>{' '}
        Compare
      </p>
      <h1
        id="compare-title"
        ref={heading}
        tabIndex={-1}
        className="mt-2 text-3xl font-bold tracking-tight outline-none"
      >
        {pageHeading(state)}
      </h1>
      <UnknownNotice ids={state.unknown} />
      {state.kind === 'too-few' && <TooFew known={state.known} />}
      {state.kind === 'mixed' && <Mixed groups={state.groups} />}
      {state.kind === 'compare' && <Comparison state={state} />}
    </article>
  );
}
