import { memo, useMemo, useState } from 'react';
import { catalog } from '../../content/catalog.ts';
import type { Role } from '../../content/types.ts';
import { stackChanges } from '../../engine/changes.ts';
import { recommend, type RankedStack } from '../../engine/recommend.ts';

const ROLE_LABEL: Record<Role, string> = {
  language: 'Language',
  framework: 'Framework',
  database: 'Database',
  orm: 'ORM',
  cache: 'Cache',
  broker: 'Broker',
};

export interface Leading {
  /** The top stack, or null before the first answer (no leader is named on defaults alone). */
  top: RankedStack | null;
  /** True when answers were given but the exclusions leave no stack. */
  none: boolean;
  /** Roles whose pick changed with the last answer. */
  changed: Role[];
}

/** The stack the answers lead to so far, and what the latest answer changed in it. */
export function useLeading(answers: Record<string, string[]>, exclude: string[]): Leading {
  const answered = Object.keys(answers).length > 0;
  const top = useMemo(
    () =>
      answered
        ? (recommend(catalog, { answers, exclude }, { sensitivity: false }).stacks[0] ?? null)
        : null,
    [answers, exclude, answered],
  );
  // What changed since the stack shown before (state adjusted during render, React's pattern
  // for deriving from the previous value).
  const [seen, setSeen] = useState<{ top: RankedStack | null; changed: Role[] }>({
    top,
    changed: [],
  });
  if (seen.top !== top) {
    const same = seen.top && top && stackChanges(seen.top, top).roles.length === 0;
    setSeen({
      top,
      changed: seen.top && top && !same ? stackChanges(seen.top, top).roles.map((r) => r.role) : [],
    });
  }
  return { top, none: answered && !top, changed: seen.top === top ? seen.changed : [] };
}

function Roles({ top, changed }: { top: RankedStack; changed: Role[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {top.roles.map((r) => {
        const moved = changed.includes(r.role);
        return (
          <div key={r.role} className="contents">
            <dt className="text-muted">{ROLE_LABEL[r.role]}</dt>
            <dd
              className={`font-medium ${moved ? 'rounded-sm bg-accent-soft px-1 -mx-1' : ''}`}
              data-changed={moved || undefined}
            >
              {r.name}
              {moved && (
                <>
                  {' '}
                  <span className="text-xs font-semibold text-accent">changed</span>
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Desktop: a side panel beside the question, from the first answer on. */
export const LeadingAside = memo(function LeadingAside({ leading }: { leading: Leading }) {
  if (!leading.top && !leading.none) return null;
  return (
    <aside
      aria-labelledby="leading-title"
      className="h-fit rounded-lg border border-border bg-surface p-4 max-lg:hidden"
    >
      <h2 id="leading-title" className="text-sm font-semibold uppercase tracking-wide text-muted">
        Leading stack so far
      </h2>
      <div className="mt-3">
        {leading.top ? (
          <Roles top={leading.top} changed={leading.changed} />
        ) : (
          <p className="text-sm">Your exclusions leave no stack; the result will explain why.</p>
        )}
      </div>
      <p className="mt-3 text-xs text-muted">
        It changes as you answer. Skipped questions use sensible defaults.
      </p>
    </aside>
  );
});

/** Phones: one line in the action bar that opens to the whole stack. */
export function LeadingBar({ leading }: { leading: Leading }) {
  if (!leading.top) return null;
  const names = leading.top.roles.map((r) => r.name).join(' · ');
  return (
    <details className="mb-2 rounded-md border border-border bg-surface text-sm lg:hidden">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-3 py-1">
        <span className="shrink-0 font-semibold">Leading:</span>
        <span className="min-w-0 truncate">{names}</span>
        {leading.changed.length > 0 && (
          <span className="shrink-0 rounded-sm bg-accent-soft px-1 text-xs font-semibold text-accent">
            changed
          </span>
        )}
      </summary>
      <div className="border-t border-border px-3 py-2">
        <Roles top={leading.top} changed={leading.changed} />
      </div>
    </details>
  );
}

/** Says what the last answer changed, for screen readers. */
export function LeadingAnnouncer({ leading }: { leading: Leading }) {
  const top = leading.top;
  const text =
    top && leading.changed.length > 0
      ? `Leading stack changed: ${top.roles
          .filter((r) => leading.changed.includes(r.role))
          .map((r) => `${ROLE_LABEL[r.role]} ${r.name}`)
          .join(', ')}.`
      : '';
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}
