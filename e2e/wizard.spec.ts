import { expect, seedSavedState, test } from './fixtures.ts';
import { visibleQuestions } from '../src/engine/answers.ts';
import { STORAGE_KEY } from '../src/store/persist.ts';
import { catalog, site } from './content.ts';
import { FIRST_QUESTION } from '../src/engine/adaptive.ts';
import { nextStep, questionOf } from './walk.ts';

const questions = catalog.questions;

test.describe('wizard', () => {
  test('keyboard only: from the start page to the result', async ({ page }) => {
    await page.goto('/#/');
    // Tab from the top of the page to the Start link, as a keyboard user would.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Start')
        break;
    }
    await expect(page.getByRole('link', { name: 'Start', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    // The wizard asks by impact: the next step is the one the engine picks for the answers so
    // far, and every question is reached in the end.
    const answers: Record<string, string[]> = {};
    for (let id: string | null = FIRST_QUESTION, n = 1; id; n++) {
      const q = questionOf(id);
      await expect(page.getByRole('heading', { level: 1, name: q.title })).toBeFocused();
      await expect(page.getByText(new RegExp(`^Step ${n} of \\d+$`))).toBeVisible();
      // Pick the first option with the number key, then continue with Enter.
      await page.keyboard.press('1');
      await expect(
        page.getByRole(q.kind === 'single' ? 'radio' : 'checkbox', { name: q.options[0]!.label }),
      ).toBeChecked();
      answers[q.id] = [q.options[0]!.id];
      await page.keyboard.press('Enter');
      id = nextStep(answers, q.id);
    }
    expect(Object.keys(answers).toSorted()).toEqual(
      visibleQuestions(catalog, answers)
        .map((q) => q.id)
        .toSorted(),
    );
    await expect(page).toHaveURL(/#\/result\?v=1&/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[data-stack-role="language"]')).toHaveCount(1);
    for (const [id, [option]] of Object.entries(answers))
      expect(page.url()).toContain(`${id}=${option}`);
  });

  test('number keys toggle multiple choice and respect the maximum', async ({ page }) => {
    await page.goto('/#/wizard/priorities');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const boxes = page.getByRole('checkbox');
    for (const key of ['1', '2', '3']) await page.keyboard.press(key);
    await expect(boxes.nth(0)).toBeChecked();
    await expect(boxes.nth(2)).toBeChecked();
    await expect(boxes.nth(3)).toBeDisabled();
    await expect(page.getByText('To choose another, untick one first.')).toBeVisible();
    await page.keyboard.press('4');
    await expect(boxes.nth(3)).not.toBeChecked();
    await page.keyboard.press('2');
    await expect(boxes.nth(1)).not.toBeChecked();
    await expect(boxes.nth(3)).toBeEnabled();
  });

  test('back and forward move between steps; reload resumes with the same answers', async ({
    page,
  }) => {
    await page.goto('/#/');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('radio', { name: 'Go' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/#\/wizard\/workload$/);
    await page.getByRole('checkbox', { name: 'Real-time features' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    const third = nextStep({ 'team-language': ['go'], workload: ['realtime'] }, 'workload')!;
    await expect(page).toHaveURL(new RegExp(`#/wizard/${third}$`));
    // Back retraces the walk, whatever order the engine asked in.
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(/#\/wizard\/workload$/);
    await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
    // Only seen, not skipped: Next asks it again.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(new RegExp(`#/wizard/${third}$`));
    // Skipped: the wizard moves on and does not come back to it; Back does.
    await page.getByRole('button', { name: 'Skip this question' }).click();
    const fourth = nextStep({ 'team-language': ['go'], workload: ['realtime'] }, third);
    expect(fourth).not.toBe(third);
    await expect(page).toHaveURL(new RegExp(`#/wizard/${fourth}$`));
    await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(new RegExp(`#/wizard/${third}$`));
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page).toHaveURL(/#\/wizard\/workload$/);

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#/wizard/${third}$`));
    await page.goForward();
    await expect(page).toHaveURL(/#\/wizard\/workload$/);
    await expect(page.getByRole('checkbox', { name: 'Real-time features' })).toBeChecked();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: questions[1]!.title })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Real-time features' })).toBeChecked();

    await page.goto('/#/');
    await expect(page.getByRole('link', { name: /Resume \(2 answered\)/ })).toBeVisible();
    await page.getByRole('link', { name: /Resume/ }).click();
    await expect(page).toHaveURL(/#\/wizard\/workload$/);
  });

  test('the leading stack follows the answers', async ({ page }) => {
    await page.goto('/#/wizard/team-language');
    const leading = page.getByRole('complementary', { name: 'Leading stack so far' });
    await page.getByRole('radio', { name: 'Rust' }).check();
    await expect(leading).toContainText('Rust');
    await page.getByRole('radio', { name: 'Python' }).check();
    await expect(leading).toContainText('Python');
  });

  test('skipping a question is stated as an assumption on the result', async ({ page }) => {
    // Every other question answered: skipping the last one left shows the result.
    const answers = Object.fromEntries(
      questions.filter((q) => q.id !== 'api-style').map((q) => [q.id, [...q.default]]),
    );
    await seedSavedState(page, { answers });
    await page.goto('/#/wizard/api-style');
    await expect(page.getByRole('button', { name: 'See my stack' })).toBeVisible();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await expect(page).toHaveURL(/#\/result\?/);
    expect(page.url()).not.toContain('api-style=');
    await page.getByRole('button', { name: /^What we assumed/ }).click();
    await expect(page.getByText(/“.*API.*” was not answered; assumed/)).toBeVisible();
  });

  test('garbled saved state shows a notice and the wizard still works', async ({ page }) => {
    await seedSavedState(page, '{"version":1,"answers":{"workload":"not-a-list"');
    await page.goto('/#/');
    await expect(page.getByRole('status')).toContainText(
      'Your saved answers could not be restored',
    );
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('radio', { name: 'Python' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: questions[1]!.title })).toBeVisible();
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(saved!)).toMatchObject({
      version: 1,
      answers: { 'team-language': ['python'] },
    });
  });

  test('saved state from a newer version is discarded with a notice', async ({ page }) => {
    await seedSavedState(page, { version: 99, answers: {} });
    await page.goto('/#/');
    await expect(page.getByRole('status')).toContainText('saved by a newer version of Stackwise');
  });

  test('storage that throws falls back to memory without errors', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/#/');
    await expect(page.getByText(`does not let ${site.name} save your answers`)).toBeVisible();
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'TypeScript' })).toBeChecked();
    // The theme toggle copes too.
    await page.getByRole('button', { name: /^Theme:/ }).click();
  });

  test('an unknown step says so and offers a way on', async ({ page }) => {
    await page.goto('/#/wizard/favourite-colour');
    await expect(page.getByRole('heading', { level: 1, name: 'Step not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the first question' }).click();
    await expect(page.getByRole('heading', { level: 1, name: questions[0]!.title })).toBeVisible();
  });

  test('editing from the result comes straight back', async ({ page }) => {
    await page.goto('/#/wizard/scale?return=result');
    await page.getByRole('radio', { name: 'Massive' }).check();
    await page.getByRole('button', { name: 'Update result' }).click();
    await expect(page).toHaveURL(/#\/result\?.*scale=massive/);
  });
});
