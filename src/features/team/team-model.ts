/**
 * The team page's logic, without React: adding pasted links to a team, and the side-by-side rows.
 * Pure, given the catalog.
 */
import { ROLE_LABELS, type Catalog } from '../../content/types.ts';
import { resolveAnswers } from '../../engine/answers.ts';
import { STACK_ROLES } from '../../engine/stack.ts';
import { answerWords, memberLabel, type TeamRecommendation } from '../../engine/team.ts';
import {
  MAX_MEMBERS,
  readPastedLink,
  type DecodedMember,
  type TeamMember,
} from '../../share/team-codec.ts';

/** A member on the page: what the link carries, and what reading their link had to say. */
export type PageMember = DecodedMember;

export interface AddOutcome {
  members: PageMember[];
  /** Lines that could not be added, with the reason, to show beside the field. */
  problems: { line: number; text: string; message: string }[];
  /** Lines that stay in the field (the ones with problems, and any beyond the limit). */
  remaining: string;
  added: number;
}

/**
 * Add every link pasted in `text` (one per line; "Name: link" names the member; a team link adds
 * all its members). `name` names the member when exactly one link is pasted. Never more than
 * MAX_MEMBERS: links beyond the limit stay in the field with a message.
 */
export function addPasted(
  catalog: Catalog,
  current: readonly PageMember[],
  text: string,
  name = '',
): AddOutcome {
  const members = [...current];
  const problems: AddOutcome['problems'] = [];
  const keep: string[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const filled = lines.filter((l) => l !== '');
  let added = 0;
  lines.forEach((line, i) => {
    if (line === '') return;
    const read = readPastedLink(catalog, line);
    if (read.kind === 'error') {
      problems.push({ line: i + 1, text: line, message: read.message });
      keep.push(line);
      return;
    }
    const incoming =
      read.kind === 'team'
        ? read.team.members.map((m) => ({
            ...m,
            notices: [...read.team.notices, ...m.notices],
          }))
        : [
            {
              ...read.member,
              name: filled.length === 1 && name.trim() ? name.trim() : read.member.name,
            },
          ];
    if (read.kind === 'team' && incoming.length === 0) {
      problems.push({ line: i + 1, text: line, message: 'This team link names no members.' });
      keep.push(line);
      return;
    }
    const room = MAX_MEMBERS - members.length;
    if (room < incoming.length) {
      problems.push({
        line: i + 1,
        text: line,
        message: `A team has at most ${MAX_MEMBERS} members${room > 0 ? `; only ${room} more fit` : ''}. Remove a member to add this one.`,
      });
      keep.push(line);
      return;
    }
    members.push(...incoming);
    added += incoming.length;
  });
  return { members, problems, remaining: keep.join('\n'), added };
}

export interface SideBySideRow {
  id: string;
  /** The row header: a role or a question title. */
  label: string;
  kind: 'role' | 'score' | 'question';
  /** One cell per member, or one when every member agrees. */
  cells: string[];
  /** Every member has the same value: the row says so in one cell. */
  agreed: boolean;
}

function row(
  id: string,
  label: string,
  kind: SideBySideRow['kind'],
  values: string[],
): SideBySideRow {
  const agreed = values.length > 1 && values.every((v) => v === values[0]);
  return { id, label, kind, cells: agreed ? [`All agree: ${values[0]}`] : values, agreed };
}

/** One row per role (each member's own stack), their scores, then every question's answers. */
export function sideBySide(
  catalog: Catalog,
  members: readonly TeamMember[],
  rec: TeamRecommendation,
): SideBySideRow[] {
  const name = (id: string | undefined) =>
    id === undefined ? '—' : (catalog.technologies.find((t) => t.id === id)?.name ?? id);
  const rows: SideBySideRow[] = [];
  for (const role of STACK_ROLES) {
    const picks = rec.members.map((m) => m.top?.[role]);
    if (picks.every((p) => p === undefined)) continue;
    rows.push(
      row(
        `role-${role}`,
        ROLE_LABELS[role],
        'role',
        picks.map((p) => name(p)),
      ),
    );
  }
  rows.push(
    row(
      'score',
      'Own score',
      'score',
      rec.members.map((m) => (m.score === null ? '—' : `${Math.round(m.score)}/100`)),
    ),
  );
  const effective = members.map((m) => resolveAnswers(catalog, m.state.answers));
  for (const q of catalog.questions) {
    const values = effective.map((e) => {
      const value = e.values.get(q.id) ?? (e.skipped.has(q.id) ? [] : null);
      const words = answerWords(catalog, q.id, value).replace(/[“”]/g, '');
      return e.assumed.has(q.id) || e.skipped.has(q.id) ? `${words} (assumed)` : words;
    });
    rows.push(row(`q-${q.id}`, q.title, 'question', values));
  }
  return rows;
}

/** Member labels ("Ana", "Member 2") in order. */
export function memberNames(members: readonly TeamMember[]): string[] {
  const names = members.map((m) => m.name);
  return names.map((_, i) => memberLabel(names, i));
}
