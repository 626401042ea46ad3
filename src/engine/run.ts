/**
 * One ranking: answers → weights → role scores (with radar and pitfall costs) → the best stacks.
 * Shared by `recommend` (detailed) and the what-if analysis (fast). Pure.
 */
import { rolesOf, type Catalog, type Need, type Role, type Technology } from '../content/types.ts';
import { resolveAnswers, type Answers, type EffectiveAnswers } from './answers.ts';
import { pitfallCosts } from './pitfalls.ts';
import {
  buildFitMatrix,
  roleScale,
  scoreCandidate,
  scoreRole,
  weighAnswers,
  type Cost,
  type FitMatrix,
  type RoleScale,
  type RoleScore,
  type Weights,
} from './score.ts';
import {
  indexCatalog,
  ROLE_WEIGHT,
  searchStacks,
  STACK_ROLES,
  type SearchIndex,
  type StackCandidate,
} from './stack.ts';

export interface Context {
  catalog: Catalog;
  index: SearchIndex;
  byId: Map<string, Technology>;
  criterionLabel: Map<string, string>;
  questionTitle: Map<string, string>;
  optionLabel: Map<string, string>;
  roleMembers: Map<Role, Technology[]>;
  matrix: FitMatrix;
  /** Criteria that judge each role. */
  judges: Map<Role, Set<string>>;
}

const contexts = new WeakMap<Catalog, Context>();

/** Everything derived from the catalog alone, built once per catalog. */
export function contextOf(catalog: Catalog): Context {
  let ctx = contexts.get(catalog);
  if (!ctx) {
    const byId = new Map<string, Technology>();
    for (const t of catalog.technologies) for (const id of [...t.aliases, t.id]) byId.set(id, t);
    const roleMembers = new Map<Role, Technology[]>(STACK_ROLES.map((r) => [r, []]));
    for (const t of catalog.technologies) for (const r of rolesOf(t)) roleMembers.get(r)!.push(t);
    ctx = {
      catalog,
      roleMembers,
      matrix: buildFitMatrix(catalog),
      judges: new Map(
        STACK_ROLES.map((r) => [
          r,
          new Set(catalog.criteria.filter((c) => c.roles.includes(r)).map((c) => c.id)),
        ]),
      ),
      index: indexCatalog(catalog),
      byId,
      criterionLabel: new Map(catalog.criteria.map((c) => [c.id, c.label])),
      questionTitle: new Map(catalog.questions.map((q) => [q.id, q.title])),
      optionLabel: new Map(
        catalog.questions.flatMap((q) =>
          q.options.map((o) => [`${q.id}/${o.id}`, o.label] as const),
        ),
      ),
    };
    contexts.set(catalog, ctx);
  }
  return ctx;
}

export interface Run {
  effective: EffectiveAnswers;
  /** Only the answers the person gave: what pitfalls and notes read. */
  explicit: Map<string, string[]>;
  weights: Weights;
  scores: Map<Role, Map<string, RoleScore>>;
  scales: Map<Role, RoleScale>;
  costs: Map<Role, Map<string, Cost[]>>;
  /** The answers that weigh on each criterion. */
  becauseOf: Map<string, string[]>;
  excluded: Set<string>;
  /** An answer calls for the role, and no explicit answer declines it. */
  needs: Record<Need, boolean>;
  /** Roles an explicit answer declines ("None" for messaging). */
  declined: Set<Need>;
  /** Needed, but every candidate is ruled out or on hold: the stack goes without. */
  unfilled: Record<Need, boolean>;
  roleWeight: Readonly<Record<Role, number>>;
  stacks: StackCandidate[];
  bestPerLanguage: Map<string, StackCandidate>;
}

export interface RunOptions {
  /** Keep the per-answer breakdown and the best three stacks (false: the top stack only). */
  detailed?: boolean;
  /** Override how much each role weighs in a stack (tests of fairness). */
  roleWeight?: Readonly<Record<Role, number>>;
}

