/**
 * Embedding that survives real portals (issue 18). Each test is a portal page on another site
 * (`http://localhost:<port>`, see embed-host.ts) embedding the app (`http://127.0.0.1:<port>`)
 * with one element and the async loader, as the Docusaurus, Backstage, MkDocs and Confluence
 * recipes in docs/embedding.md do:
 *
 * - a page server-rendered with React and hydrated late, as Docusaurus does: no hydration error,
 *   one request for the app, one frame;
 * - the frame follows `data-stackwise-theme` live, and the portal's own switch in host mode;
 * - the command queue: the API without polling, one frame per element, released on navigation;
 * - answers kept on the portal's side when the frame may not keep them: A -> B -> A resumes;
 * - a Stackwise whose frame-ancestors refuses the portal: the fallback content, and why;
 * - a first height that does not jump, and spacing the portal can override.
 *
 * `npm run test:portal` runs the same checks against a real Docusaurus site.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Rolldown } from 'vite';
import type { ResizePayload } from '../src/embed/protocol.ts';
import { expect, VIEWPORTS } from './fixtures.ts';
import {
  events,
  frameOf,
  frameTheme,
  serveDist,
  stackwise,
  stackwiseFrames,
  test,
  waitFor,
  type Host,
} from './embed-host.ts';
import { PortalApp } from './ssr-portal/portal-app.ts';

const SSR_CLIENT = fileURLToPath(new URL('./ssr-portal/client.ts', import.meta.url));

let clientBundle: Promise<string> | undefined;

/** The SSR portal's client: React and the page, one production script, built once per worker. */
function bundleClient(): Promise<string> {
  return (clientBundle ??= (async () => {
    const { build } = await import('vite');
    const output = (await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        minify: false,
        target: 'es2022',
        copyPublicDir: false,
        reportCompressedSize: false,
        lib: { entry: SSR_CLIENT, formats: ['iife'], name: 'SsrPortal' },
      },
    })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const chunk = [output]
      .flat()
      .flatMap((o) => o.output)
      .find((o) => o.type === 'chunk');
    if (!chunk) throw new Error('The SSR portal client produced no code.');
    return chunk.code;
  })());
}

