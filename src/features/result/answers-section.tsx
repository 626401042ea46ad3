import { catalog } from '../../content/catalog.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { EditLink } from './edit-link.tsx';
import { describeAnswer, quote } from './labels.ts';
import { AllowAgainLink } from './allow-again-link.tsx';
import { techName } from './links.ts';

/** Every answer, each with a link to change it, and the exclusions with a way to lift them. */
export function AnswersSection({ rec, state }: { rec: Recommendation; state: ShareState }) {
  const assumed = new Map(rec.assumptions.map((a) => [a.question, a]));
  return (
    <>
      <p className="text-muted">Change one answer and come straight back here to see what moves.</p>
      <ul className="mt-3 divide-y divide-border rounded-lg border border-border">
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
                      ? `Not answered (assumed ${describeAnswer(q.id, a.options)})`
                      : given !== undefined
                        ? 'Does not apply to your other answers'
                        : 'Not answered'}
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
                  {techName(id)} <AllowAgainLink id={id} state={state} />
                </li>
              ))}
            </ul>
          </li>
        )}
      </ul>
    </>
  );
}
