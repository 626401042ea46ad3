/**
 * embed.js, the loader a portal includes with one script tag (docs/embedding.md):
 *
 *   <div data-stackwise-src="https://tools.example.com/stackwise/"></div>
 *   <script src="https://tools.example.com/stackwise/embed.js" async></script>
 *
 * Every element with `data-stackwise-src` (now or added later, as single-page portals do) gets an
 * iframe that follows its content's height, and `Stackwise.embed(element, options)` does the same
 * from code, with callbacks, in the shape of Typeform's embed SDK. Events reach the element as
 * `stackwise:ready|resize|step|result` DOM events too.
 *
 * The frame lives in a shadow root attached to the element: the element's own children (the
 * portal's fallback content, or nothing) are never touched, so a framework that server-rendered
 * the element and hydrates it later finds exactly the DOM it rendered. The shadow root shows the
 * frame instead of those children, and shows them again (through a <slot>) after `destroy()` or
 * when Stackwise never answers.
 *
 * It checks who is talking: a message counts only when it comes from this iframe's window at the
 * origin of its `src`, and is a valid message of the protocol. It needs no inline script or style
 * (styles are set through the CSSOM and a constructed stylesheet), so it runs under a strict CSP.
 * Built on its own into dist/embed.js (scripts/vite/embed-loader.ts), with a 3 KB gzip budget.
 */
import {
  hostMessage,
  isFromExpected,
  parsePageMessage,
  PROTOCOL_VERSION,
  type EmbedTheme,
  type ResizePayload,
  type ResultPayload,
  type StepPayload,
} from '../protocol.ts';
import { hostTheme } from './host-theme.ts';
import { keep, kept } from './kept-answers.ts';

/** `host` follows the portal's own theme switch (host-theme.ts). */
export type LoaderTheme = EmbedTheme | 'host';

export interface EmbedOptions {
  /** Where Stackwise is served; defaults to the folder embed.js was loaded from. */
  src?: string | undefined;
  /** Initial answers: `{ 'team-language': 'go', workload: ['crud-api'] }` or a share query. */
  answers?: Record<string, string | readonly string[]> | string | undefined;
  theme?: LoaderTheme | undefined;
  /** A hex colour such as `0f766e`; used only where it keeps WCAG AA contrast. */
  accent?: string | undefined;
  /** The iframe's accessible name. */
  title?: string | undefined;
  /** Sandbox tokens for the iframe, e.g. `allow-scripts allow-popups`; absent: no sandbox. */
  sandbox?: string | undefined;
  /** Height in CSS pixels until the page reports its own; default: a guess from the width. */
  height?: number | undefined;
  /** Milliseconds to wait for `ready` before showing the fallback content (default 8000). */
  timeout?: number | undefined;
  /** Keep the answers in this page's storage when the frame may not keep them (default true). */
  keepAnswers?: boolean | undefined;
  onReady?: (() => void) | undefined;
  onResize?: ((size: ResizePayload) => void) | undefined;
  onStep?: ((step: StepPayload) => void) | undefined;
  onResult?: ((result: ResultPayload) => void) | undefined;
}

export interface EmbedHandle {
  readonly element: Element;
  readonly iframe: HTMLIFrameElement;
  /** Switch the embedded page's theme; `host` follows this page's own theme switch. */
  setTheme(theme: LoaderTheme): void;
  /** Remove the iframe and its listeners, and show the element's own content again. */
  destroy(): void;
}

/** A function the portal queues with `Stackwise.push` before (or after) embed.js has loaded. */
export type Command = (api: StackwiseApi) => void;

export interface StackwiseApi {
  readonly version: number;
  /** Embed Stackwise in an element; on an element already embedded, its existing handle. */
  embed(target: Element | string, options?: EmbedOptions): EmbedHandle;
  /** The handle of the embed in `element` (embedding it if it has `data-stackwise-src`). */
  get(element: Element | null | undefined): EmbedHandle | undefined;
  /** Run commands with the API: at once, since embed.js has loaded. */
  push(...commands: Command[]): void;
}

interface Embed extends EmbedHandle {
  /** The options of every embed() call for this element, for their callbacks. */
  readonly callers: EmbedOptions[];
  /** Send the theme if it changed (the portal's switch moved, or setTheme was called). */
  sync(): void;
  /** Stop everything; destroy() also keeps the element from being embedded again. */
  release(): void;
}

type Callback = (payload: unknown) => void;

