import { beforeEach, describe, expect, it } from 'vitest';
import { useWizardStore } from './wizard-store.ts';

const store = useWizardStore;
const mine = { 'team-language': ['go'] };
const theirs = { 'team-language': ['python'], scale: ['massive'] };

describe('wizard store', () => {
  beforeEach(() => store.setState(store.getInitialState(), true));

  it("tries a shared link's answers as a draft, keeping the person's own aside", () => {
    store.getState().replace({ answers: mine, exclude: [] });
    store.getState().startEdit({ answers: theirs, exclude: [] }, 'v=1&team-language=python');
    expect(store.getState().answers).toEqual(theirs);
    expect(store.getState().draft?.answers).toEqual(mine);
    expect(store.getState().editFrom).toBe('v=1&team-language=python');

    store.getState().dropDraft();
    expect(store.getState().answers).toEqual(mine);
    expect(store.getState().draft).toBeNull();
  });

  it('keeps a draft as the own answers only when asked', () => {
    store.getState().replace({ answers: mine, exclude: [] });
    store.getState().startEdit({ answers: theirs, exclude: [] }, 'q');
    store.getState().answer('scale', ['small']);
    store.getState().keepDraft();
    expect(store.getState().draft).toBeNull();
    expect(store.getState().answers).toEqual({ ...theirs, scale: ['small'] });
  });

  it('edits its own link directly, without a draft', () => {
    store.getState().replace({ answers: mine, exclude: [] });
    store.getState().startEdit({ answers: { ...mine }, exclude: [] }, 'q');
    expect(store.getState().draft).toBeNull();
  });

  it('undoes "Start over" until the next answer', () => {
    store.getState().replace({ answers: mine, exclude: ['kafka'] });
    store.getState().reset();
    expect(store.getState().answers).toEqual({});
    store.getState().undoReset();
    expect(store.getState().answers).toEqual(mine);
    expect(store.getState().exclude).toEqual(['kafka']);

    store.getState().reset();
    store.getState().answer('scale', ['small']);
    expect(store.getState().cleared).toBeNull();
  });
});
