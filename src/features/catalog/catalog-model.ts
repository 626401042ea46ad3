/**
 * What the catalog page's URL asks for, and which technologies it shows. Pure: the page passes
 * the technologies in, so this is tested without the generated catalog.
 *
 * The query is `#/catalog?category=<category>&language=<language id>&status=<ring>&q=<text>`,
 * each part optional. A value the catalog does not know is ignored with a problem to show, never
 * a blank list.
 */
import { CATEGORIES, STATUSES, type Category, type Status } from '../../content/types.ts';

/** What the catalog page needs to know of a technology to filter and search it. */
export interface Browsable {
  id: string;
  name: string;
  category: Category;
  status: Status;
  aliases: readonly string[];
  languages?: readonly string[];
  summary: string;
}

export interface CatalogFilters {
  category: Category | null;
  /** A language's id: that language, its frameworks and its data access. */
  language: string | null;
  status: Status | null;
  /** The search text as typed. */
  q: string;
}

export const NO_FILTERS: CatalogFilters = { category: null, language: null, status: null, q: '' };

export interface ParsedFilters {
  filters: CatalogFilters;
  /** One plain sentence per part of the link that could not be used. */
  problems: string[];
}

const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** Read the filters from a query string; unknown values are dropped and reported. */
export function parseFilters(
  search: string,
  languages: readonly { id: string; name: string }[],
): ParsedFilters {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const value = (key: string) => params.get(key)?.trim().toLowerCase() || null;

  let category: Category | null = null;
  const c = value('category');
  if (c !== null) {
    if ((CATEGORIES as readonly string[]).includes(c)) category = c as Category;
    else
      problems.push(
        `The link asks for the category "${c}", which the catalog does not have, so every category is shown. Categories: ${quoteList(CATEGORIES)}.`,
      );
  }

  let language: string | null = null;
  const l = value('language');
  if (l !== null) {
    if (languages.some((x) => x.id === l)) language = l;
    else
      problems.push(
        `The link asks for the language "${l}", which the catalog does not have, so every language is shown. Languages: ${quoteList(languages.map((x) => x.id))}.`,
      );
  }

  let status: Status | null = null;
  const s = value('status');
  if (s !== null) {
    if ((STATUSES as readonly string[]).includes(s)) status = s as Status;
    else
      problems.push(
        `The link asks for the radar status "${s}", which does not exist, so every status is shown. Statuses: ${quoteList(STATUSES)}.`,
      );
  }

  return { filters: { category, language, status, q: params.get('q') ?? '' }, problems };
}

/** The query string for filters (without `?`), in a fixed order, leaving out what is unset. */
export function filtersQuery(filters: CatalogFilters): string {
  const params = new URLSearchParams();
  if (filters.category) params.set('category', filters.category);
  if (filters.language) params.set('language', filters.language);
  if (filters.status) params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  return params.toString();
}

export function hasFilters(filters: CatalogFilters): boolean {
  return (
    filters.category !== null ||
    filters.language !== null ||
    filters.status !== null ||
    filters.q.trim() !== ''
  );
}

/** Lowercase, without accents, so "cafe" finds "Café" and "c#" finds "C#". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Does a technology pass the language filter? The language itself, its frameworks and its data
 * access do; databases and message brokers work from every language, so they always do.
 */
function ofLanguage(t: Browsable, language: string): boolean {
  if (t.category === 'language') return t.id === language;
  if (t.category === 'framework' || t.category === 'orm')
    return t.languages?.includes(language) === true;
  return true;
}

/**
 * The technologies the filters let through, in the given order. The search matches every word
 * typed against the name, id, aliases and summary.
 */
export function filterTechnologies<T extends Browsable>(
  techs: readonly T[],
  filters: CatalogFilters,
): T[] {
  const words = fold(filters.q).split(/\s+/).filter(Boolean);
  return techs.filter((t) => {
    if (filters.category && t.category !== filters.category) return false;
    if (filters.status && t.status !== filters.status) return false;
    if (filters.language && !ofLanguage(t, filters.language)) return false;
    if (words.length === 0) return true;
    const text = fold([t.name, t.id, ...t.aliases, t.summary].join(' '));
    return words.every((w) => text.includes(w));
  });
}

/**
 * Is a technology's review due: `reviewed` more than `staleAfterDays` whole days ago, counted as
 * `npm run content:check` counts for its warning (src/content/warnings.ts)?
 */
export function isReviewDue(reviewed: string, now: Date, staleAfterDays: number): boolean {
  const then = Date.parse(`${reviewed}T00:00:00Z`);
  if (Number.isNaN(then)) return true;
  return Math.floor((now.getTime() - then) / (24 * 60 * 60 * 1000)) > staleAfterDays;
}
