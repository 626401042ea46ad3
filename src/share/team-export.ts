/**
 * Exports of a team decision: a Markdown decision record in the MADR 4 format (the considered
 * stacks, each member's position, the open questions ordered by impact) and JSON. Pure; the
 * sentences are the engine's, so the record says what the team page says.
 */
import type { Catalog } from '../content/types.ts';
import {
  answerWords,
  listWords,
  memberLabel,
  settlementSentence,
  stackWords,
  type Disagreement,
  type TeamRecommendation,
  type TeamStack,
} from '../engine/team.ts';
import type { TeamMember } from './team-codec.ts';

export const TEAM_RULE =
  'The team stack is the one with the best worst case: the highest lowest score across members. Beside it is the stack with the best average, when the two differ.';

const round = (n: number) => Math.round(n);

function scoresLine(names: string[], s: TeamStack): string {
  return s.scores.map((x, i) => `${memberLabel(names, i)} ${round(x)}`).join(', ');
}

/** One line for a team channel: the team stack, how many agree, and the team link. */
export function channelMessage(
  catalog: Catalog,
  members: readonly TeamMember[],
  rec: TeamRecommendation,
  open: number,
  teamUrl: string,
): string {
  const n = members.length;
  if (!rec.bestWorst) return `Stackwise: no stack fits all ${n} of us yet. ${teamUrl}`;
  const own = rec.members.filter((m) => m.top && sameKey(m.top, rec.bestWorst!.picks)).length;
  const questions =
    open === 0 ? 'nothing left to settle' : `${open} question${open === 1 ? '' : 's'} to settle`;
  return `Stackwise team pick for ${n} of us: ${stackWords(catalog, rec.bestWorst.picks)} (lowest score ${round(rec.bestWorst.worst)}, ${own} of ${n} got it on their own; ${questions}). ${teamUrl}`;
}

function sameKey(a: Record<string, string | undefined>, b: Record<string, string | undefined>) {
  return ['language', 'framework', 'database', 'orm', 'cache', 'broker'].every(
    (r) => a[r] === b[r],
  );
}

/**
 * A Markdown Architectural Decision Record (MADR 4.0.0 layout) for the team recommendation.
 * `memberUrls` are the members' own result links, `date` is YYYY-MM-DD.
 */
