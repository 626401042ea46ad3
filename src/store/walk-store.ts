/**
 * The walk through the wizard in this tab: the steps shown, in the order they were shown, the
 * ones skipped, and the counts the step on screen shows. The order is what Back retraces (the
 * wizard asks by impact, not in questionnaire order); a skipped question is not asked again until
 * it is answered. Not saved: after a reload, Back follows the questionnaire order and a skipped
 * question may be asked again, which loses nothing. Only the wizard and the embed bridge load it,
 * so the start page does not.
 */
import { create } from 'zustand';
import { useWizardStore } from './wizard-store.ts';

export interface WalkState {
  /** Question ids shown, first shown first. */
  path: string[];
  /** Question ids left with Skip ("assume for me"). */
  skipped: string[];
  /** What the step on screen shows ("Step index + 1 of count"), for the `step` embed message. */
  shown: { questionId: string; index: number; count: number } | null;
  visit: (questionId: string) => void;
  skip: (questionId: string) => void;
  show: (shown: WalkState['shown']) => void;
}

export const useWalkStore = create<WalkState>()((set, get) => ({
  path: [],
  skipped: [],
  shown: null,
  visit: (questionId) => {
    if (!get().path.includes(questionId)) set({ path: [...get().path, questionId] });
  },
  skip: (questionId) => {
    if (!get().skipped.includes(questionId)) set({ skipped: [...get().skipped, questionId] });
  },
  show: (shown) => {
    const now = get().shown;
    if (
      now?.questionId !== shown?.questionId ||
      now?.index !== shown?.index ||
      now?.count !== shown?.count
    )
      set({ shown });
  },
}));

// A new walk starts when the answers are replaced or cleared (a link opened for editing, "Start
// over": the store forgets the last step then) or go back to the person's own (a draft dropped).
useWizardStore.subscribe((state, prev) => {
  const dropped = prev.draft !== null && state.draft === null && state.answers !== prev.answers;
  if ((state.lastStep === null && prev.lastStep !== null) || dropped)
    useWalkStore.setState({ path: [], skipped: [] });
});
