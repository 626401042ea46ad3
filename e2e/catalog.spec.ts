import { checkA11y, expect, setViewport, test, type ViewportName } from './fixtures.ts';

/** The seed catalog ids (PRODUCT.md): ids are permanent, share links carry them. */
const SEED_IDS = [
  // languages
  'nodejs',
  'python',
  'go',
  'rust',
  // frameworks
  'nestjs',
  'express',
  'fastify',
  'trpc',
  'fastapi',
  'django',
  'flask',
  'gin',
  'echo',
  'fiber',
  'axum',
  'actix-web',
  'rocket',
  // databases
  'postgresql',
  'mongodb',
  'redis',
  // ORMs
  'drizzle',
  'prisma',
  'sqlalchemy',
  // brokers
  'rabbitmq',
  'kafka',
];

/** Technologies the catalog adds beyond the seed. */
const EXTRA_IDS = ['django-orm'];

const SECTION_HEADINGS = ['Languages', 'Frameworks', 'Databases', 'ORMs', 'Message brokers'];

test.describe('catalog', () => {
  test('lists all 25 seed technologies (and any additions) by section', async ({ page }) => {
    await page.goto('/#/catalog');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Catalog' })).toBeVisible();

    for (const name of SECTION_HEADINGS) {
      await expect(main.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }

    const techLinks = main
      .getByRole('listitem')
      .getByRole('heading', { level: 3 })
      .getByRole('link');
    // Every seed id, plus what the catalog adds (Django ORM, which a Django stack needs).
    await expect(techLinks).toHaveCount(SEED_IDS.length + EXTRA_IDS.length);

    for (const name of ['PostgreSQL', 'Actix Web', 'FastAPI', 'Go', 'tRPC']) {
      await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
    }
    const hrefs = await techLinks.evaluateAll((links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
    const ids = hrefs.map((h) => decodeURIComponent(h.replace(/^.*#\/tech\//, '')));
    expect([...ids].sort()).toEqual([...SEED_IDS, ...EXTRA_IDS].sort());
  });

  test('every card shows a radar status and when it was reviewed', async ({ page }) => {
    await page.goto('/#/catalog');
    const main = page.getByRole('main');
    const cards = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await expect(card).toContainText(/Radar status:\s*(adopt|trial|assess|hold)/i);
      await expect(card).toContainText(
        /Reviewed\s+(today|yesterday|\d+ days? ago|\d+ months? ago|\d+ years? ago)/,
      );
    }
  });

  test('a technology opens from the catalog and shows its content', async ({ page }) => {
    await page.goto('/#/catalog');
    await page.getByRole('main').getByRole('link', { name: 'PostgreSQL', exact: true }).click();
    await expect(page).toHaveURL(/#\/tech\/postgresql$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PostgreSQL');
    await expect(page.getByRole('heading', { level: 2, name: 'Strengths' })).toBeVisible();
    const strengths = page.getByRole('region', { name: 'Strengths' });
    expect(await strengths.getByRole('listitem').count()).toBeGreaterThan(0);
    await expect(strengths).toContainText(/ACID/);
    await expect(page).toHaveTitle(/PostgreSQL/);
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

/** Screens for the accessibility matrix, each with the heading that says it has rendered. */
const SCREENS: { label: string; path: string; heading: string | RegExp }[] = [
  { label: 'start page', path: '/#/', heading: /./ },
  { label: 'catalog', path: '/#/catalog', heading: 'Catalog' },
  { label: 'technology page', path: '/#/tech/postgresql', heading: 'PostgreSQL' },
  {
    label: 'technology not found',
    path: '/#/tech/does-not-exist',
    heading: 'Technology not found',
  },
  { label: 'page not found', path: '/#/nowhere', heading: 'Page not found' },
];

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const screen of SCREENS) {
    for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`${screen.label}, ${viewport}, ${colorScheme}`, async ({ page }) => {
          await setViewport(page, viewport);
          await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
          await page.goto(screen.path);
          await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
          await checkA11y(page, `${screen.label} (${viewport}, ${colorScheme})`);
        });
      }
    }
  }
});
