import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pageMessage } from '../../embed/protocol.ts';
import { useWizardStore } from '../../store/wizard-store.ts';
import { keepAnswersWithHost, stateToKeep } from './kept-answers.ts';
import { NOT_EMBEDDED, type EmbedParams } from './params-model.ts';

const HOST = 'https://docs.acme.example';
const SAVED = JSON.stringify({
  version: 1,
  answers: { 'team-language': ['go'], workload: ['crud-api'] },
  exclude: [],
  lastStep: 'workload',
});

const initial = useWizardStore.getInitialState();
let stop = () => {};

beforeEach(() => {
  stop();
  // As in a frame whose storage the browser refuses.
  useWizardStore.setState({ ...initial, persistent: false }, true);
});

function start(params: Partial<EmbedParams>) {
  const post = vi.fn();
  const embed = { ...NOT_EMBEDDED, embedded: true, parentOrigin: HOST, keep: true, ...params };
  stop = keepAnswersWithHost(embed, post);
  return post;
}

describe('keepAnswersWithHost', () => {
  it('starts from what the host kept, and says who keeps the answers', () => {
    const post = start({ saved: SAVED });
    expect(useWizardStore.getState()).toMatchObject({
      answers: { 'team-language': ['go'], workload: ['crud-api'] },
      lastStep: 'workload',
      keptBy: 'docs.acme.example',
      notice: null,
    });
    expect(post).not.toHaveBeenCalled();
  });

  it('sends the state as it changes, and an empty one when the reader starts over', () => {
    const post = start({});
    useWizardStore.getState().answer('team-language', ['rust']);
    const state = stateToKeep(useWizardStore.getState());
    expect(JSON.parse(state)).toMatchObject({ version: 1, answers: { 'team-language': ['rust'] } });
    expect(post).toHaveBeenLastCalledWith(pageMessage('save', { state }));
    useWizardStore.getState().visit('team-language');
    expect(post).toHaveBeenCalledTimes(2);
    useWizardStore.getState().reset();
    expect(post).toHaveBeenLastCalledWith(pageMessage('save', { state: '' }));
  });

  it('discards a damaged kept state with a notice, and tells the host to forget it', () => {
    const post = start({ saved: '{"version":1,"answers":"nope"}' });
    expect(useWizardStore.getState().answers).toEqual({});
    expect(useWizardStore.getState().notice).toMatch(/could not be restored/);
    expect(post).toHaveBeenCalledWith(pageMessage('save', { state: '' }));
  });

  it.each([
    ['the host did not offer', { keep: false }],
    ['there is no host to post to', { parentOrigin: null }],
  ])('does nothing when %s', (_, params) => {
    const post = start({ saved: SAVED, ...params });
    useWizardStore.getState().answer('scale', ['small']);
    expect(post).not.toHaveBeenCalled();
    expect(useWizardStore.getState().keptBy).toBeNull();
  });

  it('does nothing when this page can save its answers itself', () => {
    useWizardStore.setState({ persistent: true });
    const post = start({ saved: SAVED });
    useWizardStore.getState().answer('scale', ['small']);
    expect(post).not.toHaveBeenCalled();
    expect(useWizardStore.getState().answers).toEqual({ scale: ['small'] });
  });
});
