import type { Page } from '@playwright/test';
import type { Category, CompiledTechnology } from '../src/content/types.ts';
import { STALE_AFTER_DAYS } from '../src/content/warnings.ts';
import { catalog } from './content.ts';
import { expect, test } from './fixtures.ts';

/**
 * Names, counts and relations come from the compiled catalog, so a platform team's content edits
 * (another technology, a renamed one, a different radar) do not break these tests.
 */
const techs = catalog.technologies;
const total = techs.length;

/** Section headings: code vocabulary (src/content/catalog.ts), not content. */
const SECTION: Record<Category, string> = {
  language: 'Languages',
  framework: 'Frameworks',
  database: 'Databases',
  orm: 'ORMs',
  broker: 'Message brokers',
};
const CATEGORIES = Object.keys(SECTION) as Category[];
const inCategory = (c: Category) => techs.filter((t) => t.category === c);

/** A language with frameworks (for the language filter), and what that filter must keep. */
const language = techs.find(
  (l) => l.category === 'language' && techs.some((f) => f.languages?.includes(l.id)),
)!;
const ofLanguage = (t: CompiledTechnology) =>
  t.category === 'language'
    ? t.id === language.id
    : t.category === 'framework' || t.category === 'orm'
      ? t.languages?.includes(language.id) === true
      : true;

/** The two first databases: the compare shortcut needs two of one category. */
const [dbA, dbB] = inCategory('database') as [CompiledTechnology, CompiledTechnology];

const DAY = 24 * 60 * 60 * 1000;
const reviewDue = (t: CompiledTechnology) =>
  Math.floor((Date.now() - Date.parse(t.reviewed)) / DAY) > STALE_AFTER_DAYS;

/** The technology cards on the page, as the ids their links lead to. */
async function shownIds(page: Page): Promise<string[]> {
  const links = page
    .getByRole('main')
    .getByRole('listitem')
    .getByRole('heading', { level: 3 })
    .getByRole('link');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => decodeURIComponent(h.replace(/^.*#\/tech\//, '')));
}

const card = (page: Page, t: CompiledTechnology) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: t.name, exact: true }) });

