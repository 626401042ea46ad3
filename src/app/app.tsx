import { lazy, Suspense, useLayoutEffect } from 'react';
import { HashRouter } from 'react-router';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { EMBED } from '../features/embed/embed-params.ts';
import { connectToHost } from '../features/embed/connection.ts';
import { applyTheme } from '../lib/theme.ts';

// Only embedded pages (`?embed=1`) load the rest of the embed code, and they start loading it
// right away, alongside React's first render.
const bridge = EMBED.embedded ? import('../features/embed/embed-bridge.tsx') : null;
const EmbedBridge = lazy(() =>
  (bridge ?? import('../features/embed/embed-bridge.tsx')).then((m) => ({
    default: m.EmbedBridge,
  })),
);

/**
 * Hash routing: works on any static host, under any sub-path, without rewrite rules. Declarative
 * mode keeps the router small (the data router would add ~19 KB gzip to the first load).
 */
export function App() {
  // Embedded, the host's theme wins over one saved by the standalone site from the first paint,
  // and the host hears `ready` as soon as the page is up.
  useLayoutEffect(() => {
    if (!EMBED.embedded) return;
    applyTheme(EMBED.theme === 'light' || EMBED.theme === 'dark' ? EMBED.theme : 'system');
    return connectToHost();
  }, []);
  return (
    <HashRouter>
      {EMBED.embedded && (
        <Suspense fallback={null}>
          <EmbedBridge />
        </Suspense>
      )}
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </HashRouter>
  );
}
