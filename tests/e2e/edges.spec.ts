/**
 * Work is never lost at the edges (issue 15): storage already full when a page opens, a plain
 * http:// host, two tabs setting values aside at once, a keyboard user reaching a worksheet
 * before it hydrates, hostile and repeated hand-ins on the review page, a video note typed
 * but not yet added.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { chromiumArgs, findChromium } from '../browser';
import { decodePathway, encodePathway, type Pathway } from '../../src/lib/pathway';
import { source } from '../source';
import { failOnDialog, worksheetReady } from './site';

const { makeHandIn, readHandIn } = await source<typeof import('../../src/lib/handin')>('src/lib/handin.ts');
const { readPortfolio } = await source<typeof import('../../src/lib/portfolio')>('src/lib/portfolio.ts');

const ANSWERS = 'course:v1:answers:';
const CULTURE = '/activities/culture-of-learning/';
const firstText = (page: Page) => page.locator('.worksheet [data-type="text"] textarea').first();
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Fill localStorage to the last character it takes (about 5.2 million in Chromium), as a real full store is. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let i = 0;
    let total = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 4)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler:${i}`, chunk);
          i++;
          total += size;
        } catch {
          break;
        }
      }
    }
    return total;
  });
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent('download');
  await click();
  return readFileSync(await (await download).path(), 'utf8');
}

test('a page opened with storage already full shows earlier answers, exports them all, and saves once there is room', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CULTURE);
  await worksheetReady(page);
  await firstText(page).fill('Written last week');
  await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('Written last week');
  const filled = await fillStorage(page);
  expect(filled).toBeGreaterThan(4_000_000);

  await page.reload();
  await worksheetReady(page);
  // Reading does not depend on writing: the earlier answer is there.
  await expect(firstText(page)).toHaveValue('Written last week');
  const second = page.locator('.worksheet [data-type="text"] textarea').nth(1);
  const secondKey = `${ANSWERS}activity/culture-of-learning/${await blockIdOf(second)}`;
  await second.fill('Typed while storage is full');
  const warning = page.locator('[data-storage-warning]').first();
  await expect(warning).toHaveAttribute('data-storage-warning', 'full');
  await expect(warning).toContainText('storage for this site is full');
  await expect(warning).toContainText('saves again by itself as soon as there is room');
  expect(await stored(page, secondKey)).toBeNull();

  // The emergency download holds what is stored and what is only in memory.
  const emergency = JSON.parse(await downloadText(page, () => warning.getByRole('button', { name: 'Download my work now' }).click()));
  const texts = JSON.stringify(emergency.data.answers);
  expect(texts).toContain('Written last week');
  expect(texts).toContain('Typed while storage is full');
  expect((await readPortfolio(JSON.stringify(emergency))).ok).toBe(true);

  // The workbook, opened in another tab, exports every stored answer even though it cannot write.
  const workbook = await context.newPage();
  await workbook.goto('/workbook/');
  const exported = JSON.parse(await downloadText(workbook, () => workbook.getByRole('button', { name: 'Download everything (.json)' }).click()));
  expect(JSON.stringify(exported.data.answers)).toContain('Written last week');

  // Room is made in the other tab: the first tab saves without a reload, and the warning goes.
  await workbook.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler:')) localStorage.removeItem(k);
  });
  await expect.poll(() => stored(page, secondKey)).toContain('Typed while storage is full');
  await expect(page.locator('[data-storage-warning]')).toHaveCount(0);
  await page.reload();
  await worksheetReady(page);
  await expect(page.locator('.worksheet [data-type="text"] textarea').nth(1)).toHaveValue('Typed while storage is full');
});

test('space freed in the same tab is used on the next change', async ({ page }) => {
  await page.goto(CULTURE);
  await worksheetReady(page);
  await fillStorage(page);
  await firstText(page).fill('Held in memory');
  await expect(page.locator('[data-storage-warning="full"]').first()).toBeVisible();
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('filler:')) localStorage.removeItem(k);
  });
  await firstText(page).press('End');
  await firstText(page).pressSequentially('!');
  await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('Held in memory!');
  await expect(page.locator('[data-storage-warning]')).toHaveCount(0);
});

async function blockIdOf(field: ReturnType<Page['locator']>): Promise<string> {
  return field.evaluate((el) => el.closest('[data-block]')!.getAttribute('data-block')!);
}

test('export, the emergency download and the hand-in make valid files on a plain http:// host', async () => {
  // Served as any plain static host would: the preview server refuses host names it was not
  // told about, and an intranet host is just files.
  const host = await serveStatic(process.env['OUT_DIR'] ?? 'dist', process.env['BASE_PATH'] ?? '/');
  const port = new URL(host.origin).port;
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: [...chromiumArgs, '--host-resolver-rules=MAP school.test 127.0.0.1'],
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const context = await browser.newContext({ baseURL: `http://school.test:${port}` });
    const page = await context.newPage();
    failOnDialog(page);
    const code = encodePathway({ title: 'Intranet cohort', items: [{ key: 'activity/culture-of-learning' }] });
    await page.goto(`/pathway/#p=${code}`);
    expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: Boolean(globalThis.crypto?.subtle) }))).toEqual({
      secure: false,
      subtle: false,
    });
    await page.getByRole('button', { name: 'Add this pathway to my course' }).click();

    await page.goto(CULTURE);
    await worksheetReady(page);
    await firstText(page).fill('Answered on the intranet');
    await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('intranet');

    // The workbook export.
    await page.goto('/workbook/');
    const portfolio = await downloadText(page, () => page.getByRole('button', { name: 'Download everything (.json)' }).click());
    const read = await readPortfolio(portfolio);
    expect(read.ok).toBe(true);
    expect(portfolio).toContain('Answered on the intranet');
    await expect(page.locator('[data-file-error]')).toHaveCount(0);

    // The emergency download, shown when storage refuses writes.
    await page.goto(CULTURE);
    await worksheetReady(page);
    await fillStorage(page);
    await firstText(page).fill('Answered on the intranet, storage full');
    const warning = page.locator('[data-storage-warning="full"]').first();
    const emergency = await downloadText(page, () => warning.getByRole('button', { name: 'Download my work now' }).click());
    expect((await readPortfolio(emergency)).ok).toBe(true);
    expect(emergency).toContain('storage full');
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('filler:')) localStorage.removeItem(k);
    });

    // The hand-in.
    await page.goto('/pathway/hand-in/');
    await page.getByLabel('Your name, as your provider knows you').fill('Sam Ortiz');
    const handIn = await downloadText(page, () => page.getByRole('button', { name: 'Download the hand-in file' }).click());
    const h = await readHandIn(handIn);
    expect(h.ok).toBe(true);
    expect(handIn).toContain('Answered on the intranet');
    await context.close();
  } finally {
    await browser.close();
    await host.close();
  }
});

test('two tabs setting values aside at the same moment keep both', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(CULTURE);
  await worksheetReady(a);
  await b.goto('/providers/review/');
  // The review page's code (and its notes store) loads with the first hand-in opened.
  const pathway: Pathway = { title: 'Cohort 9', items: [{ key: 'activity/culture-of-learning' }] };
  const code = encodePathway(pathway);
  const handIn = await makeHandIn(
    { answers: { 'activity/culture-of-learning/problem': { v: 'An answer', at: Date.UTC(2026, 10, 3) } }, progress: {} },
    { pathwayCode: code, pathway: (decodePathway(code) as { ok: true; pathway: Pathway }).pathway, learnerName: 'Sam', siteVersion: 'test', now: new Date() },
  );
  await b.getByLabel(/Choose hand-in files/).setInputFiles({ name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(handIn)) });
  await expect(b.locator('[data-completion-table]')).toBeVisible();
  // Each tab writes a damaged value that only the other tab's open store reads: both set one aside at once.
  await Promise.all([
    a.evaluate(() => localStorage.setItem('course:v1:review-notes:someone', '{"damaged note')),
    b.evaluate(() => localStorage.setItem('course:v1:answers:activity/culture-of-learning/problem', '{"damaged answer')),
  ]);
  const entries = () =>
    a.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('course:quarantine'))
        .map((k) => localStorage.getItem(k))
        .join('\n'),
    );
  await expect.poll(entries).toContain('damaged note');
  await expect.poll(entries).toContain('damaged answer');
  await a.goto('/workbook/');
  await expect(a.locator('#recovery')).toBeVisible();
  const recovered = await downloadText(a, () => a.getByRole('button', { name: 'Download the set-aside data' }).click());
  expect(recovered).toContain('damaged note');
  expect(recovered).toContain('damaged answer');
});

test('a backup that cannot be read is set aside, not dropped', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('course:v1:backup', '{"at":1,"reason":"x","data":{"answers":{"broken'));
  await page.goto('/workbook/');
  // The backup is read where it is offered, at the foot of the page; what cannot be read is then
  // listed near the top.
  await page.getByRole('heading', { name: 'Start again' }).scrollIntoViewIfNeeded();
  await expect(page.locator('#recovery')).toBeVisible();
  const recovered = await downloadText(page, () => page.getByRole('button', { name: 'Download the set-aside data' }).click());
  expect(recovered).toContain('{\\"at\\":1,\\"reason\\":\\"x\\"');
});

/**
 * Hold the worksheet island's code until `release()`, so the test acts before hydration for
 * certain. Tests using it block the service worker: once it controls the page it would fetch
 * the code itself, past the route.
 */