export function toTeamMadr(
  catalog: Catalog,
  members: readonly TeamMember[],
  rec: TeamRecommendation,
  disagreements: readonly Disagreement[],
  teamUrl: string,
  memberUrls: readonly string[],
  date: string,
): string {
  const given = members.map((m) => m.name);
  const names = given.map((_, i) => memberLabel(given, i));
  const top = rec.bestWorst;
  const out: string[] = [
    '---',
    'status: proposed',
    `date: ${date}`,
    `decision-makers: ${names.join(', ')}`,
    '---',
    '',
    top
      ? `# Use ${stackWords(catalog, top.picks)} for the new service`
      : '# Choose a backend stack for the new service',
    '',
    '## Context and Problem Statement',
    '',
    `${members.length} of us answered Stackwise on our own and got these stacks:`,
    '',
    ...rec.members.map(
      (m, i) =>
        `* ${names[i]}: ${stackWords(catalog, m.top)}${m.score === null ? '' : ` (${round(m.score)}/100)`}`,
    ),
    '',
    'We need one stack for the team.',
    '',
    '## Decision Drivers',
    '',
    `* ${TEAM_RULE}`,
    '* Every member’s answers count the same; a stack someone ruled out is chosen only when every stack is ruled out by someone.',
    '',
    '## Considered Options',
    '',
    ...rec.considered.map(
      (s) =>
        `* ${stackWords(catalog, s.picks)} (lowest ${round(s.worst)}, average ${round(s.average)})`,
    ),
    '',
    '## Decision Outcome',
    '',
  ];
  if (!top) out.push('No stack can be formed from every member’s answers.', '');
  else {
    out.push(
      `Chosen option: "${stackWords(catalog, top.picks)}", because it has the best worst case: no member scores it below ${round(top.worst)} (average ${round(top.average)}).`,
      '',
    );
    if (rec.bestAverage && rec.bestAverage !== top)
      out.push(
        `The best average is "${stackWords(catalog, rec.bestAverage.picks)}" (average ${round(rec.bestAverage.average)}, lowest ${round(rec.bestAverage.worst)}); it serves most of us better and someone worse.`,
        '',
      );
    out.push('### Consequences', '');
    top.scores.forEach((score, i) => {
      const own = rec.members[i]?.score ?? null;
      const gap = own === null ? 0 : own - score;
      out.push(
        gap > 0.5
          ? `* Bad, because ${names[i]} scores it ${round(score)}, ${round(gap)} points below their own stack`
          : `* Good, because it is ${names[i]}’s own stack or as good (${round(score)})`,
      );
    });
    for (const r of top.ruledOut)
      out.push(`* Bad, because ${names[r.member]} ruled out ${r.ids.join(', ')}`);
    out.push('');
    out.push('### Confirmation', '');
    out.push(
      'Settle the open questions below, then re-open the team link: it reproduces this record with everyone’s answers.',
      '',
    );
  }

  out.push('## Pros and Cons of the Options', '');
  for (const s of rec.considered.slice(0, 6)) {
    out.push(`### ${stackWords(catalog, s.picks)}`, '');
    out.push(`* Neutral, because each member scores it: ${scoresLine(names, s)}`);
    out.push(`* Lowest ${round(s.worst)}, average ${round(s.average)}`);
    out.push('');
  }

  out.push('## More Information', '');
  out.push('### Each member’s position', '');
  members.forEach((_m, i) => {
    out.push(
      `* ${names[i]}: ${stackWords(catalog, rec.members[i]?.top ?? null)} — <${memberUrls[i] ?? ''}>`,
    );
    for (const d of disagreements) {
      const p = d.positions.find((x) => x.members.includes(i));
      if (!p) continue;
      const title = catalog.questions.find((q) => q.id === d.question)?.title ?? d.question;
      out.push(
        `  * ${title}: ${answerWords(catalog, d.question, p.answer)}${p.assumed.includes(i) ? ' (assumed; skipped)' : ''}`,
      );
    }
  });
  out.push('');
  out.push('### Open questions, by impact', '');
  if (disagreements.length === 0) out.push('* None: every member answered every question alike.');
  for (const d of disagreements) {
    const title = catalog.questions.find((q) => q.id === d.question)?.title ?? d.question;
    const who = d.positions
      .map(
        (p) =>
          `${answerWords(catalog, d.question, p.answer)}: ${listWords(p.members.map((i) => names[i]!))}`,
      )
      .join('; ');
    out.push(`* ${title} (${who})`);
    if (!d.changesAnything) out.push('  * Settling it changes no one’s stack.');
    else
      for (const s of d.settlements)
        out.push(`  * ${settlementSentence(catalog, d.question, s, names)}`);
  }
  out.push('');
  out.push(`* Team link (reopens this comparison): <${teamUrl}>`);
  out.push(`* Catalog fingerprint: \`${catalog.fingerprint}\``);
  out.push('');
  return out.join('\n');
}

/** The team decision as JSON: members, the rule, the recommendation and the open questions. */
export function toTeamJson(
  catalog: Catalog,
  members: readonly TeamMember[],
  rec: TeamRecommendation,
  disagreements: readonly Disagreement[],
  teamUrl: string,
  memberUrls: readonly string[],
): string {
  const names = members.map((m) => m.name);
  return JSON.stringify(
    {
      tool: 'stackwise',
      format: 1,
      kind: 'team',
      catalogFingerprint: catalog.fingerprint,
      teamUrl,
      rule: TEAM_RULE,
      members: members.map((m, i) => ({
        name: m.name,
        shareUrl: memberUrls[i],
        answers: m.state.answers,
        exclude: m.state.exclude,
        stack: rec.members[i]?.top ?? null,
        score: rec.members[i]?.score ?? null,
      })),
      recommendation: {
        bestWorstCase: rec.bestWorst,
        bestAverage: rec.bestAverage,
        considered: rec.considered,
      },
      openQuestions: disagreements.map((d) => ({
        ...d,
        sentences: d.settlements.map((s) => settlementSentence(catalog, d.question, s, names)),
      })),
    },
    null,
    2,
  );
}
