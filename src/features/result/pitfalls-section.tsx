import type { Recommendation, TriggeredPitfall } from '../../engine/recommend.ts';
import { Prose } from '../../components/prose.tsx';
import { SeverityBadge } from '../../components/severity-badge.tsx';
import { EditLink } from './edit-link.tsx';
import { describeAnswer, questionTitle, quote, ROLE_WORDS } from './labels.ts';
import { techName } from './links.ts';
import { ExternalLink, textLinkClass } from '../../components/text-link.tsx';

/** One warning: what it is, what raised it, what to do, where to read more. */
function PitfallCard({ pitfall: p, compact }: { pitfall: TriggeredPitfall; compact: boolean }) {
  return (
    <article
      data-pitfall-id={p.id}
      aria-labelledby={`pitfall-${p.id}`}
      className={
        compact ? 'py-3' : 'rounded-lg border border-border border-l-4 border-l-danger p-4'
      }
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <SeverityBadge severity={p.severity} />
        <h3 id={`pitfall-${p.id}`} className={compact ? 'font-semibold' : 'text-lg font-semibold'}>
          {p.title}
        </h3>
      </div>
      <p className={compact ? 'mt-1 text-sm' : 'mt-2 font-medium'}>{p.summary}</p>
      <Trigger pitfall={p} />
      <details className="mt-2">
        <summary
          className={textLinkClass(
            'accent',
            'inline-flex min-h-6 cursor-pointer items-center text-sm',
          )}
        >
          What to do<span className="sr-only"> about {p.title.toLowerCase()}</span>
        </summary>
        <Prose html={p.advice} className="mt-2" />
        {p.links.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {p.links.map((l) => (
              <li key={l.url}>
                <ExternalLink href={l.url}>{l.label}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </details>
    </article>
  );
}

/**
 * Warnings tied to the answers that raised them: high severity as full cards first, medium and
 * low folded into a "watch for" list.
 */
export function Pitfalls({ rec }: { rec: Recommendation }) {
  const high = rec.pitfalls.filter((p) => p.severity === 'high');
  const rest = rec.pitfalls.filter((p) => p.severity !== 'high');
  return (
    <section aria-labelledby="pitfalls-title" className="mt-8">
      <h2 id="pitfalls-title" className="text-2xl font-semibold">
        Warnings
      </h2>
      {rec.pitfalls.length === 0 ? (
        <p className="mt-2">No known pitfall applies to your answers and this stack.</p>
      ) : (
        <>
          {high.length > 0 && (
            <ul className="mt-3 space-y-3">
              {high.map((p) => (
                <li key={p.id}>
                  <PitfallCard pitfall={p} compact={false} />
                </li>
              ))}
            </ul>
          )}
          {rest.length > 0 && (
            <div className="mt-4">
              <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">
                Watch for
              </h3>
              <ul className="divide-y divide-border">
                {rest.map((p) => (
                  <li key={p.id}>
                    <PitfallCard pitfall={p} compact />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** Which of the person's answers (and which picks) raised a pitfall, each answer a link to change it. */
function Trigger({ pitfall }: { pitfall: TriggeredPitfall }) {
  const { answers, picks } = pitfall.triggeredBy;
  if (answers.length === 0 && picks.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <span className="text-muted">Raised by </span>
      <ul className="inline">
        {answers.map((a, i) => (
          <li key={a.question} className="inline">
            {i > 0 && <span className="text-muted">, </span>}
            your answer {describeAnswer(a.question, a.options)} to{' '}
            <EditLink question={a.question} place={`pitfall-${pitfall.id}`}>
              {quote(questionTitle(a.question))}
            </EditLink>
          </li>
        ))}
        {picks.map((p, i) => (
          <li key={p.role} className="inline">
            {(answers.length > 0 || i > 0) && <span className="text-muted"> and </span>}
            the pick of {techName(p.id)} as the {ROLE_WORDS[p.role]}
          </li>
        ))}
      </ul>
      .
    </div>
  );
}
