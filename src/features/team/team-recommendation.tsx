import { catalog, findTechnology } from '../../content/catalog.ts';
import { ROLE_LABELS } from '../../content/types.ts';
import { STACK_ROLES } from '../../engine/stack.ts';
import { stackWords, type TeamRecommendation, type TeamStack } from '../../engine/team.ts';
import { paths } from '../../lib/paths.ts';
import { TEAM_RULE } from '../../share/team-export.ts';
import { TextLink } from '../../components/text-link.tsx';

function StackCard({
  id,
  title,
  stack,
  team,
}: {
  id: string;
  title: string;
  stack: TeamStack;
  /** The team stack: marked for embedding hosts and tests. */
  team: boolean;
}) {
  return (
    <div
      className="rounded-lg border border-border bg-surface p-4"
      aria-labelledby={`${id}-title`}
      role="group"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      <ul className="mt-2 space-y-1">
        {STACK_ROLES.filter((r) => stack.picks[r]).map((role) => {
          const techId = stack.picks[role]!;
          return (
            <li
              key={role}
              {...(team ? { 'data-team-role': role, 'data-tech-id': techId } : {})}
              className="flex flex-wrap gap-x-2"
            >
              <span className="text-sm text-muted">{ROLE_LABELS[role]}:</span>
              <TextLink to={paths.technology.to(techId)} className="font-semibold">
                {findTechnology(techId)?.name ?? techId}
              </TextLink>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-sm">
        Lowest member score <strong>{Math.round(stack.worst)}</strong>, average{' '}
        <strong>{Math.round(stack.average)}</strong>.
      </p>
    </div>
  );
}

/** The team stack by the stated rule, the best average beside it, and every member's scores. */
export function TeamRecommendationView({
  rec,
  names,
}: {
  rec: TeamRecommendation;
  names: string[];
}) {
  const worst = rec.bestWorst;
  const average = rec.bestAverage;
  const differs = !!worst && !!average && worst !== average;
  return (
    <section aria-labelledby="team-rec-title" className="mt-8">
      <h2 id="team-rec-title" className="text-xl font-semibold">
        Team recommendation
      </h2>
      <p className="mt-1 max-w-prose" data-team-rule>
        <span className="font-semibold">The rule:</span> {TEAM_RULE}
      </p>
      {!worst ? (
        <p className="mt-3">No stack can be formed from every member’s answers.</p>
      ) : (
        <>
          <div className={`mt-3 grid gap-3 ${differs ? 'sm:grid-cols-2' : ''}`}>
            <StackCard
              id="best-worst"
              title={
                differs
                  ? 'Team stack: best worst case'
                  : 'Team stack: best worst case and best average'
              }
              stack={worst}
              team
            />
            {differs && (
              <StackCard id="best-average" title="Best average" stack={average} team={false} />
            )}
          </div>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full max-w-2xl text-left text-sm">
              <caption className="sr-only">
                Each member’s score for the team’s candidate stacks
              </caption>
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Member
                  </th>
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    {differs ? 'Best worst case' : 'Team stack'}
                  </th>
                  {differs && (
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      Best average
                    </th>
                  )}
                  <th scope="col" className="py-1 pr-3 font-semibold">
                    Own stack
                  </th>
                </tr>
              </thead>
              <tbody>
                {names.map((name, i) => (
                  <tr key={i} className="border-b border-border">
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {name}
                    </th>
                    <td className="py-1 pr-3">{Math.round(worst.scores[i] ?? 0)}</td>
                    {differs && <td className="py-1 pr-3">{Math.round(average.scores[i] ?? 0)}</td>}
                    <td className="py-1 pr-3">
                      {rec.members[i]?.score == null ? '—' : Math.round(rec.members[i]!.score!)}{' '}
                      <span className="text-muted">
                        ({stackWords(catalog, rec.members[i]?.top ?? null)})
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {worst.ruledOut.length > 0 && (
            <p className="mt-2 text-sm">
              Every stack was ruled out by someone;{' '}
              {worst.ruledOut
                .map((r) => `${names[r.member]} ruled out ${r.ids.join(', ')}`)
                .join('; ')}
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}
