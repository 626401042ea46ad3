/**
 * Deciding as a team: several members' answers, one view. Pure, like the rest of the engine, and
 * built from its parts rather than beside them: each member's ranking is `run` (the same ranking
 * `recommend` and the what-if analysis use), a fixed stack is scored for a member with the role
 * scores of that member's run and `stackScore`, and "what if the team settled this question" is
 * the what-if analysis (`whatIf` in sensitivity.ts) applied to every member at once.
 *
 * The team rule: the team stack is the one with the best worst case, the highest lowest score
 * across members; beside it, the stack with the best average. Both are chosen among the stacks
 * some member's own ranking puts in its top three, so every considered stack is coherent.
 */
import type { Role } from '../content/types.ts';
import type { Catalog } from '../content/types.ts';
import type { EffectiveAnswers } from './answers.ts';
import { contextOf, run, type Context, type Run } from './run.ts';
import { picksOf } from './sensitivity.ts';
import { STACK_ROLES, stackScore, type Scored, type StackCandidate } from './stack.ts';
import type { RecommendInput, StackPick } from './types.ts';

const EPSILON = 1e-9;

/** One candidate stack for the team, with every member's score for it. */
export interface TeamStack {
  /** Stable identity (the engine's stack key): equal keys, equal stacks. */
  key: string;
  picks: StackPick;
  /** Each member's 0-100 score for this stack, in member order. */
  scores: number[];
  /** The lowest of `scores`. */
  worst: number;
  /** The mean of `scores`. */
  average: number;
  /** Members who ruled out one of its technologies (by index), with the ids they ruled out. */
  ruledOut: { member: number; ids: string[] }[];
}

export interface TeamMemberResult {
  /** The member's own top stack, or null when their answers form none. */
  top: StackPick | null;
  /** The member's score for their own top stack. */
  score: number | null;
}

export interface TeamRecommendation {
  members: TeamMemberResult[];
  /** Every stack considered, best worst case first. */
  considered: TeamStack[];
  /** The team stack: the best worst case (null when no member's answers form a stack). */
  bestWorst: TeamStack | null;
  /** The best average; the same object as `bestWorst` when the two agree. */
  bestAverage: TeamStack | null;
}

/**
 * A member's 0-100 score for a fixed stack: the weighted mean of that member's role scores for its
 * picks, exactly as the engine scores the member's own stacks (radar and pitfall costs included).
 * A cache or broker the member's answers do not call for is left out, as the what-if analysis
 * leaves it out: like with like. For the member's own top stack this equals its ranked score.
 */
export function scoreStackFor(memberRun: Run, picks: StackPick, ctx: Context): number {
  const scored: Partial<Record<Role, Scored>> = {};
  for (const role of STACK_ROLES) {
    const id = picks[role];
    if (id === undefined) continue;
    if ((role === 'cache' || role === 'broker') && !memberRun.needs[role]) continue;
    const tech = ctx.byId.get(id);
    const score = memberRun.scores.get(role)?.get(tech?.id ?? id)?.score;
    if (tech && score !== undefined) scored[role] = { tech, score };
  }
  return stackScore(scored, memberRun.roleWeight);
}

/** A member's score for a fixed stack, from their answers (see `scoreStackFor`). */
export function scoreStack(catalog: Catalog, input: RecommendInput, picks: StackPick): number {
  const ctx = contextOf(catalog);
  return scoreStackFor(run(ctx, input.answers, input.exclude ?? []), picks, ctx);
}

