import { Link, useLocation } from 'react-router';
import { paths } from '../lib/paths.ts';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  const { pathname } = useLocation();
  usePageTitle('Page not found');
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title" className="text-2xl font-semibold">
        Page not found
      </h1>
      <p className="mt-3 text-muted">
        There is no page at <code>{pathname}</code>.
      </p>
      <p className="mt-6">
        <Link className="text-accent underline" to={paths.home.to()}>
          Go to the start page
        </Link>
      </p>
    </section>
  );
}
