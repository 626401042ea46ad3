import type { ReactNode } from 'react';

/**
 * A horizontally scrollable box for wide content (tables on phones). It is a named region and
 * takes focus, so keyboard users can scroll it with the arrow keys.
 */
export function ScrollRegion({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent ${className}`}
    >
      {children}
    </div>
  );
}
