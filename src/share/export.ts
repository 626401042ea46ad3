/**
 * Exports of a result for design docs: a Markdown decision record in the MADR 4 format, and
 * JSON with the answers, the full result and the catalog fingerprint. Pure.
 */
import { ROLE_LABELS, ROLE_WORDS, type Catalog, type DetailedCatalog } from '../content/types.ts';
import { confidenceOf } from '../engine/confidence.ts';
import type { Recommendation, RankedStack } from '../engine/recommend.ts';
import type { ShareState } from './codec.ts';

/** "Node.js, Fastify, PostgreSQL, Prisma" */
export function stackTitle(stack: RankedStack): string {
  return stack.roles.map((r) => r.name).join(', ');
}

function answerLines(catalog: Catalog, state: ShareState, result: Recommendation): string[] {
  const lines: string[] = [];
  for (const q of catalog.questions) {
    const given = state.answers[q.id];
    const used = result.answers[q.id];
    if (given === undefined && used === undefined) continue;
    const labels = (used ?? given ?? []).map(
      (id) => q.options.find((o) => o.id === id)?.label ?? id,
    );
    const value = labels.length > 0 ? labels.join(', ') : 'none of these';
    lines.push(`* ${q.title} — ${value}${given === undefined ? ' (assumed; skipped)' : ''}`);
  }
  if (state.exclude.length > 0) lines.push(`* Ruled out: ${state.exclude.join(', ')}`);
  return lines;
}

function bullets(items: string[] | undefined, prefix: string, max = 3): string[] {
  return (items ?? []).slice(0, max).map((item) => `* ${prefix}${item.replace(/\s+/g, ' ')}`);
}

/**
 * A Markdown Architectural Decision Record (MADR 4.0.0 layout) for the result, ready to drop
 * into docs/decisions/. `date` is YYYY-MM-DD.
 */
