import { Link } from 'react-router';
import type { RankedStack, Recommendation } from '../../engine/recommend.ts';
import { ScoreChart } from '../../components/score-chart.tsx';
import { paths } from '../../lib/paths.ts';
import { pointsText, ROLE_LABELS } from './labels.ts';
import { stackSentence } from './stack-summary.tsx';
import { textLinkClass } from '../../components/text-link.tsx';

/** The next-best stacks and what each changes against the pick. */
export function RunnerUps({ rec }: { rec: Recommendation }) {
  const [top, ...rest] = rec.stacks;
  if (!top) return null;
  const differs = (s: RankedStack) =>
    s.roles.filter((r) => top.picks[r.role] !== r.id).map((r) => r.name);
  const items = rec.stacks.map((s) => ({
    id: String(s.rank),
    label:
      s.rank === 1
        ? `#1 Your stack (picked)`
        : `#${s.rank} with ${differs(s).join(', ') || 'other picks'}`,
    value: s.score,
    highlight: s.rank === 1,
  }));
  return (
    <div>
      {rest.length === 0 ? (
        <p>No other stack can be formed with your answers and exclusions.</p>
      ) : (
        <>
          <ScoreChart
            className="max-w-xl"
            items={items}
            label={`Stack scores out of 100: ${rec.stacks.map((s) => `#${s.rank} ${Math.round(s.score)}`).join(', ')}.`}
            describedBy="runners-note"
          />
          <p id="runners-note" className="mt-2 text-sm text-muted">
            Scores out of 100; the list below says what each runner-up changes.
          </p>
          <ol className="mt-4 grid gap-3 sm:grid-cols-2">
            {rest.map((s) => {
              const diff = s.score - top.score;
              return (
                <li key={s.rank} className="rounded-lg border border-border p-4">
                  <h3 className="font-semibold">
                    #{s.rank}: {stackSentence(s)}
                  </h3>
                  <p className="mt-1 text-sm">
                    Score {Math.round(s.score)} / 100{' '}
                    <span className="text-muted">
                      (
                      {Math.round(-diff) < 1
                        ? 'level with yours: a near tie'
                        : `${pointsText(Math.round(-diff))} behind yours`}
                      )
                    </span>
                  </p>
                  <ul className="mt-2 space-y-1 text-sm">
                    {s.roles
                      .filter((r) => top.picks[r.role] !== r.id)
                      .map((r) => {
                        const was = top.roles.find((t) => t.role === r.role);
                        return (
                          <li key={r.role}>
                            <span className="text-muted">{ROLE_LABELS[r.role]}: </span>
                            <Link to={paths.technology.to(r.id)} className={textLinkClass()}>
                              {r.name}
                            </Link>
                            {was ? ` instead of ${was.name}` : ' (added)'}
                          </li>
                        );
                      })}
                    {top.roles
                      .filter((t) => s.picks[t.role] === undefined)
                      .map((t) => (
                        <li key={t.role}>
                          <span className="text-muted">{ROLE_LABELS[t.role]}: </span>
                          none (yours has {t.name})
                        </li>
                      ))}
                  </ul>
                  {s.ormNote && <p className="mt-2 text-sm text-muted">No ORM: {s.ormNote}</p>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
