import { Link } from 'react-router';
import type { Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { EditLink } from './edit-link.tsx';
import { questionTitle, quote } from './labels.ts';
import { resultLink } from './links.ts';
import { textLinkClass } from '../../components/text-link.tsx';

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
                  className={textLinkClass('accent', 'font-semibold')}
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
