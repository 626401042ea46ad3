/**
 * What the host hears about the screen on show: `step` on a wizard step, `result` on a result,
 * `team-result` on a team page with at least two members.
 * Derived from the route and the answers exactly as the wizard and the result page derive them
 * (the result page is a function of its URL), so those screens need no embed code. Loaded only
 * when embedded and only once a step or a result is shown: it brings the catalog and the engine.
 */
import { catalog } from '../../content/catalog.ts';
import { visibleQuestions } from '../../engine/answers.ts';
import { topStack } from '../../engine/recommend.ts';
import { recommendTeam } from '../../engine/team.ts';
import { decodeShare, encodeShare } from '../../share/codec.ts';
import { decodeTeam, encodeTeam, MIN_MEMBERS } from '../../share/team-codec.ts';
import { paths } from '../../lib/paths.ts';
import { hasProgress, useWizardStore } from '../../store/wizard-store.ts';
import type { WalkState } from '../../store/walk-store.ts';
import { pageMessage, type PageMessage } from '../../embed/protocol.ts';

const STEP = /^\/wizard\/([^/]+)$/;

/**
 * The message for a route (`pathname` and `search` after the `#`), or null when the route is
 * neither a visible wizard step, a result nor a team. `pageUrl` is the embedded page's own address; the
 * share URL keeps its origin and path and drops the embed parameters, so it opens on its own.
 */
export function routeMessage(
  pathname: string,
  search: string,
  answers: Record<string, string[]>,
  pageUrl: string,
  shown: WalkState['shown'],
): PageMessage<'step' | 'result' | 'team-result'> | null {
  const step = STEP.exec(pathname);
  if (step) {
    let id: string;
    try {
      id = decodeURIComponent(step[1]!);
    } catch {
      return null;
    }
    const question = catalog.questions.find((q) => q.id === id || q.aliases.includes(id));
    if (!question) return null;
    if (!visibleQuestions(catalog, answers).some((q) => q.id === question.id)) return null;
    // The counts the step shows ("Step 3 of 7"): the wizard asks by impact, so they are its own.
    if (shown?.questionId !== question.id) return null;
    return pageMessage('step', {
      questionId: question.id,
      index: shown.index,
      count: shown.count,
    });
  }
  if (pathname === paths.result.pattern) {
    const { state } = decodeShare(catalog, search);
    const url = new URL(pageUrl);
    url.search = '';
    url.hash = paths.result.to(encodeShare(catalog, state));
    return pageMessage('result', {
      answers: state.answers,
      stack: topStack(catalog, state),
      shareUrl: url.href,
    });
  }
  if (pathname === paths.team.pattern) {
    const { members } = decodeTeam(catalog, search);
    if (members.length < MIN_MEMBERS) return null;
    const url = new URL(pageUrl);
    url.search = '';
    url.hash = paths.team.to(encodeTeam(catalog, members));
    const team = recommendTeam(
      catalog,
      members.map((m) => m.state),
    );
    // The answers every member gave alike: what the team already agrees on.
    const [first, ...others] = members.map((m) => m.state.answers);
    const agreed = Object.fromEntries(
      Object.entries(first ?? {}).filter(([q, a]) =>
        others.every((o) => o[q] !== undefined && o[q].join(',') === a.join(',')),
      ),
    );
    return pageMessage('team-result', {
      answers: agreed,
      stack: team.bestWorst?.picks ?? null,
      shareUrl: url.href,
    });
  }
  return null;
}

/**
 * Start the wizard from the host's initial answers (share-link query format), unless the reader
 * already has answers of their own (saved by this page or kept by the host): those win. What
 * cannot be used is ignored, with a warning for the host's developer; the person can change
 * every answer.
 */
export function prefillAnswers(query: string): void {
  if (hasProgress(useWizardStore.getState())) return;
  const versioned = /(^|&)v=/.test(query) ? query : `v=1&${query}`;
  const { state, notices } = decodeShare(catalog, versioned);
  for (const notice of notices) console.warn(`Stackwise, initial answers: ${notice}`);
  if (Object.keys(state.answers).length > 0 || state.exclude.length > 0)
    useWizardStore.getState().replace(state);
}
