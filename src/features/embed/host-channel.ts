/**
 * The page's end of the message protocol (src/embed/protocol.ts). Messages go to the parent
 * window only, and only to the origin the host named in `?parentOrigin=`: the browser drops them
 * if the parent is anything else. Without a valid parentOrigin nothing is posted at all, not even
 * `ready` or `resize`, so no page can learn anything by framing Stackwise without saying who it
 * is. Inbound messages count only when they come from the parent window at that same origin.
 */
import {
  isFromExpected,
  parseHostMessage,
  type HostMessage,
  type PageMessage,
} from '../../embed/protocol.ts';
import { EMBED } from './embed-params.ts';

function parentOrigin(): string | null {
  return EMBED.embedded && window.parent !== window ? EMBED.parentOrigin : null;
}

export function postToHost(message: PageMessage): void {
  const origin = parentOrigin();
  if (origin) window.parent.postMessage(message, origin);
}

/** Calls `handler` for each valid message from the host; returns the unsubscribe function. */
export function onHostMessage(handler: (message: HostMessage) => void): () => void {
  const origin = parentOrigin();
  if (!origin) return () => {};
  const listener = (event: MessageEvent) => {
    if (!isFromExpected(event, { source: window.parent, origins: [origin] })) return;
    const message = parseHostMessage(event.data);
    if (message) handler(message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
