/**
 * Share links (public contract, PRODUCT.md):
 *   #/result?v=1&<question-id>=<option-id>[,<option-id>...]&exclude=<id>[,<id>...]&open=<section>[,...]&c=<fingerprint>
 *
 * `open` is not part of the answers: it names the result page's sections a reader opened, so an
 * opened section survives a shared link.
 *
 * Pure. `encodeShare` writes canonical links (questionnaire order, option order, short ids);
 * `decodeShare` never throws: it returns what it could use and a plain-language notice for
 * everything it ignored. Old ids keep working through the catalog's `aliases`.
 */
import type { Catalog, Question } from '../content/types.ts';

export const SHARE_VERSION = 1;

export interface ShareState {
  /** Question id -> option ids; a missing key is a skipped question; [] is "none of these". */
  answers: Record<string, string[]>;
  /** Technology ids ruled out. */
  exclude: string[];
}

/** The result page's sections that open on demand, in page order (the `open` parameter). */
export const RESULT_SECTIONS = [
  'role-language',
  'role-framework',
  'role-database',
  'role-orm',
  'role-cache',
  'role-broker',
  'runners',
  'whatif',
  'assumed',
  'answers',
] as const;
export type ResultSection = (typeof RESULT_SECTIONS)[number];

const isSection = (id: string): id is ResultSection =>
  (RESULT_SECTIONS as readonly string[]).includes(id);

export interface DecodedShare {
  state: ShareState;
  /** Result sections the link opens, in page order. */
  open: ResultSection[];
  /** Plain-language notes on every part of the link that was ignored or changed. */
  notices: string[];
  /** True when the link was made with a different catalog than this one. */
  outdated: boolean;
}

const MAX_QUERY = 4000;

