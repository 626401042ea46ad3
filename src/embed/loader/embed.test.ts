// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostMessage, pageMessage, type PageMessage } from '../protocol.ts';
import type { Command, EmbedOptions, StackwiseApi } from './embed.ts';
import { KEPT_ANSWERS_KEY } from './kept-answers.ts';

const APP = 'https://tools.example.com';

let api: StackwiseApi;
/** What the portal queued before embed.js loaded, and what each command was given. */
const queuedWith: unknown[] = [];

// The loader watches the whole document; stop it before jsdom is torn down.
const observers: MutationObserver[] = [];

beforeAll(async () => {
  const Real = window.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Real {
      constructor(callback: MutationCallback) {
        super(callback);
        observers.push(this);
      }
    },
  );
  // The portal's snippet, before the async script has loaded.
  const queue: Command[] = [(a) => queuedWith.push(a)];
  window.Stackwise = queue;
  await import('./embed.ts');
  vi.unstubAllGlobals();
  api = window.Stackwise as unknown as StackwiseApi;
});

afterAll(() => {
  for (const observer of observers) observer.disconnect();
});

beforeEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

/**
 * jsdom gives an iframe in a shadow root no window of its own; stand one in, as a browser would
 * have, so messages can come from it and go to it.
 */
function withWindow(frame: HTMLIFrameElement) {
  const win = { postMessage: vi.fn() };
  Object.defineProperty(frame, 'contentWindow', { value: win, configurable: true });
  return win;
}

function mount(options: EmbedOptions = {}) {
  const element = document.createElement('div');
  element.append('Open Stackwise');
  document.body.append(element);
  const callbacks = {
    onReady: vi.fn(),
    onResize: vi.fn(),
    onStep: vi.fn(),
    onResult: vi.fn(),
  };
  const handle = api.embed(element, { src: `${APP}/stackwise/`, ...callbacks, ...options });
  const win = withWindow(handle.iframe);
  return { element, handle, callbacks, frame: handle.iframe, win };
}

