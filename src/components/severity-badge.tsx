import type { Severity } from '../content/types.ts';

const STYLES: Record<Severity, string> = {
  high: 'border-danger text-danger',
  medium: 'border-warn text-warn',
  low: 'border-border text-muted',
};

const MARKS: Record<Severity, string> = { high: '!!!', medium: '!!', low: '!' };

/** A pitfall's severity in words (and a mark), never by colour alone. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide ${STYLES[severity]}`}
    >
      <span aria-hidden="true">{MARKS[severity]}</span>
      <span className="sr-only">Severity: </span>
      {severity}
    </span>
  );
}
