import { memo, useMemo } from 'react';
import { catalog } from '../../content/catalog.ts';
import { recommend } from '../../engine/recommend.ts';

const ROLE_LABEL: Record<string, string> = {
  language: 'Language',
  framework: 'Framework',
  database: 'Database',
  orm: 'ORM',
  cache: 'Cache',
  broker: 'Broker',
};

/** The stack the current answers lead to, updated as answers change. */
export const LeadingStack = memo(function LeadingStack({
  answers,
  exclude,
}: {
  answers: Record<string, string[]>;
  exclude: string[];
}) {
  const top = useMemo(
    () => recommend(catalog, { answers, exclude }, { sensitivity: false }).stacks[0],
    [answers, exclude],
  );
  return (
    <aside
      aria-labelledby="leading-title"
      className="h-fit rounded-lg border border-border bg-surface p-4"
    >
      <h2 id="leading-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Leading stack so far
      </h2>
      {top ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          {top.roles.map((r) => (
            <div key={r.role} className="contents">
              <dt className="text-muted">{ROLE_LABEL[r.role]}</dt>
              <dd className="font-medium">{r.name}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="mt-3 text-sm">Your exclusions leave no stack; the result will explain why.</p>
      )}
      <p className="mt-3 text-xs text-muted">
        It changes as you answer. Skipped questions use sensible defaults.
      </p>
    </aside>
  );
});
