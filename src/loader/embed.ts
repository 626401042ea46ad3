/**
 * embed.js, the loader a portal includes with one script tag (PRODUCT.md, "Embedding"):
 *
 *   <div data-stackwise-src="https://tools.example.com/stackwise/"></div>
 *   <script src="https://tools.example.com/stackwise/embed.js" async></script>
 *
 * Every element with `data-stackwise-src` (now or added later, as single-page portals do) becomes
 * an iframe that follows its content's height, and `window.Stackwise.embed(element, options)`
 * does the same from code, with callbacks, in the shape of Typeform's embed SDK. Events reach the
 * element as `stackwise:ready|resize|step|result` DOM events too.
 *
 * Unlike many embed SDKs it checks who is talking: a message counts only when it comes from this
 * iframe's window at the origin of its `src`, and is a valid message of the protocol. It needs no
 * inline script or style (styles are set through the CSSOM), so it runs under a strict CSP.
 * Built on its own into dist/embed.js (vite.config.ts), with a 3 KB gzip budget.
 */
import {
  hostMessage,
  isFromExpected,
  parseOrigin,
  parsePageMessage,
  PROTOCOL_VERSION,
  type EmbedTheme,
  type ResizePayload,
  type ResultPayload,
  type StepPayload,
} from '../embed/protocol.ts';

export interface EmbedOptions {
  /** Where Stackwise is served; defaults to the folder embed.js was loaded from. */
  src?: string | undefined;
  /** Initial answers: `{ 'team-language': 'go', workload: ['crud-api'] }` or a share query. */
  answers?: Record<string, string | readonly string[]> | string | undefined;
  theme?: EmbedTheme | undefined;
  /** A hex colour such as `0f766e`; used only where it keeps WCAG AA contrast. */
  accent?: string | undefined;
  /** The iframe's accessible name. */
  title?: string | undefined;
  /** Sandbox tokens for the iframe, e.g. `allow-scripts allow-popups`; absent: no sandbox. */
  sandbox?: string | undefined;
  /** Height in CSS pixels until the page reports its own. */
  height?: number | undefined;
  onReady?: (() => void) | undefined;
  onResize?: ((size: ResizePayload) => void) | undefined;
  onStep?: ((step: StepPayload) => void) | undefined;
  onResult?: ((result: ResultPayload) => void) | undefined;
}

export interface EmbedHandle {
  readonly iframe: HTMLIFrameElement;
  /** Switch the embedded page's theme. */
  setTheme(theme: EmbedTheme): void;
  /** Remove the iframe and its listener, and restore the element's original content. */
  destroy(): void;
}

const PREFIX = 'data-stackwise-';
const SELECTOR = `[${PREFIX}src]`;

// The folder embed.js was loaded from: where Stackwise lives unless `src` says otherwise.
const script = document.currentScript;
const home = script instanceof HTMLScriptElement && script.src ? new URL('./', script.src) : null;

const handles = new Map<Element, EmbedHandle>();
/** Elements embedded from their attributes: released when the portal removes them. */
const declared = new Set<Element>();
/** Elements whose embed was destroyed: not embedded again from their attributes. */
const released = new WeakSet<Element>();

function answersQuery(answers: EmbedOptions['answers']): string {
  if (!answers || typeof answers === 'string') return answers || '';
  const parts = Object.entries(answers).map(
    ([question, options]) =>
      `${encodeURIComponent(question)}=${([] as string[]).concat(options).map(encodeURIComponent).join(',')}`,
  );
  return ['v=1', ...parts].join('&');
}

