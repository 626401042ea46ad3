import { catalog } from '../../content/catalog.ts';
import { answerWords, listWords, type Disagreement, type Settlement } from '../../engine/team.ts';

/**
 * The questions members answer differently, most impact first: who answered what, and what
 * settling it would do. Questions whose settling changes nothing say so, at the bottom.
 */
export function DisagreementList({
  list,
  names,
  sentence,
}: {
  list: Disagreement[] | null;
  names: string[];
  sentence: (d: Disagreement, s: Settlement) => string;
}) {
  if (list === null)
    return (
      <p role="status" className="mt-2 text-muted">
        Working out what each disagreement changes…
      </p>
    );
  if (list.length === 0)
    return <p className="mt-2">None: every member answered every question alike.</p>;
  const title = (id: string) => catalog.questions.find((q) => q.id === id)?.title ?? id;
  const quiet = list.filter((d) => !d.changesAnything).length;
  return (
    <>
      <p className="mt-1 text-sm text-muted">
        {list.length} question{list.length === 1 ? '' : 's'} answered differently
        {quiet > 0 ? `; ${quiet} of them change${quiet === 1 ? 's' : ''} nothing` : ''}.
      </p>
      <ol className="mt-3 space-y-3">
        {list.map((d) => (
          <li
            key={d.question}
            data-question={d.question}
            data-changes={d.changesTeam ? 'team' : d.changesAnything ? 'members' : 'nothing'}
            className={`rounded-lg border p-3 ${d.changesAnything ? 'border-border bg-surface' : 'border-dashed border-border'}`}
          >
            <h3 className="font-semibold">{title(d.question)}</h3>
            <ul className="mt-1 text-sm">
              {d.positions.map((p) => (
                <li key={p.members.join(',')}>
                  <span className="font-medium">
                    {answerWords(catalog, d.question, p.answer).replace(/[“”]/g, '')}
                  </span>
                  :{' '}
                  {listWords(
                    p.members.map((i) => `${names[i]}${p.assumed.includes(i) ? ' (assumed)' : ''}`),
                  )}
                </li>
              ))}
            </ul>
            {d.changesAnything ? (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {d.settlements.map((s) => (
                  <li key={s.answer.join(',')}>{sentence(d, s)}</li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">Settling this changes no one’s stack: you can leave it open.</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
