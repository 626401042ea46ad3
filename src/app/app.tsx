import { HashRouter } from 'react-router';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

/**
 * Hash routing: works on any static host, under any sub-path, without rewrite rules. Declarative
 * mode keeps the router small (the data router would add ~19 KB gzip to the first load).
 */
export function App() {
  return (
    <HashRouter>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </HashRouter>
  );
}
