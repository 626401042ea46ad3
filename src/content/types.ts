/**
 * The vocabularies and the plain data types of the catalog: what the content pipeline emits and
 * what the engine and the UI read. No zod here, so browser code can import it freely.
 */
export const CATEGORIES = ['language', 'framework', 'database', 'orm', 'broker'] as const;
export type Category = (typeof CATEGORIES)[number];

export const ROLES = ['language', 'framework', 'database', 'orm', 'cache', 'broker'] as const;
export type Role = (typeof ROLES)[number];

export const STATUSES = ['adopt', 'trial', 'assess', 'hold'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DATABASE_ROLES = ['primary', 'cache'] as const;
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

/**
 * The condition language used by pitfalls (`when`) and questions (`when`).
 * - `{ answer: q, in: [o, ...] }` holds when the answer to q includes any of the options
 * - `{ answer: q, skipped: true }` holds when q was not answered
 * - `{ stack: role, in: [id, ...] }` holds when the picked stack fills role with one of the ids
 * - `{ stack: role, absent: true }` holds when the picked stack has no technology in that role
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }` combine them
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { answer: string; in: string[] }
  | { answer: string; skipped: true }
  | { stack: Role; in: string[] }
  | { stack: Role; absent: true };

export interface Link {
  label: string;
  url: string;
}

/** A fit score as the engine reads it (the scoring index carries no prose). */
export interface FitScore {
  score: number;
}

export interface Fit extends FitScore {
  /** The seed statement (in our words) this score rests on. */
  why: string;
}

export interface Section {
  /** Sanitized HTML of the section body. */
  html: string;
  /** Plain text of each top-level list item (or paragraph), for tables and exports. */
  items: string[];
}

/**
 * A technology as the browser's scoring index has it: ids, names, relations and fit scores, what
 * the engine and the wizard need. Its prose is a separate module (`TechnologyProse`).
 */
export interface Technology {
  id: string;
  name: string;
  category: Category;
  status: Status;
  reviewed: string;
  fit: Record<string, FitScore>;
  aliases: string[];
  /** Frameworks and ORMs: the languages they belong to (most have one; Spring Boot has two). */
  languages?: string[];
  /** ORMs: the databases they support. */
  databases?: string[];
  /** ORMs bundled with one framework (Django ORM): the only framework they pair with. */
  framework?: string;
  /** Databases: the roles they can fill. */
  roles?: ('primary' | 'cache')[];
}

/**
 * A technology's prose: what its page, the compare page and the result's comparison tables show,
 * loaded with those screens rather than with the wizard.
 */
export interface TechnologyProse {
  summary: string;
  links: Link[];
  sections: Partial<Record<SectionKey, Section>>;
  /** Sanitized HTML of any prose before the first section. */
  intro: string;
  /** The `why` behind each fit score, by criterion. */
  why: Record<string, string>;
}

/** A technology with its prose: the index entry, the prose, and each fit score with its why. */
export interface TechnologyDetails extends Technology, Omit<TechnologyProse, 'why'> {
  fit: Record<string, Fit>;
}

/** A technology as the content pipeline compiles it: details plus the file it came from. */
export interface CompiledTechnology extends TechnologyDetails {
  source: string;
}

export interface Criterion {
  id: string;
  label: string;
  roles: Role[];
  /** When set, only these technologies are judged on it; everyone else counts 0 by definition. */
  technologies?: string[];
  description: string;
}

export interface Option {
  id: string;
  label: string;
  description: string;
  because: string;
  weights: Record<string, number>;
  needs: Need[];
  /** Roles this answer declines ("None" for messaging): a need from another answer wins, with a note. */
  declines: Need[];
  aliases: string[];
}

export interface Question {
  id: string;
  title: string;
  kind: 'single' | 'multiple';
  order: number;
  max?: number;
  default: string[];
  when?: Condition;
  aliases: string[];
  options: Option[];
  /** Sanitized HTML help text (the Markdown body). */
  help: string;
  source: string;
}

export interface Pitfall {
  id: string;
  title: string;
  severity: Severity;
  summary: string;
  when: Condition;
  /**
   * Points off the role score of the pick the pitfall concerns (0 when the pitfall is about the
   * answers alone). A high-severity pitfall about a pick also costs enough to need a clear lead.
   */
  penalty: number;
  links: Link[];
  /** Sanitized HTML advice (the Markdown body). */
  advice: string;
  source: string;
}

export interface ScenarioSource {
  company: string;
  title: string;
  year: number;
  url: string;
}

export interface Scenario {
  id: string;
  title: string;
  /** The public write-up the persona is grounded in, if any. */
  reference: ScenarioSource | null;
  answers: Record<string, string | string[]>;
  exclude: string[];
  expect: {
    /** Per role, every pick an expert would accept; "none" means the role must be absent. */
    accept: Partial<Record<Role, string[]>>;
    pitfalls: string[];
    notPitfalls: string[];
  };
  /** Sanitized HTML persona description. */
  description: string;
  source: string;
}

/** The site's branding (content/site.md): what a portal changes to make Stackwise its own. */
export interface Site {
  /** The site's name: header and footer. */
  name: string;
  /** The start page's heading. */
  title: string;
  /** The start page's opening paragraph (plain text). */
  intro: string;
  /** Footer links (internal docs, the team's golden paths). */
  links: Link[];
  /** Who to ask: a web page or a `mailto:` address. */
  contact: Link | null;
}

/**
 * The scoring index: what the browser loads for the wizard and the engine (`recommend(catalog,
 * answers)`). No technology prose and no scenarios.
 */
export interface Catalog {
  /** Short hash of everything that can change a recommendation. */
  fingerprint: string;
  criteria: Criterion[];
  baseline: Record<string, number>;
  technologies: Technology[];
  questions: Question[];
  pitfalls: Pitfall[];
}

/** The index with every technology's prose merged in: what prose-showing screens read. */
export interface DetailedCatalog extends Omit<Catalog, 'technologies'> {
  technologies: TechnologyDetails[];
}

/** Everything the content pipeline compiles (build time, Node): details, sources and scenarios. */
export interface CompiledCatalog extends Omit<Catalog, 'technologies'> {
  technologies: CompiledTechnology[];
  scenarios: Scenario[];
}

/** The prose module: each technology's prose by id. */
export type CatalogProse = Record<string, TechnologyProse>;
