import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { encodeShare, type ShareState } from '../../share/codec.ts';
import { useWizardStore } from '../../store/wizard-store.ts';
import { paths } from '../../lib/paths.ts';

interface EditApi {
  /** Edit one question of this result in the wizard. */
  request: (question: string) => void;
  /** True when the link does not answer this question, so a reason from it rests on an assumption. */
  isAssumed: (question: string) => boolean;
}

const EditContext = createContext<EditApi | null>(null);

export function useEdit(): EditApi {
  const api = use(EditContext);
  if (!api) throw new Error('useEdit needs an <EditProvider>');
  return api;
}

/**
 * Editing an answer from a result loads the link's answers into the wizard. The URL wins, and
 * different answers saved in this browser are never touched: the link's answers become a draft
 * (store `startEdit`) that the reader may keep as their own, explicitly.
 */
export function EditProvider({ state, children }: { state: ShareState; children: ReactNode }) {
  const navigate = useNavigate();
  const request = useCallback(
    (question: string) => {
      useWizardStore.getState().startEdit(
        {
          answers: Object.fromEntries(Object.entries(state.answers).map(([q, o]) => [q, [...o]])),
          exclude: [...state.exclude],
        },
        encodeShare(catalog, state),
      );
      void navigate(paths.step.to(question, { returnTo: 'result' }));
    },
    [navigate, state],
  );
  const api = useMemo<EditApi>(
    () => ({ request, isAssumed: (question) => state.answers[question] === undefined }),
    [request, state],
  );
  return <EditContext value={api}>{children}</EditContext>;
}
