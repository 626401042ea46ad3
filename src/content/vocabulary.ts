/**
 * The closed vocabularies of Stackwise, named in one place: categories, roles and the words for
 * them, which categories fill which role, radar statuses, severities and section headings. The
 * zod schema, the content checks, the engine, the exports and the pages all import them from
 * here, so a label or a role means the same thing everywhere. Pure data: no zod, no React.
 */

/** What a technology is: the folder under content/technologies/. */
export const CATEGORIES = ['language', 'framework', 'database', 'orm', 'broker'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The parts of a stack, in the order a stack is shown. */
export const ROLES = ['language', 'framework', 'database', 'orm', 'cache', 'broker'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = ['adopt', 'trial', 'assess', 'hold'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The roles a database declares in its front matter (`roles: [primary, cache]`). */
export const DATABASE_ROLES = ['primary', 'cache'] as const;
export type DatabaseRole = (typeof DATABASE_ROLES)[number];

/** Optional roles an answer can call for (`needs`) or decline (`declines`). */
export const NEEDS = ['cache', 'broker'] as const;
export type Need = (typeof NEEDS)[number];

/** Section headings a technology may use, in display order, keyed by a stable id. */
export const SECTIONS = {
  'best-for': 'Best for',
  strengths: 'Strengths',
  'use-cases': 'Use cases',
  'when-to-choose': 'When to choose',
  'watch-out-for': 'Watch out for',
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** Which stack role a database fills in each of its declared roles. */
export const DATABASE_ROLE_FILLS: Record<DatabaseRole, Role> = {
  primary: 'database',
  cache: 'cache',
};

/** The category whose technologies fill each role (databases fill two: primary and cache). */
export const ROLE_CATEGORY: Record<Role, Category> = {
  language: 'language',
  framework: 'framework',
  database: 'database',
  orm: 'orm',
  cache: 'database',
  broker: 'broker',
};

/**
 * The roles a technology can fill: its category's role, or for a database the roles it declares.
 * A database without `roles` fills none.
 */
export function rolesOf(tech: {
  category: Category;
  roles?: readonly DatabaseRole[] | undefined;
}): Role[] {
  if (tech.category === 'database') return (tech.roles ?? []).map((r) => DATABASE_ROLE_FILLS[r]);
  return [tech.category];
}

/** Whether a technology can fill a role of a stack. */
export function fillsRole(
  tech: { category: Category; roles?: readonly DatabaseRole[] | undefined },
  role: Role,
): boolean {
  return rolesOf(tech).includes(role);
}

/** A role as a heading or a label: the result page, the decision record and the wizard agree. */
export const ROLE_LABELS: Record<Role, string> = {
  language: 'Language',
  framework: 'Web framework',
  database: 'Primary database',
  orm: 'Data access (ORM)',
  cache: 'Cache',
  broker: 'Message broker',
};

/** A role inside a sentence ("the framework becomes Gin", "loses 6 points on the framework"). */
export const ROLE_WORDS: Record<Role, string> = {
  language: 'language',
  framework: 'framework',
  database: 'database',
  orm: 'data access (ORM)',
  cache: 'cache',
  broker: 'message broker',
};

/** A category as a heading: one technology, or a list of them. */
export const CATEGORY_LABELS: Record<Category, { one: string; many: string }> = {
  language: { one: 'Language', many: 'Languages' },
  framework: { one: 'Framework', many: 'Frameworks' },
  database: { one: 'Database', many: 'Databases' },
  orm: { one: 'ORM', many: 'ORMs' },
  broker: { one: 'Message broker', many: 'Message brokers' },
};

/** What a database can serve as, in words ("Can serve as: primary database, cache"). */
export const DATABASE_ROLE_LABELS: Record<DatabaseRole, string> = {
  primary: 'primary database',
  cache: 'cache',
};
