// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SideBySideTable, type SideBySideGroup } from './side-by-side-table.tsx';

afterEach(cleanup);

interface Item {
  id: string;
  name: string;
  score?: number;
  note?: string;
}

const items: Item[] = [
  { id: 'pg', name: 'PostgreSQL', score: 5, note: 'ACID' },
  { id: 'mongo', name: 'MongoDB', score: 3 },
  { id: 'lite', name: 'SQLite' },
];

const groups: SideBySideGroup<Item>[] = [
  { key: 'facts', rows: [{ key: 'note', label: 'Strengths', cell: (i) => i.note }] },
  {
    key: 'fit',
    title: 'Fit scores (0 to 5)',
    rows: [
      {
        key: 'integrity',
        label: 'Data integrity',
        cell: (i) => (i.score === undefined ? null : `${i.score} / 5`),
        cellClassName: (_i, n) => (n === 0 ? 'best' : ''),
      },
    ],
  },
  { key: 'empty', title: 'Nothing here', rows: [] },
];

function renderTable() {
  return render(
    <SideBySideTable
      label="Comparison of three databases (scrolls sideways)"
      caption="Comparison of PostgreSQL, MongoDB, SQLite"
      items={items}
      itemKey={(i) => i.id}
      header={(i) => i.name}
      groups={groups}
      empty="None listed"
    />,
  );
}

describe('SideBySideTable', () => {
  it('is a focusable, named scroll region holding a captioned table', () => {
    renderTable();
    const region = screen.getByRole('region', {
      name: 'Comparison of three databases (scrolls sideways)',
    });
    expect(region.tabIndex).toBe(0);
    expect(
      within(region).getByRole('table', { name: 'Comparison of PostgreSQL, MongoDB, SQLite' }),
    ).toBeTruthy();
  });

  it('one column per item, in order, and one row header per fact and per titled group', () => {
    renderTable();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['PostgreSQL', 'MongoDB', 'SQLite']);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'Strengths',
      'Fit scores (0 to 5)',
      'Data integrity',
    ]);
  });

  it('a cell with nothing to say shows the empty text; values line up under their item', () => {
    renderTable();
    const strengths = screen.getByRole('row', { name: /^Strengths/ });
    expect(
      within(strengths)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['ACID', 'None listed', 'None listed']);
    const integrity = screen.getByRole('row', { name: /^Data integrity/ });
    const cells = within(integrity).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual(['5 / 5', '3 / 5', 'None listed']);
    expect(cells[0]!.className).toContain('best');
    expect(cells[1]!.className).not.toContain('best');
  });

  it('a titled group gets a heading row; a group without rows is left out', () => {
    renderTable();
    expect(screen.getByRole('rowheader', { name: 'Fit scores (0 to 5)' })).toBeTruthy();
    expect(screen.queryByText('Nothing here')).toBeNull();
  });
});
