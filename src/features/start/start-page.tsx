import { Link } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

export function StartPage() {
  usePageTitle('Choose a backend stack');
  return (
    <section aria-labelledby="start-title" className="max-w-2xl">
      <h1 id="start-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
        Choose a backend stack you can defend
      </h1>
      <p className="mt-4 text-lg text-muted">
        Answer a dozen quick questions about your team and your workload. Stackwise ranks coherent
        stacks — language, framework, database, ORM, cache and message broker — explains every pick
        and every runner-up, and warns you about known pitfalls.
      </p>
      <ul className="mt-6 space-y-2 text-muted">
        <li>About two minutes; skip anything you are unsure of.</li>
        <li>Runs in your browser: nothing you answer is sent anywhere.</li>
        <li>Share the result as a link or drop it into a design doc.</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          to={paths.catalog.to()}
          className="rounded-md border border-border px-4 py-2 font-medium hover:bg-surface-2"
        >
          Browse the catalog
        </Link>
      </div>
    </section>
  );
}
