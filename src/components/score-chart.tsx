export interface ScoreChartItem {
  id: string;
  label: string;
  /** 0..max. */
  value: number;
  /** The winner: drawn in the accent colour and bold, and its label should say so in words. */
  highlight?: boolean;
}

const ROW = 34;
/** Bars take this share of the width; the value follows the track in the rest. */
const BAR_SHARE = 88;

/**
 * Horizontal bar chart in hand-written SVG. Bars are sized in percent, so text keeps its size at
 * any width. The chart is an image with a summary (`label`); pass `describedBy` to point at its
 * text equivalent (usually a table).
 */
export function ScoreChart({
  items,
  label,
  describedBy,
  max = 100,
  className = '',
}: {
  items: readonly ScoreChartItem[];
  label: string;
  describedBy?: string;
  max?: number;
  className?: string;
}) {
  const height = items.length * ROW;
  return (
    <svg
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      width="100%"
      height={height}
      className={`block overflow-visible text-fg ${className}`}
    >
      {items.map((item, i) => {
        const y = i * ROW;
        const share = Math.max(0, Math.min(1, item.value / max));
        const width = Math.max(share * BAR_SHARE, share > 0 ? 0.5 : 0);
        return (
          <g key={item.id}>
            <text
              x="0"
              y={y + 12}
              className={`fill-current text-[13px] ${item.highlight ? 'font-semibold' : ''}`}
            >
              {item.label}
            </text>
            <rect
              x="0"
              y={y + 17}
              width={`${BAR_SHARE}%`}
              height="11"
              rx="3"
              className="fill-surface-2"
            />
            <rect
              x="0"
              y={y + 17}
              width={`${width}%`}
              height="11"
              rx="3"
              className={item.highlight ? 'fill-accent' : 'fill-muted'}
            />
            <text
              x={`${BAR_SHARE}%`}
              dx="8"
              y={y + 27}
              className={`fill-current text-xs tabular-nums ${item.highlight ? 'font-semibold' : ''}`}
            >
              {Math.round(item.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
