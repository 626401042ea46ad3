import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region.tsx';

/** One row: a header cell, then one cell per item. */
export interface SideBySideRow<T> {
  key: string;
  label: ReactNode;
  /** The item's cell; null or undefined shows the table's `empty` content. */
  cell: (item: T, index: number) => ReactNode;
  /** Extra classes for one item's cell (highlight the best of a row). */
  cellClassName?: (item: T, index: number) => string;
}

/** Rows under an optional heading that spans the table ("Fit scores (0 to 5)"). */
export interface SideBySideGroup<T> {
  key: string;
  title?: ReactNode;
  rows: readonly SideBySideRow<T>[];
}

/** Room for the columns, so a phone scrolls sideways instead of squeezing them to a word. */
const MIN_WIDTH: Record<number, string> = {
  1: 'min-w-[24rem]',
  2: 'min-w-[36rem]',
  3: 'min-w-[50rem]',
  4: 'min-w-[60rem]',
};

const rowHeader =
  'sticky left-0 z-10 border-r border-b border-border px-3 py-2 text-left align-top font-medium break-words hyphens-auto';
const cellClass = 'border-b border-border px-3 py-2 align-top';

/**
 * Two to four things side by side: one column per item, one row per fact, the row headers stuck
 * to the left while the table scrolls sideways in a focusable, named region. Used by the compare
 * page (technologies) and the result page's pinned candidates. Props only.
 */
export function SideBySideTable<T>({
  label,
  caption,
  items,
  itemKey,
  header,
  groups,
  empty = null,
  className = '',
}: {
  /** The scroll region's accessible name. */
  label: string;
  /** The table's caption, for screen readers. */
  caption: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The column header of an item. */
  header: (item: T) => ReactNode;
  groups: readonly SideBySideGroup<T>[];
  /** Shown in a cell that has nothing to say. */
  empty?: ReactNode;
  className?: string;
}) {
  return (
    <ScrollRegion label={label} className={className}>
      <table
        className={`w-full table-fixed border-separate border-spacing-0 text-left text-sm ${MIN_WIDTH[items.length] ?? MIN_WIDTH[4]}`}
      >
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-36 sm:w-44" />
          {items.map((item) => (
            <col key={itemKey(item)} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={`${rowHeader} bg-surface`} />
            {items.map((item) => (
              <th
                key={itemKey(item)}
                scope="col"
                className="border-b border-border bg-surface px-3 py-3 align-top"
              >
                {header(item)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) =>
          group.rows.length === 0 ? null : (
            <tbody key={group.key}>
              {group.title !== undefined && (
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={items.length + 1}
                    className="border-b border-border bg-surface px-3 py-2 text-left text-base font-semibold"
                  >
                    <span className="sticky left-3 inline-block">{group.title}</span>
                  </th>
                </tr>
              )}
              {group.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className={`${rowHeader} bg-bg`}>
                    {row.label}
                  </th>
                  {items.map((item, i) => (
                    <td
                      key={itemKey(item)}
                      className={`${cellClass} ${row.cellClassName?.(item, i) ?? ''}`}
                    >
                      {row.cell(item, i) ?? empty}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ),
        )}
      </table>
    </ScrollRegion>
  );
}