export function isEligible(t: Technology, excluded: ReadonlySet<string>): boolean {
  return !excluded.has(t.id) && t.status !== 'hold';
}

/** Rank stacks for raw answers and exclusions. */
export function run(
  ctx: Context,
  raw: Answers,
  exclude: readonly string[],
  options: RunOptions = {},
): Run {
  const detailed = options.detailed ?? true;
  const roleWeight = options.roleWeight ?? ROLE_WEIGHT;
  const { catalog } = ctx;
  const effective = resolveAnswers(catalog, raw);
  const explicit = new Map([...effective.values].filter(([q]) => !effective.assumed.has(q)));
  const weights = weighAnswers(catalog, effective);
  const excluded = new Set<string>();
  for (const id of exclude) {
    const t = ctx.byId.get(id);
    if (t) excluded.add(t.id);
  }
  // An explicit "None" (an option that declines a role) wins over a need another answer implies.
  const declined = new Set<Need>();
  for (const q of catalog.questions)
    for (const o of q.options)
      if (explicit.get(q.id)?.includes(o.id)) for (const d of o.declines) declined.add(d);
  const needs = {
    cache: !declined.has('cache') && weights.needs.some((n) => n.need === 'cache'),
    broker: !declined.has('broker') && weights.needs.some((n) => n.need === 'broker'),
  };
  const available = (role: Role) => ctx.roleMembers.get(role)!.some((t) => isEligible(t, excluded));
  const unfilled = {
    cache: needs.cache && !available('cache'),
    broker: needs.broker && !available('broker'),
  };
  // The weight of a full stack in this run: a pick's cost is scaled so that a high-severity
  // pitfall always costs the whole stack at least the clear lead.
  const stackWeight =
    roleWeight.language +
    roleWeight.framework +
    roleWeight.database +
    roleWeight.orm +
    (needs.cache && !unfilled.cache ? roleWeight.cache : 0) +
    (needs.broker && !unfilled.broker ? roleWeight.broker : 0);
  const costs = pitfallCosts(
    catalog.pitfalls,
    explicit,
    (role) => ctx.roleMembers.get(role)!,
    (role) => roleWeight[role] / stackWeight,
  );

  const scores = new Map<Role, Map<string, RoleScore>>();
  const fast = new Map<Role, Float64Array>();
  const scales = new Map<Role, RoleScale>();
  for (const role of STACK_ROLES) {
    const scale = roleScale(ctx.judges.get(role)!, weights, role);
    scales.set(role, scale);
    const members = ctx.roleMembers.get(role)!;
    const out = new Float64Array(catalog.technologies.length);
    const roleCosts = costs.get(role);
    scoreRole(ctx.matrix, scale, members, out, roleCosts);
    fast.set(role, out);
    if (detailed)
      scores.set(
        role,
        new Map(members.map((t) => [t.id, scoreCandidate(t, scale, roleCosts?.get(t.id))])),
      );
  }
  const { stacks, bestPerLanguage } = searchStacks(
    {
      catalog,
      roleWeight,
      score: (role, t) => fast.get(role)![ctx.matrix.techIndex.get(t.id)!]!,
      eligible: (t) => isEligible(t, excluded),
      needsCache: needs.cache && !unfilled.cache,
      needsBroker: needs.broker && !unfilled.broker,
    },
    ctx.index,
    detailed ? 3 : 1,
  );
  const becauseOf = new Map<string, string[]>();
  if (detailed)
    for (const e of weights.entries) {
      const list = becauseOf.get(e.criterion) ?? [];
      if (!list.includes(e.source.because)) list.push(e.source.because);
      becauseOf.set(e.criterion, list);
    }
  return {
    effective,
    explicit,
    weights,
    scores,
    scales,
    costs,
    becauseOf,
    excluded,
    needs,
    declined,
    unfilled,
    roleWeight,
    stacks,
    bestPerLanguage,
  };
}
