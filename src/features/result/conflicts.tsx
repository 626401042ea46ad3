import { findTechnology } from '../../content/catalog.ts';
import type { Recommendation } from '../../engine/recommend.ts';
import type { ShareState } from '../../share/codec.ts';
import { fillsRole, ROLE_LABELS } from './labels.ts';
import { AllowAgainLink } from './allow-again-link.tsx';
import { SITE } from '../../content/summary.ts';

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
        Your answers and exclusions rule out every option for at least one role, so {SITE.name}{' '}
        cannot form a stack. Here is what clashes and how to get out of it:
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
                      <AllowAgainLink id={id} state={state} />
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
