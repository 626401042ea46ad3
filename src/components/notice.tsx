import type { ReactNode } from 'react';

const TONES = {
  info: 'border-accent bg-accent-soft',
  warn: 'border-warn bg-surface',
  danger: 'border-danger bg-surface',
} as const;

/** A visible, polite message (role="status"), optionally dismissible. */
export function Notice({
  tone = 'info',
  title,
  children,
  onDismiss,
  className = '',
}: {
  tone?: keyof typeof TONES;
  title?: string;
  children: ReactNode;
  onDismiss?: () => void;
  className?: string;
}) {
  return (
    <div role="status" className={`rounded-lg border-l-4 p-4 ${TONES[tone]} ${className}`}>
      <div className="flex items-start justify-between gap-4">
        <div>
          {title && <p className="font-semibold">{title}</p>}
          <div className={title ? 'mt-1' : ''}>{children}</div>
        </div>
        {onDismiss && (
          <button
            type="button"
            onClick={onDismiss}
            className="shrink-0 rounded px-2 py-1 text-sm font-medium underline underline-offset-4"
          >
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
