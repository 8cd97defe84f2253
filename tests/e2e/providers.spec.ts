import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { drawQr } from '../../src/lib/qr';
import { decodePathway, encodePathway } from '../../src/lib/pathway';
import { source } from '../source';
import { expectFitsPhone, expectNoAxeViolations, expectSaved, holdIsland, pdfPages, tabThrough, worksheetReady } from './site';

const { makeHandIn } = await source<typeof import('../../src/lib/handin')>('src/lib/handin.ts');

test('on a phone the chosen lessons wrap their date and buttons instead of scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/providers/');
  await page.getByLabel(/^Activity 9:/).check();
  await page.getByLabel(/^Activity 5:/).check();
  await expect(page.getByRole('button', { name: /Remove Activity 9/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

/**
 * Ticks lessons in this order (a title must be typed first). Lessons ticked before the builder
 * wakes join the list in course order, the only order the page can show it, so this waits for
 * the builder (the link appears) after the first.
 */
async function chooseLessons(page: Page, lessons: RegExp[]): Promise<void> {
  for (const [i, lesson] of lessons.entries()) {
    await page.getByLabel(lesson).check();
    if (i === 0) await expect(page.getByLabel('Link for learners')).toHaveValue(/#p=/);
  }
}

/** A pathway of four lessons with a title, a two-line message and one due date. */
async function fillPathway(page: Page): Promise<void> {
  await page.goto('/providers/');
  await page.getByLabel('Title learners will see').fill('Cohort 7: conditions for improvement');
  await page.getByLabel('Message to learners (optional)').fill('Do these before our March session.\nBring your notes.');
  await chooseLessons(page, [/^Section 1:/, /^Activity 9:/, /^Activity 5:/, /^Section 2:/]);
  await expect(page.locator('#chosen li')).toHaveCount(4);
  await page.getByLabel(/Due date for Section 1/).fill('2027-03-01');
  await expect(page.getByLabel('Link for learners')).toHaveValue(/#p=/);
}

test('fits a phone, empty and filled in: nothing scrolls sideways, controls are 24 px and apart, the module list stays readable', async ({ page }) => {
  for (const width of [375, 412]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/providers/');
    await expectFitsPhone(page, '.builder');
    await fillPathway(page);
    await expectFitsPhone(page, '.builder');
    // The single-module list keeps the width of the page; its button goes underneath.
    const list = await page.getByLabel('Or package a single module').boundingBox();
    expect(list?.width ?? 0).toBeGreaterThan(width * 0.75);
  }
});

test('by keyboard: every control in reach with a visible focus; moved and removed lessons keep the focus near', async ({ page }) => {
  await fillPathway(page);
  const stops = await tabThrough(page, '.builder');
  const at = (name: RegExp) => stops.findIndex((s) => name.test(s));
  expect(at(/^Title learners will see/)).toBeLessThan(at(/^Section 1: Overview/));
  expect(at(/^Due date for Section 1/)).toBeGreaterThan(at(/^Reading guide 4/));
  expect(at(/^Link for learners/)).toBeGreaterThan(at(/^Remove Section 2/));
  expect(at(/^Download this module/)).toBe(stops.length - 1);

  // To the top: its up arrow goes out of use, so focus stays on the lesson, on its down arrow.
  await page.getByRole('button', { name: /^Move Activity 9: .* up$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#chosen li').first()).toContainText('Activity 9');
  await expect(page.getByRole('button', { name: /^Move Activity 9: .* down$/ })).toBeFocused();
  // To the bottom, the same at that end.
  await page.getByRole('button', { name: 'Move Activity 5: Trust down' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#chosen li').last()).toContainText('Activity 5');
  await expect(page.getByRole('button', { name: 'Move Activity 5: Trust up' })).toBeFocused();
  // Removing a lesson puts focus on the next one's remove button (the one before, at the end)...
  await page.getByRole('button', { name: /^Remove Activity 9:/ }).click();
  await expect(page.getByRole('button', { name: /^Remove Section 1:/ })).toBeFocused();
  await page.getByRole('button', { name: 'Remove Activity 5: Trust' }).click();
  await expect(page.getByRole('button', { name: /^Remove Section 2:/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove Section 1:/ })).toBeFocused();
  // ...and removing the last one puts it on that lesson's tick box, to choose it again.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Section 1:/)).toBeFocused();
});

test('prints one sheet for learners: the pathway, its message, dates and link, without the builder', async ({ page }) => {
  await fillPathway(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.pathway-sheet');
  await expect(sheet.getByRole('heading', { name: 'Cohort 7: conditions for improvement' })).toBeVisible();
  await expect(sheet.locator('li')).toHaveCount(4);
  await expect(sheet.locator('li').first()).toContainText('(due 2027-03-01)');
  await expect(sheet).toContainText('Bring your notes.');
  await expect(sheet.locator('.sheet-link')).toHaveText(/\/pathway\/#p=v2\./);
  // The code a phone scans holds exactly the printed link (the same encoder, run here).
  const code = sheet.getByRole('img', { name: "QR code of the pathway's link" });
  await expect(code).toBeVisible();
  const { path } = await drawQr(await sheet.locator('.sheet-link').innerText());
  expect(await code.locator('path').getAttribute('d')).toBe(path);
  // The provider's page heading and the builder's fields are for the screen.
  await expect(page.getByRole('heading', { name: 'Build a pathway for your learners' })).toBeHidden();
  const shown = await page
    .locator('body :is(button, input, select, textarea, h1, .site-header)')
    .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
  expect(shown, 'controls or screen chrome on the printed sheet').toBe(0);
  // One page: the room the builder keeps on screen (a screen's height) is not a blank page on paper.
  expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('a provider builds a pathway; a learner adds it, works, hands in; the review page reads many files', async ({ page, browser }) => {
  // Provider builds the pathway.
  await page.goto('/providers/');
  await page.getByLabel('Title learners will see').fill('Cohort 7: conditions for improvement');
  await page.getByLabel('Message to learners (optional)').fill('Do these before our March session.');
  await chooseLessons(page, [/^Activity 6:/, /^Activity 11:/, /^Section 1:/]);
  // Due in three days and two days ago, in this machine's (and the browser's) time zone.
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  await page.getByLabel(/Due date for Activity 6/).fill(day(3));
  await page.getByLabel(/Due date for Activity 11/).fill(day(-2));
  await page.getByRole('button', { name: /Move Section 1: .* up/ }).click();
  await page.getByRole('button', { name: /Move Section 1: .* up/ }).click();
  const link = await page.getByLabel('Link for learners').inputValue();
  expect(link).toMatch(/\/pathway\/#p=v2\./);

  // Reopening the builder with the link restores it for editing.
  const code = link.split('#p=')[1]!;
  await page.goto(`/providers/#p=${code}`);
  await expect(page.getByLabel('Title learners will see')).toHaveValue('Cohort 7: conditions for improvement');
  await expect(page.locator('#chosen li')).toHaveCount(3);

  // Learner in a fresh browser.
  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(new URL(link).pathname + new URL(link).hash);
  await expect(learner.locator('[data-pathway-offer]')).toContainText('Cohort 7');
  await learner.getByRole('button', { name: 'Add this pathway to my course' }).click();
  await learner.locator('[data-pathway-offer]').getByRole('link', { name: 'course map' }).click();
  const card = learner.locator('[data-pathway]');
  await expect(card).toContainText('Assigned: Cohort 7: conditions for improvement');
  await expect(card.locator('li', { hasText: 'Activity 6' })).toContainText('due in 3 days');
  await expect(card.locator('li', { hasText: 'Activity 11' })).toContainText('2 days overdue');
  await expect(card).toContainText('0 of 3 done');

  // Complete two items: the overview (read) and Activity 11 (required blocks + a private list).
  await learner.goto('/sections/overview/');
  await learner.goto('/activities/non-discussables/');
  await worksheetReady(learner);
  await learner.getByLabel('Mark this activity as done').check();
  await learner.locator('.worksheet [data-type="text"] textarea').first().fill('I would ask Kyle what he has noticed.');
  const privateList = learner.locator('.worksheet [data-type="list"]').filter({ hasText: 'Private' }).first();
  await privateList.locator('textarea').first().fill('Seniority decides schedules');
  await expectSaved(learner, 'I would ask Kyle what he has noticed.', 'Seniority decides schedules');
  await learner.goto('/course/');
  await expect(card).toContainText('2 of 3 done');

  // Hand in.
  await card.getByRole('link', { name: 'Hand in this work' }).click();
  await learner.getByLabel('Your name, as your provider knows you').fill('Jordan Lee');
  await expect(learner.locator('[data-due]').first()).toContainText('due in 3 days');
  await expect(learner.getByText('Left out (private).').first()).toBeVisible();
  const download = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Download the hand-in file' }).click();
  const handIn = readFileSync(await (await download).path(), 'utf8');
  expect(handIn).toContain('I would ask Kyle');
  expect(handIn).not.toContain('Seniority decides schedules');
  await learnerContext.close();

  // Two more learners' files, generated with the site's own format, and a corrupt file.
  const pathway = (decodePathway(code) as { ok: true; pathway: Parameters<typeof makeHandIn>[1]['pathway'] }).pathway;
  const other = async (name: string, text: string) =>
    JSON.stringify(
      await makeHandIn(
        {
          answers: { [`activity/non-discussables/${await firstTextBlockId()}`]: { v: text, at: Date.now() } },
          progress: { 'section/overview': { visited: 1 } },
        },
        { pathwayCode: code, pathway, learnerName: name, siteVersion: 'test' },
      ),
    );
  await page.goto('/providers/review/');
  await page.getByLabel(/Choose hand-in files/).setInputFiles([
    { name: 'jordan.json', mimeType: 'application/json', buffer: Buffer.from(handIn) },
    { name: 'amira.json', mimeType: 'application/json', buffer: Buffer.from(await other('Amira Haddad', 'Name the pattern at the next meeting.')) },
    { name: 'chris.json', mimeType: 'application/json', buffer: Buffer.from(await other('Chris Wong', '<b>Ask</b> before telling.')) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"dl-course-handin",') },
  ]);
  await expect(page.locator('[data-rejected]')).toContainText('broken.json');
  await expect(page.locator('[data-rejected]')).toContainText('not valid JSON');
  const table = page.locator('[data-completion-table]');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('tr', { hasText: 'Jordan Lee' })).toContainText('Done');
  // Handed in today: Activity 11 was due two days ago, Activity 6 is due in three.
  await expect(table.locator('tr', { hasText: 'Jordan Lee' }).locator('td').nth(1)).toContainText('on time');
  await expect(table.locator('tr', { hasText: 'Jordan Lee' }).locator('td').nth(2)).toContainText('2 days late');
  await expect(page.locator('[data-loaded-count]')).toHaveText(/3 learners loaded \(3 files\)/);
  // Opens on the first lesson with answers (Activity 11; Section 1 and Activity 6 have none).
  await expect(page.getByLabel('Show answers for')).toHaveValue('activity/non-discussables');
  const side = page.locator('[data-review-block]').first();
  await expect(side).toContainText('Jordan Lee');
  await expect(side).toContainText('Amira Haddad');
  await expect(side).toContainText('<b>Ask</b> before telling.');
  await table.getByLabel('Notes on Amira Haddad').fill('Strong reframing');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the review as CSV' }).click();
  const csvText = readFileSync(await (await csv).path(), 'utf8');
  expect(csvText).toContain('"Amira Haddad"');
  expect(csvText).toContain('"Strong reframing"');
  const [head, ...lines] = csvText.split('\r\n');
  expect(head).toContain('"Handed in"');
  expect(head).toContain('"Activity 11: due"');
  expect(head).toContain('"Activity 11: on time or late"');
  const amira = lines.find((l) => l.startsWith('"Amira Haddad"'))!;
  expect(amira).toContain('"Name the pattern at the next meeting."');
  expect(amira).toContain(`"${day(-2)}"`);
  expect(amira).toContain('"2 days late"');

  // A reload keeps the files (notes too) until the reviewer forgets them.
  await page.reload();
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.getByLabel('Notes on Amira Haddad')).toHaveValue('Strong reframing');
  await page.getByRole('button', { name: 'Forget these files' }).click();
  await expect(table).toHaveCount(0);
  await expect(page.locator('[data-loaded-count]')).toHaveText('No hand-ins loaded yet.');
  await page.reload();
  await expect(page.locator('[data-loaded-count]')).toHaveText('No hand-ins loaded yet.');
  await expect(table).toHaveCount(0);
});

test('answers side by side says so when no learner answered the chosen lesson', async ({ page }) => {
  const pathway = { title: 'Empty', items: [{ key: 'section/overview' }] };
  const code = encodePathway(pathway);
  const file = await makeHandIn(
    { answers: {}, progress: { 'section/overview': { visited: 1 } } },
    { pathwayCode: code, pathway, learnerName: 'Sam', siteVersion: 'test' },
  );
  await page.goto('/providers/review/');
  await page.getByLabel(/Choose hand-in files/).setInputFiles([{ name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) }]);
  await expect(page.getByText('No learner has answered anything in this lesson yet.')).toBeVisible();
});

test('a malformed or future pathway link gets a clear message', async ({ page }) => {
  await page.goto('/pathway/#p=1.@@@');
  await expect(page.locator('[data-pathway-error]')).toContainText('damaged');
  const future = encodePathway({ title: 'x', items: [{ key: 'section/overview' }] }).replace(/^v2\./, 'v7.');
  await page.goto(`/pathway/#p=${future}`);
  await expect(page.locator('[data-pathway-error]')).toContainText('newer version');
});

test('a pathway link with a broken % escape gets the same clear message on the pathway page and in the builder; nothing blanks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const code of ['%E0%A4%A', 'v2.abc%']) {
    await page.goto(`/pathway/#p=${code}`);
    await expect(page.locator('[data-pathway-error]')).toContainText('This pathway link is damaged');
  }
  await page.goto('/providers/#p=v2.abc%');
  await expect(page.getByRole('alert')).toContainText('This pathway link is damaged');
  await expect(page.getByRole('button', { name: 'Download for your LMS' }).or(page.getByLabel('Title learners will see'))).not.toHaveCount(0);
  const paste = page.getByLabel('Paste a pathway link');
  await paste.fill('https://example.org/pathway/#p=%E0%A4%A');
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText('This pathway link is damaged');
  await expect(page.getByLabel('Title learners will see')).toBeVisible();
  expect(errors).toEqual([]);
});

async function firstTextBlockId(): Promise<string> {
  const src = readFileSync('content/activities/non-discussables.mdx', 'utf8');
  return /type: text\s+id: ([a-z0-9-]+)/.exec(src)![1]!;
}

/** The paths of the scripts a page requests from now on. */
function scriptsRequested(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  return scripts;
}

/** A second tab accepts a one-lesson pathway with this title. */
async function acceptPathwayInAnotherTab(context: BrowserContext, title: string): Promise<void> {
  const code = encodePathway({ title, message: '', items: [{ key: 'section/overview' }] });
  const offer = await context.newPage();
  await offer.goto(`/pathway/#p=${code}`);
  await offer.getByRole('button', { name: 'Add this pathway to my course' }).click();
}

test('the course map loads no framework until a pathway is assigned, then shows it as soon as another tab adds one', async ({ context }) => {
  const map = await context.newPage();
  const scripts = scriptsRequested(map);
  await map.goto('/course/');
  await expect(map.locator('[data-progress-summary]')).toContainText('of 13 activities');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => /\/client\.[\w-]+\.js$|react/i.test(s))).toEqual([]);
  await expect(map.locator('[data-pathway]')).toHaveCount(0);

  // A second tab accepts a pathway: the map, still open, wakes its pathway panel.
  await acceptPathwayInAnotherTab(context, 'Cohort 9');
  await expect(map.locator('[data-pathway]')).toContainText('Assigned: Cohort 9');
  await expect(map.locator('[data-pathway]')).toContainText('0 of 1 done');
});

test('the hand-in page says there is no pathway without loading the framework, and wakes when another tab adds one', async ({ context }) => {
  const handIn = await context.newPage();
  const scripts = scriptsRequested(handIn);
  await handIn.goto('/pathway/hand-in/');
  await expect(handIn.getByText('You have no assigned pathway in this browser.')).toBeVisible();
  await expect(handIn.getByText('Loading your work…')).toBeHidden();
  await handIn.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /\/client\.[\w-]+\.js$|react|HandIn/i.test(s))).toEqual([]);

  await acceptPathwayInAnotherTab(context, 'Cohort 10');
  await expect(handIn.getByRole('heading', { name: 'Cohort 10' })).toBeVisible();
  await expect(handIn.getByText('You have no assigned pathway in this browser.')).toHaveCount(0);
});

test.describe('before the builder wakes', () => {
  // A service worker that has cached the course would serve the held code past page.route.
  test.use({ serviceWorkers: 'block' });

  test('the pathway builder loads no framework until used, and keeps what was typed and ticked before it woke', async ({ page }) => {
    const { requested: framework, release } = await holdIsland(page, 'PathwayBuilder', '/providers/');

    await page.getByLabel('Title learners will see').fill('Cohort 11');
    await page.getByLabel(/^Activity 9:/).check();
    await page.getByLabel(/^Section 1:/).check();
    await page.getByLabel(/^SCORM 1\.2/).check();
    expect(framework.length, 'the first use starts loading the builder').toBeGreaterThan(0);
    release();
    const link = page.getByLabel('Link for learners');
    await expect(link).toHaveValue(/#p=/);
    const decoded = decodePathway(new URL(await link.inputValue()).hash.slice('#p='.length));
    expect(decoded).toMatchObject({ ok: true, pathway: { title: 'Cohort 11', items: [{ key: 'section/overview' }, { key: 'activity/stakeholder-charts' }] } });
    await expect(page.getByLabel(/^SCORM 1\.2/)).toBeChecked();
  });
});

test('a provider asks for a private answer; the learner sees the request and a preview, decides, and the review page says what was kept back', async ({
  page,
  browser,
}) => {
  await page.goto('/providers/');
  await page.getByLabel('Title learners will see').fill('Trust cohort');
  await chooseLessons(page, [/^Activity 5:/]);
  const ask = page.locator('[data-ask-private="activity/trust"]');
  await expect(ask).toContainText('learners leave these out of a hand-in unless they include them');
  await ask.getByLabel(/Ask for “How much relational trust/).check();
  await expectNoAxeViolations(page);
  const link = await page.getByLabel('Link for learners').inputValue();
  const code = link.split('#p=')[1]!;
  expect(decodePathway(code)).toMatchObject({ ok: true, pathway: { items: [{ key: 'activity/trust', ask: ['trust-map'] }] } });

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(`/pathway/#p=${code}`);
  await expect(learner.locator('[data-asks]')).toContainText('Your provider asks for these private answers: “How much relational trust');
  await learner.getByRole('button', { name: 'Add this pathway to my course' }).click();
  await learner.goto('/activities/trust/');
  await worksheetReady(learner);
  await learner.locator('[data-type="grid"] textarea').first().fill('We rarely visit each other’s classes');
  await expectSaved(learner, 'We rarely visit each other’s classes');
  await learner.goto('/pathway/hand-in/');
  await learner.getByLabel('Your name, as your provider knows you').fill('Sam Reyes');
  await expect(learner.locator('[data-asked]')).toContainText('Your provider asks for these private answers.');
  await expect(learner.locator('[data-asked]')).toContainText('not included');
  // The preview shows what the provider would see; the answer stays out until the learner includes it.
  await expect(learner.locator('[data-asked-preview]')).toContainText('We rarely visit each other’s classes');
  await expectNoAxeViolations(learner);
  const kept = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Download the hand-in file' }).click();
  const keptBack = readFileSync(await (await kept).path(), 'utf8');
  expect(keptBack).not.toContain('We rarely visit');
  await learner.getByLabel('Your provider asks for this private answer: include it in the hand-in').check();
  await expect(learner.locator('[data-asked]')).toContainText('included');
  const given = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Download the hand-in file' }).click();
  const handedIn = readFileSync(await (await given).path(), 'utf8');
  expect(handedIn).toContain('We rarely visit');
  await learnerContext.close();

  // The reviewer sees which requested answer a learner kept back.
  await page.goto('/providers/review/');
  await page.getByLabel(/Choose hand-in files/).setInputFiles([{ name: 'sam-kept.json', mimeType: 'application/json', buffer: Buffer.from(keptBack) }]);
  const row = page.locator('[data-completion-table] tr', { hasText: 'Sam Reyes' });
  await expect(row.locator('[data-kept-back]')).toContainText('Asked for, not in the file: “How much relational trust');
  await expect(page.locator('[data-loaded-count]')).toHaveText(/1 learner loaded \(1 file\)/);
  await expectNoAxeViolations(page);
});

test('the pathway page previews each private answer the provider asks for, as the provider would see it, and the learner still decides', async ({ page }) => {
  const code = encodePathway({
    title: 'Trust cohort',
    message: '',
    items: [
      { key: 'activity/trust', ask: ['trust-map'] },
      { key: 'activity/non-discussables', ask: ['school-non-discussables'] },
    ],
  });
  // The learner worked on Activity 5 before the link came; its private list of non-discussables is not answered.
  await page.goto('/activities/trust/');
  await worksheetReady(page);
  await page.locator('[data-type="grid"] textarea').first().fill('We rarely visit each other’s classes');
  await expectSaved(page, 'We rarely visit each other’s classes');

  await page.goto(`/pathway/#p=${code}`);
  const asks = page.locator('[data-asks]');
  await expect(asks).toHaveCount(2);
  await expect(asks.nth(0)).toContainText('Your provider asks for these private answers: “How much relational trust');
  await expect(asks.nth(0)).toContainText('you will see each one on the hand-in page and decide');
  // The preview is the hand-in page's: the answer as the provider would see it, before anything is included.
  const preview = asks.nth(0).locator('[data-asked-preview]');
  await expect(preview).toContainText('We rarely visit each other’s classes');
  await expect(asks.nth(0)).toContainText('Your answer so far, as your provider would see it if you include it:');
  await expect(asks.nth(1)).toContainText('Not answered yet in this browser.');
  await expect(asks.nth(1).locator('[data-asked-preview]')).toHaveCount(0);
  // Nothing to tick here: adding the pathway includes nothing, and the hand-in page still leaves it out.
  await expect(asks.getByRole('checkbox')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add this pathway to my course' }).click();
  await expect(page.getByText('This pathway is on your course map.')).toBeVisible();
  await expect(preview).toContainText('We rarely visit each other’s classes');
  await page.goto('/pathway/hand-in/');
  await expect(page.locator('[data-asked]')).toContainText('not included');
  await expect(page.getByLabel('Your provider asks for this private answer: include it in the hand-in')).not.toBeChecked();
});
