import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { matchPath, parsePath, useRoutes, type RouteObject } from 'react-router';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { StartPage } from '../features/start/start-page.tsx';

interface Screen {
  /** Renders the screen: at once when its code is loaded, else after a "Loading…" fallback. */
  Component: ComponentType;
  /** Load the screen's code now; never rejects (a failure shows when the screen is visited). */
  preload: () => Promise<void>;
}

/**
 * A screen whose code (and the catalog with it) loads when first needed. Once loaded it renders
 * directly, without suspending: a prefetched screen, or one main.tsx loaded before the first
 * render, never flashes a fallback that would shift the footer.
 */
function screen<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): Screen {
  let loaded: ComponentType | null = null;
  const resolve = () =>
    load().then((module) => {
      loaded = pick(module);
      return loaded;
    });
  const Lazy = lazy(() => resolve().then((Component) => ({ default: Component })));
  function Component() {
    // Decided once per mount, so the screen is never remounted when its code arrives.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded />;
    return (
      <Suspense
        fallback={
          <p role="status" className="text-muted">
            Loading…
          </p>
        }
      >
        <Lazy />
      </Suspense>
    );
  }
  return {
    Component,
    preload: () =>
      resolve().then(
        () => undefined,
        () => undefined,
      ),
  };
}

const screens = {
  catalog: screen(
    () => import('../features/catalog/catalog-page.tsx'),
    (m) => m.CatalogPage,
  ),
  technology: screen(
    () => import('../features/catalog/technology-page.tsx'),
    (m) => m.TechnologyPage,
  ),
  wizard: screen(
    () => import('../features/wizard/wizard-page.tsx'),
    (m) => m.WizardPage,
  ),
  result: screen(
    () => import('../features/result/result-page.tsx'),
    (m) => m.ResultPage,
  ),
  compare: screen(
    () => import('../features/compare/compare-page.tsx'),
    (m) => m.ComparePage,
  ),
  team: screen(
    () => import('../features/team/team-page.tsx'),
    (m) => m.TeamPage,
  ),
  notFound: screen(
    () => import('./not-found-page.tsx'),
    (m) => m.NotFoundPage,
  ),
} as const;

const ROUTES = [
  { pattern: paths.step.pattern, screen: screens.wizard },
  { pattern: paths.result.pattern, screen: screens.result },
  { pattern: paths.compare.pattern, screen: screens.compare },
  { pattern: paths.team.pattern, screen: screens.team },
  { pattern: paths.catalog.pattern, screen: screens.catalog },
  { pattern: paths.technology.pattern, screen: screens.technology },
] as const;

/**
 * Load the code of the screen a location hash (`#/wizard/go`) shows, so the first render of a
 * deep link shows the screen itself rather than a fallback. Nothing to load for the start page.
 */
export function preloadScreenFor(hash: string): Promise<void> {
  const { pathname = '/' } = parsePath(hash.replace(/^#/, '') || '/');
  if (pathname === paths.home.pattern) return Promise.resolve();
  const route = ROUTES.find((r) => matchPath(r.pattern, pathname));
  return (route?.screen ?? screens.notFound).preload();
}

/** Warm the cache for the screens people go to next: the wizard first, then the result. */
function prefetchScreens(): void {
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(fn, { timeout: 4000 })
      : setTimeout(fn, 2000);
  idle(() => {
    void screens.wizard.preload();
    void screens.result.preload();
  });
}

/**
 * The route table, built once. (`<Routes>` with `<Route>` children would rebuild it from JSX on
 * every navigation.)
 */
const ROUTE_OBJECTS: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home.pattern, element: <StartPage /> },
      ...ROUTES.map(({ pattern, screen: { Component } }) => ({
        path: pattern,
        element: <Component />,
      })),
      { path: '*', element: <screens.notFound.Component /> },
    ],
  },
];

export function AppRoutes() {
  useEffect(prefetchScreens, []);
  return useRoutes(ROUTE_OBJECTS);
}
