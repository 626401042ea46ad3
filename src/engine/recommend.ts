/**
 * `recommend(catalog, input)`: the whole result the page shows, from the catalog and the
 * answers alone. Pure and deterministic: the same catalog and input give the same output, ties
 * broken by id. No React, no DOM, no store.
 */
import type { Catalog, Link, Need, Role, Severity, Technology } from '../content/types.ts';
import {
  evaluateCondition,
  resolveAnswers,
  type Answers,
  type Assumption,
  type EffectiveAnswers,
  type StackPick,
} from './answers.ts';
import {
  buildFitMatrix,
  roleScale,
  scoreCandidate,
  scoreRole,
  criterionPoints,
  type FitMatrix,
  type RoleScale,
  weighAnswers,
  type Contribution,
  type RoleScore,
  type Weights,
} from './score.ts';
import {
  compareScored,
  indexCatalog,
  searchStacks,
  stackKey,
  stackScore,
  STACK_ROLES,
  type Scored,
  type SearchIndex,
  type StackCandidate,
} from './stack.ts';

export type { Answers, Assumption, StackPick } from './answers.ts';

export interface RecommendInput {
  answers: Answers;
  /** Technology ids (or aliases) the person rules out. */
  exclude?: readonly string[];
}

export interface StackRole {
  role: Role;
  id: string;
  name: string;
  /** The technology's 0-100 score in this role. */
  score: number;
}

export interface RankedStack {
  rank: number;
  /** 0-100: the weighted mean of its roles' scores. */
  score: number;
  picks: StackPick;
  roles: StackRole[];
  /** Why the stack has no ORM, when it has none. */
  ormNote?: string;
}

export type CandidateStatus = 'picked' | 'eligible' | 'excluded' | 'hold' | 'incompatible';

export interface CandidateReason {
  question: string | null;
  option: string | null;
  because: string;
  points: number;
}

export interface LostOn {
  criterion: string;
  label: string;
  points: number;
  /** The answers that weigh on this criterion. */
  because: string[];
}

export interface Candidate {
  id: string;
  name: string;
  role: Role;
  /** 0-100 in this role, whatever the rest of the stack. */
  score: number;
  /** 1-based rank by score within the role. */
  rank: number;
  status: CandidateStatus;
  /** What each answer added, largest first; the points add up to the score. */
  reasons: CandidateReason[];
  /** For every candidate not picked: a plain sentence saying why. */
  whyNot?: string;
  /** Criteria it lost on against the pick, largest first. */
  lostOn: LostOn[];
  /** The best stack that uses it, when it can be in one. */
  bestStackScore?: number;
}

export interface RoleResult {
  role: Role;
  /** Cache and broker are only needed when an answer calls for them. */
  needed: boolean;
  /** The answers that call for this role (cache and broker). */
  neededBecause: string[];
  candidates: Candidate[];
  /** Extra explanation, e.g. why there is no ORM. */
  note?: string;
}

export interface TriggeredPitfall {
  id: string;
  title: string;
  severity: Severity;
  summary: string;
  advice: string;
  links: Link[];
}

export interface Flip {
  question: string;
  /** The alternative answer. */
  answer: string[];
  /** "“Massive” instead of “Growing”", "adding “Real-time features”". */
  change: string;
  /** The new top stack. */
  stack: StackPick;
  /** Roles whose pick changes. */
  changed: Role[];
}

export interface Sensitivity {
  /** Points between the top stack and the runner-up; null when there is no runner-up. */
  margin: number | null;
  flips: Flip[];
}

export interface Conflict {
  role: Role;
  message: string;
}

