/**
 * Explanations: each role's candidates with their reasons and why-nots, the stack's notes (no
 * ORM, an unfilled role, an answer that overrode "None", the team's language outweighed), and
 * conflicts when no stack can be formed. Pure.
 */
import { ROLE_WORDS, type Role, type Technology } from '../content/types.ts';
import type { Contribution } from './score.ts';
import { criterionPoints } from './score.ts';
import {
  compareScored,
  stackScore,
  STACK_ROLES,
  type Scored,
  type StackCandidate,
} from './stack.ts';
import { isEligible, type Context, type Run } from './run.ts';
import type {
  Candidate,
  CandidateReason,
  Conflict,
  LostOn,
  ResultNote,
  RoleResult,
} from './types.ts';

const round = Math.round;
const round1 = (n: number) => Math.round(n * 10) / 10;

export function reasonsOf(ctx: Context, contributions: Contribution[]): CandidateReason[] {
  return contributions.map((c) => {
    const reason: CandidateReason = {
      kind: c.source.kind,
      question: c.source.question,
      option: c.source.option,
      because: c.source.because,
      points: c.points,
      evidence: c.evidence.map((e) => ({
        criterion: e.criterion,
        label: ctx.criterionLabel.get(e.criterion) ?? e.criterion,
        fit: e.fit,
        points: e.points,
      })),
    };
    if (c.source.pitfall) reason.pitfall = c.source.pitfall;
    return reason;
  });
}

