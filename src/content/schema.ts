/**
 * The content contract: what authors write in front matter, as zod schemas. Build time only;
 * browser code imports the plain types and vocabularies from types.ts instead (re-exported here).
 */
import * as z from 'zod';
import { DATABASE_ROLES, NEEDS, ROLES, SEVERITIES, STATUSES, type Condition } from './types.ts';

export * from './types.ts';

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
  /** A note the result page shows whenever this option is chosen (e.g. a language outside the catalog). */
  note: Text.optional(),
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
