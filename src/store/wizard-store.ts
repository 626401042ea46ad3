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
  /**
   * Trying answers from a shared link that differ from this browser's own: the own answers, kept
   * aside and still saved, while the working answers are the link's and are not saved. Null when
   * the working answers are the person's own.
   */
  draft: OwnAnswers | null;
  /** The result link (share query) an edit started from, so the result can say what moved. */
  editFrom: string | null;
  /** The answers "Start over" cleared, until the next answer: what Undo brings back. */
  cleared: OwnAnswers | null;
}

/** Answers, exclusions and the last step: what the browser saves. */
export interface OwnAnswers {
  answers: Record<string, string[]>;
  exclude: string[];
  lastStep: string | null;
}

export interface WizardActions {
  /** Set one question's answer; `null` marks it skipped. */
  answer: (questionId: string, options: string[] | null) => void;
  setExclude: (ids: string[]) => void;
  visit: (questionId: string) => void;
  /** Replace everything (opening a shared link for editing). */
  replace: (state: { answers: Record<string, string[]>; exclude: string[] }) => void;
  /**
   * Edit the answers of a result link (`from`, its share query). Different answers saved in this
   * browser are kept aside and stay saved: the link's answers become a draft that is not saved
   * until `keepDraft`.
   */
  startEdit: (
    state: { answers: Record<string, string[]>; exclude: string[] },
    from: string,
  ) => void;
  /** Make the draft this browser's own answers (saved from now on). */
  keepDraft: () => void;
  /** Drop the draft and go back to this browser's own answers. */
  dropDraft: () => void;
  /** Clear everything; `undoReset` brings it back until the next answer. */
  reset: () => void;
  undoReset: () => void;
  dismissNotice: () => void;
}

export type WizardStore = WizardState & WizardActions;

const storage = typeof window === 'undefined' ? null : safeStorage();

function initialState(): WizardState {
  const loaded = loadSaved(storage);
  // Without a window this is the build's prerender, which renders what a first visit in a
  // browser that saves answers sees (app/boot.ts hydrates it only for such visits).
  const base = {
    draft: null,
    editFrom: null,
    cleared: null,
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
  // A draft (someone else's link being tried) is never saved over the person's own answers.
  if (state.draft) return;
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
      update({ answers, cleared: null });
    },
    setExclude: (ids) => update({ exclude: [...new Set(ids)] }),
    visit: (questionId) => {
      if (get().lastStep !== questionId) update({ lastStep: questionId });
    },
    replace: ({ answers, exclude }) => update({ answers, exclude, lastStep: null }),
    startEdit: ({ answers, exclude }, from) => {
      const current = get();
      const own = current.draft ?? {
        answers: current.answers,
        exclude: current.exclude,
        lastStep: current.lastStep,
      };
      const differs = hasProgress(own) && !sameAnswers(own, { answers, exclude });
      update({
        answers,
        exclude,
        lastStep: null,
        draft: differs ? own : null,
        editFrom: from,
        cleared: null,
      });
    },
    keepDraft: () => update({ draft: null }),
    dropDraft: () => {
      const own = get().draft;
      if (own) update({ ...own, draft: null, editFrom: null });
    },
    reset: () => {
      const { answers, exclude, lastStep, draft } = get();
      const own = draft ?? { answers, exclude, lastStep };
      set({
        answers: {},
        exclude: [],
        lastStep: null,
        notice: null,
        draft: null,
        editFrom: null,
        cleared: hasProgress(own) ? own : null,
      });
      clearSaved(storage);
    },
    undoReset: () => {
      const cleared = get().cleared;
      if (cleared) update({ ...cleared, cleared: null });
    },
    dismissNotice: () => set({ notice: null }),
  };
});

/** Same answers and exclusions, whatever the order of keys and options. */
function sameAnswers(
  a: { answers: Record<string, string[]>; exclude: string[] },
  b: { answers: Record<string, string[]>; exclude: string[] },
): boolean {
  const key = (s: { answers: Record<string, string[]>; exclude: string[] }) =>
    JSON.stringify([
      Object.entries(s.answers)
        .map(([q, o]) => [q, [...o].sort()] as const)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
      [...s.exclude].sort(),
    ]);
  return key(a) === key(b);
}

/** True when there is saved progress worth offering to resume. */
export function hasProgress(state: Pick<WizardState, 'answers' | 'exclude'>): boolean {
  return Object.keys(state.answers).length > 0 || state.exclude.length > 0;
}
