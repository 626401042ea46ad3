import type { RouteObject } from 'react-router';
import { paths } from '../lib/paths.ts';
import { Layout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { StartPage } from '../features/start/start-page.tsx';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, element: <StartPage /> },
      {
        path: paths.catalog.pattern,
        lazy: async () => ({
          Component: (await import('../features/catalog/catalog-page.tsx')).CatalogPage,
        }),
      },
      {
        path: paths.technology.pattern,
        lazy: async () => ({
          Component: (await import('../features/catalog/technology-page.tsx')).TechnologyPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({
          Component: (await import('./not-found-page.tsx')).NotFoundPage,
        }),
      },
    ],
  },
];
