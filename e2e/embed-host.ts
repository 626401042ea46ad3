/**
 * What the embedding specs share: host pages ("portals") on other loopback origins, and ways to
 * read what the loader and the embedded page did.
 *
 * The app is served by `vite preview` at `http://127.0.0.1:<port>` (Playwright's baseURL). A host
 * page is served from e2e/host/ by a tiny server started per test at `http://localhost:<port>`:
 * another site, as a portal is. The same server also answers at `http://127.0.0.1:<port>`, a
 * third origin that plays another vendor's widget.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import { expect, test as base } from './fixtures.ts';

const HOST_DIR = fileURLToPath(new URL('./host/', import.meta.url));
export const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Answers a request itself, or returns false to let the static files answer. */
export type Route = (path: string, res: ServerResponse) => boolean | Promise<boolean>;

interface Server {
  port: number;
  close: () => Promise<void>;
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse, port: number) => void,
): Promise<Server> {
  let port = 0;
  const server = createServer((req, res) => handler(req, res, port));
  // No host: listen on every loopback address, so "localhost" works over IPv4 and IPv6.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Host {
  /** The host page's origin, `http://localhost:<port>`. */
  origin: string;
  /** Another vendor's origin on the same machine, `http://127.0.0.1:<port>`. */
  thirdOrigin: string;
  /** Answer some paths with generated content (a server-rendered page, a bundle). */
  route: (route: Route) => void;
}

/** Serves e2e/host/, filling in `{{APP_ORIGIN}}` and `{{THIRD_ORIGIN}}`. */
export async function startHost(appOrigin: string): Promise<Host & { close: () => Promise<void> }> {
  const routes: Route[] = [];
  const server = await listen((req, res, port) => {
    const name = new URL(req.url ?? '/', 'http://host').pathname.slice(1) || 'index.html';
    void (async () => {
      for (const route of routes) if (await route(`/${name}`, res)) return;
      if (!/^[a-z-]+\.(html|js|css)$/.test(name)) {
        res.writeHead(name === 'favicon.ico' ? 204 : 404).end();
        return;
      }
      const text = await readFile(join(HOST_DIR, name), 'utf8').catch(() => null);
      if (text === null) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)]!, 'Cache-Control': 'no-store' });
      res.end(
        text
          .replaceAll('{{APP_ORIGIN}}', appOrigin)
          .replaceAll('{{THIRD_ORIGIN}}', `http://127.0.0.1:${port}`),
      );
    })().catch(() => res.writeHead(500).end());
  });
  return {
    origin: `http://localhost:${server.port}`,
    thirdOrigin: `http://127.0.0.1:${server.port}`,
    route: (route) => routes.push(route),
    close: server.close,
  };
}

/**
 * Serves the built app (dist/) at `http://127.0.0.1:<port>` with extra response headers: a
 * Stackwise deployed with, say, a `frame-ancestors` that does not list the portal.
 */
export async function serveDist(
  headers: Record<string, string>,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = await listen((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://app').pathname).replace(/^\/+/, '');
    const file = join(DIST_DIR, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    if (!file.startsWith(DIST_DIR)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...headers,
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  return { origin: `http://127.0.0.1:${server.port}`, close: server.close };
}

export const test = base.extend<{ host: Host }>({
  host: async ({ baseURL }, use) => {
    const host = await startHost(new URL(baseURL!).origin);
    await use(host);
    await host.close();
  },
  // The host pages are ours: let the page guard allow them (and only them).
  allowedOrigins: async ({ host }, use) => {
    await use([host.origin, host.thirdOrigin]);
  },
});

export interface LoggedEvent {
  type: 'ready' | 'resize' | 'step' | 'result' | 'save';
  payload: unknown;
  /** Milliseconds since the host called Stackwise.embed (pages that record it). */
  at: number;
}

/** What the host page recorded in `window.stackwiseLog.events`. */
export async function events(page: Page): Promise<LoggedEvent[]> {
  return page.evaluate(
    () =>
      (window as unknown as { stackwiseLog?: { events: LoggedEvent[] } }).stackwiseLog?.events ??
      [],
  );
}

export async function waitFor(page: Page, type: LoggedEvent['type']): Promise<LoggedEvent> {
  await expect.poll(async () => (await events(page)).some((e) => e.type === type)).toBe(true);
  return (await events(page)).findLast((e) => e.type === type)!;
}

/** Every Stackwise frame on the page (by its `?embed=1`). */
export function stackwiseFrames(page: Page): Frame[] {
  return page.frames().filter((f) => {
    try {
      return new URL(f.url()).searchParams.get('embed') === '1';
    } catch {
      return false;
    }
  });
}

/** The one Stackwise frame on the page. */
export function stackwise(page: Page): Frame {
  const frame = stackwiseFrames(page)[0];
  if (!frame) throw new Error('The Stackwise iframe is not on the page.');
  return frame;
}

/** The Stackwise frame in `#stackwise` (Playwright's CSS pierces the open shadow root). */
export const frameOf = (page: Page, selector = '#stackwise') =>
  page.frameLocator(`${selector} iframe`);

/** The theme the embedded page shows: `light`, `dark`, or undefined (it follows the system). */
export function frameTheme(page: Page): Promise<string | undefined> {
  return stackwise(page).evaluate(() => document.documentElement.dataset.theme);
}
