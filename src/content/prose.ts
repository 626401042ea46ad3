/**
 * The only reader of the generated prose: every technology's summary, sections, links and the why
 * of each fit score. Importing this module is what makes a screen load the prose chunk, so only
 * the screens that show prose import it (technology, catalog, compare, result); the wizard does
 * not.
 */
import prose from 'virtual:stackwise/catalog-prose';
import { catalog } from './catalog.ts';
import { withProse } from './split.ts';
import type { DetailedCatalog, TechnologyDetails } from './types.ts';

const details = catalog.technologies.map((t) => withProse(t, prose));
const byId = new Map(details.map((t) => [t.id, t]));
for (const t of details) for (const alias of t.aliases) byId.set(alias, t);

/** The scoring index with every technology's prose merged in. */
export const detailedCatalog: DetailedCatalog = { ...catalog, technologies: details };

/** Look a technology and its prose up by id or alias. */
export function findTechnologyDetails(id: string): TechnologyDetails | undefined {
  return byId.get(id);
}
