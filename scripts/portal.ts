/**
 * `npm run test:portal`: the embed checks against a real Docusaurus site (issue 18). Not part of
 * `npm test`: it installs Docusaurus from the npm registry and builds a site, which takes minutes.
 *
 * 1. Writes a minimal Docusaurus 3 site (React 19) into a temporary folder, following the recipe
 *    in docs/embedding.md to the letter: the loader in `scripts`, a plain element in one MDX page
 *    (page A), no Stackwise on another (page B), and the small React component that follows
 *    `useColorMode()` on a third.
 * 2. Serves Stackwise's dist/ at http://127.0.0.1:<port> with the headers docs/embedding.md
 *    gives (the built policy plus frame-ancestors naming the portal), and the production build
 *    of the site at http://localhost:<port>: two sites, as a portal and Stackwise usually are.
 * 3. Drives it in Chromium: direct loads of a production build (hydration errors show only
 *    there), the theme toggle, client-side navigation, answers across navigations and reloads,
 *    the component's events, and no request to any other host.
 *
 * Run `npm run build` first. The site's node_modules is kept between runs (in the temporary
 * folder, keyed by the versions below); PORTAL_FRESH=1 starts from scratch. PORTAL_LOADS sets the
 * number of direct loads (default 12).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';

const VERSIONS = {
  '@docusaurus/core': '3.10.2',
  '@docusaurus/preset-classic': '3.10.2',
  '@mdx-js/react': '3.1.1',
  clsx: '2.1.1',
  'prism-react-renderer': '2.4.1',
  react: '19.3.1',
  'react-dom': '19.3.1',
};
const LOADS = Number(process.env.PORTAL_LOADS ?? 12);
const DIST = resolve('dist');
const SITE = join(tmpdir(), 'stackwise-portal-docusaurus');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
};

// ---------------------------------------------------------------------------------------------
// The site, as a platform team following docs/embedding.md would write it.

/** The component from the Docusaurus recipe in docs/embedding.md, word for word. */
const COMPONENT = `import React, { useEffect, useRef } from 'react';
import { useColorMode } from '@docusaurus/theme-common';

/**
 * Stackwise, following the site's colour mode, with its events as props. embed.js is loaded
 * async (docusaurus.config.js, scripts); the command queue runs this code once it is there.
 */
export default function Stackwise({ src, answers, onStep, onResult }) {
  const ref = useRef(null);
  const { colorMode } = useColorMode();

  useEffect(() => {
    const element = ref.current;
    (window.Stackwise = window.Stackwise || []).push((api) => {
      api.get(element)?.setTheme(colorMode);
    });
  }, [colorMode]);

  useEffect(() => {
    const element = ref.current;
    const step = (event) => onStep?.(event.detail);
    const result = (event) => onResult?.(event.detail);
    element.addEventListener('stackwise:step', step);
    element.addEventListener('stackwise:result', result);
    return () => {
      element.removeEventListener('stackwise:step', step);
      element.removeEventListener('stackwise:result', result);
    };
  }, [onStep, onResult]);

  // "host" until the effect runs: the frame matches the page from its first paint.
  return (
    <div
      ref={ref}
      data-stackwise-src={src}
      data-stackwise-theme="host"
      data-stackwise-answers={answers}
    />
  );
}
`;

function writeSite(appOrigin: string): void {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(SITE, path)), { recursive: true });
    writeFileSync(join(SITE, path), text);
  };
  write(
    'package.json',
    `${JSON.stringify({ name: 'acme-docs', private: true, dependencies: VERSIONS }, null, 2)}\n`,
  );
  write(
    'docusaurus.config.js',
    `// A minimal Docusaurus site with Stackwise embedded as docs/embedding.md says.
export default {
  title: 'ACME docs',
  url: 'http://localhost',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  scripts: [{ src: '${appOrigin}/embed.js', async: true }],
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: './sidebars.js' },
        blog: false,
      },
    ],
  ],
  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: false },
    navbar: { title: 'ACME docs' },
  },
};
`,
  );
  write('sidebars.js', `export default { docs: [{ type: 'autogenerated', dirName: '.' }] };\n`);
  write(
    'docs/index.md',
    `---\nsidebar_position: 1\nslug: /\n---\n\n# ACME docs\n\nWelcome. See [Choose a stack](/choose-a-stack).\n`,
  );
  write(
    'docs/choose-a-stack.mdx',
    `---
sidebar_position: 2
---

# Choose a stack

The platform team's wizard:

<div data-stackwise-src="${appOrigin}/" data-stackwise-theme="host" />

The paragraph after the wizard.
`,
  );
  write(
    'docs/deploying.md',
    `---\nsidebar_position: 3\n---\n\n# Deploying\n\nA page without Stackwise.\n`,
  );
  write('src/components/Stackwise.jsx', COMPONENT);
  write(
    'docs/component.mdx',
    `---
sidebar_position: 4
---

import { useState } from 'react';
import Stackwise from '@site/src/components/Stackwise';

# With the component

export function Wizard() {
  const [step, setStep] = useState('none');
  return (
    <>
      <Stackwise src="${appOrigin}/" onStep={(s) => setStep(s.questionId)} />
      <p>Current step: {step}</p>
    </>
  );
}

<Wizard />
`,
  );
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

