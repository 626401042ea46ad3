import type { Status } from '../content/types.ts';

const STYLES: Record<Status, string> = {
  adopt: 'border-ok text-ok',
  trial: 'border-accent text-accent',
  assess: 'border-warn text-warn',
  hold: 'border-danger text-danger',
};

/** What each radar ring means, in words (shown beside the badge where there is room). */
export const STATUS_MEANING: Record<Status, string> = {
  adopt: 'Proven; recommended by default',
  trial: 'Worth using where it fits, with some care',
  assess: 'Worth exploring, not yet for critical work',
  hold: 'Not recommended for new work; never picked',
};

/** The radar ring of a technology, with its meaning for screen readers and on hover. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span
      title={`${status.charAt(0).toUpperCase()}${status.slice(1)}: ${STATUS_MEANING[status]}`}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status]}`}
    >
      <span className="sr-only">Radar status: </span>
      {status}
    </span>
  );
}
