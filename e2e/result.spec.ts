import type { Page } from '@playwright/test';
import { recommend, type RecommendInput } from '../src/engine/recommend.ts';
import { decodeShare, encodeShare } from '../src/share/codec.ts';
import { STORAGE_KEY } from '../src/store/persist.ts';
import { decidingReason } from '../src/features/result/result-model.ts';
import { expect, seedSavedState, setViewport, test, type ViewportName } from './fixtures.ts';
// The same catalog the build compiles, so the expected stacks come from the engine itself.
import { catalog, nameOf, techsFor } from './content.ts';

/** The clean link Copy link writes: canonical answers plus the catalog fingerprint. */
function canonicalUrl(page: Page): string {
  const [base, hash = ''] = page.url().split('#');
  const query = hash.slice(hash.indexOf('?') + 1);
  return `${base}#/result?${encodeShare(catalog, decodeShare(catalog, query).state)}`;
}

const PERSONAS = [
  'team-language=python&workload=data-ml,crud-api',
  'team-language=typescript&workload=realtime&api-style=typesafe-rpc',
  'workload=systems&priorities=memory-safety,performance',
];

const resultUrl = (query: string) => `/#/result?v=1&${query}`;

function expected(query: string) {
  const { state } = decodeShare(catalog, `v=1&${query}`);
  const input: RecommendInput = state;
  return recommend(catalog, input);
}

/** Open a folded section by its toggle (its name starts with the section's title). */
async function openSection(page: Page, title: string) {
  const toggle = page.getByRole('button', { name: new RegExp(`^${title}`) });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

async function openResult(page: Page, query: string) {
  await page.goto(resultUrl(query));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your recommended stack' }),
    // The first visit loads the page's code and the catalog; allow for a busy CI machine.
  ).toBeVisible({ timeout: 15_000 });
}

/** role -> tech id, read from the public data attributes of the top stack. */
async function renderedStack(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('[data-stack-role]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-stack-role') ?? '', el.getAttribute('data-tech-id')]),
    );
  const roles = pairs.map(([role]) => role);
  expect(new Set(roles).size, `one element per role, got ${roles.join(', ')}`).toBe(roles.length);
  return Object.fromEntries(pairs);
}

