/**
 * The embedded page's connection to its host, opened on the first render (it is small and ships
 * in the main bundle, so `ready` does not wait for the rest of the embed code): it says `ready`,
 * reports the page's height as it changes, and keeps the theme the host asks for.
 */
import { pageMessage, type EmbedTheme } from '../../embed/protocol.ts';
import { applyTheme } from '../../lib/theme.ts';
import { EMBED } from './embed-params.ts';
import { onHostMessage, postToHost } from './host-channel.ts';

let theme: EmbedTheme = EMBED.theme ?? 'auto';
const themeListeners = new Set<() => void>();

/** The theme the host asked for (in the URL, then by message). */
export function getHostTheme(): EmbedTheme {
  return theme;
}

export function subscribeHostTheme(listener: () => void): () => void {
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

function setHostTheme(next: EmbedTheme): void {
  if (next === theme) return;
  theme = next;
  applyTheme(next === 'auto' ? 'system' : next);
  for (const listener of themeListeners) listener();
}

/** Calls `onHeight` with the height the page needs whenever its content changes size. */
function observeHeight(root: HTMLElement, onHeight: (height: number) => void): () => void {
  let last = -1;
  const observer = new ResizeObserver(() => {
    // The root element's own box: unlike scrollHeight, it never grows to fill the frame, so the
    // frame can shrink when the content does.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) onHeight((last = height));
  });
  observer.observe(root);
  return () => observer.disconnect();
}

// Once per page load, even when React runs effects twice (StrictMode in development).
let announced = false;

/** Open the connection; returns the function that closes it. */
export function connectToHost(): () => void {
  const stopListening = onHostMessage((message) => {
    if (message.type === 'theme') setHostTheme(message.payload.theme);
  });
  if (!announced) {
    announced = true;
    postToHost(pageMessage('ready', {}));
  }
  const stopObserving = observeHeight(document.documentElement, (height) =>
    postToHost(pageMessage('resize', { height })),
  );
  return () => {
    stopListening();
    stopObserving();
  };
}
