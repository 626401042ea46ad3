/**
 * The prerendered start page (issue 7; src/app/boot.ts): painted from dist/index.html before the
 * app's code runs, hydrated in place, and never shown for any other screen.
 */
import type { Page } from '@playwright/test';
import { expect, seedSavedState, test } from './fixtures.ts';
import { catalog } from './content.ts';

/**
 * Records, from before the page's own code runs: every frame in which the start page's heading
 * was visible (rAF callbacks run right before a paint), every node removed from #root, and every
 * layout shift.
 */
async function watchPaints(page: Page): Promise<void> {
  await page.addInitScript({
    content: `
      window.__watch = { frames: 0, startPainted: 0, removed: 0, shift: 0 };
      function sample() {
        window.__watch.frames++;
        const heading = document.getElementById('start-title');
        if (heading && heading.checkVisibility()) window.__watch.startPainted++;
        requestAnimationFrame(sample);
      }
      requestAnimationFrame(sample);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__watch.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        new MutationObserver((records) => {
          for (const r of records) window.__watch.removed += r.removedNodes.length;
        }).observe(document.getElementById('root'), { childList: true, subtree: true });
      });`,
  });
}

interface Watch {
  frames: number;
  startPainted: number;
  removed: number;
  shift: number;
}

const watched = (page: Page) =>
  page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);

/** Hold back the app's entry script until `release()`; the HTML and CSS arrive as usual. */
async function holdAppCode(page: Page): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** True once React has attached to the page: its fiber keys appear on the DOM nodes. */
const isHydrated = (page: Page) =>
  page.evaluate(() => {
    const heading = document.getElementById('start-title');
    return !!heading && Object.keys(heading).some((k) => k.startsWith('__reactFiber'));
  });

test.describe('prerendered start page', () => {
  test('a first visit sees the whole start page before any app code runs', async ({ page }) => {
    const { release } = await holdAppCode(page);
    // Not 'domcontentloaded': that waits for the (held) module script.
    await page.goto('/', { waitUntil: 'commit' });
    const start = page.getByRole('link', { name: 'Start', exact: true });
    await expect(page.getByRole('heading', { level: 1, name: /backend stack/ })).toBeVisible();
    await expect(start).toBeVisible();
    await expect(start).toHaveAttribute('href', '#/wizard/team-language');
    await expect(page.getByRole('link', { name: 'Catalog', exact: true })).toHaveAttribute(
      'href',
      '#/catalog',
    );
    await expect(
      page.getByRole('button', { name: 'Theme: System. Switch to Light' }),
    ).toBeVisible();
    expect(await isHydrated(page)).toBe(false);
    release();
    await expect.poll(() => isHydrated(page)).toBe(true);
  });

  test('Start clicked before the app code arrives opens step 1 once it does', async ({ page }) => {
    const { release } = await holdAppCode(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await expect(page).toHaveURL(/#\/wizard\/team-language$/);
    release();
    await expect(page.getByRole('heading', { level: 1, name: /language/i })).toBeVisible();
    await expect(page.locator('#start-title')).toHaveCount(0);
  });

  test('hydrates in place: no node replaced, no layout shift, and it works', async ({ page }) => {
    await watchPaints(page);
    await page.goto('/');
    await expect.poll(() => isHydrated(page)).toBe(true);
    const watch = await watched(page);
    expect(watch.removed, 'nodes the app removed from the prerendered page').toBe(0);
    expect(watch.shift, 'cumulative layout shift').toBe(0);
    expect(watch.startPainted).toBeGreaterThan(0);

    await page.getByRole('button', { name: /^Theme: System/ }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.getByRole('button', { name: 'Theme: Light. Switch to Dark' })).toBeVisible();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await expect(page).toHaveURL(/#\/wizard\/team-language$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  for (const [screen, hash, heading] of [
    ['a step', '#/wizard/workload', /mostly do/],
    ['a result link', '#/result?v=1&team-language=go', /./],
    ['the catalog', '#/catalog', 'Catalog'],
    ['a technology', `#/tech/${catalog.technologies[0]!.id}`, catalog.technologies[0]!.name],
    ['a missing page', '#/no-such-screen', /not found/i],
  ] as const) {
    test(`a link straight to ${screen} never paints the start page, nor shifts`, async ({
      page,
    }) => {
      await watchPaints(page);
      await page.goto(`/${hash}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('#start-title')).toHaveCount(0);
      const watch = await watched(page);
      expect(watch.frames).toBeGreaterThan(0);
      expect(watch.startPainted, 'frames that showed the start page').toBe(0);
      // The screen's code loads before the first render: no fallback first, no footer jumping.
      expect(watch.shift, 'cumulative layout shift').toBe(0);
    });
  }

  test('with saved answers, Resume shows and the prerendered Start never paints', async ({
    page,
  }) => {
    await seedSavedState(page, { answers: { 'team-language': ['go'] }, lastStep: 'workload' });
    await watchPaints(page);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Resume (1 answered)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start', exact: true })).toHaveCount(0);
    const watch = await watched(page);
    expect(watch.removed, 'the app replaced the hidden prerendered page').toBeGreaterThan(0);
    expect(watch.shift).toBe(0);
  });

  test('a saved dark theme paints dark from the first frame, label included', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stackwise:theme', 'dark'));
    const { release } = await holdAppCode(page);
    // Not 'domcontentloaded': that waits for the (held) module script.
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Theme: Dark. Switch to System' })).toBeVisible();
    // The stylesheet blocks rendering, so the first frame waits for it; script can read the
    // style before it arrives, hence the poll.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe('rgb(15, 17, 21)');
    release();
    await expect.poll(() => isHydrated(page)).toBe(true);
    await expect(page.getByRole('button', { name: 'Theme: Dark. Switch to System' })).toBeVisible();
  });
});
