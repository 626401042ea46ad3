import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { encodeShare, type ShareState } from '../../share/codec.ts';
import { hasProgress, useWizardStore } from '../../store/wizard-store.ts';
import { paths } from '../../lib/paths.ts';

interface Pending {
  /** Which edit link asked (a question can be edited from several places). */
  key: string;
  question: string;
}

interface EditApi {
  pending: Pending | null;
  /** Edit one question: straight to the wizard, or ask first if that would overwrite progress. */
  request: (key: string, question: string) => void;
  confirm: () => void;
  cancel: () => void;
}

const EditContext = createContext<EditApi | null>(null);

export function useEdit(): EditApi {
  const api = use(EditContext);
  if (!api) throw new Error('useEdit needs an <EditProvider>');
  return api;
}

/** True when the browser holds saved answers that this link would overwrite. */
function wouldLoseProgress(state: ShareState): boolean {
  const saved = useWizardStore.getState();
  if (!hasProgress(saved)) return false;
  // Canonical links compare answers regardless of key and option order.
  return (
    encodeShare(catalog, { answers: saved.answers, exclude: saved.exclude }) !==
    encodeShare(catalog, state)
  );
}

/**
 * Editing an answer from a result loads the link's answers into the wizard. The URL wins, but
 * different progress saved in this browser is never replaced without asking.
 */
export function EditProvider({ state, children }: { state: ShareState; children: ReactNode }) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<Pending | null>(null);
  const go = useCallback(
    (question: string) => {
      useWizardStore.getState().replace({
        answers: Object.fromEntries(Object.entries(state.answers).map(([q, o]) => [q, [...o]])),
        exclude: [...state.exclude],
      });
      void navigate(paths.step.to(question, { returnTo: 'result' }));
    },
    [navigate, state],
  );
  const api = useMemo<EditApi>(
    () => ({
      pending,
      request: (key, question) => {
        if (wouldLoseProgress(state)) setPending({ key, question });
        else go(question);
      },
      confirm: () => {
        if (pending) go(pending.question);
      },
      cancel: () => setPending(null),
    }),
    [go, pending, state],
  );
  return <EditContext value={api}>{children}</EditContext>;
}
