import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { recommend } from '../src/engine/recommend.ts';
import { decodeShare } from '../src/share/codec.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { catalog, escapeRe } from './content.ts';

const PERSONA =
  'v=1&team-language=typescript&workload=realtime,crud-api&fast-data=sessions&messaging=jobs';

async function stackOf(page: Page): Promise<Record<string, string>> {
  const roles = page.locator('[data-stack-role]');
  await expect(roles.first()).toBeVisible({ timeout: 15_000 });
  return Object.fromEntries(
    await roles.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-stack-role')!, e.getAttribute('data-tech-id')!]),
    ),
  );
}

/** The stack on the page now, without waiting (for expect.poll). */
function readStack(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-stack-role]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute('data-stack-role')!, e.getAttribute('data-tech-id')!]),
      ),
    );
}

/** Links, the same every run: valid, partial and garbage. */
const SAMPLE = 20;

function seededLinks(): string[] {
  const q = catalog.questions;
  const valid = fc
    .record(
      Object.fromEntries(
        q.map((x) => [
          x.id,
          fc.option(
            fc.subarray(
              x.options.map((o) => o.id),
              x.kind === 'single'
                ? { minLength: 1, maxLength: 1 }
                : { maxLength: x.max ?? x.options.length },
            ),
            { freq: 3 },
          ),
        ]),
      ),
    )
    .map((answers) =>
      [
        'v=1',
        ...Object.entries(answers).flatMap(([k, v]) =>
          v === null ? [] : [`${k}=${(v as string[]).join(',')}`],
        ),
      ].join('&'),
    );
  // Links a person really pastes broken: each is opened every run.
  const known = [
    'v=2&scale=huge',
    '%%%',
    'v=1&exclude=' + catalog.technologies.map((t) => t.id).join(','),
    'workload=,,,&&&=',
    'v=1&team-language=cobol&scale=%E0%A4%A',
  ];
  const garbage = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 60 }).map(encodeURIComponent),
  );
  const partial = valid.map((link) => link.slice(0, Math.max(3, Math.floor(link.length / 2))));
  // A sample: the codec's unit tests already decode 20,000 random and mutated links without
  // throwing (src/share/codec.test.ts); here each kind is shown to reach the screen intact.
  return [
    ...known,
    ...fc.sample(fc.oneof(valid, partial, garbage), { numRuns: SAMPLE, seed: 20261125 }),
  ];
}

test.describe('share links', () => {
  test('a copied link opens the identical stack in a fresh browser', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/#/result?${PERSONA}&nope=1`);
    const original = await stackOf(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The copied link is the clean one: the ignored part is gone, the catalog fingerprint is in.
    expect(copied).not.toContain('nope');
    expect(copied).toContain(`c=${catalog.fingerprint}`);
    expect(copied.startsWith(baseURL!)).toBe(true);

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(copied);
      expect(await stackOf(other)).toEqual(original);
    } finally {
      await fresh.close();
    }
  });

  test('a link shows its own answers even when the browser holds other saved answers, and keeps them', async ({
    page,
  }) => {
    const expected = recommend(catalog, decodeShare(catalog, PERSONA).state, {
      sensitivity: false,
    }).stacks[0]!.picks.language!;
    // A saved answer that differs from the link's.
    const language = catalog.questions.find((q) => q.id === 'team-language')!;
    const other = language.options.find((o) => o.id !== 'typescript')!;
    await page.goto('/#/wizard/team-language');
    await page.getByRole('radio', { name: new RegExp(`^${escapeRe(other.label)}`) }).check();
    await page.goto(`/#/result?${PERSONA}`);
    expect((await stackOf(page)).language).toBe(expected);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('stackwise:wizard')!));
    expect(saved.answers['team-language']).toEqual([other.id]);
  });

  test('a link made with an older catalog says the recommendation may differ', async ({ page }) => {
    await page.goto('/#/result?v=1&scale=small&c=00000000');
    await expect(page.getByText(/earlier version of the catalog/)).toBeVisible();
    await stackOf(page);
  });

  test(`${SAMPLE} seeded links and the known broken ones each show a result or a clear notice`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const links = seededLinks();
    await page.goto('/#/');
    for (const [i, link] of links.entries()) {
      const hash = `#/result?${link}`;
      // Most links by hash change (fast, as a person following links); every tenth by a full load.
      if (i % 10 === 0) await page.goto(`/${hash}`);
      else await page.evaluate((h) => (window.location.hash = h), hash);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
      ).toBeVisible({ timeout: 15_000 });
      const { state } = decodeShare(catalog, new URL(`http://x/?${link}`).search);
      const expected = recommend(catalog, state, { sensitivity: false });
      if (expected.stacks[0]) {
        // A hash change re-renders the same page: wait until the new result is shown.
        await expect
          .poll(() => readStack(page), { message: link, timeout: 15_000 })
          .toEqual(Object.fromEntries(Object.entries(expected.stacks[0].picks)));
      } else {
        await expect(
          page.getByRole('heading', { name: 'No stack fits these constraints' }).first(),
          link,
        ).toBeVisible();
      }
    }
  });

  test('the exported decision record and JSON name the same stack as the page', async ({
    page,
  }) => {
    await page.goto(`/#/result?${PERSONA}`);
    const stack = await stackOf(page);
    const names = await page
      .locator('[data-stack-role] h3 a')
      .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));

    await page.getByText('Export', { exact: true }).click();
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Decision record (.md)' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-backend-stack\.md$/);
    const record = readFileSync((await md.path())!, 'utf8');
    expect(record).toMatch(/^---\nstatus: proposed\n/);
    expect(record).toContain(`# Use ${names.join(', ')} for the new service`);
    expect(record).toContain('## Decision Outcome');
    expect(record).toContain(`c=${catalog.fingerprint}`);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.result.stacks[0].picks).toEqual(stack);
    expect(data.catalogFingerprint).toBe(catalog.fingerprint);
  });

  test('prints the summary, the stack, the warnings and the runner-ups on at most three A4 pages', async ({
    page,
  }) => {
    await page.goto('/#/result?v=1');
    await stackOf(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    // The runner-ups are folded on screen but print, and the link to the result is written out.
    await expect(
      page
        .getByRole('region', { name: /^Runner-up stacks/ })
        .getByRole('heading', { level: 3 })
        .first(),
    ).toBeVisible();
    await expect(page.getByText(/^Open this result: http/)).toBeVisible();
    await expect(page.getByRole('region', { name: /^What would change this/ })).toBeHidden();
    const cardBreak = await page
      .locator('[data-stack-role]')
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
    expect(cardBreak).toBe('avoid');
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${format} pages`).toBeGreaterThan(0);
      if (format === 'A4') expect(pages, 'A4 pages').toBeLessThanOrEqual(3);
    }
  });
});
