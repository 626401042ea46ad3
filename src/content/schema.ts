/**
 * The content contract, as zod schemas: what authors write in front matter (`*FrontMatterSchema`,
 * checked at build time) and what the pipeline emits (`TechnologySchema`, `CatalogSchema`…, the
 * plain data the engine and the pages read). The catalog's types are inferred from the latter
 * here; browser code imports them type-only through types.ts, so zod never reaches the bundle.
 */
import * as z from 'zod';
import {
  CATEGORIES,
  DATABASE_ROLES,
  NEEDS,
  ROLES,
  SECTIONS,
  SEVERITIES,
  STATUSES,
  type Role,
  type SectionKey,
} from './vocabulary.ts';

export * from './vocabulary.ts';

/**
 * The condition language used by pitfalls (`when`) and questions (`when`). Written by hand
 * because it is recursive; ConditionSchema is checked against it.
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

export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters and digits joined by single hyphens, like "actix-web"',
  );

const Text = z.string().trim().min(1, 'must not be empty');

export const LinkSchema = z.strictObject({
  label: Text,
  url: z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' }),
});

export const FitSchema = z.strictObject({
  score: z.int().min(0).max(5),
  /** The seed statement (in our words) this score rests on. */
  why: Text,
});

const ReviewedSchema = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });

const TechnologyBase = {
  id: IdSchema,
  name: Text,
  summary: Text,
  status: z.enum(STATUSES),
  reviewed: ReviewedSchema,
  links: z.array(LinkSchema).min(1, 'needs at least one link'),
  fit: z.record(IdSchema, FitSchema),
  aliases: z.array(IdSchema).optional(),
};

export const LanguageFrontMatterSchema = z.strictObject(TechnologyBase);
/** One language, or a list for a technology several languages share (Spring Boot: Java and Kotlin). */
const LanguageRef = z.union([IdSchema, z.array(IdSchema).min(1, 'list at least one language')]);
export const FrameworkFrontMatterSchema = z.strictObject({
  ...TechnologyBase,
  language: LanguageRef,
});
export const DatabaseFrontMatterSchema = z.strictObject({
  ...TechnologyBase,
  roles: z.array(z.enum(DATABASE_ROLES)).min(1, 'needs at least one role: primary or cache'),
});
export const OrmFrontMatterSchema = z.strictObject({
  ...TechnologyBase,
  language: LanguageRef,
  databases: z.array(IdSchema).min(1, 'needs at least one supported database'),
  /** An ORM that ships inside one framework (Django ORM): only ever paired with it, and it with only such ORMs. */
  framework: IdSchema.optional(),
});
export const BrokerFrontMatterSchema = z.strictObject(TechnologyBase);

export const TECHNOLOGY_SCHEMAS = {
  language: LanguageFrontMatterSchema,
  framework: FrameworkFrontMatterSchema,
  database: DatabaseFrontMatterSchema,
  orm: OrmFrontMatterSchema,
  broker: BrokerFrontMatterSchema,
} as const;

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ answer: IdSchema, in: z.array(IdSchema).min(1) }),
    z.strictObject({ answer: IdSchema, skipped: z.literal(true) }),
    z.strictObject({ stack: z.enum(ROLES), in: z.array(IdSchema).min(1) }),
    z.strictObject({ stack: z.enum(ROLES), absent: z.literal(true) }),
  ]),
);

export const WeightsSchema = z.record(IdSchema, z.number().positive().max(10));

export const OptionFrontMatterSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  description: Text,
  /** Completes the sentence "+18 because ..." on the result page. */
  because: Text,
  weights: WeightsSchema.optional(),
  needs: z.array(z.enum(NEEDS)).optional(),
  /** Roles this answer says the team does not want ("None" for messaging declines a broker). */
  declines: z.array(z.enum(NEEDS)).optional(),
  aliases: z.array(IdSchema).optional(),
});

export const QuestionFrontMatterSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  kind: z.enum(['single', 'multiple']),
  /** Position in the wizard; lower comes first. */
  order: z.int().min(1),
  /** Most options a multiple-choice answer may hold. */
  max: z.int().min(1).optional(),
  /** Options assumed when the question is skipped. Absent: nothing is assumed. */
  default: z.array(IdSchema).optional(),
  when: ConditionSchema.optional(),
  aliases: z.array(IdSchema).optional(),
  options: z.array(OptionFrontMatterSchema).min(2, 'needs at least two options'),
});

export const PitfallFrontMatterSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  severity: z.enum(SEVERITIES),
  summary: Text,
  when: ConditionSchema,
  /** Points off the 0-100 score of the pick the pitfall is about, so ranking weighs the risk. */
  penalty: z.int().min(1).max(50).optional(),
  links: z.array(LinkSchema).optional(),
});

