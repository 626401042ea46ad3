/**
 * The team page (#/team): five members' result links, two real disagreements (one that flips the
 * database, one that changes nothing), the team recommendation, the team link, bad input,
 * keyboard only, the entry from a result, embedding and axe.
 *
 * The members' answers are chosen here by running the engine on the compiled catalog, so the
 * spec stays true when a platform team edits its content.
 */
import type { Page } from '@playwright/test';
import { topStack } from '../src/engine/recommend.ts';
import { recommendTeam, teamDisagreements } from '../src/engine/team.ts';
import { encodeShare, type ShareState } from '../src/share/codec.ts';
import { decodeTeam, encodeTeam } from '../src/share/team-codec.ts';
import { catalog, escapeRe } from './content.ts';
import { checkA11y, expect, setViewport, test, type ViewportName } from './fixtures.ts';

const techName = (id: string | undefined) =>
  catalog.technologies.find((t) => t.id === id)?.name ?? String(id);
const titleOf = (q: string) => catalog.questions.find((x) => x.id === q)!.title;

/** A full answer set: every question answered, with its default (or first option). */
const BASE: ShareState = {
  answers: Object.fromEntries(
    catalog.questions.map((q) => [
      q.id,
      q.default.length > 0 || q.kind === 'multiple' ? [...q.default] : [q.options[0]!.id],
    ]),
  ),
  exclude: [],
};
const withAnswer = (state: ShareState, q: string, o: string): ShareState => ({
  answers: { ...state.answers, [q]: [o] },
  exclude: [],
});

const NAMES = ['Ana', 'Ben', 'Chen', 'Dana', 'Eve'];

/**
 * Five members: Chen and Dana answer `flip` differently (it flips the database), Ben and Dana
 * answer `quiet` differently (settling it changes nothing). Found by running the engine.
 */
function chooseTeam() {
  const singles = catalog.questions
    .filter((q) => q.kind === 'single')
    .flatMap((q) =>
      q.options.filter((o) => BASE.answers[q.id]?.[0] !== o.id).map((o) => ({ q: q.id, o: o.id })),
    );
  const baseTop = topStack(catalog, BASE)!;
  for (const flip of singles) {
    const flipped = topStack(catalog, withAnswer(BASE, flip.q, flip.o));
    if (!flipped || flipped.database === baseTop.database) continue;
    for (const quiet of singles) {
      if (quiet.q === flip.q) continue;
      const states = [
        BASE,
        withAnswer(BASE, quiet.q, quiet.o),
        withAnswer(BASE, flip.q, flip.o),
        withAnswer(withAnswer(BASE, flip.q, flip.o), quiet.q, quiet.o),
        BASE,
      ];
      const list = teamDisagreements(catalog, states);
      const f = list.find((d) => d.question === flip.q);
      const z = list.find((d) => d.question === quiet.q);
      if (list.length !== 2 || !f || !z || z.changesAnything) continue;
      const settle = f.settlements.find((s) => s.teamChanged.includes('database'));
      if (!settle) continue;
      return { flip, quiet, states, settle, rec: recommendTeam(catalog, states) };
    }
  }
  throw new Error(
    'The catalog has no answer that flips the database beside one that changes nothing',
  );
}

const TEAM = chooseTeam();

function memberLinks(baseURL: string): string[] {
  return TEAM.states.map((s, i) => `${NAMES[i]}: ${baseURL}#/result?${encodeShare(catalog, s)}`);
}

function teamPath(): string {
  return `/#/team?${encodeTeam(
    catalog,
    TEAM.states.map((state, i) => ({ name: NAMES[i]!, state })),
  )}`;
}

async function waitForDisagreements(page: Page) {
  await expect(page.getByText('Working out what each disagreement changes…')).toHaveCount(0);
  await expect(page.locator('[data-question]')).toHaveCount(2);
}

async function teamStackShown(page: Page) {
  return Object.fromEntries(
    await page
      .locator('[data-team-role]')
      .evaluateAll((nodes) =>
        nodes.map((n) => [n.getAttribute('data-team-role'), n.getAttribute('data-tech-id')]),
      ),
  );
}