function embed(target: Element | string, options: EmbedOptions = {}): EmbedHandle {
  const element = typeof target === 'string' ? document.querySelector(target) : target;
  if (!element) throw new Error(`Stackwise: no element matches ${String(target)}`);
  handles.get(element)?.destroy();
  released.delete(element);
  const base = options.src || home;
  if (!base) throw new Error('Stackwise: say where Stackwise is served with the src option');
  const url = new URL(base, document.baseURI);
  if (!/^https?:$/.test(url.protocol)) throw new Error('Stackwise: src must be an http(s) URL');

  const query = url.searchParams;
  query.set('embed', '1');
  // Where the page may post: this page's origin. A page without one (file:, sandboxed) gets no
  // messages, and the frame keeps its initial height.
  const parentOrigin = parseOrigin(location.origin);
  if (parentOrigin) query.set('parentOrigin', parentOrigin);
  if (options.theme) query.set('theme', options.theme);
  if (options.accent) query.set('accent', options.accent);
  const answers = answersQuery(options.answers);
  if (answers) query.set('answers', answers);

  const frame = document.createElement('iframe');
  frame.title = options.title || 'Stackwise: choose a backend stack';
  frame.setAttribute('allow', 'clipboard-write');
  if (options.sandbox != null) frame.setAttribute('sandbox', options.sandbox);
  const style = frame.style;
  style.display = 'block';
  style.width = '100%';
  style.border = '0';
  style.height = `${options.height ?? 600}px`;
  frame.src = url.href;

  // Sandboxed without allow-same-origin, the page has an opaque origin and its messages say
  // "null"; then the source check (this very iframe's window) is what tells them apart.
  const opaque =
    options.sandbox != null &&
    !options.sandbox.toLowerCase().split(/\s+/).includes('allow-same-origin');
  const origins = [opaque ? 'null' : url.origin];
  let theme: EmbedTheme | undefined;
  let ready = false;
  const sendTheme = () => {
    if (ready && theme)
      frame.contentWindow?.postMessage(hostMessage('theme', { theme }), opaque ? '*' : url.origin);
  };

  const listener = (event: MessageEvent) => {
    if (!isFromExpected(event, { source: frame.contentWindow, origins })) return;
    const message = parsePageMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        ready = true;
        sendTheme();
        options.onReady?.();
        break;
      case 'resize':
        style.height = `${message.payload.height}px`;
        options.onResize?.(message.payload);
        break;
      case 'step':
        options.onStep?.(message.payload);
        break;
      case 'result':
        options.onResult?.(message.payload);
        break;
    }
    element.dispatchEvent(
      new CustomEvent(`stackwise:${message.type}`, { detail: message.payload }),
    );
  };
  addEventListener('message', listener);

  const original = [...element.childNodes];
  element.replaceChildren(frame);
  const handle: EmbedHandle = {
    iframe: frame,
    setTheme(next) {
      theme = next;
      sendTheme();
    },
    destroy() {
      removeEventListener('message', listener);
      frame.remove();
      element.append(...original);
      if (handles.get(element) === handle) handles.delete(element);
      declared.delete(element);
      released.add(element);
    },
  };
  handles.set(element, handle);
  return handle;
}

function optionsOf(element: Element): EmbedOptions {
  const read = (name: string) => element.getAttribute(PREFIX + name) ?? undefined;
  const height = Number(read('height'));
  return {
    src: read('src'),
    answers: read('answers'),
    theme: read('theme') as EmbedTheme | undefined,
    accent: read('accent'),
    title: read('title'),
    sandbox: read('sandbox'),
    height: height > 0 ? height : undefined,
  };
}

/** Embed every new `data-stackwise-src` element; release those the page has removed. */
function scan(): void {
  for (const element of declared) if (!element.isConnected) handles.get(element)?.destroy();
  for (const element of document.querySelectorAll(SELECTOR)) {
    if (handles.has(element) || released.has(element)) continue;
    try {
      embed(element, optionsOf(element));
      declared.add(element);
    } catch (error) {
      console.error(error);
    }
  }
}

const api = { embed, version: PROTOCOL_VERSION };

declare global {
  interface Window {
    Stackwise?: typeof api;
  }
}

// Included twice (two widgets, two script tags), the first copy does the work.
if (!window.Stackwise) {
  window.Stackwise = api;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
}
