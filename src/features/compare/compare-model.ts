/**
 * What a compare link asks for, and what the page can show for it. Pure: the page passes the
 * catalog lookup in, so this can be tested without the generated catalog.
 */
import type { Category, Technology } from '../../content/types.ts';

/** Fewest and most technologies that fit side by side. */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** The `ids` of a compare query: comma-separated, trimmed, lowercased, de-duplicated, in order. */
export function parseIds(search: string): string[] {
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const value of params.getAll('ids')) {
    for (const part of value.split(',')) {
      const id = part.trim().toLowerCase();
      if (id) seen.add(id);
    }
  }
  return [...seen];
}

export interface CategoryGroup {
  category: Category;
  techs: Technology[];
}

export type CompareState =
  /** 2-4 technologies of one category; `leftOut` are the known ones past the fourth. */
  | {
      kind: 'compare';
      category: Category;
      techs: Technology[];
      leftOut: Technology[];
      unknown: string[];
    }
  /** Fewer than two known technologies (zero or one). */
  | { kind: 'too-few'; known: Technology | undefined; unknown: string[] }
  /** Known technologies from more than one category, grouped in order of first appearance. */
  | { kind: 'mixed'; groups: CategoryGroup[]; unknown: string[] };

/** Resolve the ids (aliases included) and decide what the page shows. */
export function resolveCompare(
  ids: readonly string[],
  find: (id: string) => Technology | undefined,
): CompareState {
  const unknown: string[] = [];
  const known: Technology[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const tech = find(id);
    if (!tech) unknown.push(id);
    else if (!seen.has(tech.id)) {
      seen.add(tech.id);
      known.push(tech);
    }
  }

  const groups: CategoryGroup[] = [];
  for (const tech of known) {
    const group = groups.find((g) => g.category === tech.category);
    if (group) group.techs.push(tech);
    else groups.push({ category: tech.category, techs: [tech] });
  }
  if (groups.length > 1) return { kind: 'mixed', groups, unknown };
  if (known.length < MIN_COMPARE) return { kind: 'too-few', known: known[0], unknown };
  return {
    kind: 'compare',
    category: known[0]!.category,
    techs: known.slice(0, MAX_COMPARE),
    leftOut: known.slice(MAX_COMPARE),
    unknown,
  };
}

export interface FitRow {
  criterion: string;
  /** One entry per compared technology, in column order; undefined when it has no score. */
  scores: (number | undefined)[];
  /** Which columns hold the best score; none when every column scores the same. */
  best: boolean[];
}

/**
 * One row per criterion that any of the technologies scores, in the order of `criteria`. A missing
 * score counts as 0, as it does in the engine.
 */
export function fitRows(techs: readonly Technology[], criteria: readonly string[]): FitRow[] {
  const rows: FitRow[] = [];
  for (const criterion of criteria) {
    const scores = techs.map((t) => t.fit[criterion]?.score);
    if (scores.every((s) => s === undefined)) continue;
    const values = scores.map((s) => s ?? 0);
    const max = Math.max(...values);
    const allEqual = values.every((v) => v === max);
    rows.push({ criterion, scores, best: values.map((v) => !allEqual && v === max) });
  }
  return rows;
}
