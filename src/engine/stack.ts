/**
 * The stack search: rank whole stacks (language, framework of that language, primary database,
 * an ORM of that language supporting that database, cache and broker when needed) without a
 * cartesian product. Pure.
 *
 * A stack's score is the weighted mean of its roles' scores. Given the language, the framework,
 * the (database, ORM) pair, the cache and the broker are independent, so the best K stacks of a
 * language are among the best K of each part. Work per language is bounded by K^4 plus its ORMs'
 * database lists, so the search grows linearly with the catalog.
 */
import { ROLES, type Catalog, type Role, type Technology } from '../content/types.ts';

/**
 * How much each role weighs in a stack's score. Data access weighs least: it is the easiest pick
 * to change later, and every language has a good one, so it must not decide the language (a
 * test holds the share of answer sets where it does under 2%).
 */
export const ROLE_WEIGHT: Record<Role, number> = {
  language: 3,
  framework: 2,
  database: 3,
  orm: 0.15,
  cache: 1,
  broker: 1,
};

export const STACK_ROLES: readonly Role[] = ROLES;

export interface Scored {
  tech: Technology;
  score: number;
}

export interface StackCandidate {
  picks: Partial<Record<Role, Scored>>;
  /** 0-100: the weighted mean of the role scores. */
  score: number;
  /** Stable identity used to break ties. */
  key: string;
}

export interface SearchInput {
  catalog: Catalog;
  /** How much each role weighs in a stack's score (default ROLE_WEIGHT). */
  roleWeight?: Readonly<Record<Role, number>>;
  /** A technology's 0-100 score in a role it can fill. */
  score: (role: Role, tech: Technology) => number;
  eligible: (tech: Technology, role: Role) => boolean;
  needsCache: boolean;
  needsBroker: boolean;
}

const EPSILON = 1e-9;

