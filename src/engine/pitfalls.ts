/**
 * Pitfalls in the ranking and on the page. Pure.
 *
 * - A pitfall fires only from answers the person gave: an assumed (defaulted) answer never
 *   triggers a warning.
 * - A pitfall about a pick (its condition names picks of exactly one role) costs that pick
 *   points in its role score, so the ranking weighs the risk and the page shows it as a reason.
 *   A high-severity pitfall about a pick costs at least enough to need a clear lead
 *   (`CLEAR_LEAD` stack points) over every stack without it.
 */
import type { Condition, Pitfall, Role, Severity, Technology } from '../content/types.ts';
import { evaluateCondition, type StackPick } from './answers.ts';
import type { Cost } from './score.ts';

/** Stack points a pick that triggers a high-severity pitfall must lead by to be recommended. */
export const CLEAR_LEAD = 5;

/** The one role a pitfall is about, when its condition names picks of exactly one role. */
export function pickRoleOf(condition: Condition): Role | null {
  const atoms: { role: Role; absent: boolean }[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('stack' in c) atoms.push({ role: c.stack, absent: 'absent' in c });
  };
  walk(condition);
  const roles = new Set(atoms.map((a) => a.role));
  if (atoms.length === 0 || roles.size !== 1 || atoms.some((a) => a.absent)) return null;
  return atoms[0]!.role;
}

/** Technology ids a condition names for a role. */
function namedPicks(condition: Condition, role: Role): Set<string> {
  const out = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('stack' in c && 'in' in c && c.stack === role) c.in.forEach((id) => out.add(id));
  };
  walk(condition);
  return out;
}

/**
 * The costs pitfalls charge to picks, per role and technology id, for these (explicit) answers.
 * `roleShare(role)` is the role's weight over the whole stack's (for the clear-lead minimum).
 */
export function pitfallCosts(
  pitfalls: readonly Pitfall[],
  explicit: ReadonlyMap<string, readonly string[]>,
  members: (role: Role) => readonly Technology[],
  roleShare: (role: Role) => number,
): Map<Role, Map<string, Cost[]>> {
  const out = new Map<Role, Map<string, Cost[]>>();
  for (const p of pitfalls) {
    const role = pickRoleOf(p.when);
    if (!role) continue;
    const lead = p.severity === 'high' ? Math.ceil(CLEAR_LEAD / roleShare(role)) : 0;
    const points = Math.max(p.penalty, lead);
    if (points <= 0) continue;
    const named = namedPicks(p.when, role);
    for (const t of members(role)) {
      if (!named.has(t.id)) continue;
      if (!evaluateCondition(p.when, explicit, { [role]: t.id })) continue;
      let byTech = out.get(role);
      if (!byTech) out.set(role, (byTech = new Map()));
      const list = byTech.get(t.id) ?? [];
      list.push({
        source: {
          kind: 'pitfall',
          question: null,
          option: null,
          because: `it triggers the ${p.severity}-severity warning “${p.title}”${p.severity === 'high' ? ', which needs a clear lead' : ''}`,
          pitfall: p.id,
        },
        points,
      });
      byTech.set(t.id, list);
    }
  }
  return out;
}

/** What made a condition hold: the answers (with the options that matched) and the picks. */
export interface Trigger {
  answers: { question: string; options: string[] }[];
  picks: { role: Role; id: string }[];
}

/** The parts of a condition that hold, along every branch that makes it hold. */
export function explainCondition(
  condition: Condition,
  answers: ReadonlyMap<string, readonly string[]>,
  stack: StackPick,
): Trigger {
  const out: Trigger = { answers: [], picks: [] };
  const addAnswer = (question: string, options: string[]) => {
    const prev = out.answers.find((a) => a.question === question);
    if (prev) for (const o of options) if (!prev.options.includes(o)) prev.options.push(o);
    if (!prev) out.answers.push({ question, options });
  };
  const walk = (c: Condition): void => {
    if (!evaluateCondition(c, answers, stack)) return;
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) return;
    else if ('answer' in c) {
      if ('in' in c)
        addAnswer(
          c.answer,
          (answers.get(c.answer) ?? []).filter((o) => c.in.includes(o)),
        );
    } else if ('in' in c) {
      const id = stack[c.stack];
      if (id && !out.picks.some((p) => p.role === c.stack)) out.picks.push({ role: c.stack, id });
    }
  };
  walk(condition);
  return out;
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