function deliver(data: unknown, origin: string, source: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

/** Lets the loader's MutationObserver run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Stackwise.embed', () => {
  it('builds the iframe URL with the embed parameters and this page as parentOrigin', () => {
    const { frame } = mount({
      theme: 'dark',
      accent: '0f766e',
      answers: { 'team-language': 'go', workload: ['crud-api', 'realtime'] },
    });
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe(`${APP}/stackwise/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      embed: '1',
      parentOrigin: window.location.origin,
      theme: 'dark',
      accent: '0f766e',
      answers: 'v=1&team-language=go&workload=crud-api%2Crealtime',
      keep: '1',
    });
    expect(frame.title).toMatch(/Stackwise/);
    expect(frame.getAttribute('sandbox')).toBeNull();
  });

  it('puts the frame in a shadow root and never touches the element’s own children', () => {
    const element = document.createElement('div');
    const link = document.createElement('a');
    link.textContent = 'Open Stackwise';
    element.append(link);
    document.body.append(element);
    const before = element.innerHTML;
    const handle = api.embed(element, { src: `${APP}/` });
    expect(element.innerHTML).toBe(before);
    expect([...element.attributes].map((a) => a.name)).toEqual([]);
    expect(element.shadowRoot?.firstChild).toBe(handle.iframe);
    handle.destroy();
    // The element's content shows again through a slot; still nothing changed in it.
    expect(element.innerHTML).toBe(before);
    expect(element.shadowRoot?.firstElementChild?.localName).toBe('slot');
  });

  it('starts at a height guessed for the start page, unless told otherwise', () => {
    expect(Number.parseInt(mount().frame.style.height)).toBeGreaterThan(400);
    expect(mount({ height: 900 }).frame.style.height).toBe('900px');
  });

  it('follows valid messages from its own frame at the frame origin', () => {
    const { frame, callbacks, element } = mount();
    const heard = vi.fn();
    element.addEventListener('stackwise:result', heard);
    const result = {
      answers: { 'team-language': ['go'] },
      stack: { language: 'go', framework: 'gin', database: 'postgresql' },
      shareUrl: `${APP}/stackwise/#/result?v=1&team-language=go`,
    };
    const messages: PageMessage[] = [
      pageMessage('ready', {}),
      pageMessage('resize', { height: 734 }),
      pageMessage('step', { questionId: 'team-language', index: 0, count: 12 }),
      pageMessage('result', result),
    ];
    for (const m of messages) deliver(m, APP, frame.contentWindow);
    expect(callbacks.onReady).toHaveBeenCalledTimes(1);
    expect(callbacks.onResize).toHaveBeenCalledWith({ height: 734 });
    expect(frame.style.height).toBe('734px');
    expect(callbacks.onStep).toHaveBeenCalledWith({
      questionId: 'team-language',
      index: 0,
      count: 12,
    });
    expect(callbacks.onResult).toHaveBeenCalledWith(result);
    expect((heard.mock.calls[0]![0] as CustomEvent).detail).toEqual(result);
  });

  it('ignores other origins, other windows, garbage and other versions', () => {
    const { frame, callbacks } = mount({ height: 600 });
    const resize = pageMessage('resize', { height: 5 });
    deliver(resize, 'https://evil.example', frame.contentWindow);
    deliver(resize, 'null', frame.contentWindow);
    deliver(resize, APP, window);
    deliver(resize, APP, null);
    deliver({ ...resize, version: 2 }, APP, frame.contentWindow);
    deliver({ ...resize, payload: { height: 'tall' } }, APP, frame.contentWindow);
    deliver('resize', APP, frame.contentWindow);
    for (const fn of Object.values(callbacks)) expect(fn).not.toHaveBeenCalled();
    expect(frame.style.height).toBe('600px');
  });

  it('accepts the opaque "null" origin only from a frame it sandboxed without allow-same-origin', () => {
    const { frame, callbacks } = mount({ sandbox: 'allow-scripts' });
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    deliver(pageMessage('ready', {}), APP, frame.contentWindow);
    expect(callbacks.onReady).not.toHaveBeenCalled();
    deliver(pageMessage('ready', {}), 'null', frame.contentWindow);
    expect(callbacks.onReady).toHaveBeenCalledTimes(1);

    const sameOrigin = mount({ sandbox: 'allow-scripts allow-same-origin' });
    deliver(pageMessage('ready', {}), 'null', sameOrigin.frame.contentWindow);
    expect(sameOrigin.callbacks.onReady).not.toHaveBeenCalled();
  });

  it('sends the theme to the frame origin once the page is ready, and only changes', () => {
    const { frame, handle, win } = mount({ theme: 'light' });
    const post = win.postMessage;
    handle.setTheme('dark');
    expect(post).not.toHaveBeenCalled();
    deliver(pageMessage('ready', {}), APP, frame.contentWindow);
    expect(post).toHaveBeenCalledWith(hostMessage('theme', { theme: 'dark' }), APP);
    handle.setTheme('dark');
    expect(post).toHaveBeenCalledTimes(1);
  });

  it('destroy removes the frame, stops listening and shows the fallback', () => {
    const { frame, handle, element, callbacks } = mount();
    const source = frame.contentWindow;
    handle.destroy();
    expect(element.textContent).toBe('Open Stackwise');
    expect(frame.isConnected).toBe(false);
    expect(api.get(element)).toBeUndefined();
    deliver(pageMessage('ready', {}), APP, source);
    expect(callbacks.onReady).not.toHaveBeenCalled();
  });

  it('refuses a src that is not http(s)', () => {
    const element = document.body.appendChild(document.createElement('div'));
    expect(() => api.embed(element, { src: 'javascript:alert(1)' })).toThrow(/http/);
  });

  it('on an element it already manages, returns that embed and adds the callbacks', () => {
    const { element, handle, frame, callbacks } = mount();
    const onStep = vi.fn();
    expect(api.embed(element, { src: `${APP}/other/`, onStep })).toBe(handle);
    expect(element.shadowRoot?.querySelectorAll('iframe')).toHaveLength(1);
    const step = { questionId: 'scale', index: 6, count: 12 };
    deliver(pageMessage('step', step), APP, frame.contentWindow);
    expect(callbacks.onStep).toHaveBeenCalledWith(step);
    expect(onStep).toHaveBeenCalledWith(step);
  });
});

describe('Stackwise.embed, when the page never says ready', () => {
  it('shows the element’s own content and says why, naming frame-ancestors', () => {
    vi.useFakeTimers();
    try {
      const { element, frame } = mount({ timeout: 3000 });
      const warn = vi.mocked(console.warn).mockImplementation(() => {});
      vi.advanceTimersByTime(3000);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/frame-ancestors/));
      warn.mockClear();
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot).not.toBeNull();
      expect(frame.style.display).toBe('none');
      // Late after all: the frame takes over again.
      deliver(pageMessage('ready', {}), APP, frame.contentWindow);
      expect(slot.isConnected).toBe(false);
      expect(frame.style.display).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers a link when the element has no content of its own', () => {
    vi.useFakeTimers();
    try {
      const element = document.body.appendChild(document.createElement('div'));
      api.embed(element, { src: `${APP}/stackwise/`, timeout: 1000 });
      vi.mocked(console.warn).mockImplementation(() => {});
      vi.advanceTimersByTime(1000);
      vi.mocked(console.warn).mockClear();
      const link = element.shadowRoot!.querySelector('a')!;
      expect(link.href).toBe(`${APP}/stackwise/`);
      expect(link.target).toBe('_blank');
      expect(link.textContent).toMatch(/^Open Stackwise/);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('answers kept for a frame that may not keep them', () => {
  const SAVED = '{"version":1,"answers":{"team-language":["go"]},"exclude":[],"lastStep":null}';
  const key = `${KEPT_ANSWERS_KEY}${APP}/stackwise/`;

  it('keeps them in this page’s storage under the Stackwise address, and hands them back', () => {
    const first = mount();
    deliver(pageMessage('save', { state: SAVED }), APP, first.frame.contentWindow);
    expect(localStorage.getItem(key)).toBe(SAVED);
    first.handle.destroy();

    const second = mount();
    expect(new URL(second.frame.src).searchParams.get('saved')).toBe(SAVED);
    // Starting over: the page sends an empty state, and it is forgotten.
    deliver(pageMessage('save', { state: '' }), APP, second.frame.contentWindow);
    expect(localStorage.getItem(key)).toBeNull();
    expect(new URL(mount().frame.src).searchParams.get('saved')).toBeNull();
  });

  it('keeps nothing when the portal turns it off', async () => {
    const { frame } = mount({ keepAnswers: false });
    expect(new URL(frame.src).searchParams.has('keep')).toBe(false);
    deliver(pageMessage('save', { state: SAVED }), APP, frame.contentWindow);
    expect(localStorage.length).toBe(0);

    const element = document.createElement('div');
    element.setAttribute('data-stackwise-src', `${APP}/stackwise/`);
    element.setAttribute('data-stackwise-keep-answers', 'false');
    document.body.append(element);
    await settle();
    expect(new URL(api.get(element)!.iframe.src).searchParams.has('keep')).toBe(false);
  });

  it('ignores a save from anyone but its own frame', () => {
    const { frame } = mount();
    deliver(pageMessage('save', { state: SAVED }), 'https://evil.example', frame.contentWindow);
    deliver(pageMessage('save', { state: SAVED }), APP, window);
    expect(localStorage.length).toBe(0);
  });
});

describe('data-stackwise-src', () => {
  it('turns elements into frames as they appear, with their options', async () => {
    const element = document.createElement('section');
    element.setAttribute('data-stackwise-src', `${APP}/`);
    element.setAttribute('data-stackwise-theme', 'light');
    element.setAttribute('data-stackwise-answers', 'team-language=rust');
    element.setAttribute('data-stackwise-sandbox', 'allow-scripts allow-popups');
    document.body.append(element);
    await settle();
    const frame = element.shadowRoot!.querySelector('iframe')!;
    expect(frame).not.toBeNull();
    const params = new URL(frame.src).searchParams;
    expect(params.get('theme')).toBe('light');
    expect(params.get('answers')).toBe('team-language=rust');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
  });

  it('Stackwise.get returns the embed of an element, embedding it if needed', async () => {
    const element = document.createElement('div');
    element.setAttribute('data-stackwise-src', `${APP}/`);
    document.body.append(element);
    // Before the loader's observer has run: get() embeds it on the spot, once.
    const handle = api.get(element)!;
    expect(handle.iframe.isConnected).toBe(true);
    await settle();
    expect(api.get(element)).toBe(handle);
    expect(api.embed(element)).toBe(handle);
    expect(element.shadowRoot!.querySelectorAll('iframe')).toHaveLength(1);
    expect(api.get(document.createElement('div'))).toBeUndefined();
    expect(api.get(null)).toBeUndefined();
  });

  it('applies a changed data-stackwise-theme live', async () => {
    const element = document.createElement('div');
    element.setAttribute('data-stackwise-src', `${APP}/`);
    element.setAttribute('data-stackwise-theme', 'light');
    document.body.append(element);
    const { iframe } = api.get(element)!;
    const post = withWindow(iframe).postMessage;
    deliver(pageMessage('ready', {}), APP, iframe.contentWindow);
    element.setAttribute('data-stackwise-theme', 'dark');
    await settle();
    expect(post).toHaveBeenLastCalledWith(hostMessage('theme', { theme: 'dark' }), APP);
    element.removeAttribute('data-stackwise-theme');
    await settle();
    expect(post).toHaveBeenLastCalledWith(hostMessage('theme', { theme: 'auto' }), APP);
  });

  it('follows the portal’s own theme switch in host mode', async () => {
    const root = document.documentElement;
    root.setAttribute('data-theme', 'dark');
    try {
      const element = document.createElement('div');
      element.setAttribute('data-stackwise-src', `${APP}/`);
      element.setAttribute('data-stackwise-theme', 'host');
      document.body.append(element);
      const { iframe } = api.get(element)!;
      expect(new URL(iframe.src).searchParams.get('theme')).toBe('dark');
      const post = withWindow(iframe).postMessage;
      deliver(pageMessage('ready', {}), APP, iframe.contentWindow);
      expect(post).not.toHaveBeenCalled();
      root.setAttribute('data-theme', 'light');
      await settle();
      expect(post).toHaveBeenLastCalledWith(hostMessage('theme', { theme: 'light' }), APP);
      root.removeAttribute('data-theme');
      root.classList.add('dark');
      await settle();
      expect(post).toHaveBeenLastCalledWith(hostMessage('theme', { theme: 'dark' }), APP);
    } finally {
      root.removeAttribute('data-theme');
      root.classList.remove('dark');
    }
  });

  it('releases the frame when the portal removes the element', async () => {
    const element = document.createElement('div');
    element.setAttribute('data-stackwise-src', `${APP}/`);
    const onReady = vi.fn();
    document.body.append(element);
    const { iframe } = api.embed(element, { onReady });
    const source = withWindow(iframe);
    element.remove();
    await settle();
    expect(api.get(element)).toBeUndefined();
    deliver(pageMessage('ready', {}), APP, source);
    expect(onReady).not.toHaveBeenCalled();
  });
});

describe('the command queue', () => {
  it('ran what the portal queued before embed.js loaded, with the API', () => {
    expect(queuedWith).toEqual([api]);
  });

  it('runs what is pushed later at once, and reports a failing command without stopping', () => {
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    try {
      const ran = vi.fn();
      api.push(() => {
        throw new Error('portal bug');
      }, ran);
      expect(ran).toHaveBeenCalledWith(api);
      expect(report).toHaveBeenCalledWith(new Error('portal bug'));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