function quote(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

interface Lookup {
  question: Map<string, Question>;
  option: Map<Question, Map<string, string>>;
  tech: Map<string, string>;
}

const lookups = new WeakMap<Catalog, Lookup>();

function lookupOf(catalog: Catalog): Lookup {
  let l = lookups.get(catalog);
  if (!l) {
    l = { question: new Map(), option: new Map(), tech: new Map() };
    for (const q of catalog.questions) {
      for (const id of [q.id, ...q.aliases]) l.question.set(id, q);
      const options = new Map<string, string>();
      for (const o of q.options) for (const id of [o.id, ...o.aliases]) options.set(id, o.id);
      l.option.set(q, options);
    }
    for (const t of catalog.technologies)
      for (const id of [t.id, ...t.aliases]) l.tech.set(id, t.id);
    lookups.set(catalog, l);
  }
  return l;
}

/**
 * The query string (without `?`) for a state. Answers come in questionnaire order, options in
 * their listed order; unknown ids are dropped. Stays under 600 characters for any full answer set.
 */
export function encodeShare(
  catalog: Catalog,
  state: ShareState,
  view: { open?: readonly string[] } = {},
): string {
  const parts = [`v=${SHARE_VERSION}`];
  for (const q of catalog.questions) {
    const chosen = state.answers[q.id];
    if (chosen === undefined) continue;
    const ids = q.options.map((o) => o.id).filter((id) => chosen.includes(id));
    if (q.kind === 'single' && ids.length === 0) continue;
    parts.push(
      `${q.id}=${ids.slice(0, q.kind === 'single' ? 1 : (q.max ?? ids.length)).join(',')}`,
    );
  }
  const known = new Set(catalog.technologies.map((t) => t.id));
  const exclude = [...new Set(state.exclude.filter((id) => known.has(id)))].sort();
  if (exclude.length > 0) parts.push(`exclude=${exclude.join(',')}`);
  const open = RESULT_SECTIONS.filter((id) => view.open?.includes(id));
  if (open.length > 0) parts.push(`open=${open.join(',')}`);
  parts.push(`c=${catalog.fingerprint}`);
  return parts.join('&');
}

/** `decodeURIComponent` that returns null instead of throwing on a malformed escape. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Decode a share query (with or without a leading `?`). Never throws. */
export function decodeShare(catalog: Catalog, rawQuery: string): DecodedShare {
  const notices: string[] = [];
  const state: ShareState = { answers: {}, exclude: [] };
  let query = typeof rawQuery === 'string' ? rawQuery : '';
  if (query.startsWith('?')) query = query.slice(1);
  if (query.length > MAX_QUERY) {
    notices.push(`The link is unusually long; only its first ${MAX_QUERY} characters were read.`);
    query = query.slice(0, MAX_QUERY);
  }
  const { question: questions, option: options, tech } = lookupOf(catalog);
  const seen = new Set<string>();
  let version: string | null = null;
  let fingerprint: string | null = null;
  const open: ResultSection[] = [];

  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const key = safeDecode(rawKey);
    const value = safeDecode(rawValue);
    if (key === null || value === null) {
      notices.push(`Part of the link is garbled (${quote(pair)}) and was ignored.`);
      continue;
    }
    const k = key.trim().toLowerCase();
    if (k === 'v') {
      if (version !== null) notices.push('The link gives its version twice; the first was used.');
      else version = value.trim();
      continue;
    }
    if (k === 'c') {
      fingerprint = value.trim();
      continue;
    }
    if (k === 'open') {
      for (const id of splitList(value)) {
        if (!isSection(id))
          notices.push(`${quote(id)} is not a section of the result page; it was ignored.`);
        else if (!open.includes(id)) open.push(id);
      }
      continue;
    }
    if (k === 'exclude') {
      if (seen.has('exclude'))
        notices.push('The link lists exclusions twice; both lists were used.');
      seen.add('exclude');
      for (const id of splitList(value)) {
        const canonical = tech.get(id);
        if (!canonical)
          notices.push(`There is no technology ${quote(id)} to exclude; it was ignored.`);
        else if (!state.exclude.includes(canonical)) state.exclude.push(canonical);
      }
      continue;
    }
    const q = questions.get(k);
    if (!q) {
      notices.push(
        `The link answers a question this version does not ask (${quote(key)}); it was ignored.`,
      );
      continue;
    }
    if (seen.has(q.id)) {
      notices.push(`The link answers ${quote(q.title)} twice; the first answer was used.`);
      continue;
    }
    seen.add(q.id);
    const valid = options.get(q)!;
    const picked: string[] = [];
    for (const id of splitList(value)) {
      const canonical = valid.get(id);
      if (!canonical)
        notices.push(`${quote(id)} is not an option of ${quote(q.title)}; it was ignored.`);
      else if (!picked.includes(canonical)) picked.push(canonical);
    }
    const max = q.kind === 'single' ? 1 : (q.max ?? Infinity);
    if (picked.length > max) {
      notices.push(
        `${quote(q.title)} takes at most ${max} choice${max === 1 ? '' : 's'}; the first ${max === 1 ? 'was' : `${max} were`} kept.`,
      );
      picked.length = max;
    }
    if (q.kind === 'single' && picked.length === 0) continue;
    state.answers[q.id] = q.options.map((o) => o.id).filter((id) => picked.includes(id));
  }

  if (version === null) {
    if (query.trim() !== '')
      notices.push('The link has no version number; it was read as version 1.');
  } else if (version !== String(SHARE_VERSION)) {
    const n = Number(version);
    notices.push(
      Number.isInteger(n) && n > SHARE_VERSION
        ? `The link was made by a newer version of Stackwise (link version ${quote(version)}); what this version understands was used.`
        : `The link version ${quote(version)} is unknown; it was read as version 1.`,
    );
  }
  const outdated = fingerprint !== null && fingerprint !== catalog.fingerprint;
  if (outdated)
    notices.push(
      'This link was made with an earlier version of the catalog: the recommendation may differ from when it was shared.',
    );
  return {
    state,
    open: RESULT_SECTIONS.filter((id) => open.includes(id)),
    notices,
    outdated,
  };
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
}