async function holdWorksheetCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/Worksheet\.[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Press Tab with no pause until focus enters a worksheet; returns what has focus then. */
async function tabIntoWorksheet(page: Page): Promise<string> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (el.closest('footer')) return 'footer';
      return el.closest('.worksheet-blocks') ? `${el.tagName.toLowerCase()}#${el.id}` : null;
    });
    if (where) return where;
  }
  return 'never';
}

test.describe('before the worksheet hydrates', () => {
  test.use({ serviceWorkers: 'block' });

  test('Tab with no delay reaches the first worksheet field, and text typed before hydration is kept', async ({ page }) => {
    const release = await holdWorksheetCode(page);
    await page.goto(CULTURE);
    const focused = await tabIntoWorksheet(page);
    const firstId = await firstText(page).getAttribute('id');
    expect(focused).toBe(`textarea#${firstId}`);
    await page.keyboard.type('Typed before the page woke up');
    // Still the server-rendered field: the island has not hydrated.
    await expect(page.locator('.worksheet-blocks').first()).not.toHaveAttribute('data-hydrated', 'true');
    release();
    await worksheetReady(page);
    await expect(firstText(page)).toHaveValue('Typed before the page woke up');
    await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('Typed before the page woke up');
    await page.unrouteAll();
    await page.reload();
    await worksheetReady(page);
    await expect(firstText(page)).toHaveValue('Typed before the page woke up');
  });

  test('text typed before hydration into a field with a saved answer edits the answer it shows', async ({ page }) => {
    await page.goto(CULTURE);
    await worksheetReady(page);
    await firstText(page).fill('Saved earlier.');
    await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('Saved earlier.');
    const release = await holdWorksheetCode(page);
    // A new visit (a reload would have the browser restore the field's text itself).
    await page.goto('/');
    await page.goto(CULTURE);
    // The saved answer is in the field from first paint (ShowSaved.astro): what the learner
    // types goes where they put it, and the field as shown is the answer.
    await expect(firstText(page)).toHaveValue('Saved earlier.');
    await firstText(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Added before hydration.');
    release();
    await worksheetReady(page);
    await expect(firstText(page)).toHaveValue('Saved earlier. Added before hydration.');
    await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('"Saved earlier. Added before hydration."');
  });

  test('on a slow phone, no key is lost while the worksheet wakes up', async ({ page, context }) => {
    // Keys go in one at a time from first paint until well after hydration, so some land in
    // each stage: the server-rendered field, the hydrated field still waiting for the saved
    // answer (a race once kept only the keys after it, losing the rest), and the live field.
    const field = page.locator('.worksheet-blocks textarea').first();
    const saved = () => page.evaluate(() => Object.values(localStorage).join('\n'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('/activities/trust/', { waitUntil: 'commit' });
    await field.focus();
    const worksheet = page.locator('.worksheet-blocks').first();
    let typed = '';
    let keysAfterHydration = 0;
    while (keysAfterHydration < 8) {
      if (typed.length > 600) throw new Error('The worksheet did not hydrate within 600 key presses.');
      const key = 'a/b '[typed.length % 4]!;
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      typed += key;
      if ((await worksheet.getAttribute('data-hydrated')) === 'true') keysAfterHydration++;
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect(field).toHaveValue(typed);
    await expect.poll(saved).toContain(`"${typed}"`);
  });

  test('the lab: Tab reaches the first-reading field and a seat before hydration; both are kept with the saved work', async ({ page }) => {
    const LAB = '/scenarios/harmon-high/';
    const KEY = `${ANSWERS}scenario/harmon-high/first-reading`;
    await page.goto(LAB);
    await page.evaluate((k) => {
      localStorage.setItem(k, JSON.stringify({ v: 'Saved earlier.', at: 1 }));
      localStorage.setItem('course:v1:answers:scenario/harmon-high/build-members', JSON.stringify({ v: ['devers'], at: 1 }));
    }, KEY);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/_astro\/(LabTexts|CommitteeBuilder)\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(LAB);
    const field = page.getByLabel(/Before you open any committee/);
    await expect(field).toHaveValue('Saved earlier.');
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Typed early.');
    const seat = page.locator('#lab-pool-parent-shop-floor');
    await seat.scrollIntoViewIfNeeded();
    await seat.focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.lab-builder')).not.toHaveAttribute('data-hydrated', 'true');
    release();
    await expect(page.locator('.lab-builder')).toHaveAttribute('data-hydrated', 'true');
    await expect(field).toHaveValue('Saved earlier. Typed early.');
    await expect(page.locator('#lab-pool-devers')).toBeChecked();
    await expect(seat).toBeChecked();
    await expect.poll(() => stored(page, KEY)).toContain('"Saved earlier. Typed early."');
  });
});

test('a video note typed but not yet added survives a reload', async ({ page }) => {
  await page.goto('/activities/interactions/');
  await worksheetReady(page);
  const block = page.locator('[data-type="video-notes"]').first();
  await block.getByLabel('Time in the video (m:ss)').fill('2:05');
  await block.getByLabel('What you noticed').fill('The chair talks over the new teacher');
  await expect.poll(() => stored(page, `${ANSWERS}activity/interactions/meeting-notes`)).toContain('talks over');
  await page.reload();
  await worksheetReady(page);
  await expect(block.getByLabel('What you noticed')).toHaveValue('The chair talks over the new teacher');
  await expect(block.getByLabel('Time in the video (m:ss)')).toHaveValue('2:05');
  await block.getByRole('button', { name: /Add note at 2:05/ }).click();
  await expect(block.locator('.notes')).toContainText('The chair talks over the new teacher');
  await expect(block.getByLabel('What you noticed')).toHaveValue('');
});

test('video notes saved in the first stored format still load', async ({ page }) => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/stored-video-notes-v1.json', 'utf8')) as { saved: unknown };
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [`${ANSWERS}activity/interactions/meeting-notes`, JSON.stringify(fixture.saved)]);
  await page.goto('/activities/interactions/');
  await worksheetReady(page);
  const notes = page.locator('[data-type="video-notes"] .notes').first();
  await expect(notes).toContainText('The principal asks before telling.');
  await expect(notes).toContainText('2:10');
  await expect(page.locator('[data-quarantine-warning]')).toHaveCount(0);
});

test('review page: hostile names export as inert CSV text; a newer hand-in replaces the older; refused files listed once', async ({ page }) => {
  failOnDialog(page);
  const pathway: Pathway = { title: 'Cohort 9', items: [{ key: 'activity/culture-of-learning' }] };
  const code = encodePathway(pathway);
  const decoded = (decodePathway(code) as { ok: true; pathway: Pathway }).pathway;
  const handIn = async (name: string, text: string, day: number) =>
    Buffer.from(
      JSON.stringify(
        await makeHandIn(
          { answers: { 'activity/culture-of-learning/problem': { v: text, at: Date.UTC(2026, 10, day) } }, progress: {} },
          { pathwayCode: code, pathway: decoded, learnerName: name, siteVersion: 'test', now: new Date(Date.UTC(2026, 10, day)) },
        ),
      ),
    );
  await page.goto('/providers/review/');
  const input = page.getByLabel(/Choose hand-in files/);
  await input.setInputFiles([
    { name: 'hostile.json', mimeType: 'application/json', buffer: await handIn('=HYPERLINK("x")', '+SUM(1,2)', 3) },
    { name: 'jordan-first.json', mimeType: 'application/json', buffer: await handIn('Jordan Lee', 'First draft', 3) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"broken') },
  ]);
  const table = page.locator('[data-completion-table]');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await input.setInputFiles([
    { name: 'jordan-second.json', mimeType: 'application/json', buffer: await handIn('Jordan Lee', 'Second draft', 20) },
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"broken') },
  ]);
  await expect(page.locator('[data-load-outcomes]')).toContainText('jordan-second.json is another hand-in from Jordan Lee');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  const choice = page.getByRole('group', { name: /2 files say they are Jordan Lee’s hand-in/ });
  await expect(choice.getByRole('radio', { name: /jordan-second\.json/ })).toBeChecked();
  await expect(choice.getByRole('radio', { name: /jordan-first\.json/ })).not.toBeChecked();
  await expect(page.locator('[data-review-block]').first()).toContainText('Second draft');
  await expect(page.locator('[data-review-block]').first()).not.toContainText('First draft');
  await expect(page.locator('[data-rejected] li')).toHaveCount(1);
  await page.locator('[data-rejected]').getByRole('button', { name: 'Clear this list' }).click();
  await expect(page.locator('[data-rejected]')).toHaveCount(0);

  await table.getByLabel('Notes on =HYPERLINK("x")').fill('-check this');
  const csv = await downloadText(page, () => page.getByRole('button', { name: 'Export the review as CSV' }).click());
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  expect(csv).toContain(`"'-check this"`);
  expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  expect(csv.match(/Jordan Lee/g)).toHaveLength(1);
});

test('review page: a hand-in with a 50,000-key answer is refused at once, naming the block and the bound; the others load', async ({ page }) => {
  failOnDialog(page);
  const pathway: Pathway = { title: 'Cohort 9', items: [{ key: 'activity/culture-of-learning' }] };
  const code = encodePathway(pathway);
  const handIn = async (name: string, key: string, v: unknown) =>
    Buffer.from(
      JSON.stringify(
        await makeHandIn(
          { answers: { [key]: { v, at: Date.UTC(2026, 10, 3) } }, progress: {} },
          { pathwayCode: code, pathway, learnerName: name, siteVersion: 'test', now: new Date(Date.UTC(2026, 10, 3)) },
        ),
      ),
    );
  // Generated here, never committed: a decision time line answer with 50,000 inputs (about 0.6 MB).
  const bomb = await handIn('Mallory', 'activity/culture-of-learning/problem', {
    inputs: Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i % 60])),
    note: '',
  });
  await page.goto('/providers/review/');
  await page.getByLabel(/Choose hand-in files/).setInputFiles([
    { name: 'bomb.json', mimeType: 'application/json', buffer: bomb },
    { name: 'jordan.json', mimeType: 'application/json', buffer: await handIn('Jordan Lee', 'activity/culture-of-learning/problem', 'A real answer') },
  ]);
  const refused = page.locator('[data-rejected]');
  await expect(refused).toContainText('bomb.json', { timeout: 5_000 });
  await expect(refused).toContainText('activity/culture-of-learning/problem');
  await expect(refused).toContainText('decision-timeline answer (inputs): at most 7 entries');
  await expect(page.locator('[data-completion-table] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-completion-table]')).toContainText('Jordan Lee');
});