const PREFIX = 'data-stackwise-';
const SELECTOR = `[${PREFIX}src]`;
// The folder embed.js was loaded from: where Stackwise lives unless `src` says otherwise.
const script = document.currentScript;
const home = script instanceof HTMLScriptElement && script.src ? new URL('./', script.src) : null;

const handles = new Map<Element, Embed>();
/** Elements whose embed was destroyed: not embedded again from their attributes. */
const released = new WeakSet<Element>();
// Outside rules win over :host, so a portal's own CSS can change the spacing.
const sheet = new CSSStyleSheet();
sheet.replaceSync(':host{display:block;margin:1.5em 0}iframe{display:block;width:100%;border:0}');

/**
 * The height of Stackwise's start page at this width, so the frame does not jump when the page
 * reports its own: [narrower than, height], measured on the default content, between the
 * heights with and without the line saying the portal keeps the answers (e2e/embed-portal.spec.ts
 * checks it).
 */
const HEIGHTS = [
  [360, 872],
  [400, 756],
  [460, 680],
  [520, 642],
  [600, 592],
  [680, 572],
  [1e9, 560],
];

function guessHeight(element: Element): number {
  const width = element.getBoundingClientRect().width;
  return HEIGHTS.find(([narrower]) => width < narrower!)![1]!;
}

function answersQuery(answers: EmbedOptions['answers']): string {
  return !answers || typeof answers == 'string'
    ? answers || ''
    : `v=1&${new URLSearchParams(Object.entries(answers).map(([q, o]) => [q, ([] as string[]).concat(o).join()]))}`;
}

function optionsOf(element: Element): EmbedOptions {
  const read = (name: string) => element.getAttribute(PREFIX + name) ?? undefined;
  const options: Record<string, unknown> = {
    height: Number(read('height')) || undefined,
    timeout: Number(read('timeout')) || undefined,
    keepAnswers: read('keep-answers') != 'false',
  };
  for (const name of ['src', 'answers', 'theme', 'accent', 'title', 'sandbox'])
    options[name] = read(name);
  return options;
}

/**
 * The element's shadow root, where the frame lives; attached on first use. Elements that cannot
 * have one (a <td>, say) throw the browser's "does not support attachShadow": use a <div>.
 */
function shadowOf(element: Element): ShadowRoot {
  let root = element.shadowRoot;
  if (!root) {
    root = element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
  }
  return root;
}

