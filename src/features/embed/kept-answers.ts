/**
 * Answers kept by the host page (docs/embedding.md, "Answers across sites"). Embedded in a portal
 * on another site, this page often may not use storage: the browser partitions it or refuses it,
 * and every navigation of the portal would start the wizard over. When the loader offers to keep
 * the answers (`?keep=1`) and this page's own storage is refused, the page:
 *
 * - starts from what the loader kept (`?saved=`), checked like any saved state;
 * - says where its answers are kept (the store's `keptBy`, shown on the start page);
 * - sends its state to the host whenever it changes (`save`), and an empty state when the reader
 *   starts over, so the host forgets it.
 *
 * With storage that works, nothing is sent: the page keeps its answers itself.
 */
import { pageMessage } from '../../embed/protocol.ts';
import { parseSaved, STATE_VERSION, type SavedState } from '../../store/persist.ts';
import { hasProgress, useWizardStore, type WizardState } from '../../store/wizard-store.ts';
import type { EmbedParams } from './params-model.ts';

/** The state to hand to the host: the saved shape, or '' when there is nothing worth keeping. */
export function stateToKeep(state: WizardState): string {
  // While a shared link's answers are tried, the host keeps the person's own.
  const own = state.draft ?? state;
  if (!hasProgress(own)) return '';
  const saved: SavedState = {
    version: STATE_VERSION,
    answers: own.answers,
    exclude: own.exclude,
    lastStep: own.lastStep,
  };
  return JSON.stringify(saved);
}

/**
 * Let the host keep this page's answers, if it offered and this page cannot keep them itself.
 * Call once, before the first render, so the start page offers to resume at once. `post` sends a
 * message to the host (host-channel.ts). Returns the function that stops it.
 */
export function keepAnswersWithHost(
  embed: EmbedParams,
  post: (message: ReturnType<typeof pageMessage<'save'>>) => void,
): () => void {
  const store = useWizardStore;
  if (!embed.keep || !embed.parentOrigin || store.getState().persistent) return () => {};

  let kept = embed.saved ?? '';
  const loaded = kept ? parseSaved(kept) : null;
  if (loaded?.kind === 'ok') {
    const { answers, exclude, lastStep } = loaded.state;
    store.setState({ answers, exclude, lastStep });
  }
  store.setState({
    keptBy: new URL(embed.parentOrigin).host,
    ...(loaded?.kind === 'discarded' && {
      notice: `Your saved answers could not be restored because ${loaded.reason}, so the wizard starts fresh.`,
    }),
  });
  const send = (state: WizardState) => {
    const next = stateToKeep(state);
    if (next !== kept) post(pageMessage('save', { state: (kept = next) }));
  };
  // What could not be used is forgotten on the host's side too.
  if (loaded?.kind === 'discarded') send(store.getState());
  return store.subscribe(send);
}
