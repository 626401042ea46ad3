import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { StartPage } from '../features/start/start-page.tsx';

// Every screen but the start page loads its code (and the catalog) when first visited, and is
// prefetched once the browser is idle so that the first click does not wait.
const load = {
  catalog: () => import('../features/catalog/catalog-page.tsx'),
  technology: () => import('../features/catalog/technology-page.tsx'),
  wizard: () => import('../features/wizard/wizard-page.tsx'),
  result: () => import('../features/result/result-page.tsx'),
  compare: () => import('../features/compare/compare-page.tsx'),
};
const CatalogPage = lazy(() => load.catalog().then((m) => ({ default: m.CatalogPage })));
const TechnologyPage = lazy(() => load.technology().then((m) => ({ default: m.TechnologyPage })));
const WizardPage = lazy(() => load.wizard().then((m) => ({ default: m.WizardPage })));
const ResultPage = lazy(() => load.result().then((m) => ({ default: m.ResultPage })));
const ComparePage = lazy(() => load.compare().then((m) => ({ default: m.ComparePage })));

/** Warm the cache for the screens people go to next: the wizard first, then the result. */
function prefetchScreens(): void {
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(fn, { timeout: 4000 })
      : setTimeout(fn, 2000);
  idle(() => {
    // A failed prefetch is not an error: the screen loads (and reports) when visited.
    void load.wizard().catch(() => undefined);
    void load.result().catch(() => undefined);
  });
}
const NotFoundPage = lazy(() =>
  import('./not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

function Screen({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p role="status" className="text-muted">
          Loading…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}

export function AppRoutes() {
  useEffect(prefetchScreens, []);
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.home.pattern} element={<StartPage />} />
        <Route
          path={paths.step.pattern}
          element={
            <Screen>
              <WizardPage />
            </Screen>
          }
        />
        <Route
          path={paths.result.pattern}
          element={
            <Screen>
              <ResultPage />
            </Screen>
          }
        />
        <Route
          path={paths.compare.pattern}
          element={
            <Screen>
              <ComparePage />
            </Screen>
          }
        />
        <Route
          path={paths.catalog.pattern}
          element={
            <Screen>
              <CatalogPage />
            </Screen>
          }
        />
        <Route
          path={paths.technology.pattern}
          element={
            <Screen>
              <TechnologyPage />
            </Screen>
          }
        />
        <Route
          path="*"
          element={
            <Screen>
              <NotFoundPage />
            </Screen>
          }
        />
      </Route>
    </Routes>
  );
}