/** Descending by score, then ascending by id: the engine's one ordering rule. */
export function compareScored(
  a: { score: number; key: string },
  b: { score: number; key: string },
): number {
  if (Math.abs(a.score - b.score) > EPSILON) return b.score - a.score;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function topK<T extends { score: number; key: string }>(items: T[], k: number): T[] {
  return [...items].sort(compareScored).slice(0, k);
}

export function stackKey(picks: Partial<Record<Role, { tech: { id: string } }>>): string {
  return STACK_ROLES.map((r) => picks[r]?.tech.id ?? '-').join('/');
}

/**
 * The weighted mean of the roles the stack has. A role it lacks is left out of the mean: neither
 * a bonus nor a penalty.
 */
export function stackScore(
  picks: Partial<Record<Role, Scored>>,
  roleWeight: Readonly<Record<Role, number>> = ROLE_WEIGHT,
): number {
  let sum = 0;
  let weight = 0;
  for (const role of STACK_ROLES) {
    const p = picks[role];
    if (!p) continue;
    sum += roleWeight[role] * p.score;
    weight += roleWeight[role];
  }
  return weight === 0 ? 0 : sum / weight;
}

export interface SearchIndex {
  languages: Technology[];
  frameworksOf: Map<string, Technology[]>;
  ormsOf: Map<string, Technology[]>;
  primaries: Technology[];
  caches: Technology[];
  brokers: Technology[];
  /** The most databases the ORMs of any one language support between them. */
  maxOrmDatabases: number;
  /** ORMs that ship inside a framework, by framework id; these are not in `ormsOf`. */
  bundledOrms: Map<string, Technology[]>;
}

/** Group the catalog once per catalog; reused by every search (sensitivity runs many). */
export function indexCatalog(catalog: Catalog): SearchIndex {
  const index: SearchIndex = {
    languages: [],
    frameworksOf: new Map(),
    ormsOf: new Map(),
    primaries: [],
    caches: [],
    brokers: [],
    maxOrmDatabases: 0,
    bundledOrms: new Map(),
  };
  const push = (map: Map<string, Technology[]>, key: string, t: Technology) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  for (const t of catalog.technologies) {
    if (t.category === 'language') index.languages.push(t);
    else if (t.category === 'framework')
      for (const l of t.languages ?? []) push(index.frameworksOf, l, t);
    else if (t.category === 'orm' && t.framework) push(index.bundledOrms, t.framework, t);
    else if (t.category === 'orm') for (const l of t.languages ?? []) push(index.ormsOf, l, t);
    else if (t.category === 'broker') index.brokers.push(t);
    else if (t.category === 'database') {
      if (t.roles?.includes('primary')) index.primaries.push(t);
      if (t.roles?.includes('cache')) index.caches.push(t);
    }
  }
  for (const orms of index.ormsOf.values())
    index.maxOrmDatabases = Math.max(
      index.maxOrmDatabases,
      new Set(orms.flatMap((o) => o.databases ?? [])).size,
    );
  return index;
}

export interface SearchResult {
  /** Best stacks overall, best first. */
  stacks: StackCandidate[];
  /** The best stack for each language that can form one. */
  bestPerLanguage: Map<string, StackCandidate>;
}

/** Find the best `k` stacks. Returns no stacks when a required role has no eligible candidate. */
export function searchStacks(input: SearchInput, index: SearchIndex, k = 3): SearchResult {
  const { score, eligible } = input;
  const roleWeight = input.roleWeight ?? ROLE_WEIGHT;
  const scored = (role: Role, tech: Technology): Scored & { key: string } => ({
    tech,
    score: score(role, tech),
    key: tech.id,
  });
  /** The best `m` eligible candidates, best first, in O(n * m): no full sort of large lists. */
  const ranked = (role: Role, techs: Technology[], m = Infinity) => {
    const top: (Scored & { key: string })[] = [];
    for (const t of techs) {
      if (!eligible(t, role)) continue;
      const c = scored(role, t);
      if (top.length >= m && compareScored(c, top[top.length - 1]!) >= 0) continue;
      let i = top.length;
      while (i > 0 && compareScored(c, top[i - 1]!) < 0) i--;
      top.splice(i, 0, c);
      if (top.length > m) top.length = m;
    }
    return top;
  };

  // Every eligible database is needed for ORM pairs; the ranked head only for ORM-less pairs,
  // which skip at most the databases a language's ORMs support.
  const dbScore = new Map<string, Scored & { key: string }>();
  for (const t of index.primaries)
    if (eligible(t, 'database')) dbScore.set(t.id, scored('database', t));
  const databases = ranked('database', index.primaries, k + index.maxOrmDatabases);
  // A cache or broker that scores exactly as well as a better-placed one (a fork such as Valkey
  // beside Redis) would only repeat every stack with one name swapped: keep the first of each
  // tie, so the runner-ups differ in something that matters. Its why-not says it ties.
  const distinct = (list: (Scored & { key: string })[]) =>
    list.filter((c, i) => i === 0 || Math.abs(c.score - list[i - 1]!.score) > EPSILON);
  const caches = input.needsCache ? distinct(ranked('cache', index.caches)).slice(0, k) : [null];
  const brokers = input.needsBroker
    ? distinct(ranked('broker', index.brokers)).slice(0, k)
    : [null];
  const bestPerLanguage = new Map<string, StackCandidate>();
  const best: StackCandidate[] = [];
  if (dbScore.size === 0 || caches.length === 0 || brokers.length === 0)
    return { stacks: [], bestPerLanguage };

  for (const language of index.languages) {
    if (!eligible(language, 'language')) continue;
    const lang = scored('language', language);
    const all = index.frameworksOf.get(language.id) ?? [];
    // A framework that ships its own ORM (Django) pairs only with that ORM, and that ORM only
    // with it; every other framework pairs with the language's free-standing ORMs.
    const frameworks = ranked(
      'framework',
      all.filter((f) => !index.bundledOrms.has(f.id)),
      k,
    );
    const bundled = ranked(
      'framework',
      all.filter((f) => index.bundledOrms.has(f.id)),
    );
    if (frameworks.length === 0 && bundled.length === 0) continue;
    const orms = ranked('orm', index.ormsOf.get(language.id) ?? []);
    // (database, ORM) pairs with an ORM, and databases no eligible ORM of this language supports.
    const combos: { framework: Scored; db: Scored; orm: Scored | null }[] = [];
    if (frameworks.length > 0) {
      const pairs = databasePairs(orms, dbScore, databases, k, true, roleWeight);
      for (const framework of frameworks)
        for (const pair of pairs) combos.push({ framework, db: pair.db, orm: pair.orm });
    }
    for (const framework of bundled) {
      const own = ranked('orm', index.bundledOrms.get(framework.tech.id) ?? []);
      for (const pair of databasePairs(own, dbScore, databases, k, false, roleWeight))
        combos.push({ framework, db: pair.db, orm: pair.orm });
    }
    const local: StackCandidate[] = [];
    for (const { framework, db, orm } of combos)
      for (const cache of caches)
        for (const broker of brokers) {
          const picks: Partial<Record<Role, Scored>> = { language: lang, framework, database: db };
          if (orm) picks.orm = orm;
          if (cache) picks.cache = cache;
          if (broker) picks.broker = broker;
          insertTop(local, picks, stackScore(picks, roleWeight), k);
        }
    if (local[0]) bestPerLanguage.set(language.id, local[0]);
    for (const c of local) insertTop(best, c.picks, c.score, k, c.key);
  }
  return { stacks: best, bestPerLanguage };
}

interface Pair {
  db: Scored;
  orm: Scored | null;
  score: number;
  key: string;
}

/**
 * The best (database, ORM) pairs for a set of ORMs: every database an ORM supports, and, when
 * `allowNoOrm`, the best databases none of them supports (used with the driver directly).
 */
function databasePairs(
  orms: Scored[],
  dbScore: Map<string, Scored & { key: string }>,
  databases: Scored[],
  k: number,
  allowNoOrm: boolean,
  roleWeight: Readonly<Record<Role, number>>,
): Pair[] {
  const withOrm: Pair[] = [];
  const supported = new Set<string>();
  for (const orm of orms)
    for (const dbId of orm.tech.databases ?? []) {
      const db = dbScore.get(dbId);
      if (!db) continue;
      supported.add(dbId);
      withOrm.push({
        db,
        orm,
        score: roleWeight.database * db.score + roleWeight.orm * orm.score,
        key: `${dbId}/${orm.tech.id}`,
      });
    }
  const withoutOrm: Pair[] = [];
  if (allowNoOrm)
    for (const db of databases) {
      if (withoutOrm.length >= k) break;
      if (!supported.has(db.tech.id))
        withoutOrm.push({ db, orm: null, score: db.score, key: db.tech.id });
    }
  return [...topK(withOrm, k), ...withoutOrm];
}

/**
 * Keep `list` as the best `k` stacks, best first. The tie-breaking key is only built for stacks
 * that make the list, which keeps the search free of string work for the many that do not.
 */
function insertTop(
  list: StackCandidate[],
  picks: Partial<Record<Role, Scored>>,
  score: number,
  k: number,
  key?: string,
): void {
  const last = list[k - 1];
  if (last && last.score - score > EPSILON) return;
  const candidate = { picks, score, key: key ?? stackKey(picks) };
  let i = list.length;
  while (i > 0 && compareScored(candidate, list[i - 1]!) < 0) i--;
  if (i >= k) return;
  list.splice(i, 0, candidate);
  if (list.length > k) list.length = k;
}