test.describe('catalog', () => {
  test('lists every technology of the catalog, by category', async ({ page }) => {
    await page.goto('/#/catalog');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    await expect(main.getByRole('status').first()).toHaveText(`Showing all ${total} technologies.`);
    for (const c of CATEGORIES) {
      const heading = main.getByRole('heading', { level: 2, name: SECTION[c], exact: true });
      await expect(heading).toHaveCount(inCategory(c).length > 0 ? 1 : 0);
    }
    expect((await shownIds(page)).sort()).toEqual(techs.map((t) => t.id).sort());
  });

  test('every card shows its radar status and the date it was last reviewed', async ({ page }) => {
    await page.goto('/#/catalog');
    await expect(card(page, techs[0]!)).toBeVisible();
    for (const t of techs) {
      const c = card(page, t);
      await expect(c).toContainText(new RegExp(`Radar status:\\s*${t.status}`, 'i'));
      await expect(c.locator('time')).toHaveAttribute('datetime', t.reviewed);
      await expect(c).toContainText(`Reviewed ${t.reviewed} (`);
      if (reviewDue(t)) await expect(c).toContainText('review due');
      else await expect(c).not.toContainText('review due');
    }
  });

  test('a technology opens from the catalog and shows its content and reviewed date', async ({
    page,
  }) => {
    const t = techs.find((x) => x.sections.strengths?.items.length)!;
    await page.goto('/#/catalog');
    await page.getByRole('main').getByRole('link', { name: t.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/tech/${t.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.name);
    const strengths = page.getByRole('region', { name: 'Strengths' });
    await expect(strengths.getByRole('listitem')).toHaveCount(t.sections.strengths!.items.length);
    await expect(strengths.getByRole('listitem').first()).toContainText(
      t.sections.strengths!.items[0]!.slice(0, 40),
    );
    await expect(page.getByRole('main')).toContainText(t.summary);
    await expect(page.locator('time').first()).toHaveAttribute('datetime', t.reviewed);
    await expect(page).toHaveTitle(new RegExp(t.name));
  });

  test('filters by category, language and radar status, and keeps them in a shareable link', async ({
    page,
    context,
  }) => {
    await page.goto('/#/catalog');
    const status = page.getByRole('main').getByRole('status').first();

    await page
      .getByRole('combobox', { name: 'Category' })
      .selectOption({ label: SECTION.database });
    await expect(page).toHaveURL(/#\/catalog\?category=database$/);
    await expect(status).toHaveText(
      `Showing ${inCategory('database').length} of ${total} technologies.`,
    );
    expect((await shownIds(page)).sort()).toEqual(
      inCategory('database')
        .map((t) => t.id)
        .sort(),
    );

    await page
      .getByRole('combobox', { name: 'Category' })
      .selectOption({ label: 'All categories' });
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: language.name });
    await expect(page).toHaveURL(new RegExp(`#/catalog\\?language=${language.id}$`));
    expect((await shownIds(page)).sort()).toEqual(
      techs
        .filter(ofLanguage)
        .map((t) => t.id)
        .sort(),
    );

    const ring = techs.find((t) => t.status !== 'adopt')?.status ?? 'adopt';
    await page.getByRole('combobox', { name: 'Radar status' }).selectOption(ring);
    const expected = techs.filter((t) => ofLanguage(t) && t.status === ring).map((t) => t.id);
    await expect(page).toHaveURL(new RegExp(`language=${language.id}&status=${ring}$`));
    expect((await shownIds(page)).sort()).toEqual(expected.sort());

    // The link reproduces the view in a fresh page.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole('combobox', { name: 'Language' })).toHaveValue(language.id);
    await expect(shared.getByRole('combobox', { name: 'Radar status' })).toHaveValue(ring);
    expect((await shownIds(shared)).sort()).toEqual(expected.sort());
    await shared.close();

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(page).toHaveURL(/#\/catalog$/);
    await expect(status).toHaveText(`Showing all ${total} technologies.`);
  });

  test('search finds by name and summary, survives a reload, and says when nothing matches', async ({
    page,
  }) => {
    await page.goto('/#/catalog');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill(dbA.name);
    await expect(page).toHaveURL(
      new RegExp(`q=${encodeURIComponent(dbA.name).replace(/%20/g, '\\+')}`),
    );
    const matching = techs.filter((t) =>
      [t.name, t.id, ...t.aliases, t.summary]
        .join(' ')
        .toLowerCase()
        .includes(dbA.name.toLowerCase()),
    );
    expect((await shownIds(page)).sort()).toEqual(matching.map((t) => t.id).sort());

    await page.reload();
    await expect(search).toHaveValue(dbA.name);
    expect(await shownIds(page)).toContain(dbA.id);

    await search.fill('zzqx no such technology');
    await expect(page.getByRole('main')).toContainText(
      'No technology matches \u201czzqx no such technology\u201d with these filters.',
    );
    await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
      `Showing 0 of ${total} technologies.`,
    );
  });

  test('a link with filter values the catalog does not know says so and still lists technologies', async ({
    page,
  }) => {
    await page.goto('/#/catalog?category=datbase&language=cobol&status=maybe');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('the category "datbase"');
    await expect(notice).toContainText('the language "cobol"');
    await expect(notice).toContainText('the radar status "maybe"');
    expect(await shownIds(page)).toHaveLength(total);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('compare shortcut: two ticked technologies of one category open side by side', async ({
    page,
  }) => {
    await page.goto('/#/catalog?category=database');
    const compare = page.getByRole('link', { name: /^Compare 2 databases/ });
    await expect(compare).toHaveCount(0);
    await page.getByRole('checkbox', { name: `Compare ${dbA.name}` }).check();
    await expect(page.getByRole('main')).toContainText('Tick one more database to compare.');
    await page.getByRole('checkbox', { name: `Compare ${dbB.name}` }).check();
    await expect(compare).toHaveAccessibleName(`Compare 2 databases: ${dbA.name}, ${dbB.name}`);
    await compare.click();
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${dbA.id},${dbB.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Compare Databases' })).toBeVisible();
  });

  test('keyboard only: search, filter, tick two and compare', async ({ page }) => {
    await page.goto('/#/catalog');
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'Search' });
    for (let i = 0; i < 20 && !(await search.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(search).toBeFocused();
    await page.keyboard.type(dbA.name.slice(0, 3));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Category' })).toBeFocused();
    // Type-ahead picks an option of a closed select, as it does for a keyboard user.
    await page.keyboard.type(SECTION.database.slice(0, 2));
    await expect(page).toHaveURL(/category=database/);

    const first = page.getByRole('checkbox', { name: `Compare ${dbA.name}` });
    for (let i = 0; i < 60 && !(await first.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    await page.keyboard.press('Space');
    const second = page.getByRole('checkbox', { name: `Compare ${dbB.name}` });
    for (let i = 0; i < 5 && !(await second.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(second).toBeChecked();
    const compare = page.getByRole('link', { name: /^Compare 2 databases/ });
    for (let i = 0; i < 60 && !(await compare.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Shift+Tab');
    await expect(compare).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/compare\\?ids=${dbA.id},${dbB.id}$`));
  });

  test('an unknown technology says so and leads back to the catalog', async ({ page }) => {
    await page.goto('/#/tech/does-not-exist');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Technology not found' }),
    ).toBeVisible();
    await expect(page.getByRole('main')).toContainText('does-not-exist');
    await page.getByRole('link', { name: 'Back to the catalog' }).click();
    await expect(page).toHaveURL(/#\/catalog$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();
  });

  test('an unknown route shows "Page not found"', async ({ page }) => {
    await page.goto('/#/nowhere');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
});

test.describe('content security policy', () => {
  test('the built page carries a strict CSP: one inline script, allowed by its hash; no inline styles', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const metas = page.locator('meta[http-equiv="Content-Security-Policy" i]');
    await expect(metas).toHaveCount(1);
    const policy = (await metas.getAttribute('content')) ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name!.toLowerCase(), values]),
    );
    expect(directives.get('default-src'), `policy: ${policy}`).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    for (const name of ['script-src', 'style-src']) {
      const values = directives.get(name);
      if (values) expect(values, `${name} in ${policy}`).not.toContain('*');
    }
    // The boot script (src/app/boot-script.ts) is the only inline code, and it ran.
    const inline = await page.evaluate(async () => {
      const scripts = [...document.querySelectorAll('script:not([src])')];
      const hashes = await Promise.all(
        scripts.map(async (s) => {
          const digest = await crypto.subtle.digest(
            'SHA-256',
            new TextEncoder().encode(s.textContent ?? ''),
          );
          return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
        }),
      );
      return {
        hashes,
        styles: document.querySelectorAll('style, [style]').length,
        boot: document.documentElement.dataset.boot,
      };
    });
    expect(inline.hashes).toHaveLength(1);
    expect(directives.get('script-src')).toEqual(["'self'", inline.hashes[0]]);
    expect(inline.styles).toBe(0);
    expect(inline.boot).toBe('hydrate');
  });
});
