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
import type { Catalog, Role, Technology } from '../content/types.ts';
import type { RoleScore } from './score.ts';

/** How much each role weighs in a stack's score. */
export const ROLE_WEIGHT: Record<Role, number> = {
  language: 3,
  framework: 2,
  database: 3,
  orm: 1,
  cache: 1,
  broker: 1,
};

export const STACK_ROLES: readonly Role[] = [
  'language',
  'framework',
  'database',
  'orm',
  'cache',
  'broker',
];

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
  /** Role scores of every technology in every role it can fill. */
  scores: Map<Role, Map<string, RoleScore>>;
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

export function stackScore(picks: Partial<Record<Role, Scored>>): number {
  let sum = 0;
  let weight = 0;
  for (const role of STACK_ROLES) {
    const p = picks[role];
    if (!p) continue;
    sum += ROLE_WEIGHT[role] * p.score;
    weight += ROLE_WEIGHT[role];
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
  };
  const push = (map: Map<string, Technology[]>, key: string, t: Technology) => {
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  };
  for (const t of catalog.technologies) {
    if (t.category === 'language') index.languages.push(t);
    else if (t.category === 'framework' && t.language) push(index.frameworksOf, t.language, t);
    else if (t.category === 'orm' && t.language) push(index.ormsOf, t.language, t);
    else if (t.category === 'broker') index.brokers.push(t);
    else if (t.category === 'database') {
      if (t.roles?.includes('primary')) index.primaries.push(t);
      if (t.roles?.includes('cache')) index.caches.push(t);
    }
  }
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
  const { scores, eligible } = input;
  const scored = (role: Role, tech: Technology): Scored & { key: string } => ({
    tech,
    score: scores.get(role)?.get(tech.id)?.score ?? 0,
    key: tech.id,
  });
  const ranked = (role: Role, techs: Technology[]) =>
    techs
      .filter((t) => eligible(t, role))
      .map((t) => scored(role, t))
      .sort(compareScored);

  const databases = ranked('database', index.primaries);
  const caches = input.needsCache ? ranked('cache', index.caches).slice(0, k) : [null];
  const brokers = input.needsBroker ? ranked('broker', index.brokers).slice(0, k) : [null];
  const bestPerLanguage = new Map<string, StackCandidate>();
  let best: StackCandidate[] = [];
  if (databases.length === 0 || caches.length === 0 || brokers.length === 0)
    return { stacks: [], bestPerLanguage };

  for (const language of ranked('language', index.languages)) {
    const frameworks = ranked('framework', index.frameworksOf.get(language.tech.id) ?? []).slice(
      0,
      k,
    );
    if (frameworks.length === 0) continue;
    const orms = ranked('orm', index.ormsOf.get(language.tech.id) ?? []);
    // (database, ORM) pairs with an ORM, and databases no eligible ORM of this language supports.
    const dbScore = new Map(databases.map((d) => [d.tech.id, d]));
    const withOrm: { db: Scored; orm: Scored; score: number; key: string }[] = [];
    const supported = new Set<string>();
    for (const orm of orms)
      for (const dbId of orm.tech.databases ?? []) {
        const db = dbScore.get(dbId);
        if (!db) continue;
        supported.add(dbId);
        withOrm.push({
          db,
          orm,
          score: ROLE_WEIGHT.database * db.score + ROLE_WEIGHT.orm * orm.score,
          key: `${dbId}/${orm.tech.id}`,
        });
      }
    const withoutOrm: { db: Scored; orm: null; score: number; key: string }[] = [];
    for (const db of databases) {
      if (withoutOrm.length >= k) break;
      if (!supported.has(db.tech.id))
        withoutOrm.push({ db, orm: null, score: db.score, key: db.tech.id });
    }
    const pairs = [...topK(withOrm, k), ...withoutOrm];
    const local: StackCandidate[] = [];
    for (const framework of frameworks)
      for (const pair of pairs)
        for (const cache of caches)
          for (const broker of brokers) {
            const picks: Partial<Record<Role, Scored>> = {
              language,
              framework,
              database: pair.db,
              ...(pair.orm && { orm: pair.orm }),
              ...(cache && { cache }),
              ...(broker && { broker }),
            };
            local.push({ picks, score: stackScore(picks), key: stackKey(picks) });
          }
    const top = topK(local, k);
    if (top[0]) bestPerLanguage.set(language.tech.id, top[0]);
    best = topK([...best, ...top], k);
  }
  return { stacks: best, bestPerLanguage };
}