function embed(target: Element | string, options: EmbedOptions = {}): EmbedHandle {
  const element = typeof target === 'string' ? document.querySelector(target) : target;
  if (!element) throw new Error(`Stackwise: no element ${String(target)}`);
  const existing = handles.get(element);
  if (existing) {
    // One frame per element: a second call adds its callbacks to the frame already there.
    existing.callers.push(options);
    if (options.theme) existing.setTheme(options.theme);
    return existing;
  }
  const o = { ...optionsOf(element), ...options };
  const url = new URL(o.src || home || 'about:', document.baseURI);
  if (!/^https?:$/.test(url.protocol)) throw new Error('Stackwise: src must be an http(s) URL');
  const link = url.href;
  const address = url.origin + url.pathname;

  let mode: LoaderTheme = o.theme || 'auto';
  const currentTheme = () => (mode == 'host' ? hostTheme() : mode);
  let sentTheme = currentTheme();

  const query = url.searchParams;
  query.set('embed', '1');
  // Where the page may post: this page's origin. A page without one (file:, sandboxed) gets no
  // messages, and the frame keeps its initial height.
  const parentOrigin = /^https?:/.test(origin) && origin;
  if (parentOrigin) query.set('parentOrigin', parentOrigin);
  query.set('theme', sentTheme);
  if (o.accent) query.set('accent', o.accent);
  const answers = answersQuery(o.answers);
  if (answers) query.set('answers', answers);
  const keeping = parentOrigin && o.keepAnswers != false;
  if (keeping) {
    query.set('keep', '1');
    const saved = kept(address);
    if (saved) query.set('saved', saved);
  }

  const frame = document.createElement('iframe');
  frame.title = o.title || 'Stackwise: choose a backend stack';
  frame.allow = 'clipboard-write';
  if (o.sandbox != null) frame.setAttribute('sandbox', o.sandbox);
  const style = frame.style;
  style.height = `${o.height || guessHeight(element)}px`;
  frame.src = url.href;

  // Sandboxed without allow-same-origin, the page has an opaque origin and its messages say
  // "null"; then the source check (this very iframe's window) is what tells them apart.
  const opaque = o.sandbox != null && !/\ballow-same-origin\b/i.test(o.sandbox);
  const origins = [opaque ? 'null' : url.origin];
  let ready = false;
  const controller = new AbortController();
  const shadow = shadowOf(element);
  const fallback = document.createElement('slot');
  const callers = [o];

  // No `ready` in time: most often Stackwise's frame-ancestors refuses this page. Show the
  // element's own content (or a link) instead of the browser's "refused" box; if `ready` comes
  // after all, the frame takes over again.
  const timer = parentOrigin
    ? setTimeout(() => {
        console.warn(
          `Stackwise: ${link} did not answer. Is ${parentOrigin} in its CSP frame-ancestors?`,
        );
        if (!element.textContent!.trim() && !element.children.length) {
          const a = fallback.appendChild(document.createElement('a'));
          a.href = link;
          a.target = '_blank';
          a.textContent = `Open ${frame.title}`;
        }
        style.display = 'none';
        shadow.append(fallback);
      }, o.timeout || 8000)
    : 0;

  const listener = (event: MessageEvent) => {
    if (!isFromExpected(event, { source: frame.contentWindow, origins })) return;
    const message = parsePageMessage(event.data);
    if (!message) return;
    const { type, payload } = message;
    if (type == 'ready') {
      ready = true;
      clearTimeout(timer);
      style.display = '';
      fallback.remove();
      handle.sync();
    }
    if (type == 'resize') style.height = `${payload.height}px`;
    if (type == 'save' && keeping) keep(address, payload.state);
    // ready -> onReady, and so on.
    const name = `on${type[0]!.toUpperCase()}${type.slice(1)}`;
    for (const caller of callers) (caller[name as 'onStep'] as Callback | undefined)?.(payload);
    element.dispatchEvent(new CustomEvent(`stackwise:${type}`, { detail: payload }));
  };
  // The controller carries a `signal`, as listener options do: abort() removes the listener.
  addEventListener('message', listener, controller);

  const handle: Embed = {
    element,
    iframe: frame,
    callers,
    sync() {
      const theme = currentTheme();
      if (ready && theme != sentTheme)
        frame.contentWindow?.postMessage(
          hostMessage('theme', { theme: (sentTheme = theme) }),
          opaque ? '*' : url.origin,
        );
    },
    setTheme(next) {
      mode = next;
      handle.sync();
    },
    release() {
      controller.abort();
      clearTimeout(timer);
      shadow.replaceChildren(fallback);
      handles.delete(element);
    },
    destroy() {
      handle.release();
      released.add(element);
    },
  };
  shadow.replaceChildren(frame);
  handles.set(element, handle);
  return handle;
}

/** The embed in `element`; an element with `data-stackwise-src` is embedded on the spot. */
function get(element: Element | null | undefined): EmbedHandle | undefined {
  if (!element) return;
  if (!handles.has(element) && element.isConnected && element.matches(SELECTOR))
    if (!released.has(element))
      try {
        embed(element);
      } catch (error) {
        console.error(error);
      }
  return handles.get(element);
}

/** Embed every new `data-stackwise-src` element; release those the page has removed. */
function scan(): void {
  for (const [element, handle] of handles) if (!element.isConnected) handle.release();
  document.querySelectorAll(SELECTOR).forEach(get);
}

const api: StackwiseApi = {
  version: PROTOCOL_VERSION,
  embed,
  get,
  push(...commands) {
    for (const command of commands)
      try {
        command(api);
      } catch (error) {
        // The portal's own mistake: report it as uncaught, and run the other commands.
        reportError(error);
      }
  },
};

declare global {
  interface Window {
    /** Before embed.js has loaded, a queue of commands (`(window.Stackwise ||= []).push(fn)`). */
    Stackwise?: StackwiseApi | Command[];
  }
}

// Included twice (two widgets, two script tags), the first copy does the work.
const queued = window.Stackwise;
if (!queued || Array.isArray(queued)) {
  window.Stackwise = api;
  const start = () => {
    // The portal's theme switch (host-theme.ts), for embeds in host mode.
    const themes = new MutationObserver(() => handles.forEach((handle) => handle.sync()));
    for (const element of [document.documentElement, document.body])
      themes.observe(element, { attributes: true });
    scan();
    api.push(...(queued || []));
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
  new MutationObserver((records) => {
    for (const { target, attributeName } of records)
      if (attributeName == PREFIX + 'theme')
        handles
          .get(target as Element)
          ?.setTheme(((target as Element).getAttribute(attributeName) || 'auto') as LoaderTheme);
    scan();
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [PREFIX + 'src', PREFIX + 'theme'],
  });
}
