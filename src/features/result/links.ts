/** Links the result page builds: to another result, and technology names. */
import { catalog, findTechnology } from '../../content/catalog.ts';
import { encodeShare, type ShareState } from '../../share/codec.ts';
import { paths } from '../../lib/paths.ts';

export const techName = (id: string) => findTechnology(id)?.name ?? id;

/** The result link for these answers. */
export function resultLink(state: ShareState): string {
  return paths.result.to(encodeShare(catalog, state));
}
