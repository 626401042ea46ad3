/**
 * The wizard's working memory: answers, exclusions and the last step, persisted when the browser
 * allows it. Nothing derived is stored: recommendations are computed from the answers.
 */
import { create } from 'zustand';
import {
  clearSaved,
  loadSaved,
  safeStorage,
  save,
  STATE_VERSION,
  type SavedState,
} from './persist.ts';

export interface WizardState {
  answers: Record<string, string[]>;
  exclude: string[];
  lastStep: string | null;
  /** A plain-language notice to show once (e.g. saved answers could not be read). */
  notice: string | null;
  /** False when this page may not save answers itself (storage refused). */
  persistent: boolean;
  /**
   * Embedded with storage refused: the host page that keeps the answers for this page (its host
   * name, as the reader knows it), or null (features/embed/kept-answers.ts).
   */
  keptBy: string | null;
}

export interface WizardActions {
  /** Set one question's answer; `null` marks it skipped. */
  answer: (questionId: string, options: string[] | null) => void;
  setExclude: (ids: string[]) => void;
  visit: (questionId: string) => void;
  /** Replace everything (opening a shared link for editing). */
  replace: (state: { answers: Record<string, string[]>; exclude: string[] }) => void;
  reset: () => void;
  dismissNotice: () => void;
}

export type WizardStore = WizardState & WizardActions;

const storage = typeof window === 'undefined' ? null : safeStorage();

function initialState(): WizardState {
  const loaded = loadSaved(storage);
  // Without a window this is the build's prerender, which renders what a first visit in a
  // browser that saves answers sees (app/boot.ts hydrates it only for such visits).
  const base = {
    notice: null,
    persistent: storage !== null || typeof window === 'undefined',
    keptBy: null,
  };
  if (loaded.kind === 'ok') return { ...base, ...loaded.state };
  return {
    ...base,
    answers: {},
    exclude: [],
    lastStep: null,
    notice:
      loaded.kind === 'discarded'
        ? `Your saved answers could not be restored because ${loaded.reason}, so the wizard starts fresh.`
        : null,
  };
}

function persist(state: WizardState): void {
  const saved: SavedState = {
    version: STATE_VERSION,
    answers: state.answers,
    exclude: state.exclude,
    lastStep: state.lastStep,
  };
  save(storage, saved);
}

export const useWizardStore = create<WizardStore>()((set, get) => {
  const update = (partial: Partial<WizardState>) => {
    set(partial);
    persist(get());
  };
  return {
    ...initialState(),
    answer: (questionId, options) => {
      const answers = { ...get().answers };
      if (options === null) delete answers[questionId];
      else answers[questionId] = options;
      update({ answers });
    },
    setExclude: (ids) => update({ exclude: [...new Set(ids)] }),
    visit: (questionId) => {
      if (get().lastStep !== questionId) update({ lastStep: questionId });
    },
    replace: ({ answers, exclude }) => update({ answers, exclude, lastStep: null }),
    reset: () => {
      set({ answers: {}, exclude: [], lastStep: null, notice: null });
      clearSaved(storage);
    },
    dismissNotice: () => set({ notice: null }),
  };
});

/** True when there is saved progress worth offering to resume. */
export function hasProgress(state: WizardState): boolean {
  return Object.keys(state.answers).length > 0 || state.exclude.length > 0;
}
