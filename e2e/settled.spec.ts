/**
 * Ask only what matters (issue 16, the wizard's part): once no single remaining answer can change
 * the stack, the step says so and offers the result; the result lists the questions that would not
 * have changed it. The persona's settling point comes from the engine on the compiled catalog.
 */
import { nextQuestion } from '../src/engine/adaptive.ts';
import { visibleQuestions } from '../src/engine/answers.ts';
import { checkA11y, expect, test, seedSavedState } from './fixtures.ts';
import { catalog } from './content.ts';

// A Python team doing ML on related records; each question answered with its first option where
// the persona does not say otherwise.
const PERSONA: Record<string, string[]> = {
  'team-language': ['python'],
  workload: ['data-ml'],
  'data-shape': ['relational'],
  'fast-data': [],
  messaging: ['none'],
  scale: ['small'],
};

test('a persona whose stack settles sees it said, and the result lists what it did not need', async ({
  page,
}) => {
  // Answer in questionnaire order until the engine says the stack is settled.
  const answers: Record<string, string[]> = {};
  let rest: string[] = [];
  for (let i = 0; ; i++) {
    const q = visibleQuestions(catalog, answers)[i];
    if (!q) break;
    answers[q.id] = PERSONA[q.id] ?? [q.options[0]!.id];
    if (nextQuestion(catalog, { answers }).settled) {
      rest = visibleQuestions(catalog, answers)
        .slice(i + 1)
        .map((x) => x.id);
      break;
    }
  }
  expect(rest.length).toBeGreaterThan(0);

  await seedSavedState(page, { answers });
  await page.goto(`/#/wizard/${rest[0]}`);
  const settled = page.getByRole('status').filter({ hasText: 'Your stack is settled.' });
  await expect(settled).toBeVisible();
  await expect(settled).toContainText('Several answers together still could');
  await checkA11y(page, 'a settled step');
  await settled.getByRole('link', { name: 'See my stack now' }).click();

  await expect(page).toHaveURL(/#\/result\?/);
  await page.getByRole('button', { name: /^What we assumed/ }).click();
  const list = page.getByText(
    `${rest.length} question${rest.length === 1 ? '' : 's'} would not have changed your stack: answer them anyway.`,
  );
  await expect(list).toBeVisible();
  for (const id of rest) {
    const title = catalog.questions.find((q) => q.id === id)!.title;
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'href',
      `#/wizard/${id}?return=result`,
    );
  }
});
