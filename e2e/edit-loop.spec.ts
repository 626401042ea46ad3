/**
 * The edit loop and the shared-link reader: change one answer from the result, come back to a
 * banner that says what moved (with Undo); try answers on someone else's link without touching
 * your own; read a link with few answers and see how many were answered and what was assumed.
 * Expected stacks come from the engine on the compiled catalog.
 */
import type { Page } from '@playwright/test';
import { stackChanges } from '../src/engine/changes.ts';
import { recommend } from '../src/engine/recommend.ts';
import { decodeShare } from '../src/share/codec.ts';
import { STORAGE_KEY } from '../src/store/persist.ts';
import { answerCount, decidingReason } from '../src/features/result/result-model.ts';
import { checkA11y, expect, test, seedSavedState } from './fixtures.ts';
import { catalog } from './content.ts';

const title = (id: string) => catalog.questions.find((q) => q.id === id)!.title;
const pick = (page: Page, question: string, option: string) =>
  page.locator(`input[name="${question}"][value="${option}"]`);
const rank = (query: string) =>
  recommend(catalog, decodeShare(catalog, query).state, { sensitivity: false });

// A link whose database moves when the data shape does (checked below, from the engine).
const BEFORE = 'v=1&team-language=python&workload=crud-api&data-shape=flexible';
const AFTER = 'v=1&team-language=python&workload=crud-api&data-shape=relational';

async function editDataShape(page: Page) {
  await page.goto(`/#/result?${BEFORE}&open=answers`);
  await page
    .getByRole('region', { name: /^Your answers/ })
    .getByRole('link', { name: `Edit “${title('data-shape')}”` })
    .click();
  await expect(page).toHaveURL(/#\/wizard\/data-shape\?return=result$/);
}

test('update, banner, undo: changing one answer says what moved and can be taken back', async ({
  page,
}) => {
  const before = rank(BEFORE).stacks[0]!;
  const after = rank(AFTER).stacks[0]!;
  const changes = stackChanges(before, after);
  expect(changes.roles.map((r) => r.role)).toContain('database');

  await editDataShape(page);
  const update = page.getByRole('button', { name: 'Update result' });
  await expect(update).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
  await pick(page, 'data-shape', 'relational').check();
  await update.click();

  await expect(page).toHaveURL(/#\/result\?.*data-shape=relational/);
  const banner = page.getByTestId('change-banner');
  await expect(banner).toBeVisible();
  for (const r of changes.roles) await expect(banner).toContainText(`${r.from} → ${r.to}`);
  if (changes.score.from !== changes.score.to)
    await expect(banner).toContainText(`score ${changes.score.from} → ${changes.score.to}`);
  await expect(banner).toContainText(`“${title('data-shape')}”`);
  await checkA11y(page, 'result with the what-changed banner');
  await expect(page.locator('[data-stack-role="database"]')).toHaveAttribute(
    'data-tech-id',
    after.picks.database!,
  );

  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(page).toHaveURL(/#\/result\?.*data-shape=flexible/);
  await expect(page.getByTestId('change-banner')).toHaveCount(0);
  await expect(page.locator('[data-stack-role="database"]')).toHaveAttribute(
    'data-tech-id',
    before.picks.database!,
  );
});

test("a reviewer tries answers on someone else's link without touching their own", async ({
  page,
}) => {
  const own = { 'team-language': ['go'] };
  await seedSavedState(page, { answers: own });
  const saved = async () =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}')
      .answers;

  await editDataShape(page);
  await expect(page.getByText('You are trying the answers of a shared link.')).toBeVisible();
  await checkA11y(page, 'an edit step on a shared link (draft)');
  await pick(page, 'data-shape', 'relational').check();
  await page.getByRole('button', { name: 'Update result' }).click();
  await expect(page.getByTestId('change-banner')).toBeVisible();
  expect(await saved()).toEqual(own);

  // Saving is a separate, explicit choice.
  await page.getByRole('button', { name: 'Save these as my answers' }).click();
  await expect(page.getByRole('button', { name: 'Save these as my answers' })).toHaveCount(0);
  expect(await saved()).toEqual(decodeShare(catalog, AFTER).state.answers);
});

test('the reader of a shared link sees how many answers it rests on, what was assumed, and "not answered"', async ({
  page,
}) => {
  const query = 'v=1&team-language=go&workload=crud-api&fast-data=sessions';
  const state = decodeShare(catalog, query).state;
  const rec = rank(query);
  const basis = answerCount(catalog, state, rec);
  expect(basis.answered).toBe(3);

  await page.goto(`/#/result?${query}&open=answers`);
  await expect(page.getByText(`Based on 3 of ${basis.shown} answers`)).toBeVisible();

  // Each card whose deciding reason comes from an assumed answer marks it, linking to the question.
  const assumed = rec.stacks[0]!.roles.flatMap((r) => {
    const reason = decidingReason(rec, r.role);
    return reason?.assumed ? [{ role: r.role, question: reason.question! }] : [];
  });
  expect(assumed.length).toBeGreaterThan(0);
  for (const a of assumed)
    await expect(
      page.locator(`[data-stack-role="${a.role}"]`).getByRole('link', { name: /assumed/ }),
    ).toHaveAttribute('href', `#/wizard/${a.question}?return=result`);

  const answers = page.getByRole('region', { name: /^Your answers/ });
  await expect(answers.getByText(/^Not answered/).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/you skipped/i);
});