test('review page: a forged hand-in dated 9999 is refused with the reason; two files for one learner are both shown for the reviewer to choose', async ({
  page,
}) => {
  failOnDialog(page);
  const pathway: Pathway = { title: 'Cohort 9', items: [{ key: 'activity/culture-of-learning' }] };
  const code = encodePathway(pathway);
  const handIn = async (name: string, text: string, at: Date) =>
    Buffer.from(
      JSON.stringify(
        await makeHandIn(
          { answers: { 'activity/culture-of-learning/problem': { v: text, at: at.getTime() } }, progress: {} },
          { pathwayCode: code, pathway, learnerName: name, siteVersion: 'test', now: at },
        ),
      ),
    );
  await page.goto('/providers/review/');
  const input = page.getByLabel(/Choose hand-in files/);
  await input.setInputFiles([
    { name: 'alice.json', mimeType: 'application/json', buffer: await handIn('Alice Smith', 'The real work', new Date(Date.UTC(2026, 10, 3))) },
    { name: 'forged-9999.json', mimeType: 'application/json', buffer: await handIn('  alice   SMITH ', 'Forged', new Date(Date.UTC(9999, 11, 31))) },
  ]);
  await expect(page.locator('[data-rejected]')).toContainText('forged-9999.json');
  await expect(page.locator('[data-rejected]')).toContainText('exported on 9999-12-31, after today');
  await expect(page.locator('[data-review-block]').first()).toContainText('The real work');

  // A later file under a loosely matching name: kept beside the first, never in its place silently.
  await input.setInputFiles([
    { name: 'alice-other.json', mimeType: 'application/json', buffer: await handIn(' ALICE smith', 'Another version', new Date(Date.UTC(2026, 10, 5))) },
  ]);
  const choice = page.getByRole('group', { name: /2 files say they are alice smith’s hand-in/i });
  await expect(choice.getByRole('radio', { name: /alice-other\.json.*as “ ALICE smith”/ })).toBeChecked();
  await choice.getByRole('radio', { name: /^alice\.json/ }).check();
  await expect(page.locator('[data-review-block]').first()).toContainText('The real work');
  await expect(page.locator('[data-review-block]').first()).not.toContainText('Another version');
  await choice.getByRole('button', { name: 'Remove alice-other.json' }).click();
  await expect(page.getByRole('group', { name: /files say they are alice smith’s/i })).toHaveCount(0);
  await expect(page.locator('[data-completion-table] tbody tr')).toHaveCount(1);
});

