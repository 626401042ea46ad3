import { useEffect, useRef } from 'react';
import { createPath, HashRouter, useLocation } from 'react-router';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { EmbedMode } from '../features/embed/embed-mode.tsx';

/**
 * The router reads the address once when it starts and listens for changes only once mounted, so
 * a link followed while the app was starting (the prerendered start page is clickable before
 * hydration ends) would leave the old screen up. Once mounted, catch up with the address bar.
 */
function useCatchUpWithAddressBar(): void {
  const started = useRef(useLocation());
  useEffect(() => {
    const actual = window.location.hash.replace(/^#/, '') || '/';
    // The router's own listener reads the address afresh on popstate.
    if (actual !== createPath(started.current))
      window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }, []);
}

/**
 * Everything below the router. The browser runs it under a HashRouter (App); the build's
 * prerender (src/prerender.tsx) runs the same tree under a static router, so the HTML it writes
 * is exactly what hydration expects.
 */
export function AppContent() {
  useCatchUpWithAddressBar();
  return (
    <>
      {/* Embedded in a host page (`?embed=1`); renders nothing otherwise. See features/embed. */}
      <EmbedMode />
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </>
  );
}

/**
 * Hash routing: works on any static host, under any sub-path, without rewrite rules. Declarative
 * mode keeps the router small (the data router would add ~19 KB gzip to the first load).
 * Navigations render at once rather than as transitions: a step is small and, thanks to the
 * pre-rendered neighbours (features/wizard), mostly already built, so the next step paints
 * sooner without the scheduler's slicing (measured with `npm run perf`).
 */
export function App() {
  return (
    <HashRouter useTransitions={false}>
      <AppContent />
    </HashRouter>
  );
}