/** The public engineering write-up a scenario is grounded in. */
export const ScenarioSourceSchema = z.strictObject({
  company: Text,
  title: Text,
  year: z.int().min(1990).max(2100),
  url: z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' }),
});

export const ScenarioFrontMatterSchema = z.strictObject({
  id: IdSchema,
  title: Text,
  /** Where the persona comes from, when it is a publicly documented decision. */
  source: ScenarioSourceSchema.optional(),
  answers: z.record(IdSchema, z.union([IdSchema, z.array(IdSchema)])),
  exclude: z.array(IdSchema).optional(),
  expect: z.strictObject({
    /**
     * Per role, every pick an expert would accept (technology ids, or "none" when the role must
     * be absent). A role not listed is not checked.
     */
    accept: z.partialRecord(z.enum(ROLES), z.array(IdSchema).min(1, 'list at least one id')),
    pitfalls: z.array(IdSchema).optional(),
    notPitfalls: z.array(IdSchema).optional(),
  }),
});

export const CriterionFrontMatterSchema = z.strictObject({
  id: IdSchema,
  label: Text,
  roles: z.array(z.enum(ROLES)).min(1),
  /** Narrows the criterion to these technologies (team familiarity: knows-go judges Go only). */
  technologies: z.array(IdSchema).min(1).optional(),
  description: Text,
});

export const CriteriaFrontMatterSchema = z.strictObject({
  baseline: WeightsSchema.optional(),
  criteria: z.array(CriterionFrontMatterSchema).min(1),
});

export const SiteFrontMatterSchema = z.strictObject({
  name: Text,
  title: Text,
  intro: Text,
  links: z.array(LinkSchema).optional(),
  contact: z
    .strictObject({
      label: Text,
      url: z.url({
        protocol: /^(https?|mailto)$/,
        error: 'must be a full http:// or https:// address, or a mailto: address',
      }),
    })
    .optional(),
});

// ---------------------------------------------------------------------------------------------
// The compiled catalog: what compile.ts emits and everything after it reads. These schemas are
// the single definition of the catalog's types (inferred below); compile.test.ts parses the real
// compiled catalog with CatalogSchema, so the types cannot drift from what the pipeline emits.

const Str = z.string();
const Ids = z.array(z.string());

export const SectionSchema = z.strictObject({
  /** Sanitized HTML of the section body. */
  html: Str,
  /** Plain text of each top-level list item (or paragraph), for tables and exports. */
  items: z.array(Str),
});

const SECTION_KEYS = Object.keys(SECTIONS) as [SectionKey, ...SectionKey[]];

/** A fit score as the engine reads it: the scoring index carries no prose. */
export const FitScoreSchema = z.strictObject({ score: z.number() });

/**
 * A technology as the browser's scoring index has it: ids, names, relations and fit scores, what
 * the engine and the wizard need. Its prose is a separate module (`TechnologyProseSchema`).
 */
export const TechnologySchema = z.strictObject({
  id: Str,
  name: Str,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  reviewed: Str,
  fit: z.record(Str, FitScoreSchema),
  aliases: Ids,
  /** Frameworks and ORMs: the languages they belong to (most have one; Spring Boot has two). */
  languages: Ids.exactOptional(),
  /** ORMs: the databases they support. */
  databases: Ids.exactOptional(),
  /** ORMs bundled with one framework (Django ORM): the only framework they pair with. */
  framework: Str.exactOptional(),
  /** Databases: the roles they can fill. */
  roles: z.array(z.enum(DATABASE_ROLES)).exactOptional(),
});

const ProseFields = {
  summary: Str,
  links: z.array(LinkSchema),
  sections: z.partialRecord(z.enum(SECTION_KEYS), SectionSchema),
  /** Sanitized HTML of any prose before the first section. */
  intro: Str,
};

/**
 * A technology's prose: what its page, the compare page and the result's comparison tables show,
 * loaded with those screens rather than with the wizard.
 */
export const TechnologyProseSchema = z.strictObject({
  ...ProseFields,
  /** The `why` behind each fit score, by criterion. */
  why: z.record(Str, Str),
});

/** A technology with its prose: the index entry, the prose, and each fit score with its why. */
export const TechnologyDetailsSchema = TechnologySchema.extend({
  ...ProseFields,
  fit: z.record(Str, z.strictObject({ score: z.number(), why: Str })),
});

/** A technology as the content pipeline compiles it: details plus the file it came from. */
export const CompiledTechnologySchema = TechnologyDetailsSchema.extend({ source: Str });

