/**
 * The only reader of the generated scoring index (ids, names, relations, fit scores, questions,
 * pitfalls): what the wizard and the engine need. The prose lives in ./prose.ts, a chunk of its
 * own that only the screens showing it import.
 */
import data from 'virtual:stackwise/catalog-index';
import type { Catalog, Technology } from './types.ts';

// Category words are part of the vocabulary; re-exported where the pages read the catalog.
export { CATEGORY_LABELS } from './vocabulary.ts';

export const catalog: Catalog = data;

const byId = new Map(catalog.technologies.map((t) => [t.id, t]));
for (const t of catalog.technologies) for (const alias of t.aliases) byId.set(alias, t);

/** Look a technology up by id or alias. */
export function findTechnology(id: string): Technology | undefined {
  return byId.get(id);
}
