import { Link } from 'react-router';
import type { RankedStack, Recommendation, RoleResult } from '../../engine/recommend.ts';
import type { Role } from '../../content/types.ts';
import { ScoreChart } from '../../components/score-chart.tsx';
import { paths } from '../../lib/paths.ts';
import { formatPoints, listText, pointsText, ROLE_LABELS, topReasons } from './labels.ts';
import { linkClass } from './edit-link.tsx';

const round1 = (n: number) => Math.round(n * 10) / 10;

function marginWords(margin: number): string {
  if (margin < 2) return 'a close call: a small change in your answers could tip it';
  if (margin < 6) return 'a clear lead';
  return 'a strong lead';
}

/** "Python, FastAPI, PostgreSQL and SQLAlchemy". */
export function stackSentence(stack: RankedStack): string {
  return listText(stack.roles.map((r) => r.name));
}

export function YourStack({ rec }: { rec: Recommendation }) {
  const top = rec.stacks[0]!;
  const margin = rec.sensitivity.margin;
  const roleResult = new Map<Role, RoleResult>(rec.roles.map((r) => [r.role, r]));
  return (
    <section aria-labelledby="stack-title" className="mt-8">
      <h2 id="stack-title" className="text-2xl font-semibold">
        Your stack
      </h2>
      <p className="mt-2">
        <span className="font-semibold">
          Stack score {Math.round(top.score)}
          <span className="text-muted"> / 100</span>
        </span>
        {margin !== null ? (
          <>
            {' '}
            · {pointsText(round1(margin))} ahead of the runner-up, {marginWords(margin)}.
          </>
        ) : (
          <> · No other stack fits your constraints.</>
        )}
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {top.roles.map((r) => {
          const candidate = roleResult.get(r.role)?.candidates.find((c) => c.id === r.id);
          const reasons = topReasons(candidate?.reasons ?? []);
          const costs = (candidate?.reasons ?? []).filter((x) => Math.round(x.points) < 0);
          const evidence = (candidate?.reasons ?? []).filter(
            (x) => x.evidence.length > 0 && Math.round(x.points) > 0,
          );
          const because = roleResult.get(r.role)?.neededBecause ?? [];
          return (
            <li
              key={r.role}
              data-stack-role={r.role}
              data-tech-id={r.id}
              className="rounded-lg border border-border bg-surface p-4"
            >
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                {ROLE_LABELS[r.role]}
              </p>
              <div className="mt-1 flex items-baseline justify-between gap-3">
                <h3 className="text-lg font-semibold">
                  <Link to={paths.technology.to(r.id)} className={linkClass}>
                    {r.name}
                  </Link>
                </h3>
                <p className="shrink-0 text-sm tabular-nums">
                  <span className="font-semibold">{Math.round(r.score)}</span>
                  <span className="text-muted"> / 100</span>
                </p>
              </div>
              {because.length > 0 && (
                <p className="mt-1 text-sm text-muted">Needed because {because.join('; ')}.</p>
              )}
              {reasons.length + costs.length > 0 && (
                <ul className="mt-2 space-y-1 text-sm" aria-label={`Why ${r.name}`}>
                  {reasons.map((reason) => (
                    <li key={`${reason.question}/${reason.option}`} className="flex gap-2">
                      <span className="w-8 shrink-0 text-right font-semibold tabular-nums text-ok">
                        {formatPoints(reason.points)}
                      </span>
                      <span>because {reason.because}</span>
                    </li>
                  ))}
                  {costs.map((cost) => (
                    <li key={`${cost.kind}/${cost.pitfall ?? ''}`} className="flex gap-2">
                      <span className="w-8 shrink-0 text-right font-semibold tabular-nums text-danger">
                        {formatPoints(cost.points)}
                      </span>
                      <span>because {cost.because}</span>
                    </li>
                  ))}
                </ul>
              )}
              {evidence.length > 0 && (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer rounded-sm text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
                    Evidence<span className="sr-only"> for {r.name}</span>
                  </summary>
                  <ul className="mt-2 space-y-2">
                    {evidence.flatMap((reason) =>
                      reason.evidence.map((e) => (
                        <li
                          key={`${reason.question ?? 'baseline'}/${reason.option ?? ''}/${e.criterion}`}
                        >
                          <span className="font-semibold tabular-nums">
                            {formatPoints(e.points)}
                          </span>{' '}
                          {e.label} {e.fit}/5 ({reason.because}):{' '}
                          <span className="text-muted">{e.why}</span>
                        </li>
                      )),
                    )}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {top.ormNote && (
        <p className="mt-3 rounded-lg border border-border p-3 text-sm">
          <span className="font-semibold">No ORM: </span>
          {top.ormNote}
        </p>
      )}
    </section>
  );
}

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
    <section aria-labelledby="runners-title" className="mt-10">
      <h2 id="runners-title" className="text-2xl font-semibold">
        Runner-up stacks
      </h2>
      {rest.length === 0 ? (
        <p className="mt-2">No other stack can be formed with your answers and exclusions.</p>
      ) : (
        <>
          <ScoreChart
            className="mt-4 max-w-xl"
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
                      ({diff < 0 ? '−' : '+'}
                      {pointsText(Math.abs(round1(diff)))} against yours)
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
                            <Link to={paths.technology.to(r.id)} className={linkClass}>
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
    </section>
  );
}
