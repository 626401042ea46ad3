import { Link } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import type { Flip, Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { describeAnswer, pointsText, questionTitle, ROLE_WORDS } from './labels.ts';
import { resultLink, techName } from './links.ts';
import { whatIfGroups, type WhatIfGroup } from './result-model.ts';
import { textLinkClass } from '../../components/text-link.tsx';

/** "If you answer “Massive” instead of “Growing”", "If you also pick “Caching”". */
function flipCondition(rec: Recommendation, flip: Flip): string {
  const q = catalog.questions.find((x) => x.id === flip.question);
  const now = rec.answers[flip.question] ?? [];
  if (q?.kind === 'multiple') {
    const added = flip.answer.filter((o) => !now.includes(o));
    const removed = now.filter((o) => !flip.answer.includes(o));
    const parts: string[] = [];
    if (added.length > 0) parts.push(`also pick ${describeAnswer(flip.question, added)}`);
    if (removed.length > 0) parts.push(`drop ${describeAnswer(flip.question, removed)}`);
    return `If you ${parts.join(' and ') || 'change it'}`;
  }
  return now.length > 0
    ? `If you answer ${describeAnswer(flip.question, flip.answer)} instead of ${describeAnswer(flip.question, now)}`
    : `If you answer ${describeAnswer(flip.question, flip.answer)}`;
}

/** "Database becomes PostgreSQL, adds Redis as the cache". */
function outcome(rec: Recommendation, group: WhatIfGroup): string {
  const top = rec.stacks[0]!.picks;
  const text = group.changed
    .map((role) => {
      const was = top[role];
      const now = group.stack[role];
      if (was && now) return `the ${ROLE_WORDS[role]} becomes ${techName(now)}`;
      if (now) return `adds ${techName(now)} as the ${ROLE_WORDS[role]}`;
      return `drops the ${ROLE_WORDS[role]} (${techName(was ?? '')})`;
    })
    .join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What would change the stack: one line per distinct new stack, with every single answer that
 * leads there (each a link to that result), the closest change first.
 */
export function WhatIf({
  rec,
  state,
  pending,
}: {
  rec: Recommendation;
  state: ShareState;
  /** True while the what-if analysis is still being worked out. */
  pending: boolean;
}) {
  const groups = whatIfGroups(rec);
  if (pending)
    return (
      <p role="status" className="text-muted">
        Working out which single answers would change it…
      </p>
    );
  if (groups.length === 0) return <p>No single answer change moves the top stack.</p>;
  return (
    <>
      <p className="text-sm text-muted">
        Each line is a different stack, closest first; follow an answer to see that result.
      </p>
      <ul className="mt-3 space-y-4">
        {groups.map((g) => (
          <li key={g.key} data-whatif-line="">
            <p>
              <span className="font-semibold">{outcome(rec, g)}</span>{' '}
              {g.changed.some((role) => rec.stacks[0]!.picks[role] !== undefined) && (
                <span className="text-sm text-muted">
                  (
                  {g.trails < 0.5
                    ? 'level with your stack today'
                    : `${pointsText(Math.round(g.trails))} behind your stack today`}
                  )
                </span>
              )}{' '}
              if you:
            </p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {g.flips.map((f) => (
                <li key={`${f.question}/${f.answer.join(',')}`}>
                  <Link
                    to={resultLink({
                      answers: { ...state.answers, [f.question]: f.answer },
                      exclude: state.exclude,
                    })}
                    className={textLinkClass('accent', 'inline-block py-0.5')}
                  >
                    {flipCondition(rec, f).replace(/^If you /, '')}
                  </Link>
                  <span className="text-muted"> ({questionTitle(f.question)})</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
