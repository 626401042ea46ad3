/**
 * Content warnings: things worth fixing that do not break the catalog, printed by
 * `npm run content:check` without failing it. Pure. Build time only.
 */
import type { CompiledCatalog } from './types.ts';

export interface ContentWarning {
  file: string;
  message: string;
}

/** Days after which a module's `reviewed` date is stale. */
export const STALE_AFTER_DAYS = 365;

/**
 * - A language without data access for a primary database makes its stacks on that database
 *   go without an ORM, which is fair in the ranking but thin advice.
 * - A module not reviewed for a year may state facts that have moved on.
 */
export function contentWarnings(catalog: CompiledCatalog, today: Date): ContentWarning[] {
  const out: ContentWarning[] = [];
  const usable = catalog.technologies.filter((t) => t.status !== 'hold');
  const primaries = usable.filter((t) => t.category === 'database' && t.roles?.includes('primary'));
  for (const lang of usable.filter((t) => t.category === 'language')) {
    if (!usable.some((f) => f.category === 'framework' && f.languages?.includes(lang.id))) continue;
    const frameworks = usable.filter(
      (f) => f.category === 'framework' && f.languages?.includes(lang.id),
    );
    for (const db of primaries) {
      // Covered by a free-standing ORM of the language, or by a framework's own ORM.
      const covered = usable.some(
        (o) =>
          o.category === 'orm' &&
          o.databases?.includes(db.id) === true &&
          (o.framework === undefined
            ? o.languages?.includes(lang.id) === true
            : frameworks.some((f) => f.id === o.framework)),
      );
      if (!covered)
        out.push({
          file: lang.source,
          message: `${lang.name} has no data access for ${db.name}: add an ORM or driver module (content/technologies/orm/) with "language: ${lang.id}" and ${db.id} in its "databases", or its stacks on ${db.name} go without one.`,
        });
    }
  }
  const day = 24 * 60 * 60 * 1000;
  for (const t of catalog.technologies) {
    const age = Math.floor((today.getTime() - Date.parse(t.reviewed)) / day);
    if (age > STALE_AFTER_DAYS)
      out.push({
        file: t.source,
        message: `${t.name} was last reviewed on ${t.reviewed}, ${Math.floor(age / 30)} months ago: check its facts and scores against its current documentation, then update "reviewed".`,
      });
  }
  return out;
}
