import type { Recommendation } from '../../engine/recommend.ts';
import { EditLink } from './edit-link.tsx';
import { questionTitle, quote } from './labels.ts';
import { textLinkClass } from '../../components/text-link.tsx';

/** What the result assumed for questions that were not answered, each a link to answer it. */
export function Assumptions({ rec }: { rec: Recommendation }) {
  return (
    <>
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