test.describe('result page', () => {
  for (const query of PERSONAS) {
    test(`shows the engine's top stack and pitfalls for ${query}`, async ({ page }) => {
      const rec = expected(query);
      const top = rec.stacks[0];
      expect(top, 'the persona gets a stack').toBeDefined();
      await openResult(page, query);

      expect(await renderedStack(page)).toEqual(top!.picks);
      for (const role of top!.roles) {
        const card = page.locator(`[data-stack-role="${role.role}"]`);
        await expect(card.getByRole('link', { name: role.name, exact: true })).toBeVisible();
      }

      const pitfalls = await page
        .locator('[data-pitfall-id]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-pitfall-id')));
      expect(pitfalls.sort()).toEqual(rec.pitfalls.map((p) => p.id).sort());
      await expect(page).toHaveTitle(/Your recommended stack/);
    });
  }

  test('a top-stack role shows its score and the answer that decided it', async ({ page }) => {
    await openResult(page, PERSONAS[0]!);
    const language = page.locator('[data-stack-role="language"]');
    const reason = decidingReason(expected(PERSONAS[0]!), 'language')!;
    await expect(language).toContainText(`+${Math.round(reason.points)} because ${reason.because}`);
    await expect(page.locator('[data-confidence]')).toContainText(
      /^(A strong lead|A clear lead|A near tie|The only stack that fits):/,
    );
    await expect(page.getByText(/^Based on 2 of \d+ answers/)).toBeVisible();
    await openSection(page, 'Runner-up stacks');
    const runners = page.getByRole('region', { name: /^Runner-up stacks/ });
    await expect(runners.getByRole('heading', { level: 3 })).toHaveCount(2);
    await expect(runners.getByRole('img', { name: /Stack scores out of 100/ })).toBeVisible();
  });

  for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
    test(`above the fold (${viewport}): the stack, how sure, why, the biggest risk and the actions`, async ({
      page,
    }) => {
      await setViewport(page, viewport);
      const query = `${PERSONAS[0]}&architecture=microservices&team-size=solo`;
      const rec = expected(query);
      await openResult(page, query);
      const height = page.viewportSize()!.height;
      const inView = async (locator: ReturnType<Page['locator']>, what: string) => {
        const box = await locator.boundingBox();
        expect(box, what).not.toBeNull();
        expect(box!.y + box!.height, `${what} is above the fold`).toBeLessThanOrEqual(height);
      };
      for (const role of rec.stacks[0]!.roles) {
        const card = page.locator(`[data-stack-role="${role.role}"]`);
        await inView(card, `the ${role.role} card`);
        await expect(card).toContainText(/because /);
      }
      await inView(page.locator('[data-confidence]'), 'the confidence statement');
      const risk = page.getByRole('complementary', { name: 'Biggest risk' });
      await expect(risk).toContainText(rec.pitfalls[0]!.title);
      await inView(risk.getByRole('button', { name: rec.pitfalls[0]!.title }), 'the biggest risk');
      for (const name of ['Copy link', 'Edit answers', 'Export'])
        await inView(
          page
            .getByRole('button', { name })
            .or(page.getByText(name, { exact: true }))
            .first(),
          name,
        );
    });
  }

  test('with nothing opened the page is at most 2.5 screens tall on a desktop', async ({
    page,
  }) => {
    await setViewport(page, 'desktop');
    await openResult(page, '');
    await expect(page.getByRole('region', { name: /^What would change this/ })).not.toContainText(
      'working it out',
    );
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2.5 * 800);
  });

  test('an opened section lives in the link: it survives a reload and a shared link', async ({
    page,
  }) => {
    await openResult(page, PERSONAS[0]!);
    await openSection(page, 'What would change this');
    await expect(page).toHaveURL(/&open=whatif&/);
    await openSection(page, 'Runner-up stacks');
    await expect(page).toHaveURL(/&open=runners,whatif&/);
    await page.reload();
    for (const name of ['Runner-up stacks', 'What would change this'])
      await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    await expect(page.getByRole('button', { name: /^What we assumed/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    // Copy link carries the opened sections.
    await page.getByRole('button', { name: /^Runner-up stacks/ }).click();
    await expect(page).toHaveURL(/&open=whatif&/);
  });

  test('when the workload outweighs the team language, the page says so and keeps it in one click', async ({
    page,
  }) => {
    // Find, from the engine itself, a team whose language the workload outweighs.
    const team = catalog.questions.find((q) => q.id === 'team-language')!;
    let found:
      | { query: string; note: { message: string; keep: { name: string; language: string } } }
      | undefined;
    for (const o of team.options)
      for (const w of catalog.questions.find((q) => q.id === 'workload')!.options) {
        const query = `team-language=${o.id}&workload=${w.id}`;
        const note = expected(query).notes.find((n) => n.kind === 'team-language');
        if (note?.keep && !found)
          found = { query, note: { message: note.message, keep: note.keep } };
      }
    expect(found, 'some workload outweighs some team language').toBeDefined();
    await openResult(page, found!.query);
    await expect(page.getByText(found!.note.message)).toBeVisible();
    await page.getByRole('link', { name: `Keep ${found!.note.keep.name} →` }).click();
    await expect(page.locator('[data-stack-role="language"]')).toHaveAttribute(
      'data-tech-id',
      found!.note.keep.language,
    );
  });

  test('a warning names the answers that raised it, each a link to change it', async ({ page }) => {
    const query = 'architecture=microservices&team-size=solo&scale=small';
    const rec = expected(query);
    const pitfall = rec.pitfalls.find((p) => p.triggeredBy.answers.length > 0);
    expect(pitfall, 'the persona raises a warning').toBeDefined();
    await openResult(page, query);
    const card = page.locator(`[data-pitfall-id="${pitfall!.id}"]`);
    for (const a of pitfall!.triggeredBy.answers) {
      const title = catalog.questions.find((q) => q.id === a.question)!.title;
      await expect(card.getByRole('link', { name: `“${title}”` })).toBeVisible();
    }
    await card.getByRole('link', { name: /“/ }).first().click();
    await expect(page).toHaveURL(
      new RegExp(`#/wizard/${pitfall!.triggeredBy.answers[0]!.question}`),
    );
  });

  test('every reason can show its evidence: the fit score and why', async ({ page }) => {
    await openResult(page, `${PERSONAS[0]}&open=role-language`);
    const language = page.getByRole('region', { name: /^Language: every candidate/ });
    await language
      .getByText(/^Evidence/)
      .first()
      .click();
    const lang = catalog.technologies.find(
      (t) => t.id === expected(PERSONAS[0]!).stacks[0]!.picks.language,
    )!;
    const knows = Object.entries(lang.fit).find(([c]) => c.startsWith('knows-'))!;
    await expect(language.getByText(knows[1].why)).toBeVisible();
  });

  test('a garbled link shows what was ignored and still a stack', async ({ page }) => {
    await page.goto('/#/result?v=1&nope=1&workload=teleport');
    const notices = page.getByRole('status').filter({ hasText: 'About this link' });
    await expect(notices).toBeVisible();
    await expect(notices).toContainText('nope');
    await expect(notices).toContainText('teleport');
    await expect(page.locator('[data-stack-role="language"]')).toHaveCount(1);
    await expect(page.locator('[data-stack-role="framework"]')).toHaveCount(1);
  });

  test('a link that rules out every database explains the conflict', async ({ page }) => {
    const [allowed, ...others] = techsFor('database').map((t) => t.id);
    await page.goto(`/#/result?v=1&exclude=${[allowed, ...others].join(',')}`);
    const conflict = page.getByRole('region', { name: 'No stack fits these constraints' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('Every primary database is ruled out');
    await expect(page.locator('[data-stack-role]')).toHaveCount(0);

    await conflict.getByRole('link', { name: `Allow ${nameOf(allowed!)} again` }).click();
    await expect(page).toHaveURL(new RegExp(`#/result\\?v=1&exclude=${others.join(',')}`));
    await expect(page.locator('[data-stack-role="database"]')).toHaveAttribute(
      'data-tech-id',
      allowed!,
    );
  });

  for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
    test(`pinning two candidates opens a side-by-side view (${viewport})`, async ({ page }) => {
      await setViewport(page, viewport);
      const [first, second] = expected(PERSONAS[0]!)
        .roles.find((r) => r.role === 'framework')!
        .candidates.filter((c) => c.status === 'picked' || c.status === 'eligible');
      await openResult(page, PERSONAS[0]!);
      await page
        .locator('[data-stack-role="framework"]')
        .getByRole('button', { name: /^Compare \d+ others?/ })
        .or(page.getByRole('button', { name: /^Web framework: every candidate/ }))
        .first()
        .click();
      const frameworks = page.getByRole('region', { name: /^Web framework: every candidate/ });
      const pinFirst = frameworks.getByRole('button', { name: `Pin ${first!.name} to compare` });
      await pinFirst.click();
      await expect(pinFirst).toHaveAttribute('aria-pressed', 'true');
      await frameworks.getByRole('button', { name: `Pin ${second!.name} to compare` }).click();

      const compare = frameworks.getByRole('region', { name: /Compare pinned/ });
      await expect(compare).toBeVisible();
      await expect(compare.getByRole('columnheader', { name: first!.name })).toBeVisible();
      await expect(compare.getByRole('columnheader', { name: second!.name })).toBeVisible();
      await expect(compare.getByRole('link', { name: /Open the comparison page/ })).toHaveAttribute(
        'href',
        `#/compare?ids=${first!.id},${second!.id}`,
      );

      await pinFirst.click();
      await expect(pinFirst).toHaveAttribute('aria-pressed', 'false');
      await expect(compare).toBeHidden();
    });
  }

  test('a fifth pin is refused with a message', async ({ page }) => {
    await setViewport(page, 'desktop');
    await openResult(page, `${PERSONAS[1]}&open=role-framework`);
    const frameworks = page.getByRole('region', { name: /^Web framework: every candidate/ });
    await frameworks.getByRole('button', { name: /^Show \d+ more/ }).click();
    const pins = frameworks.getByRole('button', { name: /^Pin .* to compare$/ });
    expect(await pins.count()).toBeGreaterThan(4);
    for (let i = 0; i < 4; i++) await pins.nth(i).click();
    await pins.nth(4).click();
    await expect(pins.nth(4)).toHaveAttribute('aria-pressed', 'false');
    await expect(frameworks.getByRole('status')).toContainText('at most 4');
  });

  test('each role has a score chart whose text version is its table', async ({ page }) => {
    await setViewport(page, 'desktop');
    await openResult(page, `${PERSONAS[0]}&open=role-framework`);
    const pick = expected(PERSONAS[0]!).stacks[0]!.roles.find((r) => r.role === 'framework')!;
    const frameworks = page.getByRole('region', { name: /^Web framework: every candidate/ });
    const chart = frameworks.getByRole('img', { name: /Web framework scores out of 100/ });
    await expect(chart).toHaveAttribute('aria-label', new RegExp(`Picked: ${pick.name}`));
    const describedBy = await chart.getAttribute('aria-describedby');
    await expect(frameworks.locator(`#${describedBy}`)).toContainText('text version');
    const table = frameworks.getByRole('table');
    await expect(table.getByRole('rowheader', { name: new RegExp(pick.name) })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Why not' })).toBeVisible();
  });

  test('"What would change this": one line per resulting stack, every answer a link to it', async ({
    page,
  }) => {
    const rec = expected(PERSONAS[0]!);
    const stacks = new Set(rec.sensitivity.flips.map((f) => JSON.stringify(f.stack)));
    await openResult(page, `${PERSONAS[0]}&open=whatif`);
    const whatIf = page.getByRole('region', { name: /^What would change this/ });
    const lines = whatIf.locator('[data-whatif-line]');
    await expect(lines).toHaveCount(stacks.size);
    await expect(whatIf.getByRole('link')).toHaveCount(rec.sensitivity.flips.length);
    // The closest change comes first; follow its first answer.
    const closest = [...rec.sensitivity.flips].sort((a, b) => a.trails - b.trails)[0]!;
    const first = rec.sensitivity.flips.find(
      (f) => JSON.stringify(f.stack) === JSON.stringify(closest.stack),
    )!;
    await lines.first().getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`#/result\\?.*${first.question}=`));
    // Same page, new link: wait for the new result to render.
    await expect.poll(() => renderedStack(page)).toEqual(first.stack);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('copy link puts the URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openResult(page, PERSONAS[0]!);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonicalUrl(page));
  });

  test('copy link falls back to a selected field when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await openResult(page, PERSONAS[0]!);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this result' });
    await expect(field).toHaveValue(canonicalUrl(page));
    await expect(field).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /Ctrl\+C|Cmd\+C/ })).toBeVisible();
  });

  test('editing an answer opens its wizard step, ready to come back', async ({ page }) => {
    await openResult(page, PERSONAS[0]!);
    await page.getByRole('button', { name: 'Edit answers' }).click();
    const edit = page.getByRole('region', { name: /^Your answers/ });
    await expect(edit).toContainText('How much traffic do you expect?');
    await edit.getByRole('link', { name: 'Edit “How much traffic do you expect?”' }).click();
    await expect(page).toHaveURL(/#\/wizard\/scale\?return=result$/);
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(saved ?? '{}').answers).toEqual({
      'team-language': ['python'],
      workload: ['crud-api', 'data-ml'],
    });
  });

  test("editing someone else's link never replaces the saved answers", async ({ page }) => {
    await seedSavedState(page, { answers: { 'team-language': ['go'] }, lastStep: 'workload' });
    await openResult(page, `${PERSONAS[0]}&open=answers`);
    const edit = page.getByRole('region', { name: /^Your answers/ });
    await edit.getByRole('link', { name: 'Edit “How much traffic do you expect?”' }).click();
    await expect(page).toHaveURL(/#\/wizard\/scale\?return=result$/);
    const kept = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(JSON.parse(kept ?? '{}').answers).toEqual({ 'team-language': ['go'] });
  });

  test('assumptions name what was not answered, with a link to answer it', async ({ page }) => {
    await openResult(page, `${PERSONAS[0]}&open=assumed`);
    const assumed = page.getByRole('region', { name: /^What we assumed/ });
    await expect(assumed).toContainText('“How much traffic do you expect?” was not answered');
    await expect(assumed).not.toContainText('You skipped');
    await expect(
      assumed.getByRole('link', { name: 'Answer it — “How much traffic do you expect?”' }),
    ).toHaveAttribute('href', '#/wizard/scale?return=result');
  });
});
