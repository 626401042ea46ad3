import type { Page } from '@playwright/test';
import { MAX_COMPARE } from '../src/features/compare/compare-model.ts';
import { expect, test } from './fixtures.ts';
import type { Technology } from '../src/content/types.ts';
import { catalog, escapeRe, nameOf, techsIn } from './content.ts';

/** The comparison table and the names in its column headers, in order. */
async function columnNames(page: Page): Promise<string[]> {
  const headers = page.getByRole('table').getByRole('columnheader').getByRole('link');
  return headers.allInnerTexts();
}

const [dbA, dbB, dbC] = techsIn('database');
const [fwA, fwB] = techsIn('framework');
const broker = techsIn('broker')[0]!;
const ids = (...techs: Technology[]) => techs.map((t) => t.id).join(',');
const names = (...techs: Technology[]) => techs.map((t) => t.name);
/** A criterion on which `a` scores strictly higher than `b`, for the "Best" marks. */
const leadOf = (a: Technology, b: Technology) =>
  catalog.criteria.find((c) => (a.fit[c.id]?.score ?? 0) > (b.fit[c.id]?.score ?? 0));
const languageNames = (t: Technology) => (t.languages ?? []).map(nameOf).join(', ');

test.describe('compare', () => {
  test('two databases side by side, with strengths and fit scores', async ({ page }) => {
    const a = dbA!;
    const b = dbB!;
    await page.goto(`/#/compare?ids=${ids(a, b)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect(page).toHaveTitle(
      new RegExp(`^Compare Databases: ${escapeRe(`${a.name}, ${b.name}`)}`),
    );
    const table = page.getByRole('table');
    await expect.poll(() => columnNames(page)).toEqual(names(a, b));
    await expect(table.getByRole('columnheader', { name: a.name })).toContainText(
      /Radar status:\s*(adopt|trial|assess|hold)/i,
    );

    const strengths = table.getByRole('row', { name: /^Strengths/ });
    await expect(strengths.getByRole('rowheader')).toHaveText('Strengths');
    for (const column of [0, 1])
      expect(
        await strengths.getByRole('cell').nth(column).getByRole('listitem').count(),
      ).toBeGreaterThan(0);
    for (const label of ['Summary', 'Radar status', 'Reviewed', 'Can serve as', 'Use cases']) {
      await expect(table.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(table.getByRole('row', { name: /^Reviewed/ })).toContainText(
      /today|yesterday|\d+ days? ago|\d+ months? ago|\d+ years? ago/,
    );

    // Fit scores: where one scores higher, its cell is marked best in text, and not the other's.
    await expect(table.getByRole('rowheader', { name: 'Fit scores (0 to 5)' })).toBeVisible();
    for (const [winner, loser, column] of [
      [a, b, 0],
      [b, a, 1],
    ] as const) {
      const criterion = leadOf(winner, loser);
      if (!criterion) continue;
      const row = table.getByRole('row', { name: new RegExp(`^${escapeRe(criterion.label)}`) });
      await expect(row.getByRole('cell').nth(column)).toContainText(
        `${winner.fit[criterion.id]!.score} / 5`,
      );
      await expect(row.getByRole('cell').nth(column)).toContainText(/Best/);
      await expect(row.getByRole('cell').nth(1 - column)).not.toContainText(/Best/);
    }

    // The table scrolls in its own keyboard-reachable region; the link to share is shown.
    const region = page.getByRole('region', { name: `Comparison of ${a.name}, ${b.name}` });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(page.getByRole('main')).toContainText(`#/compare?ids=${ids(a, b)}`);
    // Names lead to the technology pages.
    await table.getByRole('link', { name: b.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/tech/${b.id}$`));
  });

  test('ids are trimmed, lowercased and de-duplicated', async ({ page }) => {
    await page.goto(
      `/#/compare?ids=%20${dbA!.id.toUpperCase()}%20,${dbB!.id.toUpperCase()},${dbA!.id}`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(names(dbA!, dbB!));
  });

  test('four frameworks, with no room to add a fifth', async ({ page }) => {
    const four = techsIn('framework').slice(0, MAX_COMPARE);
    await page.goto(`/#/compare?ids=${ids(...four)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Frameworks' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(names(...four));
    const language = page.getByRole('table').getByRole('row', { name: /^Language/ });
    await expect(language.getByRole('cell')).toHaveText(four.map(languageNames));
    await expect(page.getByRole('link', { name: /^Remove / })).toHaveCount(MAX_COMPARE);
    await expect(page.getByRole('link', { name: /^Add / })).toHaveCount(0);
    await expect(page.getByRole('main')).toContainText('remove one to add another');
  });

  test('more than four: compares the first four and says what was left out', async ({ page }) => {
    const five = techsIn('framework').slice(0, MAX_COMPARE + 1);
    await page.goto(`/#/compare?ids=${ids(...five)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Frameworks' })).toBeVisible();
    await expect.poll(() => columnNames(page)).toEqual(names(...five.slice(0, MAX_COMPARE)));
    await expect(page.getByRole('main')).toContainText(
      `compares the first ${MAX_COMPARE} and leaves out ${five[MAX_COMPARE]!.name}`,
    );
    // The link to share is the comparison shown.
    await expect(page.getByRole('main')).toContainText(
      `#/compare?ids=${ids(...five.slice(0, MAX_COMPARE))}`,
    );
  });

  test('unknown ids are named, and the known ones still compared', async ({ page }) => {
    await page.goto(`/#/compare?ids=${dbA!.id},nosuchdb,${dbB!.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(
      /no technology with the id nosuchdb, so it was left out/,
    );
    await expect.poll(() => columnNames(page)).toEqual(names(dbA!, dbB!));
  });

  test('an unknown id leaving one technology asks for two and offers pairs', async ({ page }) => {
    await page.goto(`/#/compare?ids=${dbB!.id},not-a-db`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('not-a-db');
    await expect(main).toContainText('Pick at least two');
    await expect(page.getByRole('table')).toHaveCount(0);
    await main.getByRole('link', { name: `Compare ${dbB!.name} with ${dbA!.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${ids(dbB!, dbA!)}$`));
    await expect.poll(() => columnNames(page)).toEqual(names(dbB!, dbA!));
  });

  test('mixed categories say which, and link to comparisons within each', async ({ page }) => {
    await page.goto(`/#/compare?ids=${dbA!.id},${fwA!.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare technologies' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText(
      `mixes 2: Databases (${dbA!.name}) and Frameworks (${fwA!.name})`,
    );
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(main.getByRole('link', { name: 'catalog', exact: true })).toBeVisible();
    await main.getByRole('link', { name: `Compare ${fwA!.name} with ${fwB!.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${ids(fwA!, fwB!)}$`));
    await expect.poll(() => columnNames(page)).toEqual(names(fwA!, fwB!));
  });

  test('mixed categories with two of each offer both comparisons', async ({ page }) => {
    await page.goto(`/#/compare?ids=${ids(dbA!, fwA!, dbB!, fwB!)}`);
    const main = page.getByRole('main');
    await expect(
      main.getByRole('link', { name: `Compare ${fwA!.name} and ${fwB!.name}` }),
    ).toBeVisible();
    await main.getByRole('link', { name: `Compare ${dbA!.name} and ${dbB!.name}` }).click();
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${ids(dbA!, dbB!)}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
  });

  test('a single id asks for at least two', async ({ page }) => {
    const other = techsIn('broker')[1]!;
    await page.goto(`/#/compare?ids=${broker.id}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare Message brokers' }),
    ).toBeVisible();
    const main = page.getByRole('main');
    await expect(main).toContainText('Pick at least two technologies of the same category');
    await expect(
      main.getByRole('link', { name: `Compare ${broker.name} with ${other.name}` }),
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
    await page.goto(`/#/compare?ids=${ids(dbA!, dbB!)}`);
    const add = page.getByRole('link', { name: `Add ${dbC!.name}`, exact: true });
    await add.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${ids(dbA!, dbB!, dbC!)}$`));
    const region = page.getByRole('region', { name: /Comparison of/ });
    await region.focus();
    await expect(region).toBeFocused();
  });

  for (const width of [320, 375]) {
    test(`at ${width} px the page does not scroll sideways; the table region does`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/#/compare?ids=${ids(...techsIn('framework').slice(0, MAX_COMPARE))}`);
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
