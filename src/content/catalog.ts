/**
 * The only reader of the generated catalog. Everything in the browser gets content from here.
 */
import data from 'virtual:stackwise/catalog';
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