export function noOrmNote(ctx: Context, s: StackCandidate): string {
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

export function roleResult(
  ctx: Context,
  r: Run,
  role: Role,
  top: StackCandidate | undefined,
): RoleResult {
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
  const winnerScore = picked ? scores.get(picked.id)?.score : undefined;
  const candidates = ordered.map(({ tech }, i): Candidate => {
    const s = scores.get(tech.id)!;
    const c: Candidate = {
      id: tech.id,
      name: tech.name,
      role,
      score: s.score,
      rank: i + 1,
      status: 'eligible',
      reasons: reasonsOf(ctx, s.contributions),
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
    const incompatible = incompatibility(ctx, r, tech, role, top);
    if (incompatible) {
      c.status = 'incompatible';
      c.whyNot = incompatible;
      return c;
    }
    if (picked) c.lostOn = lostOn(ctx, r, role, picked, tech);
    const best = bestStackWith(ctx, r, tech, role, top);
    if (!best && winnerScore !== undefined && c.score >= winnerScore - 0.5) {
      c.status = 'incompatible';
      c.whyNot = 'No stack with it can be formed with your constraints.';
      return c;
    }
    if (best) c.bestStackScore = best.score;
    const decided =
      best && winnerScore !== undefined && c.score >= winnerScore - 0.5
        ? decidingRole(r, top, best, role)
        : undefined;
    if (decided) c.decidedBy = { role: decided.role, points: decided.points };
    c.whyNot = whyLost(ctx, c, picked, winnerScore, best?.score, top.score, decided);
    return c;
  });
  const unfilled = (role === 'cache' || role === 'broker') && r.unfilled[role];
  const result: RoleResult = { role, needed, unfilled, neededBecause: needReasons, candidates };
  if (role === 'orm' && top && !top.picks.orm) result.note = noOrmNote(ctx, top);
  if (unfilled) result.note = unfilledMessage(ctx, r, role as 'cache' | 'broker');
  return result;
}

function incompatibility(
  ctx: Context,
  r: Run,
  tech: Technology,
  role: Role,
  top: StackCandidate,
): string | null {
  const lang = top.picks.language!.tech;
  if ((role === 'framework' || role === 'orm') && !tech.languages?.includes(lang.id)) {
    const own = (tech.languages ?? []).map((l) => ctx.byId.get(l)?.name ?? l);
    return `It is for ${own.join(' and ') || 'another language'}; the recommended stack uses ${lang.name}.`;
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
  if (role === 'language') {
    const frameworks = (ctx.index.frameworksOf.get(tech.id) ?? []).filter((f) =>
      isEligible(f, r.excluded),
    );
    if (frameworks.length === 0)
      return 'No framework for it is available (all ruled out or on hold).';
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

interface BestWith {
  score: number;
  picks: Partial<Record<Role, Scored>>;
}

/** The best stack that uses `tech` in `role`, keeping the top stack where compatible. */
function bestStackWith(
  ctx: Context,
  r: Run,
  tech: Technology,
  role: Role,
  top: StackCandidate,
): BestWith | undefined {
  if (role === 'language') {
    const best = r.bestPerLanguage.get(tech.id);
    return best ? { score: best.score, picks: best.picks } : undefined;
  }
  const score = r.scores.get(role)!.get(tech.id)!.score;
  const base: Partial<Record<Role, Scored>> = { ...top.picks, [role]: { tech, score } };
  if (role !== 'framework' && role !== 'database')
    return { score: stackScore(base, r.roleWeight), picks: base };
  // A new framework or database may need another data access: try every database the
  // framework can use (only the candidate itself when it is the database), with its best ORM.
  const fw = base.framework!.tech;
  const bundled = ctx.index.bundledOrms.get(fw.id);
  const pool = (bundled ?? ctx.index.ormsOf.get(base.language!.tech.id) ?? []).filter((o) =>
    isEligible(o, r.excluded),
  );
  const databases =
    role === 'database'
      ? [base.database!]
      : ctx.index.primaries
          .filter((d) => isEligible(d, r.excluded))
          .map((d) => ({ tech: d, score: r.scores.get('database')!.get(d.id)!.score }));
  let best: BestWith | undefined;
  for (const db of databases) {
    const orm = pool
      .filter((o) => o.databases?.includes(db.tech.id))
      .map((o) => ({ tech: o, score: r.scores.get('orm')!.get(o.id)!.score, key: o.id }))
      .sort(compareScored)[0];
    if (!orm && bundled) continue;
    const picks: Partial<Record<Role, Scored>> = { ...base, database: db };
    if (orm) picks.orm = orm;
    else delete picks.orm;
    const total = stackScore(picks, r.roleWeight);
    if (!best || total > best.score + 1e-9) best = { score: total, picks };
  }
  return best;
}

/** Each role's share of a stack's score, in stack points. */
function contributions(
  picks: Partial<Record<Role, Scored>>,
  roleWeight: Readonly<Record<Role, number>>,
): Partial<Record<Role, number>> {
  let total = 0;
  for (const role of STACK_ROLES) if (picks[role]) total += roleWeight[role];
  const out: Partial<Record<Role, number>> = {};
  for (const role of STACK_ROLES) {
    const p = picks[role];
    if (p) out[role] = (roleWeight[role] * p.score) / total;
  }
  return out;
}

/** The other role whose pick cost the best stack with a candidate the most against the top. */
function decidingRole(
  r: Run,
  top: StackCandidate,
  best: BestWith,
  own: Role,
): { role: Role; points: number; winner?: Scored; loser?: Scored } | undefined {
  const a = contributions(top.picks, r.roleWeight);
  const b = contributions(best.picks, r.roleWeight);
  let found: { role: Role; points: number; winner?: Scored; loser?: Scored } | undefined;
  for (const role of STACK_ROLES) {
    if (role === own) continue;
    const diff = (a[role] ?? 0) - (b[role] ?? 0);
    if (diff >= 0.05 && (!found || diff > found.points)) {
      found = { role, points: diff };
      const w = top.picks[role];
      const l = best.picks[role];
      if (w) found.winner = w;
      if (l) found.loser = l;
    }
  }
  return found;
}

function whyLost(
  ctx: Context,
  c: Candidate,
  picked: Technology | undefined,
  winnerScore: number | undefined,
  bestStack: number | undefined,
  topScore: number,
  decided: ReturnType<typeof decidingRole>,
): string {
  const parts: string[] = [];
  const mine = round(c.score);
  const theirs = round(winnerScore ?? 0);
  if (picked && winnerScore !== undefined) {
    if (mine < theirs) {
      const on = c.lostOn
        .map((l) => `${l.label} (−${round(l.points)}: ${l.because[0] ?? 'baseline'})`)
        .join(', ');
      parts.push(
        `Scores ${mine} against ${theirs} for ${picked.name}${on ? `; it lost most on ${on}` : ''}.`,
      );
    } else {
      const how = mine === theirs ? 'the same as' : 'higher than';
      let text = `Scores ${how} ${picked.name} on its own (${mine} against ${theirs})`;
      if (decided) {
        const what =
          decided.winner && decided.loser
            ? `: ${decided.loser.tech.name} scores ${round(decided.loser.score)} against ${decided.winner.tech.name}'s ${round(decided.winner.score)}`
            : decided.winner
              ? `: it has none, where the pick has ${decided.winner.tech.name}`
              : '';
        text += `, but the best stack with it loses ${round1(decided.points)} points on the ${ROLE_WORDS[decided.role]}${what}`;
      }
      parts.push(`${text}.`);
    }
  }
  if (bestStack === undefined) return parts.join(' ');
  if (Math.abs(topScore - bestStack) < 0.05)
    parts.push(
      'Its best stack ties with the pick; the tie is broken by name, so both are sound choices.',
    );
  else if (
    c.role === 'language' ||
    c.role === 'database' ||
    decided !== undefined ||
    mine >= theirs
  )
    parts.push(`The best stack with it scores ${round1(bestStack)} against ${round1(topScore)}.`);
  void ctx;
  return parts.join(' ');
}

/** The role cannot be filled: which are ruled out, and what to do without one. */
function unfilledMessage(ctx: Context, r: Run, role: 'cache' | 'broker'): string {
  const pool = ctx.roleMembers.get(role)!;
  const blocked = pool
    .map((t) => (r.excluded.has(t.id) ? `${t.name} (ruled out by you)` : `${t.name} (on hold)`))
    .join(', ');
  const because = [
    ...new Set(r.weights.needs.filter((n) => n.need === role).map((n) => n.because)),
  ];
  return role === 'cache'
    ? `You need a cache (${because.join('; ')}), but every one is ruled out: ${blocked || 'the catalog has none'}. The stack goes without one: serve those needs from the primary database or from memory in each instance for now, and plan a cache before traffic grows.`
    : `You need a message broker (${because.join('; ')}), but every one is ruled out: ${blocked || 'the catalog has none'}. The stack goes without one: run background work from a jobs table in the primary database for now, and add a broker once one is allowed.`;
}

/** Notes on how the answers were used: unfilled roles and answers that overrode a "None". */
export function answerNotes(ctx: Context, r: Run): ResultNote[] {
  const notes: ResultNote[] = [];
  for (const role of ['cache', 'broker'] as const)
    if (r.unfilled[role])
      notes.push({
        kind: 'role-unfilled',
        message: unfilledMessage(ctx, r, role),
        questions: [
          ...new Set(r.weights.needs.filter((n) => n.need === role).map((n) => n.question)),
        ],
      });
  for (const q of ctx.catalog.questions) {
    const chosen = r.explicit.get(q.id);
    if (!chosen) continue;
    for (const o of q.options) {
      if (!chosen.includes(o.id)) continue;
      for (const need of o.declines) {
        const by = r.weights.needs.filter((n) => n.need === need && r.explicit.has(n.question));
        if (by.length === 0) continue;
        const label = (qid: string, oid: string) =>
          `“${ctx.optionLabel.get(`${qid}/${oid}`) ?? oid}”`;
        const noun = need === 'cache' ? 'a cache' : 'a message broker';
        const they = by.length > 1 ? 'they reach' : 'it reaches';
        notes.push({
          kind: 'none-wins',
          message: `You answered ${label(q.id, o.id)} to “${q.title}”, so the stack has no ${need === 'cache' ? 'cache' : 'message broker'}, although ${by.map((n) => `${label(n.question, n.option)} (${n.because})`).join(' and ')} usually calls for ${noun}. Your explicit answer wins: this assumes ${they} the service another way${need === 'broker' ? ', such as webhooks or direct HTTP calls' : ''}. If not, change your answer to “${q.title}”.`,
          questions: [q.id, ...new Set(by.map((n) => n.question))],
        });
      }
    }
  }
  return notes;
}

/**
 * When the team names a language and the top stack uses another: say by how much the workload
 * outweighed it and how to keep the team's language.
 */
export function teamLanguageNote(ctx: Context, r: Run, top: StackCandidate): ResultNote | null {
  // The team's language: an answer given that weighs a familiarity criterion scoped to languages
  // (team-language "Go" weighs knows-go, which judges Go only). A criterion may judge several
  // languages when skills carry over (knows-java: Java 5, Kotlin 3); the team's language is then
  // the one that fits it fully, as in the audit.
  let team: Technology | undefined;
  let question: string | undefined;
  for (const q of ctx.catalog.questions) {
    const chosen = r.explicit.get(q.id) ?? [];
    for (const o of q.options) {
      if (!chosen.includes(o.id)) continue;
      for (const criterion of Object.keys(o.weights)) {
        const ids = ctx.catalog.criteria.find((c) => c.id === criterion)?.technologies ?? [];
        const fit = (l: Technology) => l.fit[criterion]?.score ?? 0;
        const t = ids
          .map((id) => ctx.byId.get(id))
          .filter((l): l is Technology => l?.category === 'language' && fit(l) >= 5)
          .sort((a, b) => fit(b) - fit(a) || (a.id < b.id ? -1 : 1))[0];
        if (t && !team) {
          team = t;
          question = q.id;
        }
      }
    }
  }
  if (!team || !question) return null;
  const picked = top.picks.language!.tech;
  if (!team || team.id === picked.id) return null;
  const own = r.bestPerLanguage.get(team.id);
  // Only the person's own answers explain a switch, not the baseline or assumed answers.
  const given = (criterion: string) =>
    r.weights.entries.filter(
      (e) => e.criterion === criterion && e.source.question && r.explicit.has(e.source.question),
    );
  const lost = lostOn(ctx, r, 'language', picked, team).filter(
    (l) => given(l.criterion).length > 0,
  );
  const why = lost.length
    ? `: ${lost
        .slice(0, 2)
        .map((l) => `${given(l.criterion)[0]!.source.because} (${l.label})`)
        .join(' and ')}`
    : '';
  const questions = [
    question,
    ...new Set(
      lost.flatMap((l) =>
        r.weights.entries
          .filter((e) => e.criterion === l.criterion && e.source.question)
          .map((e) => e.source.question!),
      ),
    ),
  ];
  if (!own)
    return {
      kind: 'team-language',
      message: `Your team writes ${team.name}, but no ${team.name} stack can be formed with your constraints; ${picked.name} is recommended instead.`,
      questions,
    };
  const margin = top.score - own.score;
  const exclude = ctx.index.languages
    .filter((l) => l.id !== team.id)
    .map((l) => l.id)
    .sort();
  return {
    kind: 'team-language',
    message: `Your team writes ${team.name}, but ${picked.name} ${round(margin) < 1 ? 'edges ahead by less than a point' : `leads by ${round(margin)} point${round(margin) === 1 ? '' : 's'}`}${why}. The best ${team.name} stack scores ${round(own.score)}; weigh that against the cost of a second language.`,
    questions,
    keep: { language: team.id, name: team.name, exclude, score: own.score },
  };
}

export function explainConflict(ctx: Context, r: Run): Conflict[] {
  const conflicts: Conflict[] = [];
  const why = (t: Technology) =>
    r.excluded.has(t.id)
      ? `${t.name} (ruled out by you)`
      : t.status === 'hold'
        ? `${t.name} (on hold)`
        : null;
  const blocked = (techs: Technology[]) => techs.map(why).filter((x): x is string => x !== null);
  const eligible = (t: Technology) => isEligible(t, r.excluded);
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
  if (primaries.length === 0)
    conflicts.push({
      role: 'database',
      message: `Every primary database is ruled out: ${blocked(index.primaries).join(', ')}.`,
    });
  return conflicts;
}
