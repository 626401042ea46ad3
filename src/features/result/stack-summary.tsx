import { Link } from 'react-router';
import { detailedCatalog } from '../../content/prose.ts';
import type { Role } from '../../content/types.ts';
import type { RankedStack, Recommendation } from '../../engine/recommend.ts';
import { SeverityBadge } from '../../components/severity-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { EditLink } from './edit-link.tsx';
import { formatPoints, listText, ROLE_LABELS } from './labels.ts';
import { biggestRisk, decidingReason } from './result-model.ts';
import { textLinkClass } from '../../components/text-link.tsx';

/** "Python, FastAPI, PostgreSQL and SQLAlchemy". */
export function stackSentence(stack: RankedStack): string {
  return listText(stack.roles.map((r) => r.name));
}

/**
 * The stack at a glance: each role with its pick, its score and the one reason that decided it,
 * and a way to dig into that role's candidates.
 */
export function StackSummary({
  rec,
  onCompare,
}: {
  rec: Recommendation;
  /** Open the candidates of one role. */
  onCompare: (role: Role) => void;
}) {
  const top = rec.stacks[0]!;
  return (
    <section aria-labelledby="stack-title" className="mt-6">
      <h2 id="stack-title" className="sr-only">
        Your stack
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {top.roles.map((r) => {
          const reason = decidingReason(rec, r.role);
          const role = rec.roles.find((x) => x.role === r.role);
          const others = role?.candidates.filter((c) => c.status !== 'picked').length ?? 0;
          const cost = role?.candidates
            .find((c) => c.id === r.id)
            ?.reasons.find((x) => x.kind === 'pitfall' && Math.round(x.points) < 0);
          return (
            <li
              key={r.role}
              data-stack-role={r.role}
              data-tech-id={r.id}
              className="flex flex-col rounded-lg border border-border bg-surface px-3 py-2 sm:p-4"
            >
              <div className="flex items-baseline justify-between gap-3">
                <h3 className="min-w-0">
                  <span className="block text-xs font-semibold uppercase tracking-wide text-muted max-sm:mr-2 max-sm:inline">
                    {ROLE_LABELS[r.role]}
                  </span>
                  <Link
                    to={paths.technology.to(r.id)}
                    className={textLinkClass('accent', 'font-semibold sm:text-lg')}
                  >
                    {r.name}
                  </Link>
                </h3>
                <p className="shrink-0 text-sm tabular-nums">
                  <span className="font-semibold">{Math.round(r.score)}</span>
                  <span className="text-muted"> / 100</span>
                </p>
              </div>
              {reason ? (
                <p className="text-sm">
                  <span className="font-semibold tabular-nums text-ok">
                    {formatPoints(reason.points)}
                  </span>{' '}
                  because {reason.because}
                  {reason.assumed && (
                    <>
                      {' '}
                      <EditLink question={reason.question!} place={`card-${r.role}`}>
                        (assumed)
                        <span className="sr-only"> — answer it</span>
                      </EditLink>
                    </>
                  )}
                </p>
              ) : (
                role?.neededBecause[0] && (
                  <p className="text-sm">Needed because {role.neededBecause[0]}.</p>
                )
              )}
              {cost && (
                <p className="text-sm">
                  <span className="font-semibold tabular-nums text-danger">
                    {formatPoints(cost.points)}
                  </span>{' '}
                  because {cost.because}
                </p>
              )}
              {others > 0 && (
                <button
                  type="button"
                  onClick={() => onCompare(r.role)}
                  className={textLinkClass(
                    'accent',
                    'mt-1 hidden min-h-6 self-start text-sm sm:inline-flex print:hidden',
                  )}
                >
                  Compare {others} other{others === 1 ? '' : 's'}
                  <span className="sr-only"> for the {ROLE_LABELS[r.role].toLowerCase()}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {top.ormNote && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">No ORM: </span>
          {top.ormNote}
        </p>
      )}
    </section>
  );
}

/** The single biggest risk or trade-off, next to the stack. */
export function RiskCallout({ rec }: { rec: Recommendation }) {
  const risk = biggestRisk(detailedCatalog, rec);
  if (!risk) return null;
  return (
    <aside
      aria-label="Biggest risk"
      className="mt-4 rounded-lg border-l-4 border-warn bg-surface px-4 py-3"
    >
      {risk.kind === 'pitfall' ? (
        <p>
          <span className="font-semibold">Biggest risk: </span>
          <SeverityBadge severity={risk.pitfall.severity} />{' '}
          <button
            type="button"
            className={textLinkClass('accent', 'inline-flex min-h-6 text-left')}
            onClick={() => {
              const target = document.getElementById(`pitfall-${risk.pitfall.id}`);
              target?.scrollIntoView({ block: 'center' });
              target?.closest('article')?.querySelector('summary')?.focus();
            }}
          >
            {risk.pitfall.title}
          </button>
          . {risk.pitfall.summary}
        </p>
      ) : (
        <p>
          <span className="font-semibold">Main trade-off ({risk.tech}): </span>
          {risk.text}
        </p>
      )}
    </aside>
  );
}