export interface Recommendation {
  fingerprint: string;
  /** The answers the engine used: given, plus defaults for skipped questions. */
  answers: Record<string, string[]>;
  assumptions: Assumption[];
  /** Parts of the input that could not be used, in plain language. */
  ignored: string[];
  stacks: RankedStack[];
  /** Non-empty exactly when no stack can be formed; says which constraints conflict. */
  conflicts: Conflict[];
  roles: RoleResult[];
  pitfalls: TriggeredPitfall[];
  sensitivity: Sensitivity;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

interface Context {
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

function contextOf(catalog: Catalog): Context {
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

function rolesOf(t: Technology): Role[] {
  if (t.category === 'database')
    return (t.roles ?? []).map((r) => (r === 'primary' ? 'database' : 'cache'));
  return [t.category];
}

interface Run {
  effective: EffectiveAnswers;
  weights: Weights;
  scores: Map<Role, Map<string, RoleScore>>;
  scales: Map<Role, RoleScale>;
  /** The answers that weigh on each criterion. */
  becauseOf: Map<string, string[]>;
  excluded: Set<string>;
  needs: Record<Need, boolean>;
  stacks: StackCandidate[];
  bestPerLanguage: Map<string, StackCandidate>;
}

/**
 * One ranking. `detailed: false` skips the per-answer breakdown and keeps only the best stack:
 * that is all a what-if re-run needs, and it is several times cheaper.
 */
function run(ctx: Context, raw: Answers, exclude: readonly string[], detailed = true): Run {
  const { catalog } = ctx;
  const effective = resolveAnswers(catalog, raw);
  const weights = weighAnswers(catalog, effective);
  const scores = new Map<Role, Map<string, RoleScore>>();
  const fast = new Map<Role, Float64Array>();
  const scales = new Map<Role, RoleScale>();
  for (const role of STACK_ROLES) {
    const scale = roleScale(ctx.judges.get(role)!, weights, role);
    scales.set(role, scale);
    const members = ctx.roleMembers.get(role)!;
    const out = new Float64Array(catalog.technologies.length);
    scoreRole(ctx.matrix, scale, members, out);
    fast.set(role, out);
    if (detailed) scores.set(role, new Map(members.map((t) => [t.id, scoreCandidate(t, scale)])));
  }
  const excluded = new Set<string>();
  for (const id of exclude) {
    const t = ctx.byId.get(id);
    if (t) excluded.add(t.id);
  }
  const needs = {
    cache: weights.needs.some((n) => n.need === 'cache'),
    broker: weights.needs.some((n) => n.need === 'broker'),
  };
  const { stacks, bestPerLanguage } = searchStacks(
    {
      catalog,
      score: (role, t) => fast.get(role)![ctx.matrix.techIndex.get(t.id)!]!,
      eligible: (t) => !excluded.has(t.id) && t.status !== 'hold',
      needsCache: needs.cache,
      needsBroker: needs.broker,
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
    weights,
    scores,
    scales,
    becauseOf,
    excluded,
    needs,
    stacks,
    bestPerLanguage,
  };
}

function picksOf(stack: StackCandidate): StackPick {
  const picks: StackPick = {};
  for (const role of STACK_ROLES) {
    const p = stack.picks[role];
    if (p) picks[role] = p.tech.id;
  }
  return picks;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Recommend stacks for the answers. Guarantees:
 * - every stack is coherent: its framework and ORM belong to its language, its ORM supports its
 *   database, and it has a cache or a broker exactly when an answer calls for one;
 * - excluded and `hold` technologies are never picked, and their why-not says so;
 * - when no stack can be formed, `stacks` is empty and `conflicts` says which constraints clash;
 * - every score is finite and within 0-100; the same input always gives the same output.
 * Set `sensitivity: false` to skip the what-if analysis (it re-ranks once per alternative answer).
 */
export function recommend(
  catalog: Catalog,
  input: RecommendInput,
  options: { sensitivity?: boolean } = {},
): Recommendation {
  const ctx = contextOf(catalog);
  const exclude = input.exclude ?? [];
  const base = run(ctx, input.answers, exclude);
  const ignored = [...base.effective.ignored];
  for (const id of exclude)
    if (!ctx.byId.has(id))
      ignored.push(`There is no technology “${id}” to exclude; it was ignored.`);

  const top = base.stacks[0];
  const topPicks = top ? picksOf(top) : {};
  const stacks = base.stacks.map((s, i) => rankedStack(ctx, s, i + 1));
  const conflicts = top ? [] : explainConflict(ctx, base);
  const roles = STACK_ROLES.map((role) => roleResult(ctx, base, role, top));
  const answers = Object.fromEntries(base.effective.values);
  const pitfalls = catalog.pitfalls
    .filter((p) => evaluateCondition(p.when, base.effective.values, top ? topPicks : undefined))
    .map((p) => ({
      id: p.id,
      title: p.title,
      severity: p.severity,
      summary: p.summary,
      advice: p.advice,
      links: p.links,
    }))
    .sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.id < b.id ? -1 : 1),
    );
  const second = base.stacks[1];
  const sensitivity: Sensitivity = {
    margin: top && second ? round1(top.score - second.score) : null,
    flips: top && options.sensitivity !== false ? drain(whatIf(ctx, input, base, top)) : [],
  };
  return {
    fingerprint: catalog.fingerprint,
    answers,
    assumptions: base.effective.assumptions,
    ignored,
    stacks,
    conflicts,
    roles,
    pitfalls,
    sensitivity,
  };
}

/** The top stack only: what sensitivity and scenario checks compare. */
export function topStack(catalog: Catalog, input: RecommendInput): StackPick | null {
  const top = run(contextOf(catalog), input.answers, input.exclude ?? [], false).stacks[0];
  return top ? picksOf(top) : null;
}

function rankedStack(ctx: Context, s: StackCandidate, rank: number): RankedStack {
  const roles: StackRole[] = [];
  for (const role of STACK_ROLES) {
    const p = s.picks[role];
    if (p) roles.push({ role, id: p.tech.id, name: p.tech.name, score: p.score });
  }
  const stack: RankedStack = { rank, score: s.score, picks: picksOf(s), roles };
  if (!s.picks.orm) stack.ormNote = noOrmNote(ctx, s);
  return stack;
}

function noOrmNote(ctx: Context, s: StackCandidate): string {
  const lang = s.picks.language?.tech;
  const db = s.picks.database?.tech;
  const fw = s.picks.framework?.tech;
  if (!lang || !db || !fw) return '';
  const bundled = ctx.index.bundledOrms.get(fw.id);
  if (bundled)
    return `${fw.name} only works with its own ORM (${bundled.map((o) => o.name).join(', ')}), and none of it is available for ${db.name}.`;
  const orms = ctx.index.ormsOf.get(lang.id) ?? [];
  const supporting = orms.filter((o) => o.databases?.includes(db.id));
  if (orms.length === 0)
    return `The catalog has no ORM for ${lang.name}: use ${db.name}'s driver or a query builder.`;
  if (supporting.length === 0)
    return `No ${lang.name} ORM in the catalog supports ${db.name}: use its driver directly.`;
  return `Every ${lang.name} ORM that supports ${db.name} (${supporting.map((o) => o.name).join(', ')}) is excluded or on hold: use the driver directly.`;
}

function reasonsOf(contributions: Contribution[]): CandidateReason[] {
  return contributions.map((c) => ({
    question: c.source.question,
    option: c.source.option,
    because: c.source.because,
    points: c.points,
  }));
}

function roleResult(ctx: Context, r: Run, role: Role, top: StackCandidate | undefined): RoleResult {
  const scores = r.scores.get(role)!;
  const needReasons =
    role === 'cache' || role === 'broker'
      ? r.weights.needs.filter((n) => n.need === role).map((n) => n.because)
      : [];
  const needed = role === 'cache' ? r.needs.cache : role === 'broker' ? r.needs.broker : true;
  const techs = ctx.catalog.technologies.filter((t) => scores.has(t.id));
  const ordered = techs
    .map((t) => ({ tech: t, score: scores.get(t.id)!.score, key: t.id }))
    .sort(compareScored);
  const picked = top?.picks[role]?.tech;
  const winnerScore = picked ? scores.get(picked.id) : undefined;
  const candidates = ordered.map(({ tech }, i): Candidate => {
    const s = scores.get(tech.id)!;
    const c: Candidate = {
      id: tech.id,
      name: tech.name,
      role,
      score: s.score,
      rank: i + 1,
      status: 'eligible',
      reasons: reasonsOf(s.contributions),
      lostOn: [],
    };
    if (picked?.id === tech.id) {
      c.status = 'picked';
      return c;
    }
    if (r.excluded.has(tech.id)) {
      c.status = 'excluded';
      c.whyNot = 'You ruled it out.';
      return c;
    }
    if (tech.status === 'hold') {
      c.status = 'hold';
      c.whyNot = 'On hold in the radar: not for new work, so never picked.';
      return c;
    }
    if (!needed) {
      c.whyNot = `Not needed: none of your answers calls for a ${role === 'cache' ? 'cache' : 'message broker'}.`;
      return c;
    }
    if (!top) {
      c.whyNot = 'No stack could be formed with your constraints.';
      return c;
    }
    const incompatible = incompatibility(ctx, tech, role, top);
    if (incompatible) {
      c.status = 'incompatible';
      c.whyNot = incompatible;
      return c;
    }
    if (picked) c.lostOn = lostOn(ctx, r, role, picked, tech);
    const best = bestStackWith(ctx, r, tech, role, top);
    if (best !== undefined) c.bestStackScore = best;
    c.whyNot = whyLost(c, picked, winnerScore?.score, best, top.score);
    return c;
  });
  const result: RoleResult = { role, needed, neededBecause: needReasons, candidates };
  if (role === 'orm' && top && !top.picks.orm) result.note = noOrmNote(ctx, top);
  return result;
}

function incompatibility(
  ctx: Context,
  tech: Technology,
  role: Role,
  top: StackCandidate,
): string | null {
  const lang = top.picks.language!.tech;
  if ((role === 'framework' || role === 'orm') && tech.language !== lang.id) {
    const own = ctx.byId.get(tech.language ?? '')?.name ?? tech.language ?? 'another language';
    return `It is for ${own}; the recommended stack uses ${lang.name}.`;
  }
  if (role === 'orm') {
    const fw = top.picks.framework!.tech;
    const bundled = ctx.index.bundledOrms.get(fw.id);
    if (tech.framework && tech.framework !== fw.id)
      return `It ships inside ${ctx.byId.get(tech.framework)?.name ?? tech.framework}; the recommended framework is ${fw.name}.`;
    if (bundled && !bundled.includes(tech))
      return `${fw.name}, the recommended framework, comes with its own ORM (${bundled.map((o) => o.name).join(', ')}).`;
    const db = top.picks.database!.tech;
    if (!tech.databases?.includes(db.id))
      return `It does not support ${db.name}, the recommended database.`;
  }
  if (role === 'language' && !top.picks.framework) return null;
  if (role === 'language') {
    const frameworks = (ctx.index.frameworksOf.get(tech.id) ?? []).filter(
      (f) => f.status !== 'hold',
    );
    if (frameworks.length === 0)
      return 'No framework for it is available (all excluded or on hold).';
  }
  return null;
}

function lostOn(ctx: Context, r: Run, role: Role, winner: Technology, loser: Technology): LostOn[] {
  const scale = r.scales.get(role)!;
  const out: LostOn[] = [];
  for (const { criterion, weight } of scale.totals) {
    const diff =
      criterionPoints(winner, scale, criterion, weight) -
      criterionPoints(loser, scale, criterion, weight);
    if (diff < 0.5) continue;
    out.push({
      criterion,
      label: ctx.criterionLabel.get(criterion) ?? criterion,
      points: diff,
      because: r.becauseOf.get(criterion) ?? [],
    });
  }
  return out
    .sort((a, b) => b.points - a.points || (a.criterion < b.criterion ? -1 : 1))
    .slice(0, 3);
}

/** Score of the best stack that uses `tech` in `role`, keeping the top stack where compatible. */
function bestStackWith(
  ctx: Context,
  r: Run,
  tech: Technology,
  role: Role,
  top: StackCandidate,
): number | undefined {
  if (role === 'language') return r.bestPerLanguage.get(tech.id)?.score;
  const score = r.scores.get(role)!.get(tech.id)!.score;
  const picks: Partial<Record<Role, Scored>> = { ...top.picks, [role]: { tech, score } };
  if (role === 'framework' || role === 'database') {
    const fw = picks.framework!.tech;
    const db = picks.database!.tech;
    const bundled = ctx.index.bundledOrms.get(fw.id);
    const orm = (bundled ?? ctx.index.ormsOf.get(picks.language!.tech.id) ?? [])
      .filter((o) => o.databases?.includes(db.id) && !r.excluded.has(o.id) && o.status !== 'hold')
      .map((o) => ({ tech: o, score: r.scores.get('orm')!.get(o.id)!.score, key: o.id }))
      .sort(compareScored)[0];
    if (orm) picks.orm = orm;
    else if (bundled) return undefined;
    else delete picks.orm;
  }
  return stackScore(picks);
}

function whyLost(
  c: Candidate,
  picked: Technology | undefined,
  winnerScore: number | undefined,
  bestStack: number | undefined,
  topScore: number,
): string {
  const parts: string[] = [];
  if (picked && winnerScore !== undefined && winnerScore - c.score >= 0.5) {
    const on = c.lostOn
      .map((l) => `${l.label} (−${Math.round(l.points)}: ${l.because[0] ?? 'baseline'})`)
      .join(', ');
    parts.push(
      `Scores ${Math.round(c.score)} against ${Math.round(winnerScore)} for ${picked.name}${on ? `; it lost most on ${on}` : ''}.`,
    );
  } else if (picked) {
    parts.push(
      `Scores about as well as ${picked.name} on its own (${Math.round(c.score)} against ${Math.round(winnerScore ?? 0)}).`,
    );
  }
  if (bestStack === undefined) return parts.join(' ');
  // For languages and databases the whole stack decides; for other roles the stack comparison
  // only adds something when the role score alone does not explain the loss.
  const stackDecides =
    c.role === 'language' ||
    c.role === 'database' ||
    parts.length === 0 ||
    (winnerScore ?? 0) <= c.score;
  if (Math.abs(topScore - bestStack) < 0.05)
    parts.push('It ties with the pick; the tie is broken by name, so both are sound choices.');
  else if (stackDecides && topScore - bestStack >= 0.05)
    parts.push(`The best stack with it scores ${round1(bestStack)} against ${round1(topScore)}.`);
  return parts.join(' ');
}

function explainConflict(ctx: Context, r: Run): Conflict[] {
  const conflicts: Conflict[] = [];
  const why = (t: Technology) =>
    r.excluded.has(t.id)
      ? `${t.name} (ruled out by you)`
      : t.status === 'hold'
        ? `${t.name} (on hold)`
        : null;
  const blocked = (techs: Technology[]) => techs.map(why).filter((x): x is string => x !== null);
  const eligible = (t: Technology) => !r.excluded.has(t.id) && t.status !== 'hold';
  const { index } = ctx;
  const languages = index.languages.filter(eligible);
  const primaries = index.primaries.filter(eligible);
  // A framework that only works with its own ORM (Django) is usable only while that ORM is
  // allowed and supports an allowed database.
  const usableFramework = (f: Technology) => {
    if (!eligible(f)) return false;
    const bundled = index.bundledOrms.get(f.id);
    return (
      !bundled ||
      bundled.some((o) => eligible(o) && primaries.some((d) => o.databases?.includes(d.id)))
    );
  };
  const usable = languages.filter((l) =>
    (index.frameworksOf.get(l.id) ?? []).some(usableFramework),
  );
  if (languages.length === 0)
    conflicts.push({
      role: 'language',
      message: `Every language is ruled out: ${blocked(index.languages).join(', ')}.`,
    });
  else if (usable.length === 0)
    conflicts.push({
      role: 'framework',
      message: `None of the remaining languages (${languages.map((l) => l.name).join(', ')}) has a framework left: ${[
        ...blocked(languages.flatMap((l) => index.frameworksOf.get(l.id) ?? [])),
        ...languages
          .flatMap((l) => index.frameworksOf.get(l.id) ?? [])
          .filter((f) => eligible(f) && !usableFramework(f))
          .map((f) => `${f.name} (its own ORM is ruled out or supports no allowed database)`),
      ].join(', ')}.`,
    });
  if (!index.primaries.some(eligible))
    conflicts.push({
      role: 'database',
      message: `Every primary database is ruled out: ${blocked(index.primaries).join(', ')}.`,
    });
  for (const need of ['cache', 'broker'] as const) {
    const pool = need === 'cache' ? index.caches : index.brokers;
    if (r.needs[need] && !pool.some(eligible)) {
      const because = r.weights.needs.filter((n) => n.need === need).map((n) => n.because);
      conflicts.push({
        role: need,
        message: `You need a ${need === 'cache' ? 'cache' : 'message broker'} (${[...new Set(because)].join('; ')}), but every one is ruled out: ${blocked(pool).join(', ') || 'the catalog has none'}.`,
      });
    }
  }
  return conflicts;
}

/**
 * The what-if analysis in steps, one question at a time, for callers that spread it over several
 * tasks (the result page does, so the page never blocks for the whole analysis). Pure: run it to
 * the end and its return value is `recommend(catalog, input).sensitivity.flips`.
 */
export function* whatIfSteps(catalog: Catalog, input: RecommendInput): Generator<void, Flip[]> {
  const ctx = contextOf(catalog);
  const base = run(ctx, input.answers, input.exclude ?? []);
  const top = base.stacks[0];
  if (!top) return [];
  return yield* whatIf(ctx, input, base, top);
}

function* whatIf(
  ctx: Context,
  input: RecommendInput,
  base: Run,
  top: StackCandidate,
): Generator<void, Flip[]> {
  const flips: Flip[] = [];
  const topKey = top.key;
  const exclude = input.exclude ?? [];
  const label = (q: string, o: string) => `“${ctx.optionLabel.get(`${q}/${o}`) ?? o}”`;
  for (const q of ctx.catalog.questions) {
    const current = base.effective.values.get(q.id);
    if (current === undefined && base.effective.skipped.has(q.id) === false) continue; // hidden
    const now = current ?? [];
    const alternatives: { answer: string[]; change: string }[] = [];
    if (q.kind === 'single') {
      for (const o of q.options)
        if (!now.includes(o.id))
          alternatives.push({
            answer: [o.id],
            change: now[0]
              ? `${label(q.id, o.id)} instead of ${label(q.id, now[0])}`
              : label(q.id, o.id),
          });
    } else {
      for (const o of q.options) {
        if (now.includes(o.id))
          alternatives.push({
            answer: now.filter((x) => x !== o.id),
            change: `without ${label(q.id, o.id)}`,
          });
        else if (now.length < (q.max ?? Infinity))
          alternatives.push({
            answer: q.options.map((x) => x.id).filter((x) => x === o.id || now.includes(x)),
            change: `adding ${label(q.id, o.id)}`,
          });
      }
    }
    for (const alt of alternatives) {
      const answers = { ...input.answers, [q.id]: alt.answer };
      const next = run(ctx, answers, exclude, false).stacks[0];
      if (!next || next.key === topKey) continue;
      const stack = picksOf(next);
      const changed = STACK_ROLES.filter((role) => stack[role] !== top.picks[role]?.tech.id);
      flips.push({ question: q.id, answer: alt.answer, change: alt.change, stack, changed });
    }
    yield;
  }
  return flips;
}

/** Run steps to the end and return the result. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export { stackKey };