// ---------------------------------------------------------------------------------------------
// Two static servers.

async function serve(
  dir: string,
  headers: (path: string) => Record<string, string>,
): Promise<{ server: Server; port: number }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
    void (async () => {
      for (const file of candidates) {
        if (!file.startsWith(root)) break;
        const body = await readFile(file).catch(() => null);
        if (!body) continue;
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...headers(path),
        });
        res.end(body);
        return;
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((done) => server.listen(0, done));
  return { server, port: (server.address() as AddressInfo).port };
}

// ---------------------------------------------------------------------------------------------
// The checks.

interface Check {
  name: string;
  ok: boolean;
  detail: string;
}
const checks: Check[] = [];
function check(name: string, ok: boolean, detail = ''): void {
  checks.push({ name, ok, detail });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}

async function waitFor(what: string, condition: () => Promise<boolean>, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await condition().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function stackwiseFrames(page: Page) {
  return page.frames().filter((f) => {
    try {
      return new URL(f.url()).searchParams.get('embed') === '1';
    } catch {
      return false;
    }
  });
}

async function frameTheme(page: Page): Promise<string | undefined> {
  return stackwiseFrames(page)[0]?.evaluate(() => document.documentElement.dataset.theme);
}

async function main(): Promise<number> {
  if (!existsSync(join(DIST, 'embed.js'))) {
    console.error('test:portal: dist/ has no embed.js. Run `npm run build` first.');
    return 1;
  }

  // Stackwise, with the headers docs/embedding.md gives; the portal's origin is known once its
  // server listens, and the policy is read per request.
  let portalOrigin = '';
  const policy = readFileSync(join(DIST, 'content-security-policy.txt'), 'utf8').trim();
  const app = await serve(DIST, (path) => ({
    'Content-Security-Policy': `${policy}; frame-ancestors 'self' ${portalOrigin}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(path.startsWith('/assets/') && { 'Access-Control-Allow-Origin': '*' }),
  }));
  const appOrigin = `http://127.0.0.1:${app.port}`;
  const portal = await serve(join(SITE, 'build'), () => ({}));
  portalOrigin = `http://localhost:${portal.port}`;

  console.log(`test:portal: a Docusaurus ${VERSIONS['@docusaurus/core']} site in ${SITE}`);
  const stamp = join(SITE, 'node_modules', '.stackwise-versions');
  if (process.env.PORTAL_FRESH === '1') rmSync(SITE, { recursive: true, force: true });
  writeSite(appOrigin);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== JSON.stringify(VERSIONS)) {
    console.log('test:portal: npm install (from the registry; a few minutes the first time)');
    npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], SITE);
    writeFileSync(stamp, JSON.stringify(VERSIONS));
  }
  console.log('test:portal: docusaurus build (production: hydration problems show only here)');
  rmSync(join(SITE, 'build'), { recursive: true, force: true });
  npm(['exec', '--', 'docusaurus', 'build'], SITE, {
    ...process.env,
    DOCUSAURUS_TELEMETRY_DISABLED: '1',
  });

  console.log(`test:portal: portal ${portalOrigin}, Stackwise ${appOrigin}; Chromium checks:`);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_FLAGS],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const appDocuments: string[] = [];
    context.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message}`));
    context.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (/^https?:/.test(r.url()) && origin !== appOrigin && origin !== portalOrigin)
        problems.push(`request to another host: ${r.url()}`);
      if (origin === appOrigin && r.isNavigationRequest()) appDocuments.push(r.url());
    });
    await context.route(
      (url) =>
        /^https?:$/.test(url.protocol) && url.origin !== appOrigin && url.origin !== portalOrigin,
      (route) => route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    const frame = () => page.frameLocator('[data-stackwise-src] iframe');
    const toggle = page.getByRole('button', { name: /Switch between dark and light mode/ });

    // 1. Direct loads of a production build.
    let clean = 0;
    const failures: string[] = [];
    for (let load = 1; load <= LOADS; load++) {
      problems.length = 0;
      appDocuments.length = 0;
      await page.goto(`${portalOrigin}/choose-a-stack?load=${load}`);
      await frame().getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
      // Docusaurus has loaded its route chunks and hydrated: its theme toggle, disabled in the
      // server's HTML, now works.
      await waitFor('Docusaurus to hydrate', () => toggle.isEnabled(), 30_000);
      await page.waitForTimeout(300);
      const frames = stackwiseFrames(page).length;
      if (problems.length === 0 && appDocuments.length === 1 && frames === 1) clean++;
      else
        failures.push(
          `load ${load}: ${appDocuments.length} requests, ${frames} frames, ${problems.join('; ')}`,
        );
    }
    check(
      `${LOADS} direct loads: no hydration error, one request for Stackwise, one frame`,
      clean === LOADS,
      `${clean} of ${LOADS} clean${failures.length ? `; ${failures.join(' | ')}` : ''}`,
    );

    // 2. The theme toggle (plain element, host mode).
    problems.length = 0;
    const themes: (string | undefined)[] = [await frameTheme(page)];
    for (let i = 0; i < 2; i++) {
      const before = await page.evaluate(() => document.documentElement.dataset.theme);
      await toggle.click();
      await waitFor('the portal to switch', async () => {
        const now = await page.evaluate(() => document.documentElement.dataset.theme);
        return now !== before && (await frameTheme(page)) === now;
      }).catch(() => undefined);
      themes.push(await frameTheme(page));
    }
    check(
      'the plain element follows the portal’s theme toggle',
      themes.join(' ') === 'light dark light',
      `frame theme: ${themes.join(' -> ')}`,
    );

    // 3. Client-side navigation, and answers across it (the two are different sites).
    await frame().getByRole('link', { name: 'Start', exact: true }).click();
    await frame().getByRole('radio', { name: /^Go\b/ }).check();
    await frame().getByRole('button', { name: 'Next' }).click();
    await frame().getByRole('checkbox').first().check();
    // Where the answers live: the frame's own storage, or (refused) the portal's, once the
    // page has said so.
    const keptKeys = () =>
      page.evaluate(() =>
        Object.keys(localStorage).filter(
          (k) =>
            k.startsWith('stackwise:answers:') && localStorage.getItem(k)?.includes('workload'),
        ),
      );
    await waitFor('the answers to be kept', async () => (await keptKeys()).length > 0, 3000).catch(
      () => undefined,
    );
    const kept = await keptKeys();
    await page.getByRole('link', { name: 'Deploying', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Deploying' }).waitFor();
    const afterLeaving = stackwiseFrames(page).length;
    await page.getByRole('link', { name: 'Choose a stack', exact: true }).first().click();
    await frame().getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    const afterReturning = stackwiseFrames(page).length;
    check(
      'client-side navigation: the frame is released on leaving, one frame on returning',
      afterLeaving === 0 && afterReturning === 1,
      `${afterLeaving} frames on page B, ${afterReturning} back on page A`,
    );
    const resumeLink = frame().getByRole('link', { name: 'Resume (2 answered)' });
    const resumed = () =>
      resumeLink.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
    const resumedInApp = await resumed();
    await page.reload();
    const resumedAfterReload = await resumed();
    const where = await frame()
      .getByText(/your answers are kept by|nothing you answer is sent/)
      .textContent()
      .catch(() => '?');
    check(
      'answers survive A -> B -> A and a reload',
      resumedInApp && resumedAfterReload,
      `after client-side navigation: ${resumedInApp ? 'resumed' : 'started over'}; after a reload: ${resumedAfterReload ? 'resumed' : 'started over'}; ${kept.length ? `kept by the portal under ${kept.join(', ')}` : 'kept by the frame itself'}; the frame says: "${where?.trim()}"`,
    );
    await frame().getByRole('button', { name: 'Start over' }).click();
    await page.waitForTimeout(500);
    const leftOver = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('stackwise:answers:')),
    );
    check('starting over clears what the portal kept', leftOver.length === 0, leftOver.join(', '));

    // 4. The React component: useColorMode and the events.
    await page.goto(`${portalOrigin}/component`);
    await frame().getByRole('heading', { level: 1 }).waitFor();
    await frame().getByRole('link', { name: 'Start', exact: true }).click();
    const stepShown = await page
      .getByText('Current step: team-language')
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    const componentThemes = [await frameTheme(page)];
    await toggle.click();
    await waitFor('the component to follow', async () => (await frameTheme(page)) === 'dark').catch(
      () => undefined,
    );
    componentThemes.push(await frameTheme(page));
    await toggle.click();
    await waitFor(
      'the component to follow',
      async () => (await frameTheme(page)) === 'light',
    ).catch(() => undefined);
    componentThemes.push(await frameTheme(page));
    check(
      'the component follows useColorMode() and hands its events to React',
      stepShown && componentThemes.join(' ') === 'light dark light',
      `step shown: ${stepShown}; frame theme: ${componentThemes.join(' -> ')}`,
    );

    check(
      'no console error, page error or request to another host',
      problems.length === 0,
      problems.join('; '),
    );
  } finally {
    await browser.close();
    app.server.close();
    portal.server.close();
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(
    failed
      ? `test:portal: ${failed} of ${checks.length} checks FAILED`
      : `test:portal: all ${checks.length} checks passed`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error('test:portal:', error);
    process.exitCode = 1;
  },
);
