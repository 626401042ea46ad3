/**
 * Ask only what matters (issue 16, the wizard's part): the wizard asks by impact; once no single
 * remaining answer can swap a pick, the step says the stack is settled, names the questions that
 * can still only add a part, and offers the result; the result lists the questions that would not
 * have changed the stack. What the persona is asked, and when it settles, comes from the engine
 * on the compiled catalog.
 */
import { FIRST_QUESTION, nextQuestion } from '../src/engine/adaptive.ts';
import { topStack } from '../src/engine/recommend.ts';
import { checkA11y, expect, test } from './fixtures.ts';
import { catalog, nameOf } from './content.ts';
import { nextStep, questionOf } from './walk.ts';

// The persona: a Python team doing machine learning on related records.
const PERSONA: Record<string, string[]> = {
  'team-language': ['python'],
  workload: ['data-ml'],
  'data-shape': ['relational'],
};

test('a persona whose stack settles after three answers sees it said, and the result lists what it did not need', async ({
  page,
}) => {
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  const answers: Record<string, string[]> = {};
  let id: string | null = FIRST_QUESTION;
  const settled = page.getByRole('status').filter({ hasText: 'Your stack is settled.' });
  for (let n = 1; id && !nextQuestion(catalog, { answers }).settled; n++) {
    const q = questionOf(id);
    await expect(page.getByRole('heading', { level: 1, name: q.title })).toBeFocused();
    await expect(page.getByText(new RegExp(`^Step ${n} of \\d+$`))).toBeVisible();
    await expect(settled).toHaveCount(0);
    const answer = PERSONA[q.id];
    expect(answer, `the persona is asked ${q.id}`).toBeDefined();
    for (const option of answer!)
      await page.locator(`input[name="${q.id}"][value="${option}"]`).check();
    answers[q.id] = answer!;
    await page.getByRole('button', { name: 'Next' }).click();
    id = nextStep(answers, q.id);
  }
  // Three answers, in the order the engine asked them.
  expect(Object.keys(answers)).toEqual(Object.keys(PERSONA));
  const step = nextQuestion(catalog, { answers });
  const stack = topStack(catalog, { answers })!;

  await expect(page.getByRole('heading', { level: 1, name: questionOf(id!).title })).toBeVisible();
  await expect(page.getByText(/^Step 4 of \d+$/)).toBeVisible();
  await expect(settled).toBeVisible();
  await expect(settled).toContainText('several together still could');
  // The questions that can still add a part (a cache, a broker) are named, not hidden.
  for (const addOn of step.addOns.filter((a) => a.question !== id))
    await expect(settled).toContainText(questionOf(addOn.question).title);
  await checkA11y(page, 'a settled step');
  await settled.getByRole('link', { name: 'See my stack now' }).click();

  await expect(page).toHaveURL(/#\/result\?/);
  for (const role of ['language', 'framework', 'database', 'orm'] as const)
    await expect(page.locator(`[data-stack-role="${role}"]`)).toContainText(nameOf(stack[role]!));
  await page.getByRole('button', { name: /^What we assumed/ }).click();
  // The questions none of whose answers changes the stack, each a link to answer it anyway.
  const skipped = step.optional.map((o) => o.question);
  expect(skipped.length).toBeGreaterThan(0);
  await expect(
    page.getByText(
      `${skipped.length} question${skipped.length === 1 ? '' : 's'} would not have changed your stack: answer them anyway.`,
    ),
  ).toBeVisible();
  for (const q of skipped)
    await expect(
      page.getByRole('link', { name: questionOf(q).title, exact: true }),
    ).toHaveAttribute('href', `#/wizard/${q}?return=result`);
});