/** Serves `/ssr.html`, rendered on the server with React, and its client bundle. */
function serveSsrPortal(host: Host, appOrigin: string): void {
  host.route(async (path, res) => {
    if (path === '/portal-client.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(await bundleClient());
      return true;
    }
    if (path !== '/ssr.html') return false;
    const body = renderToString(createElement(PortalApp, { appOrigin }));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    // As Docusaurus writes it: the `scripts` entry (the loader, async) in the head, the app's
    // bundle at the end of the body.
    res.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${appOrigin}; style-src 'self'; frame-src ${appOrigin}; object-src 'none'; base-uri 'self'" />
    <title>ACME docs (server-rendered)</title>
    <link rel="stylesheet" href="host.css" />
    <script src="${appOrigin}/embed.js" async></script>
  </head>
  <body>
    <div id="portal" data-app-origin="${appOrigin}">${body}</div>
    <script src="portal-client.js"></script>
  </body>
</html>`);
    return true;
  });
}

/** The stackwise:* keys in the portal's own localStorage. */
function portalKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('stackwise:')));
}

test.describe('embedding in real portals', () => {
  test('a portal server-rendered with React and hydrated late: no hydration error, one request for the app, one frame', async ({
    page,
    host,
    baseURL,
  }) => {
    const app = new URL(baseURL!).origin;
    serveSsrPortal(host, app);
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() !== page.mainFrame())
        if (request.url().startsWith(app)) documents.push(request.url());
    });

    // Direct loads, as a reader following a link: the case `docusaurus start` hides.
    for (let load = 1; load <= 3; load++) {
      documents.length = 0;
      await page.goto(`${host.origin}/ssr.html?load=${load}`);
      await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-embedded-before-hydration', 'true');
      await expect(frameOf(page).getByRole('heading', { level: 1 })).toBeVisible();
      // Hydrated, not thrown away and rendered again: the server's button now works. The click is
      // dispatched on the button itself: the frame above it settles its height as it loads, and a
      // pointer click aimed while it does can land beside the button, which proves nothing here.
      await page.getByRole('button', { name: 'Clicked 0' }).dispatchEvent('click');
      await expect(page.getByRole('button', { name: 'Clicked 1' })).toBeVisible();
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.hydrationErrors), `load ${load}`).toEqual([]);
      expect(documents, `load ${load}: requests for the app`).toHaveLength(1);
      expect(stackwiseFrames(page), `load ${load}: frames`).toHaveLength(1);
      // The element React hydrated is the server's, with its fallback link still inside.
      await expect(page.locator('#stackwise > a')).toHaveText('Open Stackwise');
    }
  });

  test('the frame follows data-stackwise-theme as it changes', async ({ page, host }) => {
    await page.goto(`${host.origin}/portal.html?theme=light`);
    await waitFor(page, 'ready');
    expect(await frameTheme(page)).toBe('light');
    const setTheme = (theme: string) =>
      page
        .locator('#stackwise')
        .evaluate((element, t) => element.setAttribute('data-stackwise-theme', t), theme);
    await setTheme('dark');
    await expect.poll(() => frameTheme(page)).toBe('dark');
    await setTheme('auto');
    await expect.poll(() => frameTheme(page)).toBeUndefined();
    await setTheme('light');
    await expect.poll(() => frameTheme(page)).toBe('light');
  });

  test('host mode follows the portal’s own theme switch, over the system’s', async ({
    page,
    host,
  }) => {
    // The reader's system is dark; the portal's switch says light, and wins.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${host.origin}/portal.html?theme=host&html-theme=light`);
    await waitFor(page, 'ready');
    // From the first paint: the frame's address already says so.
    expect(new URL(stackwise(page).url()).searchParams.get('theme')).toBe('light');
    expect(await frameTheme(page)).toBe('light');
    // The text colour tells the themes apart.
    const foreground = () => stackwise(page).evaluate(() => getComputedStyle(document.body).color);
    const lightForeground = await foreground();

    const portal = (change: () => void) => page.evaluate(change);
    await portal(() => (document.documentElement.dataset.theme = 'dark'));
    await expect.poll(() => frameTheme(page)).toBe('dark');
    const darkForeground = await foreground();
    expect(darkForeground).not.toBe(lightForeground);

    // Tailwind-style class, then color-scheme, then MkDocs Material's attribute on <body>.
    await portal(() => {
      delete document.documentElement.dataset.theme;
      document.documentElement.classList.add('light');
    });
    await expect.poll(() => frameTheme(page)).toBe('light');
    await portal(() => {
      document.documentElement.classList.remove('light');
      document.documentElement.style.colorScheme = 'dark';
    });
    await expect.poll(() => frameTheme(page)).toBe('dark');
    await portal(() => {
      document.documentElement.style.colorScheme = '';
      document.body.dataset.mdColorScheme = 'default';
    });
    await expect.poll(() => frameTheme(page)).toBe('light');

    // The portal says nothing: the frame follows the system, which is dark.
    await portal(() => delete document.body.dataset.mdColorScheme);
    await expect.poll(() => frameTheme(page)).toBeUndefined();
    await expect.poll(foreground).toBe(darkForeground);
  });

  test('the command queue: the API without polling, one frame per element, released on navigation', async ({
    page,
    host,
  }) => {
    await page.goto(`${host.origin}/portal.html?queue=1`);
    await waitFor(page, 'ready');
    const log = () =>
      page.evaluate(
        () =>
          (window as unknown as { stackwiseLog: Record<string, unknown> }).stackwiseLog as {
            queuedBeforeLoad?: boolean;
            queue?: unknown;
          },
      );
    // Queued before the async loader arrived, run once it had embedded the element.
    expect(await log()).toMatchObject({
      queuedBeforeLoad: true,
      queue: { sameHandle: true, frames: 1 },
    });
    // Pushed later, a command runs at once.
    expect(
      await page.evaluate(() => {
        let ran = false;
        (window.Stackwise as Array<() => void>).push(() => (ran = true));
        return ran;
      }),
    ).toBe(true);

    // The callbacks of the second embed() call are heard.
    await frameOf(page).getByRole('link', { name: 'Start', exact: true }).click();
    await expect
      .poll(async () => (await events(page)).filter((e) => String(e.type) === 'onStep').length)
      .toBeGreaterThan(0);

    // A client-side navigation: the portal renders a new page with a new element.
    await page.evaluate(() => {
      const old = document.getElementById('stackwise')!;
      (window as unknown as { oldElement: Element }).oldElement = old;
      const next = document.createElement('div');
      next.id = 'stackwise';
      next.setAttribute('data-stackwise-src', old.getAttribute('data-stackwise-src')!);
      old.replaceWith(next);
    });
    await expect(frameOf(page).getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => stackwiseFrames(page).length).toBe(1);
    expect(
      await page.evaluate(() => {
        const api = window.Stackwise as unknown as { get: (e: Element) => unknown };
        return api.get((window as unknown as { oldElement: Element }).oldElement) === undefined;
      }),
    ).toBe(true);
  });

  for (const [refusal, setup] of [
    ['the browser refuses third-party storage', 'blocked'],
    ['the frame is sandboxed', 'sandbox'],
  ] as const) {
    test(`answers survive A -> B -> A across sites when ${refusal}, and starting over clears them`, async ({
      page,
      context,
      host,
      baseURL,
    }) => {
      test.slow();
      const app = new URL(baseURL!).origin;
      const key = `stackwise:answers:${app}/`;
      let query = '';
      if (setup === 'blocked') {
        // What a browser that blocks third-party storage does to the frame (Chrome with
        // third-party cookies blocked, as in incognito; the Chromium these tests run in already
        // does by default): any use of localStorage throws. Said here, so that the test does not
        // depend on the browser's defaults.
        await context.addInitScript((appOrigin) => {
          if (location.origin !== appOrigin || window.top === window) return;
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          });
        }, app);
      } else {
        query = `&sandbox=${encodeURIComponent('allow-scripts allow-popups')}`;
      }

      await page.goto(`${host.origin}/portal.html?page=a${query}`);
      await waitFor(page, 'ready');
      const frame = frameOf(page);
      // The frame says where its answers are kept.
      await expect(
        frame.getByText(`your answers are kept by ${new URL(host.origin).host}`),
      ).toBeVisible();
      await frame.getByRole('link', { name: 'Start', exact: true }).click();
      await frame.getByRole('radio', { name: /^Go\b/ }).check();
      await frame.getByRole('button', { name: 'Next' }).click();
      const firstWorkload = frame.getByRole('checkbox').first();
      await firstWorkload.check();
      const workload = (await firstWorkload.getAttribute('value')) ?? '';
      // Kept in the portal's own storage, under Stackwise's address.
      await expect
        .poll(() => page.evaluate((k) => localStorage.getItem(k), key))
        .toContain(`"workload":["${workload}"]`);
      expect(await portalKeys(page)).toEqual([key]);

      await page.goto(`${host.origin}/portal.html?page=b${query}`);
      expect(stackwiseFrames(page)).toHaveLength(0);
      await page.goto(`${host.origin}/portal.html?page=a${query}`);
      await waitFor(page, 'ready');
      await frame.getByRole('link', { name: 'Resume (2 answered)' }).click();
      await expect(frame.getByRole('checkbox').first()).toBeChecked();
      await frame.getByRole('button', { name: 'Back' }).click();
      await expect(frame.getByRole('radio', { name: /^Go\b/ })).toBeChecked();

      // Starting over clears what the portal kept.
      await stackwise(page).evaluate(() => (location.hash = '#/'));
      await frame.getByRole('button', { name: 'Start over' }).click();
      await expect.poll(() => portalKeys(page)).toEqual([]);
      await page.reload();
      await waitFor(page, 'ready');
      await expect(frame.getByRole('link', { name: 'Start', exact: true })).toBeVisible();
    });
  }

  test('keeping answers can be turned off by the portal', async ({
    page,
    context,
    host,
    baseURL,
  }) => {
    const app = new URL(baseURL!).origin;
    await context.addInitScript((appOrigin) => {
      if (location.origin !== appOrigin || window.top === window) return;
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }, app);
    await page.goto(`${host.origin}/portal.html?keep-answers=false`);
    await waitFor(page, 'ready');
    const frame = frameOf(page);
    await expect(frame.getByText('so they last until you close the page')).toBeVisible();
    await frame.getByRole('link', { name: 'Start', exact: true }).click();
    await frame.getByRole('radio', { name: /^Go\b/ }).check();
    await waitFor(page, 'step');
    expect((await events(page)).filter((e) => e.type === 'save')).toEqual([]);
    expect(await portalKeys(page)).toEqual([]);
  });

  test('a first height that does not jump, and spacing the portal can override', async ({
    page,
    host,
  }) => {
    for (const name of ['desktop', 'phone'] as const) {
      await page.setViewportSize(VIEWPORTS[name]);
      await page.goto(`${host.origin}/portal.html?queue=1`);
      await waitFor(page, 'resize');
      const first = (await events(page)).find((e) => e.type === 'resize')!;
      const reported = (first.payload as ResizePayload).height;
      const initial = await page.evaluate(() =>
        Number.parseFloat(
          (window as unknown as { stackwiseLog: { initialHeight: string } }).stackwiseLog
            .initialHeight,
        ),
      );
      expect(
        Math.abs(reported - initial),
        `${name}: started at ${initial}px, the page then asked for ${reported}px`,
      ).toBeLessThanOrEqual(24);
    }

    const element = page.locator('#stackwise');
    const gap = () =>
      page.evaluate(
        () =>
          document.getElementById('after')!.getBoundingClientRect().top -
          document.getElementById('stackwise')!.getBoundingClientRect().bottom,
      );
    await expect(element).toHaveCSS('margin-top', '24px');
    await expect(element).toHaveCSS('margin-bottom', '24px');
    expect(await gap()).toBeGreaterThanOrEqual(24);
    // The portal's own CSS wins over the loader's default.
    await element.evaluate((e) => e.classList.add('tight'));
    await expect(element).toHaveCSS('margin-bottom', '0px');
  });
});