function byWorst(a: TeamStack, b: TeamStack): number {
  return (
    Number(a.ruledOut.length > 0) - Number(b.ruledOut.length > 0) ||
    (Math.abs(a.worst - b.worst) > EPSILON ? b.worst - a.worst : 0) ||
    (Math.abs(a.average - b.average) > EPSILON ? b.average - a.average : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function byAverage(a: TeamStack, b: TeamStack): number {
  return (
    Number(a.ruledOut.length > 0) - Number(b.ruledOut.length > 0) ||
    (Math.abs(a.average - b.average) > EPSILON ? b.average - a.average : 0) ||
    (Math.abs(a.worst - b.worst) > EPSILON ? b.worst - a.worst : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** The team rule over members' detailed runs (see the module comment). */
function recommendFromRuns(
  ctx: Context,
  runs: readonly Run[],
  inputs: readonly RecommendInput[],
): TeamRecommendation {
  const candidates = new Map<string, StackCandidate>();
  for (const r of runs)
    for (const s of r.stacks) if (!candidates.has(s.key)) candidates.set(s.key, s);
  const considered: TeamStack[] = [...candidates.values()].map((s) => {
    const picks = picksOf(s);
    const scores = runs.map((r) => scoreStackFor(r, picks, ctx));
    const ids = Object.values(picks);
    const ruledOut = inputs
      .map((input, member) => ({
        member,
        ids: ids.filter((id) =>
          (input.exclude ?? []).some((x) => ctx.byId.get(x)?.id === id || x === id),
        ),
      }))
      .filter((r) => r.ids.length > 0);
    return {
      key: s.key,
      picks,
      scores,
      worst: scores.length > 0 ? Math.min(...scores) : 0,
      average: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
      ruledOut,
    };
  });
  considered.sort(byWorst);
  const bestWorst = considered[0] ?? null;
  const bestAverage = [...considered].sort(byAverage)[0] ?? null;
  return {
    members: runs.map((r) => {
      const top = r.stacks[0];
      return { top: top ? picksOf(top) : null, score: top ? top.score : null };
    }),
    considered,
    bestWorst,
    bestAverage:
      bestAverage && bestWorst && bestAverage.key === bestWorst.key ? bestWorst : bestAverage,
  };
}

/**
 * The team recommendation for members' answers. Guarantees: deterministic (ties broken by the
 * average, then by stack key); `bestWorst` has the highest lowest member score among the
 * considered stacks that no member ruled out (a stack someone ruled out is considered only when
 * every stack is ruled out by someone); every member's own top stack is considered; scores are
 * within 0-100.
 */
export function recommendTeam(
  catalog: Catalog,
  members: readonly RecommendInput[],
): TeamRecommendation {
  const ctx = contextOf(catalog);
  const runs = members.map((m) => run(ctx, m.answers, m.exclude ?? []));
  return recommendFromRuns(ctx, runs, members);
}

// ---------------------------------------------------------------------------------------------
// Disagreements: the questions worth arguing about.

/** What one group of members answered to a question. */
export interface Position {
  /** The answer the engine used; null when the question does not apply to these members. */
  answer: string[] | null;
  /** Members (by index) who hold it. */
  members: number[];
  /** Members among them whose answer was assumed (they skipped the question). */
  assumed: number[];
}

/** What happens when every member takes one position's answer. */
export interface Settlement {
  answer: string[];
  /** The team stack (best worst case) once settled; null when none can be formed. */
  team: StackPick | null;
  /** The team stack now, before settling. */
  before: StackPick | null;
  /** Roles whose team pick changes against the team stack now. */
  teamChanged: Role[];
  /** Each member's own top stack once settled. */
  memberStacks: (StackPick | null)[];
  /** Members whose own top stack changes. */
  membersChanged: number[];
  /** Changed team roles whose new pick every member's own top stack then shares. */
  everyone: Role[];
}

export interface Disagreement {
  question: string;
  /** Positions, the largest group first (then in option order). */
  positions: Position[];
  /** One per position with an answer, in the order of `positions`. */
  settlements: Settlement[];
  /** Settling it one way or another changes the team stack. */
  changesTeam: boolean;
  /** Settling it changes the team stack or some member's own stack. */
  changesAnything: boolean;
  /**
   * Ordering weight: the most roles of the team stack one settlement changes (x100), plus the most
   * members whose own stack it changes. 0 when nothing changes.
   */
  impact: number;
}

const answerKey = (a: readonly string[] | null) => (a === null ? '\u0000' : a.join(','));

function positionsOf(
  question: string,
  effective: readonly EffectiveAnswers[],
  optionOrder: readonly string[],
): Position[] {
  const groups = new Map<string, Position>();
  effective.forEach((e, member) => {
    const value = e.values.get(question) ?? (e.skipped.has(question) ? [] : null);
    const key = answerKey(value);
    const group = groups.get(key) ?? { answer: value, members: [], assumed: [] };
    group.members.push(member);
    if (e.assumed.has(question) || e.skipped.has(question)) group.assumed.push(member);
    groups.set(key, group);
  });
  const rank = (p: Position) =>
    p.answer === null
      ? Infinity
      : Math.min(...p.answer.map((o) => optionOrder.indexOf(o)), optionOrder.length);
  return [...groups.values()].sort(
    (a, b) => b.members.length - a.members.length || rank(a) - rank(b),
  );
}

/**
 * The questions members answer differently, each with what settling it would do, most impact
 * first; questions whose settling changes nothing come last. It re-ranks every member once per
 * distinct answer, yielding after each, so a page can spread the work over many short tasks.
 */
export function* teamDisagreementSteps(
  catalog: Catalog,
  members: readonly RecommendInput[],
): Generator<void, Disagreement[]> {
  const ctx = contextOf(catalog);
  const runs = members.map((m) => run(ctx, m.answers, m.exclude ?? []));
  const base = recommendFromRuns(ctx, runs, members);
  const baseTeam = base.bestWorst;
  const out: Disagreement[] = [];
  for (const q of catalog.questions) {
    const positions = positionsOf(
      q.id,
      runs.map((r) => r.effective),
      q.options.map((o) => o.id),
    );
    if (positions.length < 2) continue;
    const settlements: Settlement[] = [];
    for (const p of positions) {
      if (p.answer === null) continue;
      const answer = p.answer;
      const settledInputs = members.map((m) => ({
        ...m,
        answers: { ...m.answers, [q.id]: answer },
      }));
      // Members who already hold this answer keep their run. One yield per re-ranked member:
      // a full answer set takes a few milliseconds to rank.
      const settledRuns: Run[] = [];
      for (const [i, m] of settledInputs.entries()) {
        if (p.members.includes(i) && !p.assumed.includes(i)) settledRuns.push(runs[i]!);
        else {
          settledRuns.push(run(ctx, m.answers, m.exclude ?? []));
          yield;
        }
      }
      const team = recommendFromRuns(ctx, settledRuns, settledInputs);
      const teamPicks = team.bestWorst?.picks ?? null;
      const teamChanged = STACK_ROLES.filter(
        (role) => (teamPicks?.[role] ?? null) !== (baseTeam?.picks[role] ?? null),
      );
      const memberStacks = team.members.map((m) => m.top);
      const membersChanged = memberStacks
        .map((s, i) => ({ i, same: sameStack(s, base.members[i]!.top) }))
        .filter((x) => !x.same)
        .map((x) => x.i);
      const everyone = teamChanged.filter(
        (role) =>
          teamPicks?.[role] !== undefined &&
          memberStacks.every((s) => s !== null && s[role] === teamPicks[role]),
      );
      settlements.push({
        answer,
        before: baseTeam?.picks ?? null,
        team: teamPicks,
        teamChanged,
        memberStacks,
        membersChanged,
        everyone,
      });
    }
    const changesTeam = settlements.some((s) => s.teamChanged.length > 0);
    const changesAnything = changesTeam || settlements.some((s) => s.membersChanged.length > 0);
    const impact = Math.max(
      0,
      ...settlements.map((s) => s.teamChanged.length * 100 + s.membersChanged.length),
    );
    out.push({ question: q.id, positions, settlements, changesTeam, changesAnything, impact });
    yield;
  }
  // Stable: equal impact keeps questionnaire order.
  return out.sort((a, b) => b.impact - a.impact);
}

/** Run `teamDisagreementSteps` to the end. */
export function teamDisagreements(
  catalog: Catalog,
  members: readonly RecommendInput[],
): Disagreement[] {
  const steps = teamDisagreementSteps(catalog, members);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function sameStack(a: StackPick | null, b: StackPick | null): boolean {
  if (a === null || b === null) return a === b;
  return STACK_ROLES.every((role) => a[role] === b[role]);
}

// ---------------------------------------------------------------------------------------------
// Words: what the page and the decision record both say.

const ROLE_WORD: Record<Role, string> = {
  language: 'language',
  framework: 'framework',
  database: 'database',
  orm: 'ORM',
  cache: 'cache',
  broker: 'message broker',
};

/** "Ana", or "Member 3" for a member without a name. */
export function memberLabel(names: readonly string[], index: number): string {
  return names[index]?.trim() || `Member ${index + 1}`;
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

/** The labels of an answer: "“Critical”", "“Real-time” and “CRUD API”", "“none of these”". */
export function answerWords(
  catalog: Catalog,
  question: string,
  answer: readonly string[] | null,
): string {
  const ctx = contextOf(catalog);
  if (answer === null) return 'not asked';
  if (answer.length === 0) return '“none of these”';
  return listWords(answer.map((o) => `“${ctx.optionLabel.get(`${question}/${o}`) ?? o}”`));
}

/**
 * What settling a question on one answer does, in one sentence: "If the team settles
 * “Consistency” on “Critical”, the database becomes PostgreSQL for everyone."
 */
export function settlementSentence(
  catalog: Catalog,
  question: string,
  s: Settlement,
  names: readonly string[],
): string {
  const ctx = contextOf(catalog);
  const title = ctx.questionTitle.get(question) ?? question;
  const lead = `If the team settles “${title}” on ${answerWords(catalog, question, s.answer)}`;
  if (s.team === null) return `${lead}, no stack fits every member’s answers.`;
  if (s.teamChanged.length > 0) {
    const all = s.teamChanged.every((r) => s.everyone.includes(r));
    const clauses = s.teamChanged.map((role) => {
      const id = s.team![role];
      const name = id && (ctx.byId.get(id)?.name ?? id);
      const what = !name
        ? `the team stack goes without a ${ROLE_WORD[role]}`
        : s.before?.[role]
          ? `the ${ROLE_WORD[role]} becomes ${name}`
          : `the team stack adds ${name} as its ${ROLE_WORD[role]}`;
      return !all && s.everyone.includes(role) ? `${what} for everyone` : what;
    });
    return `${lead}, ${listWords(clauses)}${all ? ' for everyone' : ''}.`;
  }
  if (s.membersChanged.length > 0)
    return `${lead}, the team stack stays; ${listWords(s.membersChanged.map((i) => memberLabel(names, i)))} would get a different stack of their own.`;
  return `${lead}, no one’s stack changes.`;
}

/** "Node.js, Fastify, PostgreSQL, Prisma" */
export function stackWords(catalog: Catalog, picks: StackPick | null): string {
  if (!picks) return 'no stack';
  const ctx = contextOf(catalog);
  return STACK_ROLES.flatMap((r) =>
    picks[r] ? [ctx.byId.get(picks[r])?.name ?? picks[r]] : [],
  ).join(', ');
}
