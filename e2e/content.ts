/**
 * The catalog the build compiles, read from content/ in the test process. Specs take names,
 * counts and expected stacks from here rather than hard-coding seed content, so a platform team
 * that removes, renames or adds technologies keeps a green suite (content/README.md).
 */
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/content/load.ts';
import { formatError } from '../src/content/parse.ts';
import { rolesOf } from '../src/content/vocabulary.ts';
import type { Category, Role, Technology } from '../src/content/types.ts';

const compiled = loadCatalog(fileURLToPath(new URL('..', import.meta.url)));
if (!compiled.catalog)
  throw new Error(
    `The content does not compile (run npm run content:check):\n${compiled.errors.map(formatError).join('\n')}`,
  );

export const catalog = compiled.catalog;
/** The site's branding (content/site.md), which a platform team renames. */
export const site = compiled.site;

export function tech(id: string): Technology {
  const found = catalog.technologies.find((t) => t.id === id);
  if (!found) throw new Error(`No technology "${id}" in the catalog`);
  return found;
}

export const nameOf = (id: string): string => tech(id).name;

/** Technologies of one category, in catalog order (the order every screen lists them in). */
export const techsIn = (category: Category): Technology[] =>
  catalog.technologies.filter((t) => t.category === category);

/** Technologies that can fill a stack role ("database" is the primary store), in catalog order. */
export const techsFor = (role: Role): Technology[] =>
  catalog.technologies.filter((t) => rolesOf(t).includes(role));

/** A technology name or label inside a regular expression ("Node.js", "C#", "ASP.NET Core"). */
export const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