export function toMadr(
  catalog: DetailedCatalog,
  state: ShareState,
  result: Recommendation,
  shareUrl: string,
  date: string,
): string {
  const byId = new Map(catalog.technologies.map((t) => [t.id, t]));
  const top = result.stacks[0];
  const out: string[] = [];
  out.push(
    '---',
    'status: proposed',
    `date: ${date}`,
    'decision-makers: {list everyone involved}',
    '---',
    '',
  );
  out.push(
    top
      ? `# Use ${stackTitle(top)} for the new service`
      : '# Choose a backend stack for the new service',
    '',
  );

  out.push('## Context and Problem Statement', '');
  out.push(
    'We need a backend stack (language, framework, primary database, ORM, and a cache and message broker where needed) for a new service. We described the team and the workload to Stackwise:',
    '',
    ...answerLines(catalog, state, result),
    '',
  );

  out.push('## Decision Drivers', '');
  const drivers = new Map<string, number>();
  for (const role of result.roles)
    for (const c of role.candidates)
      if (c.status === 'picked')
        for (const r of c.reasons)
          if (r.question !== null && r.points > 0)
            drivers.set(r.because, (drivers.get(r.because) ?? 0) + r.points);
  const sortedDrivers = [...drivers].sort((a, b) => b[1] - a[1]).slice(0, 8);
  out.push(
    ...(sortedDrivers.length > 0
      ? sortedDrivers.map(([because]) => `* ${because.charAt(0).toUpperCase()}${because.slice(1)}`)
      : ['* A mature, well-supported stack (no specific needs were given)']),
    '',
  );

  out.push('## Considered Options', '');
  for (const s of result.stacks)
    out.push(`* Stack ${s.rank}: ${stackTitle(s)} (score ${Math.round(s.score)}/100)`);
  for (const role of result.roles) {
    if (!role.needed) continue;
    const others = role.candidates.filter((c) => c.status !== 'picked').map((c) => c.name);
    if (others.length > 0)
      out.push(`* Other ${ROLE_WORDS[role.role]} candidates: ${others.join(', ')}`);
  }
  out.push('');

  out.push('## Decision Outcome', '');
  if (!top) {
    out.push(
      'No stack could be formed with these constraints:',
      '',
      ...result.conflicts.map((c) => `* ${c.message}`),
      '',
    );
  } else {
    const confidence = confidenceOf(result);
    out.push(
      `Chosen option: "Stack 1: ${stackTitle(top)}", because it scores highest as a whole (${Math.round(top.score)}/100). ${confidence.headline}: ${confidence.detail}`,
      '',
    );
    for (const r of top.roles) {
      const candidate = result.roles
        .find((x) => x.role === r.role)
        ?.candidates.find((c) => c.id === r.id);
      const why = (candidate?.reasons ?? [])
        .filter((x) => x.points > 0)
        .slice(0, 2)
        .map((x) => x.because)
        .join('; ');
      out.push(
        `* ${ROLE_LABELS[r.role]}: ${r.name} (${Math.round(r.score)}/100)${why ? ` — ${why}` : ''}`,
      );
    }
    if (top.ormNote) out.push(`* ORM: none — ${top.ormNote}`);
    for (const n of result.notes) out.push(`* Note: ${n.message}`);
    out.push('');
    out.push('### Consequences', '');
    for (const r of top.roles)
      out.push(
        ...bullets(byId.get(r.id)?.sections.strengths?.items, `Good, because ${r.name}: `, 1),
      );
    const title = (id: string) => catalog.questions.find((q) => q.id === id)?.title ?? id;
    const label = (q: string, o: string) =>
      catalog.questions.find((x) => x.id === q)?.options.find((x) => x.id === o)?.label ?? o;
    for (const p of result.pitfalls) {
      const by = p.triggeredBy.answers.map(
        (a) => `${title(a.question)} — ${a.options.map((o) => label(a.question, o)).join(', ')}`,
      );
      out.push(
        `* Bad, because we must guard against this (${p.severity} risk): ${p.title}. ${p.summary}${by.length > 0 ? ` (Raised by: ${by.join('; ')}.)` : ''}`,
      );
    }
    for (const r of top.roles)
      out.push(
        ...bullets(byId.get(r.id)?.sections['watch-out-for']?.items, `Bad, because ${r.name}: `, 1),
      );
    out.push('');
    out.push('### Confirmation', '');
    out.push(
      'Re-open the share link below: it reproduces this result. If a later catalog changes the recommendation, the page says so. Review the pitfalls above in the first design review.',
      '',
    );
  }

  out.push('## Pros and Cons of the Options', '');
  for (const s of result.stacks) {
    out.push(`### Stack ${s.rank}: ${stackTitle(s)}`, '');
    out.push(`Score ${Math.round(s.score)}/100.`, '');
    for (const r of s.roles) {
      const t = byId.get(r.id);
      out.push(
        ...bullets(t?.sections['best-for']?.items, `Good, because ${r.name} is best for `, 1),
      );
    }
    if (top && s !== top) {
      const diff = top.roles
        .map((r) => ({ r, other: s.roles.find((x) => x.role === r.role) }))
        .filter(({ r, other }) => other?.id !== r.id)
        .map(
          ({ r, other }) => `${ROLE_LABELS[r.role]}: ${other?.name ?? 'none'} instead of ${r.name}`,
        );
      if (diff.length > 0)
        out.push(`* Neutral, because it differs from stack 1 in: ${diff.join('; ')}`);
      out.push(
        `* Bad, because it scores ${(top.score - s.score).toFixed(1)} points lower for our answers`,
      );
    }
    out.push('');
  }
  for (const role of result.roles) {
    if (!role.needed) continue;
    const losers = role.candidates.filter((c) => c.status !== 'picked' && c.whyNot);
    if (losers.length === 0) continue;
    out.push(`### ${ROLE_LABELS[role.role]} candidates not chosen`, '');
    for (const c of losers) out.push(`* ${c.name} (${Math.round(c.score)}/100) — ${c.whyNot}`);
    out.push('');
  }

  out.push('## More Information', '');
  out.push(`* Stackwise result (reproduces this record): <${shareUrl}>`);
  out.push(`* Catalog fingerprint: \`${result.fingerprint}\``);
  for (const a of result.assumptions) out.push(`* ${a.message}`);
  if (result.sensitivity.flips.length > 0) {
    out.push('* What would change the recommendation:');
    for (const f of result.sensitivity.flips.slice(0, 8)) {
      const q = catalog.questions.find((x) => x.id === f.question);
      out.push(
        `  * ${q?.title ?? f.question}: ${f.change} → ${f.changed.map((r) => `${ROLE_WORDS[r]} ${f.stack[r] ? (byId.get(f.stack[r]!)?.name ?? f.stack[r]) : 'none'}`).join(', ')}`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}

/** The result as JSON: answers, exclusions, the whole engine output and the catalog fingerprint. */
export function toJson(state: ShareState, result: Recommendation, shareUrl: string): string {
  return JSON.stringify(
    {
      tool: 'stackwise',
      format: 1,
      catalogFingerprint: result.fingerprint,
      shareUrl,
      answers: state.answers,
      exclude: state.exclude,
      result,
    },
    null,
    2,
  );
}
