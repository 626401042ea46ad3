import { Link } from 'react-router';
import { catalog } from '../../content/catalog.ts';
import { paths } from '../../lib/paths.ts';
import { linkClass } from './edit-link.tsx';

export function Notices({ notices, empty }: { notices: string[]; empty: boolean }) {
  if (notices.length === 0 && !empty) return null;
  return (
    <div role="status" className="mt-6 rounded-lg border-l-4 border-warn bg-surface p-4">
      <p className="font-semibold">About this link</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {empty && (
          <li>
            The link carries no answers, so this recommendation rests on defaults alone.{' '}
            <Link to={paths.step.to(catalog.questions[0]?.id ?? '')} className={linkClass}>
              Answer the questions
            </Link>{' '}
            for one that fits you.
          </li>
        )}
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