const refusedTest = test.extend<{ refusing: { origin: string } }>({
  // Stackwise deployed with a frame-ancestors that does not list the portal.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses.
  refusing: async ({}, use) => {
    const server = await serveDist({ 'Content-Security-Policy': "frame-ancestors 'self'" });
    await use(server);
    await server.close();
  },
  allowedOrigins: async ({ host, refusing }, use) => {
    await use([host.origin, host.thirdOrigin, refusing.origin]);
  },
  // The browser reports the refused frame as a console error, which this test provokes.
  // eslint-disable-next-line no-empty-pattern -- as above.
  expectedConsoleErrors: async ({}, use) => {
    await use([/frame-ancestors/]);
  },
});

refusedTest(
  'when frame-ancestors refuses the portal, the fallback content comes back and the console says why',
  async ({ page, host, refusing }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(
      `${host.origin}/portal.html?timeout=2000&src=${encodeURIComponent(`${refusing.origin}/`)}`,
    );
    // Not the browser's grey "refused" box: the portal's own link.
    await expect(page.getByRole('link', { name: 'Open Stackwise' })).toBeVisible({
      timeout: 10_000,
    });
    await expect(page.locator('#stackwise iframe')).toBeHidden();
    expect(warnings.join('\n')).toMatch(/frame-ancestors/);
    expect(warnings.join('\n')).toContain(host.origin);
  },
);
