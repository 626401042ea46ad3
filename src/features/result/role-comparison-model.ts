/**
 * The rules of a role's candidate list, without React: which candidates show, how pins behave
 * and what the page says about them. role-comparison.tsx and its views render what this decides.
 */
import type { Section, SectionKey } from '../../content/types.ts';
import type { Candidate } from '../../engine/recommend.ts';

/** The most candidates compared side by side (the compare page's limit too). */
export const MAX_PINS = 4;

/** The sections the ranked table and cards show, in order ("Watch out for" is in the pinned view). */
export const TABLE_SECTIONS: readonly SectionKey[] = [
  'best-for',
  'strengths',
  'use-cases',
  'when-to-choose',
];
export const COMPARE_SECTIONS: readonly SectionKey[] = [...TABLE_SECTIONS, 'watch-out-for'];

/** Candidates that could be in a stack with the rest of the pick; the others are folded away. */
export function fitsStack(c: Pick<Candidate, 'status'>): boolean {
  return c.status === 'picked' || c.status === 'eligible';
}

/** What the list shows: every candidate when unfolded, else those that fit the stack. */
export function shownCandidates<C extends Pick<Candidate, 'status'>>(
  candidates: readonly C[],
  showAll: boolean,
): { shown: C[]; hidden: C[] } {
  const hidden = candidates.filter((c) => !fitsStack(c));
  return { shown: showAll ? [...candidates] : candidates.filter(fitsStack), hidden };
}

/** Why the folded candidates are folded, each reason once: "ruled out, on hold". */
export function hiddenKinds(hidden: readonly Pick<Candidate, 'status'>[]): string {
  const kinds = new Set(
    hidden.map((c) =>
      c.status === 'excluded'
        ? 'ruled out'
        : c.status === 'hold'
          ? 'on hold'
          : c.status === 'incompatible'
            ? 'not compatible with the stack'
            : 'not needed',
    ),
  );
  return [...kinds].join(', ');
}

/** The fold button's words: "Show 3 more (on hold)" or "Show only the 5 that fit this stack". */
export function foldLabel(
  total: number,
  hidden: readonly Pick<Candidate, 'status'>[],
  showAll: boolean,
) {
  return showAll
    ? `Show only the ${total - hidden.length} that fit this stack`
    : `Show ${hidden.length} more (${hiddenKinds(hidden)})`;
}

export interface PinChange {
  pinned: string[];
  /** What a screen reader hears (a polite status message). */
  message: string;
}

/**
 * Pin or unpin a candidate. A pin beyond MAX_PINS is refused with a message that says what to
 * do; the pin order is kept, so the side-by-side view shows columns in the order they were pinned.
 */
export function togglePin(pinned: readonly string[], c: Pick<Candidate, 'id' | 'name'>): PinChange {
  if (pinned.includes(c.id))
    return { pinned: pinned.filter((id) => id !== c.id), message: `${c.name} unpinned.` };
  if (pinned.length >= MAX_PINS)
    return {
      pinned: [...pinned],
      message: `You can compare at most ${MAX_PINS} at a time. Unpin one before pinning ${c.name}.`,
    };
  const count = pinned.length + 1;
  return {
    pinned: [...pinned, c.id],
    message:
      count >= 2
        ? `${c.name} pinned. ${count} pinned: the side-by-side view is below the table.`
        : `${c.name} pinned. Pin one more to compare side by side.`,
  };
}

export const PINS_CLEARED: PinChange = { pinned: [], message: 'Pins cleared.' };

/** The pinned candidates in pin order; ids no longer among the candidates are dropped. */
export function pinnedCandidates<C extends Pick<Candidate, 'id'>>(
  pinned: readonly string[],
  candidates: readonly C[],
): C[] {
  return pinned
    .map((id) => candidates.find((c) => c.id === id))
    .filter((c): c is C => c !== undefined);
}

/** Of `keys`, the sections at least one candidate has something under, in order. */
export function sectionsWithItems(
  keys: readonly SectionKey[],
  candidates: readonly Pick<Candidate, 'id'>[],
  sectionsOf: (id: string) => Partial<Record<SectionKey, Section>> | undefined,
): SectionKey[] {
  return keys.filter((key) => candidates.some((c) => sectionsOf(c.id)?.[key]?.items.length));
}

/** The chart's text alternative: "Web framework scores out of 100: A 90, B 80. Picked: A." */
export function chartSummary(
  label: string,
  shown: readonly Pick<Candidate, 'name' | 'score' | 'status'>[],
): string {
  const winner = shown.find((c) => c.status === 'picked');
  return (
    `${label} scores out of 100: ` +
    shown.map((c) => `${c.name} ${Math.round(c.score)}`).join(', ') +
    (winner ? `. Picked: ${winner.name}.` : '.')
  );
}