test.describe('team page', () => {
  test('five pasted links: side by side, the questions worth arguing about, the team stack, the team link', async ({
    page,
    context,
    baseURL,
  }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/#/team');
    await expect(page.getByRole('heading', { level: 1, name: 'Decide as a team' })).toBeVisible();
    await expect(page.getByText('Add at least two result links to compare them.')).toBeVisible();

    await page.getByLabel('Result links, one per line').fill(memberLinks(baseURL!).join('\n'));
    await page.getByRole('button', { name: 'Add to team' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 5 members.' })).toBeVisible();
    for (const [i, name] of NAMES.entries())
      await expect(page.getByLabel(`Name of member ${i + 1} (optional)`)).toHaveValue(name);

    // The team stack follows the stated rule, computed by the engine from the same answers.
    await expect(
      page.getByText(/The team stack is the one with the best worst case/),
    ).toBeVisible();
    await expect.poll(() => teamStackShown(page)).toEqual(TEAM.rec.bestWorst!.picks);
    const scores = page.getByRole('table', { name: /Each member’s score/ });
    for (const [i, name] of NAMES.entries())
      await expect(scores.getByRole('row', { name: new RegExp(`^${name}`) })).toContainText(
        String(Math.round(TEAM.rec.bestWorst!.scores[i]!)),
      );

    // The questions worth arguing about: the database flip first, the quiet one last and says so.
    await waitForDisagreements(page);
    const items = page.locator('[data-question]');
    await expect(items.first()).toHaveAttribute('data-question', TEAM.flip.q);
    await expect(items.first()).toContainText(titleOf(TEAM.flip.q));
    await expect(items.first()).toContainText(
      `the database becomes ${techName(TEAM.settle.team!.database)}`,
    );
    await expect(items.first()).toContainText(/Chen.*Dana|Dana.*Chen/);
    await expect(items.last()).toHaveAttribute('data-question', TEAM.quiet.q);
    await expect(items.last()).toContainText('Settling this changes no one’s stack');

    // Side by side: a column per member, agreement in one line, the disagreements per member.
    const table = page.getByRole('region', { name: 'Members side by side' }).getByRole('table');
    for (const name of NAMES)
      await expect(table.getByRole('columnheader', { name: new RegExp(name) })).toBeVisible();
    const agreed = catalog.questions.find((q) => q.id !== TEAM.flip.q && q.id !== TEAM.quiet.q)!;
    await expect(table.locator(`[data-row="q-${agreed.id}"]`)).toContainText('All agree:');
    await expect(table.locator(`[data-row="q-${agreed.id}"] td`)).toHaveCount(1);
    await expect(table.locator(`[data-row="q-${TEAM.quiet.q}"] td`)).toHaveCount(5);

    // Open this result: Chen's own v1 link.
    await expect(
      table
        .getByRole('columnheader', { name: /Chen/ })
        .getByRole('link', { name: /Open this result/ }),
    ).toHaveAttribute('href', `#/result?${encodeShare(catalog, TEAM.states[2]!)}`);

    // The team link: copied, short, and it reopens everything in a fresh page.
    await page.getByRole('button', { name: 'Copy team link' }).click();
    await expect(page.getByText('Team link copied.')).toBeVisible();
    const teamUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(teamUrl.length).toBeLessThanOrEqual(2000);
    const decoded = decodeTeam(catalog, teamUrl.split('#/team?')[1]!);
    expect(decoded.members.map((m) => m.name)).toEqual(NAMES);
    expect(decoded.members.map((m) => m.state)).toEqual(TEAM.states);

    await page.getByRole('button', { name: 'Copy message for your channel' }).click();
    const message = await page.evaluate(() => navigator.clipboard.readText());
    expect(message).toContain(teamUrl);
    expect(message).toContain(techName(TEAM.rec.bestWorst!.picks.database));
    expect(message.split('\n')).toHaveLength(1);

    const fresh = await context.newPage();
    await fresh.goto(teamUrl);
    await expect.poll(() => teamStackShown(fresh)).toEqual(TEAM.rec.bestWorst!.picks);
    await waitForDisagreements(fresh);
    await fresh.close();

    // The decision record names every member and the open questions by impact.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Decision record (.md)' }).click();
    const md = await (await (await download).createReadStream()).toArray();
    const text = Buffer.concat(md).toString('utf8');
    expect(text).toMatch(/^---\nstatus: proposed/);
    expect(text).toContain(`decision-makers: ${NAMES.join(', ')}`);
    expect(text.indexOf(titleOf(TEAM.flip.q))).toBeLessThan(
      text.lastIndexOf(titleOf(TEAM.quiet.q)),
    );

    // The members come after the verdict; one button leads back to them.
    await page.getByRole('button', { name: 'Add or edit members' }).click();
    await expect(page.getByLabel('Result links, one per line')).toBeFocused();

    // Removing members down to one asks for more, never a blank page.
    for (let i = 0; i < 4; i++)
      await page
        .getByRole('button', { name: /^Remove / })
        .first()
        .click();
    await expect(page.getByText('Add at least one more result link to compare.')).toBeVisible();
    await expect(page.locator('[data-team-role]')).toHaveCount(0);
  });

  test('bad and old links get a plain message, per line and per member', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/#/team');
    const old = `${baseURL}#/result?v=1&${TEAM.flip.q}=${TEAM.flip.o}&budget=low&c=oldcatalog`;
    await page
      .getByLabel('Result links, one per line')
      .fill(
        ['hello there', `Old: ${old}`, `Eve ${baseURL}#/result?${encodeShare(catalog, BASE)}`].join(
          '\n',
        ),
      );
    await page.getByRole('button', { name: 'Add to team' }).click();
    await expect(page.getByText('Added 2 members.')).toBeVisible();
    await expect(page.getByText(/Line 1:.*not a Stackwise result link/)).toBeVisible();
    // The bad line stays in the field, to fix.
    await expect(page.getByLabel('Result links, one per line')).toHaveValue('hello there');
    const oldMember = page.locator('[data-member="1"]');
    await expect(oldMember).toContainText('About Old’s link');
    await expect(oldMember).toContainText('does not ask (“budget”)');
    await expect(oldMember).toContainText('earlier version of the catalog');

    // A damaged team link opens with a notice, and what could be read.
    await page.goto('/#/team?v=1&k=%E0%A4%A&m=@@&m=B~~Zed&zz=1');
    await expect(page.getByRole('heading', { level: 1, name: 'Decide as a team' })).toBeVisible();
    await expect(page.getByText('About this team link')).toBeVisible();
    await expect(page.getByText(/garbled/)).toBeVisible();
    await expect(page.getByLabel('Name of member 2 (optional)')).toHaveValue('Zed');
  });

  test('a result offers Compare with your team; then keyboard only to a team of two', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/#/result?${encodeShare(catalog, TEAM.states[2]!)}`);
    await page.getByRole('link', { name: 'Compare with your team' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Decide as a team' })).toBeVisible();
    await expect(page.locator('[data-member]')).toHaveCount(1);
    await expect(page.getByText('Add at least one more result link to compare.')).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`${baseURL}#/`);

    // Keyboard only: Tab to the links field, paste, Tab to Add, Enter.
    const field = page.getByLabel('Result links, one per line');
    for (let i = 0; i < 40 && !(await field.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.insertText(`${baseURL}#/result?${encodeShare(catalog, BASE)}`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add to team' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-member]')).toHaveCount(2);
    await expect(page.locator('[data-team-role="database"]')).toHaveCount(1);
    // The first member opens its own result again.
    await page.getByRole('link', { name: 'Open this result (Member 1)' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`#/result\\?${escapeRe(encodeShare(catalog, TEAM.states[2]!))}$`),
    );
  });

  test('embedded, it posts team-result with the team stack and the team link', async ({
    page,
    baseURL,
  }) => {
    const app = new URL(baseURL!).origin;
    // The app itself plays the host: a page of the same origin frames the team page.
    await page.goto('/');
    const src = `${app}/?embed=1&parentOrigin=${encodeURIComponent(app)}${teamPath().slice(1)}`;
    const payload = await page.evaluate(
      (url) =>
        new Promise<unknown>((resolve) => {
          addEventListener('message', (e) => {
            if (e.data?.source === 'stackwise' && e.data.type === 'team-result')
              resolve(e.data.payload);
          });
          const frame = document.createElement('iframe');
          frame.src = url;
          frame.title = 'Stackwise team';
          document.body.append(frame);
        }),
      src,
    );
    const { stack, shareUrl } = payload as { stack: unknown; shareUrl: string };
    expect(stack).toEqual(TEAM.rec.bestWorst!.picks);
    expect(shareUrl.startsWith(`${app}/#/team?v=1&`)).toBe(true);
    expect(shareUrl).not.toMatch(/embed=|parentOrigin/);
  });
});

test.describe('team accessibility (axe, WCAG 2.2 AA)', () => {
  for (const viewport of ['phone', 'desktop'] as ViewportName[])
    for (const colorScheme of ['light', 'dark'] as const)
      test(`five members, ${viewport}, ${colorScheme}`, async ({ page }) => {
        test.slow();
        await setViewport(page, viewport);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(teamPath());
        await waitForDisagreements(page);
        await checkA11y(page, `team (${viewport}, ${colorScheme})`);
      });
});
