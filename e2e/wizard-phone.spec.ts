/**
 * The wizard in the hand: the primary action is in view on every step at phone and desktop
 * sizes, the leading stack appears only once there is an answer, touch screens get no keyboard
 * hints, every multiple choice has an explicit "None of these", Next never guesses, and Start
 * over can be undone. Questions, options and counts come from the compiled catalog.
 */
import { visibleQuestions } from '../src/engine/answers.ts';
import { STORAGE_KEY } from '../src/store/persist.ts';
import type { Page } from '@playwright/test';
import { checkA11y, expect, test, seedSavedState } from './fixtures.ts';
import { catalog } from './content.ts';
import { FIRST_QUESTION } from '../src/engine/adaptive.ts';
import { nextStep, questionOf } from './walk.ts';

/** An option's radio or checkbox by its ids (labels carry their descriptions in their names). */
const pick = (page: Page, question: string, option: string) =>
  page.locator(`input[name="${question}"][value="${option}"]`);
const SIZES = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];

for (const size of SIZES)
  test(`the primary action is in view on every step, ${size.name} ${size.width}x${size.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto('/#/');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    // Walk the wizard picking each step's first option, in the order the engine asks.
    const answers: Record<string, string[]> = {};
    for (let id: string | null = FIRST_QUESTION; id;) {
      const q = questionOf(id);
      await expect(page.getByRole('heading', { level: 1, name: q.title })).toBeVisible();
      // Last: every other visible question is answered.
      const last = visibleQuestions(catalog, answers).every(
        (x) => x.id === q.id || answers[x.id] !== undefined,
      );
      const primary = page.getByRole('button', { name: last ? 'See my stack' : 'Next' });
      // Fully in the window as the step first appears, without scrolling.
      await expect(primary, `${q.id}: primary action`).toBeInViewport({ ratio: 1 });
      const option = q.options[0]!;
      await pick(page, q.id, option.id).check();
      answers[q.id] = [option.id];
      await expect(primary, `${q.id}: after answering`).toBeInViewport({ ratio: 1 });
      await primary.click();
      id = nextStep(answers, q.id);
    }
    await expect(page).toHaveURL(/#\/result\?v=1&/);
  });

test('the leading stack appears with the first answer and says what changed; on a phone it is a bar that opens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/#/wizard/team-language');
  const bar = page.getByText('Leading:', { exact: true });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(bar).toHaveCount(0);

  const [first, second] = catalog.technologies.filter((t) => t.category === 'language');
  const option = (id: string) =>
    catalog.questions
      .find((q) => q.id === 'team-language')!
      .options.find((o) => o.weights[`knows-${id === 'nodejs' ? 'typescript' : id}`])!;
  await pick(page, 'team-language', option(first!.id).id).check();
  await expect(bar).toBeInViewport();
  await bar.click();
  await expect(page.getByRole('definition').filter({ hasText: first!.name })).toBeVisible();
  await pick(page, 'team-language', option(second!.id).id).check();
  await checkA11y(page, 'a phone step with the leading bar open');
  // The role that moved is marked as changed.
  await expect(
    page.locator('dd[data-changed]').filter({ hasText: second!.name, visible: true }),
  ).toBeVisible();
});

test('touch screens get no keyboard hints; keyboards keep them', async ({ browser, page }) => {
  await page.goto('/#/wizard/scale');
  await expect(page.getByText(/^Keys:/).filter({ visible: true })).toHaveCount(1);

  const touch = await browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await touch.newPage();
  await phone.goto(page.url());
  await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(phone.getByText(/^Keys:/).filter({ visible: true })).toHaveCount(0);
  await touch.close();
});

test('multiple choice has "None of these"; Next with nothing chosen asks; Skip assumes and says what', async ({
  page,
}) => {
  const q = catalog.questions.find((x) => x.kind === 'multiple')!;
  await page.goto(`/#/wizard/${q.id}`);
  await expect(page.getByRole('heading', { level: 1, name: q.title })).toBeVisible();
  const next = page.getByRole('button', { name: /^(Next|See my stack)$/ });
  await next.click();
  await expect(page.getByRole('alert')).toContainText('Choose an answer or “None of these”');
  await checkA11y(page, 'a multiple-choice step asking for an answer');
  await expect(page).toHaveURL(new RegExp(`#/wizard/${q.id}$`));

  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Ticking an option replaces "None of these".
  await pick(page, q.id, q.options[0]!.id).check();
  await expect(page.getByRole('checkbox', { name: 'None of these' })).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'None of these' }).check();
  await expect(pick(page, q.id, q.options[0]!.id)).not.toBeChecked();
  await next.click();
  await expect(page).not.toHaveURL(new RegExp(`#/wizard/${q.id}$`));
  const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(saved!).answers[q.id]).toEqual([]);

  // Skip on a single choice names what it will assume.
  const single = catalog.questions.find((x) => x.kind === 'single' && x.default.length > 0)!;
  await page.goto(`/#/wizard/${single.id}`);
  const label = single.options.find((o) => o.id === single.default[0])!.label;
  await expect(page.getByText(`If you skip, we assume “${label}”.`)).toBeVisible();
});

test('Start over can be undone', async ({ page }) => {
  await seedSavedState(page, {
    answers: { 'team-language': ['go'], scale: ['small'] },
    lastStep: 'scale',
  });
  await page.goto('/#/');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: catalog.questions[0]!.title }),
  ).toBeVisible();
  await expect(page.getByText('Your 2 answers were cleared to start over.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pick(page, 'team-language', 'go')).toBeChecked();
  await page.goto('/#/');
  await expect(page.getByRole('link', { name: 'Resume (2 answered)' })).toBeVisible();
});

test('the start page names the languages the catalog covers', async ({ page }) => {
  await page.goto('/#/');
  const languages = catalog.technologies.filter((t) => t.category === 'language');
  const line = page.getByText(`Covers ${languages.length} languages:`);
  await expect(line).toBeVisible();
  for (const l of languages) await expect(line).toContainText(l.name);
});
