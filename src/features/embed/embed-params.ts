/**
 * Whether this page runs embedded (`?embed=1`, before the `#`) and what its host asked for. Read
 * once at start: the host sets these in the iframe's URL, and in-app navigation only changes the
 * part after the `#`.
 */
import { NOT_EMBEDDED, readEmbedParams, type EmbedParams } from './params-model.ts';

export const EMBED: EmbedParams =
  typeof window === 'undefined' ? NOT_EMBEDDED : readEmbedParams(window.location.search);

/** True inside a host page: no site chrome, the page fits its content. */
export function isEmbedded(): boolean {
  return EMBED.embedded;
}
