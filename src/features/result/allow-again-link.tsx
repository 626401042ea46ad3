import { Link } from 'react-router';
import type { ShareState } from '../../share/codec.ts';
import { textLinkClass } from '../../components/text-link.tsx';
import { resultLink, techName } from './links.ts';

/** "Allow Kafka again": the same result without ruling this technology out. */
export function AllowAgainLink({ id, state }: { id: string; state: ShareState }) {
  return (
    <Link
      to={resultLink({ ...state, exclude: state.exclude.filter((x) => x !== id) })}
      className={textLinkClass()}
    >
      Allow {techName(id)} again
    </Link>
  );
}
