import { describe, expect, it } from 'vitest';
import type { Section, SectionKey } from '../../content/types.ts';
import type { Candidate } from '../../engine/recommend.ts';
import * as model from './role-comparison-model.ts';

type Status = Candidate['status'];
const cand = (id: string, status: Status = 'eligible', score = 50) => ({
  id,
  name: id.toUpperCase(),
  status,
  score,
});

describe('pinning', () => {
  it('the first pin asks for one more; the second says where the side-by-side view is', () => {
    const one = model.togglePin([], cand('a'));
    expect(one).toEqual({
      pinned: ['a'],
      message: 'A pinned. Pin one more to compare side by side.',
    });
    const two = model.togglePin(one.pinned, cand('b'));
    expect(two.pinned).toEqual(['a', 'b']);
    expect(two.message).toBe('B pinned. 2 pinned: the side-by-side view is below the table.');
  });

  it('pinning a pinned candidate unpins it and keeps the order of the others', () => {
    expect(model.togglePin(['a', 'b', 'c'], cand('b'))).toEqual({
      pinned: ['a', 'c'],
      message: 'B unpinned.',
    });
  });

  it(`a pin beyond ${model.MAX_PINS} is refused, pins unchanged, with what to do`, () => {
    const full = ['a', 'b', 'c', 'd'];
    const refused = model.togglePin(full, cand('e'));
    expect(refused.pinned).toEqual(full);
    expect(refused.message).toBe(
      'You can compare at most 4 at a time. Unpin one before pinning E.',
    );
    // Unpinning still works when full.
    expect(model.togglePin(full, cand('d')).pinned).toEqual(['a', 'b', 'c']);
  });

  it('clearing says so; pinned candidates come in pin order and unknown ids drop out', () => {
    expect(model.PINS_CLEARED).toEqual({ pinned: [], message: 'Pins cleared.' });
    const candidates = [cand('a'), cand('b'), cand('c')];
    expect(model.pinnedCandidates(['c', 'gone', 'a'], candidates).map((c) => c.id)).toEqual([
      'c',
      'a',
    ]);
  });
});

describe('what the list shows', () => {
  const candidates = [
    cand('picked', 'picked', 90),
    cand('ok', 'eligible', 80),
    cand('out', 'excluded', 70),
    cand('held', 'hold', 60),
    cand('other-lang', 'incompatible', 50),
    cand('held-too', 'hold', 40),
  ];

  it('folds candidates that cannot be in the stack, and says why in the button', () => {
    const { shown, hidden } = model.shownCandidates(candidates, false);
    expect(shown.map((c) => c.id)).toEqual(['picked', 'ok']);
    expect(model.foldLabel(candidates.length, hidden, false)).toBe(
      'Show 4 more (ruled out, on hold, not compatible with the stack)',
    );
  });

  it('unfolded, shows every candidate in rank order and offers to fold again', () => {
    const { shown, hidden } = model.shownCandidates(candidates, true);
    expect(shown).toEqual(candidates);
    expect(model.foldLabel(candidates.length, hidden, true)).toBe(
      'Show only the 2 that fit this stack',
    );
  });

  it('the chart summary lists the shown scores, rounded, and names the pick', () => {
    expect(
      model.chartSummary('Cache', [cand('a', 'picked', 89.6), cand('b', 'eligible', 70.2)]),
    ).toBe('Cache scores out of 100: A 90, B 70. Picked: A.');
    expect(model.chartSummary('Cache', [cand('b', 'eligible', 70)])).toBe(
      'Cache scores out of 100: B 70.',
    );
  });

  it('keeps only the sections some candidate has items under, in the order asked', () => {
    const sections: Record<string, Partial<Record<SectionKey, Section>>> = {
      a: { strengths: { html: '', items: ['fast'] }, 'best-for': { html: '', items: [] } },
      b: { 'use-cases': { html: '', items: ['APIs'] } },
    };
    expect(
      model.sectionsWithItems(
        ['best-for', 'strengths', 'use-cases', 'when-to-choose'],
        [cand('a'), cand('b')],
        (id) => sections[id],
      ),
    ).toEqual(['strengths', 'use-cases']);
  });
});
