import type { Status } from '../content/types.ts';

const STYLES: Record<Status, string> = {
  adopt: 'border-ok text-ok',
  trial: 'border-accent text-accent',
  assess: 'border-warn text-warn',
  hold: 'border-danger text-danger',
};

const TITLES: Record<Status, string> = {
  adopt: 'Adopt: proven, recommended by default',
  trial: 'Trial: worth using where it fits, with some care',
  assess: 'Assess: worth exploring, not yet for critical work',
  hold: 'Hold: not recommended for new work; never picked',
};

/** The radar ring of a technology, with its meaning for screen readers and on hover. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span
      title={TITLES[status]}
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[status]}`}
    >
      <span className="sr-only">Radar status: </span>
      {status}
    </span>
  );
}
