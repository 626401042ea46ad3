import type { Page } from '@playwright/test';
import { MAX_COMPARE } from '../src/features/compare/compare-model.ts';
import { expect, test } from './fixtures.ts';
import { techsIn } from './content.ts';

/** The comparison table and the names in its column headers, in order. */
async function columnNames(page: Page): Promise<string[]> {
  const headers = page.getByRole('table').getByRole('columnheader').getByRole('link');
  return headers.allInnerTexts();
}

test.describe('compare', () => {
  test('two databases side by side, with strengths and fit scores', async ({ page }) => {
    await page.goto('/#/compare?ids=postgresql,mongodb');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect(page).toHaveTitle(/Compare Databases: PostgreSQL, MongoDB/);
    const table = page.getByRole('table');
    await expect.poll(() => columnNames(page)).toEqual(['PostgreSQL', 'MongoDB']);
    await expect(table.getByRole('columnheader', { name: /PostgreSQL/ })).toContainText(
      /Radar status:\s*(adopt|trial|assess|hold)/i,
    );

    const strengths = table.getByRole('row', { name: /^Strengths/ });
    await expect(strengths.getByRole('rowheader')).toHaveText('Strengths');
    await expect(strengths.getByRole('cell').first()).toContainText('ACID');
    expect(await strengths.getByRole('cell').nth(1).getByRole('listitem').count()).toBeGreaterThan(
      0,
    );
    for (const label of ['Summary', 'Radar status', 'Reviewed', 'Can serve as', 'Use cases']) {
      await expect(table.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(table.getByRole('row', { name: /^Reviewed/ })).toContainText(
      /today|yesterday|\d+ days? ago|\d+ months? ago|\d+ years? ago/,
    );

    // Fit scores: PostgreSQL scores 5 on data integrity, and is marked best in text.
    await expect(table.getByRole('rowheader', { name: 'Fit scores (0 to 5)' })).toBeVisible();
    const integrity = table.getByRole('row', { name: /^Data integrity/ });
    const pgIntegrity = integrity.getByRole('cell').first();
    await expect(pgIntegrity).toContainText('5 / 5');
    await expect(pgIntegrity).toContainText(/Best/);
    await expect(integrity.getByRole('cell').nth(1)).not.toContainText(/Best/);
    // MongoDB leads on schema flexibility.
    await expect(
      table
        .getByRole('row', { name: /^Schema flexibility/ })
        .getByRole('cell')
        .nth(1),
    ).toContainText(/Best/);

    // The table scrolls in its own keyboard-reachable region; the link to share is shown.
    const region = page.getByRole('region', { name: /Comparison of PostgreSQL, MongoDB/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('main')).toContainText('#/compare?ids=postgresql,mongodb');
    // Names lead to the technology pages.
    await table.getByRole('link', { name: 'MongoDB', exact: true }).click();
    await expect(page).toHaveURL(/#\/tech\/mongodb$/);
  });

  test('ids are trimmed, lowercased and de-duplicated', async ({ page }) => {
    await page.goto('/#/compare?ids=%20PostgreSQL%20,MONGODB,postgresql');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(['PostgreSQL', 'MongoDB']);
  });

  test('four frameworks, with no room to add a fifth', async ({ page }) => {
    await page.goto('/#/compare?ids=fastapi,django,gin,axum');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Frameworks' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(['FastAPI', 'Django', 'Gin', 'Axum']);
    const table = page.getByRole('table');
    const language = table.getByRole('row', { name: /^Language/ });
    await expect(language.getByRole('cell')).toHaveText(['Python', 'Python', 'Go', 'Rust']);
    await expect(page.getByRole('link', { name: /^Remove / })).toHaveCount(4);
    await expect(page.getByRole('link', { name: /^Add / })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('remove one to add another');
  });

  test('more than four: compares the first four and says what was left out', async ({ page }) => {
    await page.goto('/#/compare?ids=nestjs,express,fastify,trpc,fastapi');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Frameworks' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(['NestJS', 'Express', 'Fastify', 'tRPC']);
    await expect(page.getByRole('main')).toContainText(
      /compares the first 4 and leaves out FastAPI/,
    );
    // The link to share is the comparison shown.
    await expect(page.getByRole('main')).toContainText('#/compare?ids=nestjs,express,fastify,trpc');
  });

  test('unknown ids are named, and the known ones still compared', async ({ page }) => {
    await page.goto('/#/compare?ids=postgresql,nosuchdb,mongodb');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      /no technology with the id nosuchdb, so it was left out/,
    );
    await expect.poll(() => columnNames(page)).toEqual(['PostgreSQL', 'MongoDB']);
  });

  test('an unknown id leaving one technology asks for two and offers pairs', async ({ page }) => {
    await page.goto('/#/compare?ids=redis,not-a-db');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('not-a-db');
    await expect(main).toContainText('Pick at least two');
    await expect(page.getByRole('table')).toHaveCount(0);
    await main.getByRole('link', { name: 'Compare Redis with PostgreSQL' }).click();
    await expect(page).toHaveURL(/#\/compare\?ids=redis,postgresql$/);
    await expect.poll(() => columnNames(page)).toEqual(['Redis', 'PostgreSQL']);
  });

  test('mixed categories say which, and link to comparisons within each', async ({ page }) => {
    await page.goto('/#/compare?ids=postgresql,django');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare technologies' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText(/mixes 2: Databases \(PostgreSQL\) and Frameworks \(Django\)/);
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'catalog', exact: true })).toBeVisible();
    await main.getByRole('link', { name: 'Compare Django with Flask' }).click();
    await expect(page).toHaveURL(/#\/compare\?ids=django,flask$/);
    await expect.poll(() => columnNames(page)).toEqual(['Django', 'Flask']);
  });

  test('mixed categories with two of each offer both comparisons', async ({ page }) => {
    await page.goto('/#/compare?ids=postgresql,django,mongodb,flask');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Compare Django and Flask' })).toBeVisible();
    await main.getByRole('link', { name: 'Compare PostgreSQL and MongoDB' }).click();
    await expect(page).toHaveURL(/#\/compare\?ids=postgresql,mongodb$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
  });

  test('a single id asks for at least two', async ({ page }) => {
    await page.goto('/#/compare?ids=kafka');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare Message brokers' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('Pick at least two technologies of the same category');
    await expect(
      main.getByRole('link', { name: 'Compare Apache Kafka with RabbitMQ' }),
    ).toBeVisible();
    await expect(main.getByRole('link', { name: 'catalog', exact: true })).toBeVisible();
  });

  test('no ids at all suggests a comparison per category', async ({ page }) => {
    await page.goto('/#/compare');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare technologies' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('Pick at least two');
    // The suggestion is the category's first few technologies, in catalog order.
    const suggested = techsIn('database').slice(0, MAX_COMPARE);
    await main.getByRole('link', { name: /^Databases:/ }).click();
    await expect(page).toHaveURL(
      new RegExp(`#/compare\\?ids=${suggested.map((t) => t.id).join(',')}$`),
    );
    await expect.poll(() => columnNames(page)).toEqual(suggested.map((t) => t.name));
  });

  test('add and remove links change the comparison and its URL', async ({ page }) => {
    const [a, b, c] = techsIn('database');
    const ids = (...techs: { id: string }[]) =>
      new RegExp(`#/compare\\?ids=${techs.map((t) => t.id).join(',')}$`);
    await page.goto(`/#/compare?ids=${a!.id},${b!.id}`);
    // Two is the fewest: nothing to remove yet.
    await expect(page.getByRole('link', { name: /^Remove / })).toHaveCount(0);
    await page.getByRole('link', { name: `Add ${c!.name}`, exact: true }).click();
    await expect(page).toHaveURL(ids(a!, b!, c!));
    await expect.poll(() => columnNames(page)).toEqual([a!.name, b!.name, c!.name]);
    // The clicked link is gone; focus moves to the heading rather than being lost.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('link', { name: `Add ${c!.name}`, exact: true })).toHaveCount(0);

    await page.getByRole('link', { name: `Remove ${b!.name}`, exact: true }).click();
    await expect(page).toHaveURL(ids(a!, c!));
    await expect.poll(() => columnNames(page)).toEqual([a!.name, c!.name]);

    // The URL is the state: reloading shows the same comparison.
    await page.reload();
    await expect.poll(() => columnNames(page)).toEqual([a!.name, c!.name]);
    await page.goBack();
    await expect(page).toHaveURL(ids(a!, b!, c!));
    await expect.poll(() => columnNames(page)).toEqual([a!.name, b!.name, c!.name]);
  });

  test('at most four fit side by side: a fourth leaves nothing to add', async ({ page }) => {
    const four = techsIn('database').slice(0, MAX_COMPARE);
    await page.goto(`/#/compare?ids=${four.map((t) => t.id).join(',')}`);
    await expect.poll(() => columnNames(page)).toEqual(four.map((t) => t.name));
    await expect(page.getByRole('link', { name: /^Add / })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText(
      `${MAX_COMPARE} is the most that fit side by side`,
    );
  });

  test('keyboard: the add links and the table region are reachable', async ({ page }) => {
    await page.goto('/#/compare?ids=prisma,drizzle');
    const add = page.getByRole('link', { name: 'Add SQLAlchemy' });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/compare\?ids=prisma,drizzle,sqlalchemy$/);
    const region = page.getByRole('region', { name: /Comparison of/ });
    await region.focus();
    await expect(region).toBeFocused();
  });

  for (const width of [320, 375]) {
    test(`at ${width} px the page does not scroll sideways; the table region does`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/#/compare?ids=nestjs,express,fastify,trpc');
      await expect(page.getByRole('table')).toBeVisible();
      const sizes = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
      }));
      expect(sizes.doc).toBeLessThanOrEqual(sizes.view);
      const region = page.getByRole('region', { name: /Comparison of/ });
      const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(overflow).toBe(true);
      // The row headers stay in view while the region scrolls.
      await region.evaluate((el) => el.scrollTo({ left: 400 }));
      const header = page.getByRole('rowheader', { name: 'Strengths' });
      const box = await header.boundingBox();
      const regionBox = await region.boundingBox();
      expect(Math.round(box!.x)).toBeLessThanOrEqual(Math.round(regionBox!.x) + 2);
    });
  }
});