test('a stored key named __proto__ makes no store write junk keys; it is set aside', async ({ page }) => {
  await page.goto(CULTURE);
  await page.evaluate(() => {
    localStorage.setItem('course:v1:answers:__proto__', JSON.stringify({ v: 'x', at: 1 }));
    localStorage.setItem('course:v1:progress:__proto__', JSON.stringify({ visited: 1 }));
  });
  await page.reload();
  await worksheetReady(page);
  await firstText(page).fill('Typed after the hostile key');
  await expect.poll(() => stored(page, `${ANSWERS}activity/culture-of-learning/problem`)).toContain('Typed after the hostile key');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:v1:')));
  expect(keys.filter((k) => /:(v|at|visited|done)$/.test(k))).toEqual([]);
  expect(keys).not.toContain(`${ANSWERS}__proto__`);
  expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('course:quarantine:')))).toBe(true);
});

test('the workbook hydrates without a React error with a learner name over 200 characters or an odd lastExport', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/workbook/');
  await page.evaluate(() => {
    localStorage.setItem('course:v1:settings:name', JSON.stringify('N'.repeat(250)));
    localStorage.setItem('course:v1:meta:lastExport', JSON.stringify(-5));
  });
  await page.reload();
  // The workbook wakes on use; its stores then set the unreadable values aside, and the
  // set-aside list wakes to show them.
  await page.getByLabel(/Your name, for the cover/).click();
  await expect(page.getByRole('heading', { name: 'Data that could not be read' })).toBeVisible();
  await expect(page.getByLabel(/Your name, for the cover/)).toHaveValue('');
  expect(errors.filter((e) => /#418|hydrat/i.test(e))).toEqual([]);
});
