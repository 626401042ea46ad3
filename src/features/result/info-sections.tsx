import { Link } from 'react-router';
import { catalog, findTechnology } from '../../content/catalog.ts';
import type { Flip, Recommendation, TriggeredPitfall } from '../../engine/recommend.ts';
import { encodeShare, type ShareState } from '../../share/codec.ts';
import { Prose } from '../../components/prose.tsx';
import { SeverityBadge } from '../../components/severity-badge.tsx';
import { paths } from '../../lib/paths.ts';
import { EditLink, linkClass } from './edit-link.tsx';
import {
  describeAnswer,
  pointsText,
  fillsRole,
  questionTitle,
  quote,
  ROLE_LABELS,
  ROLE_WORDS,
} from './labels.ts';

const techName = (id: string) => findTechnology(id)?.name ?? id;

/** The result link for these answers. */
export function resultLink(state: ShareState): string {
  return paths.result.to(encodeShare(catalog, state));
}

export function Notices({ notices, empty }: { notices: string[]; empty: boolean }) {
  if (notices.length === 0 && !empty) return null;
  return (
    <div role="status" className="mt-6 rounded-lg border-l-4 border-warn bg-surface p-4">
      <p className="font-semibold">About this link</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {empty && (
          <li>
            The link carries no answers, so this recommendation rests on defaults alone.{' '}
            <Link to={paths.step.to(catalog.questions[0]?.id ?? '')} className={linkClass}>
              Answer the questions
            </Link>{' '}
            for one that fits you.
          </li>
        )}
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

export function Conflicts({ rec, state }: { rec: Recommendation; state: ShareState }) {
  return (
    <section
      aria-labelledby="conflict-title"
      className="mt-8 rounded-lg border-l-4 border-danger bg-surface p-4"
    >
      <h2 id="conflict-title" className="text-2xl font-semibold">
        No stack fits these constraints
      </h2>
      <p className="mt-2">
        Your answers and exclusions rule out every option for at least one role, so Stackwise cannot
        form a stack. Here is what clashes and how to get out of it:
      </p>
      <ul className="mt-4 space-y-4">
        {rec.conflicts.map((c) => {
          const allow = state.exclude.filter((id) => {
            const t = findTechnology(id);
            return t !== undefined && fillsRole(t, c.role);
          });
          return (
            <li key={c.role}>
              <p>
                <span className="font-semibold">{ROLE_LABELS[c.role]}: </span>
                {c.message}
              </p>
              {allow.length > 0 && (
                <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
                  {allow.map((id) => (
                    <li key={id}>
                      <Link
                        to={resultLink({
                          ...state,
                          exclude: state.exclude.filter((x) => x !== id),
                        })}
                        className={linkClass}
                      >
                        Allow {techName(id)} again
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-sm">All your answers are listed under “Edit answers” below.</p>
    </section>
  );
}

export function Assumptions({ rec }: { rec: Recommendation }) {
  return (
    <section aria-labelledby="assumed-title" className="mt-10">
      <h2 id="assumed-title" className="text-2xl font-semibold">
        What we assumed
      </h2>
      {rec.assumptions.length === 0 ? (
        <p className="mt-2">You answered every question, so nothing was assumed.</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {rec.assumptions.map((a) => (
            <li key={a.question}>
              {a.message}{' '}
              <EditLink question={a.question} place="assumed">
                Answer it<span className="sr-only"> — {quote(questionTitle(a.question))}</span>
              </EditLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Pitfalls({ rec }: { rec: Recommendation }) {
  return (
    <section aria-labelledby="pitfalls-title" className="render-when-near mt-10">
      <h2 id="pitfalls-title" className="text-2xl font-semibold">
        Pitfalls to avoid
      </h2>
      {rec.pitfalls.length === 0 ? (
        <p className="mt-2">No known pitfall applies to these answers and this stack.</p>
      ) : (
        <ul className="mt-4 space-y-4">
          {rec.pitfalls.map((p) => (
            <li key={p.id}>
              <article
                data-pitfall-id={p.id}
                aria-labelledby={`pitfall-${p.id}`}
                className="rounded-lg border border-border p-4"
              >
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <SeverityBadge severity={p.severity} />
                  <h3 id={`pitfall-${p.id}`} className="text-lg font-semibold">
                    {p.title}
                  </h3>
                </div>
                <p className="mt-2 font-medium">{p.summary}</p>
                <Trigger pitfall={p} />
                <details className="mt-2">
                  <summary className="cursor-pointer rounded-sm text-accent underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
                    What to do<span className="sr-only"> about {p.title.toLowerCase()}</span>
                  </summary>
                  <Prose html={p.advice} className="mt-2" />
                </details>
                {p.links.length > 0 && (
                  <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                    {p.links.map((l) => (
                      <li key={l.url}>
                        <a
                          href={l.url}
                          target="_blank"
                          rel="noopener noreferrer"
                          className={linkClass}
                        >
                          {l.label}
                          <span className="sr-only"> (opens in a new tab)</span>
                          <span aria-hidden="true"> ↗</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </article>
            </li>
          ))}
        </ul>
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

/** How the answers were used: an answer that won over a need, a role left unfilled, the team's
 * language outweighed (with a one-click way to keep it). */
export function ResultNotes({ rec, state }: { rec: Recommendation; state: ShareState }) {
  if (rec.notes.length === 0) return null;
  return (
    <ul className="mt-4 space-y-3" aria-label="Notes on your answers">
      {rec.notes.map((n) => (
        <li key={n.kind + n.message} className="rounded-lg border-l-4 border-accent bg-surface p-4">
          <p>{n.message}</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {n.keep && (
              <li>
                <Link
                  to={resultLink({
                    ...state,
                    exclude: [...new Set([...state.exclude, ...n.keep.exclude])],
                  })}
                  className={`${linkClass} font-semibold`}
                >
                  Keep {n.keep.name} →
                </Link>
              </li>
            )}
            {n.questions.map((q) => (
              <li key={q}>
                <EditLink question={q} place={`note-${n.kind}`}>
                  Change your answer to {quote(questionTitle(q))}
                </EditLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

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

function flipOutcome(rec: Recommendation, flip: Flip): string {
  const top = rec.stacks[0]!.picks;
  return flip.changed
    .map((role) => {
      const was = top[role];
      const now = flip.stack[role];
      if (was && now) return `${ROLE_WORDS[role]} becomes ${techName(now)}`;
      if (now) return `adds ${techName(now)} as the ${ROLE_WORDS[role]}`;
      return `drops the ${ROLE_WORDS[role]} (${techName(was ?? '')})`;
    })
    .join(', ');
}

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
  const { margin, flips } = rec.sensitivity;
  const groups = new Map<string, Flip[]>();
  for (const f of flips) groups.set(f.question, [...(groups.get(f.question) ?? []), f]);
  return (
    <section aria-labelledby="whatif-title" className="render-when-near mt-10">
      <h2 id="whatif-title" className="text-2xl font-semibold">
        What would change this
      </h2>
      <p className="mt-2">
        {margin === null
          ? 'No other stack fits your constraints, so there is no runner-up to compare with.'
          : `The top stack leads the runner-up by ${pointsText(margin)} out of 100.`}
      </p>
      {pending ? (
        <p role="status" className="mt-2 text-muted">
          Working out which single answers would change it…
        </p>
      ) : flips.length === 0 ? (
        <p className="mt-2">No single answer change moves the top stack.</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">
            Each change below is one answer away; follow it to see that result.
          </p>
          <div className="mt-4 space-y-5">
            {[...groups].map(([question, list]) => (
              <section key={question} aria-labelledby={`whatif-${question}`}>
                <h3 id={`whatif-${question}`} className="font-semibold">
                  {questionTitle(question)}
                </h3>
                <ul className="mt-2 space-y-1.5">
                  {list.map((f) => (
                    <li key={f.answer.join(',')}>
                      <Link
                        to={resultLink({
                          answers: { ...state.answers, [f.question]: f.answer },
                          exclude: state.exclude,
                        })}
                        className={linkClass}
                      >
                        {flipCondition(rec, f)}
                      </Link>{' '}
                      <span aria-hidden="true">→</span>
                      <span className="sr-only">:</span> {flipOutcome(rec, f)}.
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

export function EditAnswers({ rec, state }: { rec: Recommendation; state: ShareState }) {
  const assumed = new Map(rec.assumptions.map((a) => [a.question, a]));
  return (
    <section aria-labelledby="edit-title" className="render-when-near mt-10">
      <h2 id="edit-title" tabIndex={-1} className="text-2xl font-semibold outline-none">
        Edit answers
      </h2>
      <p className="mt-2 text-muted">
        Change one answer and come straight back here to see what moves.
      </p>
      <ul className="mt-4 divide-y divide-border rounded-lg border border-border">
        {catalog.questions.map((q) => {
          const given = state.answers[q.id];
          const a = assumed.get(q.id);
          return (
            <li key={q.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{q.title}</p>
                <p className="text-sm text-muted">
                  {given !== undefined && rec.answers[q.id] !== undefined
                    ? describeAnswer(q.id, given)
                    : a && a.options.length > 0
                      ? `Skipped (assumed ${describeAnswer(q.id, a.options)})`
                      : given !== undefined
                        ? 'Does not apply to your other answers'
                        : 'Skipped'}
                </p>
              </div>
              <div className="sm:w-auto">
                <EditLink question={q.id} place="edit">
                  Edit<span className="sr-only"> {quote(q.title)}</span>
                </EditLink>
              </div>
            </li>
          );
        })}
        {state.exclude.length > 0 && (
          <li className="p-3">
            <p className="font-medium">Ruled out</p>
            <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {state.exclude.map((id) => (
                <li key={id}>
                  {techName(id)}{' '}
                  <Link
                    to={resultLink({ ...state, exclude: state.exclude.filter((x) => x !== id) })}
                    className={linkClass}
                  >
                    Allow {techName(id)} again
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </section>
  );
}
