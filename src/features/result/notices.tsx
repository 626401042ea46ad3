import { catalog } from '../../content/catalog.ts';
import { Notice } from '../../components/notice.tsx';
import { TextLink } from '../../components/text-link.tsx';
import { paths } from '../../lib/paths.ts';

/** What the link left out or could not use, in the shared Notice (a polite status message). */
export function Notices({ notices, empty }: { notices: string[]; empty: boolean }) {
  if (notices.length === 0 && !empty) return null;
  return (
    <Notice tone="warn" title="About this link" className="mt-6">
      <ul className="list-disc space-y-1 pl-5">
        {empty && (
          <li>
            The link carries no answers, so this recommendation rests on defaults alone.{' '}
            <TextLink to={paths.step.to(catalog.questions[0]?.id ?? '')}>
              Answer the questions
            </TextLink>{' '}
            for one that fits you.
          </li>
        )}
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </Notice>
  );
}