export const CriterionSchema = z.strictObject({
  id: Str,
  label: Str,
  roles: z.array(z.enum(ROLES)),
  /** When set, only these technologies are judged on it; everyone else counts 0 by definition. */
  technologies: Ids.exactOptional(),
  description: Str,
});

export const OptionSchema = z.strictObject({
  id: Str,
  label: Str,
  description: Str,
  because: Str,
  weights: z.record(Str, z.number()),
  needs: z.array(z.enum(NEEDS)),
  /** Roles this answer declines ("None" for messaging): a need from another answer wins, with a note. */
  declines: z.array(z.enum(NEEDS)),
  aliases: Ids,
});

export const QuestionSchema = z.strictObject({
  id: Str,
  title: Str,
  kind: z.enum(['single', 'multiple']),
  order: z.number(),
  max: z.number().exactOptional(),
  default: Ids,
  when: ConditionSchema.exactOptional(),
  aliases: Ids,
  options: z.array(OptionSchema),
  /** Sanitized HTML help text (the Markdown body). */
  help: Str,
  source: Str,
});

export const PitfallSchema = z.strictObject({
  id: Str,
  title: Str,
  severity: z.enum(SEVERITIES),
  summary: Str,
  when: ConditionSchema,
  /**
   * Points off the role score of the pick the pitfall concerns (0 when the pitfall is about the
   * answers alone). A high-severity pitfall about a pick also costs enough to need a clear lead.
   */
  penalty: z.number(),
  links: z.array(LinkSchema),
  /** Sanitized HTML advice (the Markdown body). */
  advice: Str,
  source: Str,
});

export const ScenarioSchema = z.strictObject({
  id: Str,
  title: Str,
  /** The public write-up the persona is grounded in, if any. */
  reference: ScenarioSourceSchema.nullable(),
  answers: z.record(Str, z.union([Str, Ids])),
  exclude: Ids,
  expect: z.strictObject({
    /** Per role, every pick an expert would accept; "none" means the role must be absent. */
    accept: z.partialRecord(z.enum(ROLES), Ids),
    pitfalls: Ids,
    notPitfalls: Ids,
  }),
  /** Sanitized HTML persona description. */
  description: Str,
  source: Str,
});

/** The site's branding (content/site.md): what a portal changes to make Stackwise its own. */
export const SiteSchema = z.strictObject({
  /** The site's name: header and footer. */
  name: Str,
  /** The start page's heading. */
  title: Str,
  /** The start page's opening paragraph (plain text). */
  intro: Str,
  /** Footer links (internal docs, the team's golden paths). */
  links: z.array(LinkSchema),
  /** Who to ask: a web page or a `mailto:` address. */
  contact: z.strictObject({ label: Str, url: Str }).nullable(),
});

const IndexFields = {
  /** Short hash of everything that can change a recommendation. */
  fingerprint: Str,
  criteria: z.array(CriterionSchema),
  baseline: z.record(Str, z.number()),
  questions: z.array(QuestionSchema),
  pitfalls: z.array(PitfallSchema),
};

/**
 * The scoring index: what the browser loads for the wizard and the engine (`recommend(catalog,
 * answers)`). No technology prose and no scenarios.
 */
export const CatalogSchema = z.strictObject({
  ...IndexFields,
  technologies: z.array(TechnologySchema),
});

/** The index with every technology's prose merged in: what prose-showing screens read. */
export const DetailedCatalogSchema = z.strictObject({
  ...IndexFields,
  technologies: z.array(TechnologyDetailsSchema),
});

/** Everything the content pipeline compiles (build time, Node): details, sources and scenarios. */
export const CompiledCatalogSchema = z.strictObject({
  ...IndexFields,
  technologies: z.array(CompiledTechnologySchema),
  scenarios: z.array(ScenarioSchema),
});

/** The prose module: each technology's prose by id. */
export const CatalogProseSchema = z.record(Str, TechnologyProseSchema);

export type Link = z.infer<typeof LinkSchema>;
export type Fit = z.infer<typeof FitSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type FitScore = z.infer<typeof FitScoreSchema>;
export type Technology = z.infer<typeof TechnologySchema>;
export type TechnologyProse = z.infer<typeof TechnologyProseSchema>;
export type TechnologyDetails = z.infer<typeof TechnologyDetailsSchema>;
export type CompiledTechnology = z.infer<typeof CompiledTechnologySchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Option = z.infer<typeof OptionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Pitfall = z.infer<typeof PitfallSchema>;
export type ScenarioSource = z.infer<typeof ScenarioSourceSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Catalog = z.infer<typeof CatalogSchema>;
export type DetailedCatalog = z.infer<typeof DetailedCatalogSchema>;
export type CompiledCatalog = z.infer<typeof CompiledCatalogSchema>;
export type CatalogProse = z.infer<typeof CatalogProseSchema>;
