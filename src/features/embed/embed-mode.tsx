/**
 * Everything an embedded page (`?embed=1`) adds to the app, in one component the app renders
 * inside its router (app/app.tsx) on every page; it renders nothing unless `isEmbedded()`:
 *
 * - before the first render: the answers the host kept for this page (kept-answers.ts);
 * - from the first render: the host's theme over one saved by the standalone site, and the
 *   connection (`ready`, `resize`, the host's theme messages; connection.ts);
 * - loaded lazily, starting right away: the rest (embed-bridge.tsx), so the standalone site
 *   never downloads it.
 */
import { lazy, Suspense, useLayoutEffect } from 'react';
import { applyTheme } from '../../lib/theme.ts';
import { connectToHost } from './connection.ts';
import { EMBED } from './embed-params.ts';
import { postToHost } from './host-channel.ts';
import { keepAnswersWithHost } from './kept-answers.ts';

export { isEmbedded } from './embed-params.ts';

// Once per page load, before React renders anything: the start page must offer to resume at once.
if (EMBED.embedded) keepAnswersWithHost(EMBED, postToHost);

const bridge = EMBED.embedded ? import('./embed-bridge.tsx') : null;
const EmbedBridge = lazy(() =>
  (bridge ?? import('./embed-bridge.tsx')).then((m) => ({ default: m.EmbedBridge })),
);

/** The embedded page's connection to its host; nothing on the standalone site. */
export function EmbedMode() {
  return EMBED.embedded ? <EmbeddedPage /> : null;
}

function EmbeddedPage() {
  // The host's theme wins over one saved by the standalone site from the first paint, and the
  // host hears `ready` as soon as the page is up.
  useLayoutEffect(() => {
    applyTheme(EMBED.theme === 'light' || EMBED.theme === 'dark' ? EMBED.theme : 'system');
    return connectToHost();
  }, []);
  return (
    <Suspense fallback={null}>
      <EmbedBridge />
    </Suspense>
  );
}
