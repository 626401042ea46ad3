// @vitest-environment jsdom
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hostMessage, pageMessage, type PageMessage } from '../embed/protocol.ts';
import type { EmbedHandle, EmbedOptions } from './embed.ts';

const APP = 'https://tools.example.com';

type Api = { embed: (target: Element | string, options?: EmbedOptions) => EmbedHandle };
let api: Api;

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
  await import('./embed.ts');
  vi.unstubAllGlobals();
  api = (window as unknown as { Stackwise: Api }).Stackwise;
});

afterAll(() => {
  for (const observer of observers) observer.disconnect();
});

beforeEach(() => {
  document.body.replaceChildren();
});

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
  return { element, handle, callbacks, frame: handle.iframe };
}

function deliver(data: unknown, origin: string, source: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

describe('Stackwise.embed', () => {
  it('builds the iframe URL with the embed parameters and this page as parentOrigin', () => {
    const { frame, element } = mount({
      theme: 'dark',
      accent: '0f766e',
      answers: { 'team-language': 'go', workload: ['crud-api', 'realtime'] },
    });
    expect(element.firstChild).toBe(frame);
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe(`${APP}/stackwise/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      embed: '1',
      parentOrigin: window.location.origin,
      theme: 'dark',
      accent: '0f766e',
      answers: 'v=1&team-language=go&workload=crud-api,realtime',
    });
    expect(frame.title).toMatch(/Stackwise/);
    expect(frame.getAttribute('sandbox')).toBeNull();
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
    const { frame, callbacks } = mount();
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

  it('sends the theme to the frame origin once the page is ready', () => {
    const { frame, handle } = mount();
    const post = vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => {});
    handle.setTheme('dark');
    expect(post).not.toHaveBeenCalled();
    deliver(pageMessage('ready', {}), APP, frame.contentWindow);
    expect(post).toHaveBeenCalledWith(hostMessage('theme', { theme: 'dark' }), APP);
  });

  it('destroy removes the frame, stops listening and restores the fallback', () => {
    const { frame, handle, element, callbacks } = mount();
    const source = frame.contentWindow;
    handle.destroy();
    expect(element.textContent).toBe('Open Stackwise');
    expect(frame.isConnected).toBe(false);
    deliver(pageMessage('ready', {}), APP, source);
    expect(callbacks.onReady).not.toHaveBeenCalled();
  });

  it('refuses a src that is not http(s)', () => {
    const element = document.body.appendChild(document.createElement('div'));
    expect(() => api.embed(element, { src: 'javascript:alert(1)' })).toThrow(/http/);
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
    await vi.waitFor(() => expect(element.querySelector('iframe')).not.toBeNull());
    const frame = element.querySelector('iframe')!;
    const params = new URL(frame.src).searchParams;
    expect(params.get('theme')).toBe('light');
    expect(params.get('answers')).toBe('team-language=rust');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-popups');
  });
});
