import { beforeEach, describe, expect, it } from 'vitest';
import { useWalkStore } from './walk-store.ts';
import { useWizardStore } from './wizard-store.ts';

const walk = useWalkStore;
const wizard = useWizardStore;

describe('walk store', () => {
  beforeEach(() => {
    wizard.setState(wizard.getInitialState(), true);
    walk.setState(walk.getInitialState(), true);
  });

  it('keeps the steps in the order shown, each once, and the ones skipped', () => {
    for (const id of ['team-language', 'workload', 'team-language', 'scale']) {
      wizard.getState().visit(id);
      walk.getState().visit(id);
    }
    walk.getState().skip('scale');
    walk.getState().skip('scale');
    expect(walk.getState().path).toEqual(['team-language', 'workload', 'scale']);
    expect(walk.getState().skipped).toEqual(['scale']);
  });

  it('starts a new walk when the answers are replaced, cleared or a draft is dropped', () => {
    const seed = () => {
      wizard.getState().visit('workload');
      walk.getState().visit('workload');
      walk.getState().skip('workload');
    };
    seed();
    wizard.getState().reset();
    expect(walk.getState()).toMatchObject({ path: [], skipped: [] });

    seed();
    wizard.getState().replace({ answers: { scale: ['small'] }, exclude: [] });
    expect(walk.getState()).toMatchObject({ path: [], skipped: [] });

    wizard.getState().replace({ answers: { scale: ['small'] }, exclude: [] });
    wizard.getState().startEdit({ answers: { scale: ['massive'] }, exclude: [] }, 'q');
    seed();
    wizard.getState().dropDraft();
    expect(walk.getState()).toMatchObject({ path: [], skipped: [] });
  });

  it('keeps the walk through an answer', () => {
    wizard.getState().visit('workload');
    walk.getState().visit('workload');
    wizard.getState().answer('workload', ['realtime']);
    expect(walk.getState().path).toEqual(['workload']);
  });
});
