/**
 * What moved between two results: the roles whose pick changed and the stack's score before and
 * after, in whole points. Pure; the wizard's leading stack and the result's "what changed" banner
 * both say it this way.
 */
import type { Role } from '../content/types.ts';
import type { RankedStack } from './types.ts';

export interface RoleChange {
  role: Role;
  /** The pick's name before, or null when the role was not in the stack. */
  from: string | null;
  /** The pick's name after, or null when the role left the stack. */
  to: string | null;
}

export interface StackChanges {
  roles: RoleChange[];
  /** Whole-point scores of the top stack before and after (null when there was none). */
  score: { from: number | null; to: number | null };
}

const ORDER: Role[] = ['language', 'framework', 'database', 'orm', 'cache', 'broker'];

/** The changes from `before` to `after`, roles in stack order. Guarantees: same stacks, none. */
export function stackChanges(
  before: RankedStack | undefined,
  after: RankedStack | undefined,
): StackChanges {
  const name = (s: RankedStack | undefined, role: Role) =>
    s?.roles.find((r) => r.role === role)?.name ?? null;
  const roles: RoleChange[] = [];
  for (const role of ORDER) {
    if (before?.picks[role] === after?.picks[role]) continue;
    roles.push({ role, from: name(before, role), to: name(after, role) });
  }
  return {
    roles,
    score: {
      from: before ? Math.round(before.score) : null,
      to: after ? Math.round(after.score) : null,
    },
  };
}
