/**
 * `npm run screenshots`: serves dist/ (run `npm run build` first) and writes screenshots of the
 * start page, a wizard step, a result, the catalog, a comparison and a team, at phone and desktop
 * widths, in light and dark, to screenshots/ (git-ignored). For people to look at, not for
 * assertions.
 *
 *   npm run screenshots -- http://localhost:5173/   # or shoot a running dev server instead
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';
import { loadCatalog } from '../src/content/load.ts';
import { encodeTeam } from '../src/share/team-codec.ts';

/** A team of five who disagree on the data's shape and the team's size (#/team). */
function teamPath(): string {
  const catalog = loadCatalog(process.cwd()).catalog!;
  const base: Record<string, string[]> = {
    'team-language': ['typescript'],
    workload: ['crud-api'],
    priorities: ['time-to-market'],
    'data-shape': ['relational'],
    consistency: ['important'],
    scale: ['growing'],
    messaging: ['none'],
    'team-size': ['small'],
  };
  const member = (name: string, answers: Record<string, string[]> = {}) => ({
    name,
    state: { answers: { ...base, ...answers }, exclude: [] },
  });
  return `#/team?${encodeTeam(catalog, [
    member('Ana'),
    member('Ben', { 'team-size': ['large'] }),
    member('Chen', { 'data-shape': ['flexible'], consistency: ['relaxed'] }),
    member('', { 'data-shape': ['flexible'], 'team-size': ['large'] }),
    member('Eve'),
  ])}`;
}

const SAVED = (answers: Record<string, string[]>) =>
  JSON.stringify({ version: 1, answers, exclude: [], lastStep: null });

const SHOTS: {
  name: string;
  path: string;
  /** Saved wizard state to start from (localStorage). */
  saved?: string;
  /** Only what fits in the window, as a person sees it first (sticky bars included). */
  viewportOnly?: boolean;
  setup?: string;
  ready?: string;
}[] = [
  { name: 'start', path: '#/' },
  { name: 'step-workload', path: '#/wizard/workload' },
  {
    // A long step as it first appears: the action bar and the leading stack stay in view.
    name: 'step-sticky',
    path: '#/wizard/workload',
    saved: SAVED({ 'team-language': ['python'] }),
    viewportOnly: true,
  },
  {
    name: 'step-edit',
    path: '#/wizard/scale?return=result',
    saved: SAVED({ 'team-language': ['python'], workload: ['data-ml'] }),
    viewportOnly: true,
  },
  {
    name: 'result',
    path: '#/result?v=1&team-language=typescript&workload=realtime,crud-api&fast-data=sessions&messaging=jobs',
  },
  {
    // Every section opened: what a reader digging into the result sees.
    name: 'result-expanded',
    path: '#/result?v=1&team-language=typescript&workload=realtime,crud-api&fast-data=sessions&messaging=jobs&architecture=microservices&team-size=solo&open=runners,whatif,role-language,role-framework,role-database,role-orm,role-cache,role-broker,assumed,answers',
  },
  { name: 'catalog', path: '#/catalog' },
  { name: 'compare', path: '#/compare?ids=postgresql,mongodb' },
  // The questions worth arguing about are worked out after the page is up: wait for them.
  { name: 'team', path: teamPath(), ready: '[data-question]' },
];
const WIDTHS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };

const server = process.argv[2]
  ? null
  : await preview({ preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
const base = process.argv[2] ?? 'http://127.0.0.1:4174/';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_FLAGS],
});
try {
  for (const [device, viewport] of Object.entries(WIDTHS))
    for (const scheme of ['light', 'dark'] as const) {
      // Phones are touch screens: no keyboard hints there.
      const touch = device === 'phone' ? { hasTouch: true, isMobile: true } : {};
      const context = await browser.newContext({ viewport, colorScheme: scheme, ...touch });
      const page = await context.newPage();
      for (const shot of SHOTS) {
        await page.goto(base + shot.path);
        await page.evaluate((saved) => {
          if (saved) localStorage.setItem('stackwise:wizard', saved);
          else localStorage.removeItem('stackwise:wizard');
        }, shot.saved ?? null);
        await page.reload();
        await page.waitForLoadState('networkidle');
        // Lazy screens show "Loading…" first; wait for the screen's own heading.
        await page
          .locator('main h1')
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
        if (shot.ready)
          await page
            .locator(shot.ready)
            .first()
            .waitFor({ timeout: 15_000 })
            .catch(() => undefined);
        // A full-page capture does not scroll, so sections laid out only when scrolled near
        // (content-visibility: auto) would come out blank: lay them out now.
        await page.evaluate(() => {
          for (const el of document.querySelectorAll<HTMLElement>('.render-when-near'))
            el.style.contentVisibility = 'visible';
        });
        const file = `screenshots/${shot.name}-${device}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: !shot.viewportOnly });
        console.log(file);
      }
      await context.close();
    }
} finally {
  await browser.close();
  await server?.close();
}
