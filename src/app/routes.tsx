import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { StartPage } from '../features/start/start-page.tsx';

// Every screen but the start page loads its code (and the catalog) when first visited.
const CatalogPage = lazy(() =>
  import('../features/catalog/catalog-page.tsx').then((m) => ({ default: m.CatalogPage })),
);
const TechnologyPage = lazy(() =>
  import('../features/catalog/technology-page.tsx').then((m) => ({ default: m.TechnologyPage })),
);
const WizardPage = lazy(() =>
  import('../features/wizard/wizard-page.tsx').then((m) => ({ default: m.WizardPage })),
);
const ResultPage = lazy(() =>
  import('../features/result/result-page.tsx').then((m) => ({ default: m.ResultPage })),
);
const ComparePage = lazy(() =>
  import('../features/compare/compare-page.tsx').then((m) => ({ default: m.ComparePage })),
);
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
