import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../lib/paths.ts';

/** Shown instead of a blank page when a screen fails to render or load. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">
        This screen could not be shown. Your saved answers are untouched.
      </p>
      <p className="mt-2 text-sm text-muted">Details: {detail}</p>
      <p className="mt-6">
        <Link className="text-accent underline" to={paths.home.to()}>
          Go to the start page
        </Link>
      </p>
    </main>
  );
}
