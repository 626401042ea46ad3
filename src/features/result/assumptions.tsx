import type { Recommendation } from '../../engine/recommend.ts';
import { EditLink } from './edit-link.tsx';
import { questionTitle, quote } from './labels.ts';
import { textLinkClass } from '../../components/text-link.tsx';

/** What the result assumed for questions that were not answered, each a link to answer it. */
export function Assumptions({ rec, flipsReady }: { rec: Recommendation; flipsReady: boolean }) {
  // Questions not answered whose every answer leaves the stack as it is (the what-if analysis):
  // the wizard did not need them, but they stay one tap away.
  const unneeded = flipsReady
    ? rec.assumptions
        .map((a) => a.question)
        .filter((q) => !rec.sensitivity.flips.some((f) => f.question === q))
    : [];
  return (
    <>
      {unneeded.length > 0 && (
        <div className="mb-4">
          <p className="font-semibold">
            {unneeded.length === 1
              ? '1 question would not have changed your stack'
              : `${unneeded.length} questions would not have changed your stack`}
            : answer them anyway.
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {unneeded.map((q) => (
              <li key={q}>
                <EditLink question={q} className={textLinkClass('accent', 'inline-block py-0.5')}>
                  {questionTitle(q)}
                </EditLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rec.assumptions.length === 0 ? (
        <p>Every question was answered, so nothing was assumed.</p>
      ) : (
        <ul className="space-y-2">
          {rec.assumptions.map((a) => (
            <li key={a.question}>
              {a.message}{' '}
              <EditLink
                question={a.question}
                place="assumed"
                className={textLinkClass('accent', 'inline-block py-0.5')}
              >
                Answer it<span className="sr-only"> — {quote(questionTitle(a.question))}</span>
              </EditLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
