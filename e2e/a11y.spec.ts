/**
 * The accessibility matrix (WCAG 2.2 AA with axe, target-size included): every screen is loaded
 * once and checked at phone and desktop width, in light and dark. Screens and their contents come
 * from the compiled catalog, so content changes do not break the matrix.
 */
import type { Page } from '@playwright/test';
import { RESULT_SECTIONS } from '../src/share/codec.ts';
import { checkA11y, expect, setViewport, test, type ViewportName } from './fixtures.ts';
import { catalog, techsFor, techsIn } from './content.ts';

interface Screen {
  label: string;
  path: string;
  /** The level-1 heading that says the screen has rendered. */
  heading: string | RegExp;
  /** Brings the screen to the state axe should see (after the heading shows). */
  prepare?: (page: Page) => Promise<void>;
  /** The fully expanded result is the longest page: axe needs minutes on a busy machine. */
  long?: true;
}

const PERSONA = 'team-language=python&workload=data-ml,crud-api&fast-data=caching&messaging=jobs';

/** Waits until the what-if analysis has finished, so the page is in its settled state. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-stack-role]').first()).toBeVisible({ timeout: 15_000 });
  const whatIf = page.getByRole('region', { name: /^What would change this/ });
  if ((await whatIf.count()) > 0) await expect(whatIf).not.toContainText('working it out');
}

const ids = (techs: { id: string }[]) => techs.map((t) => t.id).join(',');

const SCREENS: Screen[] = [
  { label: 'start page', path: '/#/', heading: /./ },
  ...catalog.questions.map<Screen>((q) => ({
    label: `step ${q.id}`,
    path: `/#/wizard/${q.id}`,
    heading: q.title,
    // One option chosen, so the checked style is checked too.
    prepare: (page) => page.keyboard.press('1'),
  })),
  {
    label: 'result, collapsed',
    path: `/#/result?v=1&${PERSONA}`,
    heading: 'Your recommended stack',
    prepare: settled,
  },
  {
    label: 'result, every section open',
    long: true,
    path: `/#/result?v=1&${PERSONA}&open=${RESULT_SECTIONS.join(',')}`,
    heading: 'Your recommended stack',
    prepare: async (page) => {
      await settled(page);
      // Open what is still folded so axe sees it too: advice, every candidate, a pinned comparison.
      for (const summary of await page.locator('article summary').all()) await summary.click();
      const frameworks = page.getByRole('region', { name: /^Web framework: every candidate/ });
      const more = frameworks.getByRole('button', { name: /^Show \d+ more/ });
      if ((await more.count()) > 0) await more.click();
      const pins = frameworks.getByRole('button', { name: /^Pin .* to compare$/ });
      await pins.nth(0).click();
      await pins.nth(1).click();
      await expect(frameworks.getByRole('region', { name: /Compare pinned/ })).toBeVisible();
    },
  },
  {
    label: 'result, no stack fits',
    path: `/#/result?v=1&nope=1&exclude=${ids(techsFor('database'))}`,
    heading: 'Your recommended stack',
    prepare: (page) =>
      expect(page.getByRole('heading', { name: 'No stack fits these constraints' })).toBeVisible(),
  },
  {
    label: 'compare, two',
    path: `/#/compare?ids=${ids(techsIn('database').slice(0, 2))}`,
    heading: /^Compare /,
  },
  {
    label: 'compare, four',
    path: `/#/compare?ids=${ids(techsIn('orm').slice(0, 4))}`,
    heading: /^Compare /,
  },
  {
    label: 'compare, mixed categories and an unknown id',
    path: `/#/compare?ids=${techsIn('database')[0]!.id},${techsIn('framework')[0]!.id},nope`,
    heading: 'Compare technologies',
  },
  {
    label: 'compare, a single id',
    path: `/#/compare?ids=${techsIn('broker')[0]!.id}`,
    heading: /^Compare /,
  },
  { label: 'compare, nothing chosen', path: '/#/compare', heading: 'Compare technologies' },
  { label: 'catalog', path: '/#/catalog', heading: 'Catalog' },
  {
    label: 'catalog, filtered, with a value it cannot use and two ticked to compare',
    path: `/#/catalog?category=database&status=maybe&q=${encodeURIComponent(techsIn('database')[0]!.name.slice(0, 1))}`,
    heading: 'Catalog',
    prepare: async (page) => {
      await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
      const boxes = page.getByRole('checkbox', { name: /^Compare / });
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await expect(page.getByRole('link', { name: /^Compare 2 / })).toBeVisible();
    },
  },
  {
    label: 'technology page',
    path: `/#/tech/${techsIn('database')[0]!.id}`,
    heading: techsIn('database')[0]!.name,
  },
  {
    label: 'technology not found',
    path: '/#/tech/does-not-exist',
    heading: 'Technology not found',
  },
  { label: 'page not found', path: '/#/nowhere', heading: 'Page not found' },
];

const LOOKS: { viewport: ViewportName; colorScheme: 'light' | 'dark' }[] = [
  { viewport: 'phone', colorScheme: 'light' },
  { viewport: 'phone', colorScheme: 'dark' },
  { viewport: 'desktop', colorScheme: 'light' },
  { viewport: 'desktop', colorScheme: 'dark' },
];

test.describe('accessibility (axe, WCAG 2.2 AA), phone and desktop, light and dark', () => {
  for (const screen of SCREENS) {
    test(screen.label, async ({ page }) => {
      test.setTimeout(screen.long ? 300_000 : 90_000);
      await setViewport(page, 'phone');
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible({
        timeout: 15_000,
      });
      await screen.prepare?.(page);
      for (const { viewport, colorScheme } of LOOKS) {
        await setViewport(page, viewport);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await checkA11y(page, `${screen.label} (${viewport}, ${colorScheme})`);
      }
    });
  }
});
