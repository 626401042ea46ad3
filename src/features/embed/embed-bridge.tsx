/**
 * The rest of what an embedded page does (PRODUCT.md, "Embedding"): the host's accent, outside
 * links in a new tab, initial answers, and the `step` and `result` messages. Rendered once, inside
 * the router, only when `?embed=1`; loaded lazily, so the standalone site never downloads it.
 * `ready`, `resize` and the host's theme are handled by connection.ts, from the first render.
 */
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { useWizardStore } from '../../store/wizard-store.ts';
import { useWalkStore } from '../../store/walk-store.ts';
import { getHostTheme, subscribeHostTheme } from './connection.ts';
import { EMBED } from './embed-params.ts';
import { postToHost } from './host-channel.ts';
import { applyEmbedLook, watchSystemTheme } from './look.ts';
import { openOutsideLinksInNewTab } from './outside-links.ts';
import type * as RouteMessages from './route-messages.ts';

let routeMessages: Promise<typeof RouteMessages> | null = null;
const loadRouteMessages = () => (routeMessages ??= import('./route-messages.ts'));

// Once per page load, even when React mounts the bridge twice (StrictMode in development).
let prefilled = false;

export function EmbedBridge() {
  const { pathname, search } = useLocation();
  const answers = useWizardStore((s) => s.answers);
  const shown = useWalkStore((s) => s.shown);
  const theme = useSyncExternalStore(subscribeHostTheme, getHostTheme);
  const lastRouteMessage = useRef('');

  useLayoutEffect(() => applyEmbedLook(theme, EMBED.accent), [theme]);
  useEffect(() => {
    if (theme !== 'auto' || !EMBED.accent) return;
    return watchSystemTheme(() => applyEmbedLook('auto', EMBED.accent));
  }, [theme]);

  useEffect(() => openOutsideLinksInNewTab(document.body), []);

  useEffect(() => {
    if (prefilled || !EMBED.answers) return;
    prefilled = true;
    const query = EMBED.answers;
    void loadRouteMessages().then((m) => m.prefillAnswers(query));
  }, []);

  useEffect(() => {
    if (!pathname.startsWith('/wizard/') && pathname !== '/result' && pathname !== '/team') return;
    let live = true;
    void loadRouteMessages().then((m) => {
      if (!live) return;
      const message = m.routeMessage(pathname, search, answers, window.location.href, shown);
      if (!message) return;
      // Answering changes the store, not the step: tell the host only what changed.
      const key = JSON.stringify(message);
      if (key === lastRouteMessage.current) return;
      lastRouteMessage.current = key;
      postToHost(message);
    });
    return () => {
      live = false;
    };
  }, [pathname, search, answers, shown]);

  return null;
}
