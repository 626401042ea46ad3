/**
 * Answers kept for a frame that may not keep them itself (docs/embedding.md, "Answers across
 * sites"). A frame from another site often has its storage partitioned or refused; the page then
 * sends its state in `save` messages, and the loader keeps it here, in the portal's own
 * localStorage, under `stackwise:answers:<Stackwise address>`, and hands it back in the next
 * frame's URL. Nothing is sent anywhere. A copy in memory carries it across a single-page portal's
 * navigations when the portal's storage is refused too.
 */
export const KEPT_ANSWERS_KEY = 'stackwise:answers:';

const memory = new Map<string, string>();

/** Keep `state` for the Stackwise at `address`; an empty state forgets it. */
export function keep(address: string, state: string): void {
  memory.set(address, state);
  try {
    if (state) localStorage.setItem(KEPT_ANSWERS_KEY + address, state);
    else localStorage.removeItem(KEPT_ANSWERS_KEY + address);
  } catch {
    // The portal's storage is refused too: the copy in memory is all there is.
  }
}

/** What is kept for the Stackwise at `address`, or an empty string. */
export function kept(address: string): string {
  let state = memory.get(address);
  if (state == null)
    try {
      state = localStorage.getItem(KEPT_ANSWERS_KEY + address) || '';
    } catch {
      // Refused: nothing was kept.
    }
  return state || '';
}
