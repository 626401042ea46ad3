/**
 * The only reader of the generated scoring index (ids, names, relations, fit scores, questions,
 * pitfalls): what the wizard and the engine need. The prose lives in ./prose.ts, a chunk of its
 * own that only the screens showing it import.
 */
import data from 'virtual:stackwise/catalog-index';
import type { Catalog, Category, Technology } from './types.ts';

export const catalog: Catalog = data;

const byId = new Map(catalog.technologies.map((t) => [t.id, t]));
for (const t of catalog.technologies) for (const alias of t.aliases) byId.set(alias, t);

/** Look a technology up by id or alias. */
export function findTechnology(id: string): Technology | undefined {
  return byId.get(id);
}

export const CATEGORY_LABELS: Record<Category, { one: string; many: string }> = {
  language: { one: 'Language', many: 'Languages' },
  framework: { one: 'Framework', many: 'Frameworks' },
  database: { one: 'Database', many: 'Databases' },
  orm: { one: 'ORM', many: 'ORMs' },
  broker: { one: 'Message broker', many: 'Message brokers' },
};
