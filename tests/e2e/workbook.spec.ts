import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { colourRules, expectNoAxeViolations, expectSaved, failOnDialog, worksheetReady } from './site';
import { source } from '../source';

async function fillCultureActivity(page: Page, text: string) {
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await page.locator('.worksheet [data-type="text"] textarea').first().fill(text);
  await expectSaved(page, text);
}

async function exportFile(page: Page): Promise<string> {
  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.json)' }).click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8');
}

async function importText(page: Page, name: string, text: string) {
  await page.goto('/workbook/');
  await page.getByLabel(/Choose a portfolio file/).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('export from one browser imports into a fresh one', async ({ page, browser }) => {
  await fillCultureActivity(page, 'Our meetings end without decisions');
  const json = await exportFile(page);
  expect(JSON.parse(json)).toMatchObject({ format: 'dl-course-portfolio', version: 1 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await importText(other, 'portfolio.json', json);
  await expect(other.locator('[data-import-preview]')).toContainText('holds 1 answer from 1 lesson');
  await other.getByRole('button', { name: /Merge/ }).click();
  await expect(other.locator('[data-import-report]')).toContainText('1 new answer added');
  await other.goto('/activities/culture-of-learning/');
  await worksheetReady(other);
  await expect(other.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('Our meetings end without decisions');
  await fresh.close();
});

test('a bad file says what is wrong and changes nothing', async ({ page }) => {
  await fillCultureActivity(page, 'Keep me');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('course:v1:answers:'))));
  for (const [text, message] of [
    ['{"broken', /not valid JSON/],
    ['{"format":"dl-course-portfolio","version":9}', /newer version/],
  ] as const) {
    await importText(page, 'bad.json', text);
    await expect(page.locator('[data-import-error]')).toContainText(message);
  }
  const good = JSON.parse(await exportFile(page));
  good.data.answers['activity/culture-of-learning/problem'].v = 'tampered';
  await importText(page, 'tampered.json', JSON.stringify(good));
  await expect(page.locator('[data-import-error]')).toContainText('checksum');
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('course:v1:answers:'))));
  expect(after).toBe(before);
});

test('a file full of script and HTML payloads imports as inert text', async ({ page }) => {
  failOnDialog(page);
  await fillCultureActivity(page, '<img src=x onerror="alert(1)"><script>alert(2)</script>');
  const json = await exportFile(page);
  await page.evaluate(() => localStorage.clear());
  await importText(page, 'payload.json', json);
  await page.getByRole('button', { name: /Replace everything/ }).click();
  await page.goto('/workbook/portfolio/');
  await expect(page.getByText('<script>alert(2)</script>', { exact: false })).toBeVisible();
  expect(await page.locator('.portfolio img').count()).toBe(0);
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await expect(page.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('<img src=x onerror="alert(1)"><script>alert(2)</script>');
});

test('importing keeps a backup that restores in one click', async ({ page }) => {
  await fillCultureActivity(page, 'Version in the browser');
  const json = JSON.parse(await exportFile(page));
  json.data.answers['activity/culture-of-learning/problem'] = { v: 'Version from the file', at: Date.now() + 1000 };
  delete json.checksum;
  // Re-sign the edited file the way the site does, so it is valid.
  const signed = await page.evaluate(async (file) => {
    const canon = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(canon).join(',')}]`
        : v && typeof v === 'object'
          ? `{${Object.entries(v as Record<string, unknown>)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => `${JSON.stringify(k)}:${canon(x)}`)
              .join(',')}}`
          : JSON.stringify(v);
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canon(file)));
    return { ...file, checksum: [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('') };
  }, json);
  await importText(page, 'newer.json', JSON.stringify(signed));
  await page.getByRole('button', { name: /Merge/ }).click();
  await expect(page.locator('[data-import-report]')).toContainText('kept the answer from the file');
  // Resets and the backup are at the foot of the page, in an island that wakes when scrolled to.
  await page.getByRole('heading', { name: 'Start again' }).scrollIntoViewIfNeeded();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await expect(page.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('Version in the browser');
});

test('reset an activity asks first, and can be undone', async ({ page }) => {
  await fillCultureActivity(page, 'Do not lose this');
  await page.goto('/workbook/');
  const row = page.locator('[data-lesson-row="activity/culture-of-learning"]');
  await expect(row).toContainText('In progress');
  await expect(row).toContainText(new Date().getFullYear().toString()); // its last edit
  // The reset asks first; the lesson then leaves the list and the focus goes to the undo.
  await page.getByRole('heading', { name: 'Start again' }).scrollIntoViewIfNeeded();
  const line = page.locator('[data-start-again] [data-lesson="activity/culture-of-learning"]');
  await line.getByRole('button', { name: 'Reset Activity 6' }).click();
  await expect(page.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('Not started');
  await expect(row.locator('[data-edited]')).toHaveText('—');
  await expect(line).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(row).toContainText('In progress');
  await expect(line).toBeVisible();
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await expect(page.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('Do not lose this');
});

test('the Markdown export lists questions with answers', async ({ page }) => {
  await fillCultureActivity(page, 'A readable answer');
  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /readable copy/ }).click();
  const md = readFileSync(await (await download).path(), 'utf8');
  expect(md).toContain('## Activity 6');
  expect(md).toContain('A readable answer');
});

test('unexported work older than a week brings a reminder', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('course:v1:answers:activity/trust/one-step', JSON.stringify({ v: 'old', at: Date.now() - 9 * 86_400_000 })));
  await page.goto('/workbook/');
  await expect(page.locator('[data-export-reminder]')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.json)' }).click();
  await download;
  await expect(page.locator('[data-export-reminder]')).toBeHidden();
  await expect(page.locator('[data-export-status]')).toContainText('Last exported');
});

test('the portfolio prints a cover and the answers', async ({ page }) => {
  await fillCultureActivity(page, 'Portfolio answer');
  await page.goto('/workbook/');
  await page.getByLabel(/Your name/).fill('Dana Reyes');
  // Typed before the workbook's tools woke: kept, and saved once they run.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('course:v1:settings:name'))).toBe('"Dana Reyes"');
  await page.goto('/workbook/portfolio/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cover')).toContainText('Dana Reyes');
  await expect(page.locator('.portfolio-lesson')).toContainText('Portfolio answer');
});

test('the portfolio shows answers without the framework, leaves out a lesson on request, and follows another tab', async ({ page, context }) => {
  await fillCultureActivity(page, 'Answer in the portfolio');
  // An answer under an id its lesson no longer has still shows, under that id.
  await page.evaluate(() =>
    localStorage.setItem('course:v1:answers:activity/being-curious/old-question', JSON.stringify({ v: 'Kept from before', at: Date.now() })),
  );
  const framework: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/client\.[\w-]+\.js$/.test(r.url())) framework.push(r.url());
  });
  await page.goto('/workbook/portfolio/');
  const lessons = page.locator('.portfolio-lesson');
  await expect(lessons).toHaveCount(2);
  await expect(lessons.filter({ hasText: 'Kept from before' })).toContainText('old question');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cover')).toContainText('2 lessons · 2 answers');

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: /Being curious/i }).uncheck();
  await expect(lessons.filter({ hasText: 'Kept from before' })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.cover')).toContainText('1 lesson · 1 answer');

  // Another tab saves: the open portfolio shows it, and the lesson left out stays out.
  const other = await context.newPage();
  await other.goto('/workbook/');
  await other.evaluate(() =>
    localStorage.setItem('course:v1:answers:activity/culture-of-learning/a-later-note', JSON.stringify({ v: 'Written in another tab', at: Date.now() })),
  );
  await expect(page.locator('.portfolio-lesson').filter({ hasText: 'Written in another tab' })).toBeVisible();
  await expect(page.locator('.cover')).toContainText('1 lesson · 2 answers');
  await expect(lessons.filter({ hasText: 'Kept from before' })).toBeHidden();
  expect(framework, 'framework code loaded on the portfolio').toEqual([]);
});

test('the workbook shows status without the framework, and wakes its tools on use, keeping a press or a file that came first', async ({ page }) => {
  await fillCultureActivity(page, 'Status without React');
  const framework: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/(client|Workbook)\.[\w-]+\.js$/.test(r.url())) framework.push(r.url());
  });
  await page.goto('/workbook/');
  // Painted from storage by a small script: the status, the last edit, the export line.
  const row = page.locator('[data-lesson-row="activity/culture-of-learning"]');
  await expect(row).toContainText('In progress');
  await expect(page.locator('[data-export-status]')).toHaveText('Not exported from this browser yet.');
  await page.waitForLoadState('networkidle');
  expect(framework, 'framework code loaded before the learner did anything').toEqual([]);

  // A press that reaches the sleeping island (no pointer moved over it first) is made again once it runs.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.json)' }).dispatchEvent('click');
  expect(readFileSync(await (await download).path(), 'utf8')).toContain('Status without React');
  await expect(page.locator('[data-export-status]')).toContainText('Last exported');
  expect(framework.length).toBeGreaterThan(0);

  // A file chosen before the island runs is read once it does.
  await page.goto('/workbook/');
  await page
    .getByLabel(/Choose a portfolio file/)
    .setInputFiles({ name: 'early.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "a portfolio"}') });
  await expect(page.locator('[data-import-error]')).toContainText('Nothing was imported');
});

test('import sets aside answers dated in the far future and answers to questions the course does not have, saying why', async ({ page }) => {
  failOnDialog(page);
  const { makePortfolio } = await source<typeof import('../../src/lib/portfolio')>('src/lib/portfolio.ts');
  const real = 'activity/culture-of-learning/problem';
  const file = await makePortfolio(
    {
      answers: {
        [real]: { v: 'Our meetings end without decisions', at: Date.UTC(2026, 10, 1) },
        'activity/trust/one-step': { v: 'Forged to win every merge', at: 8_640_000_000_000_000 },
        'activity/culture-of-learning/no-such-block': { v: 'Stored but never shown', at: Date.UTC(2026, 10, 1) },
      },
      progress: {},
    },
    { siteVersion: 'test', now: new Date(Date.UTC(2026, 10, 2)) },
  );
  await importText(page, 'hostile.json', JSON.stringify(file));
  const preview = page.locator('[data-import-preview]');
  await expect(preview).toContainText('holds 1 answer from 1 lesson');
  await expect(preview).toContainText('Its newest answer is from Nov 1, 2026');
  const aside = page.locator('[data-import-set-aside]');
  await expect(aside).toContainText('2 entries of the file will not be imported');
  await expect(aside).toContainText('activity › trust › one-step: dated +275760-09-13, after today');
  await expect(aside).toContainText('activity › culture-of-learning › no-such-block: the course has no such question');
  await page.getByRole('button', { name: /Merge/ }).click();
  await expect(page.locator('[data-import-report]')).toContainText('1 new answer added');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:v1:answers:')));
  expect(stored).toEqual([`course:v1:answers:${real}`]);
  await expect(page.getByRole('heading', { name: 'Data that could not be read' })).toBeVisible();
});

/**
 * The tallest blank run down the page's main column: the largest vertical distance between the
 * bottom of everything above and the top of the next thing a reader sees (a line of text, a
 * field, a button), in CSS px, with what lies on either side of it.
 */
async function largestBlankRun(page: Page): Promise<{ gap: number; between: string }> {
  return page.evaluate(() => {
    const boxes: { top: number; bottom: number; what: string }[] = [];
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.height > 0 && r.width > 1) boxes.push({ top: r.top + scrollY, bottom: r.bottom + scrollY, what: node.textContent.trim().slice(0, 40) });
    }
    for (const e of main.querySelectorAll<HTMLElement>('input, button, textarea, select')) {
      const r = e.getBoundingClientRect();
      if (e.checkVisibility() && r.height > 0) boxes.push({ top: r.top + scrollY, bottom: r.bottom + scrollY, what: e.tagName });
    }
    boxes.sort((a, b) => a.top - b.top);
    let worst = { gap: 0, between: '' };
    let bottom = boxes[0]!.bottom;
    let above = boxes[0]!.what;
    for (const b of boxes.slice(1)) {
      if (b.top - bottom > worst.gap) worst = { gap: Math.round(b.top - bottom), between: `“${above}” and “${b.what}”` };
      if (b.bottom > bottom) [bottom, above] = [b.bottom, b.what];
    }
    return worst;
  });
}

test('on a phone the workbook has no screen of blank space between its parts', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/workbook/');
  await expect(page.locator('[data-export-status]')).not.toBeEmpty();
  // Scrolled to the end, as a reader would, so the tools at the foot wake too.
  await page.getByRole('heading', { name: 'Start again' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('Nothing is saved in this browser yet.')).toBeVisible();
  const run = await largestBlankRun(page);
  // A section break is about 7rem; the room once reserved for the export tools was 350 px.
  expect(run.gap, `blank run between ${run.between}`).toBeLessThan(150);
});

test('a learner reads their saved answers under each lesson, as text, private ones marked', async ({ page }) => {
  failOnDialog(page);
  // Activity 5: one answer typed on the lesson's page, markup and all; its private grid and
  // Activity 9's chart saved as the worksheets save them.
  const typed = 'Ask for input on the timetable, then <b>show</b> what we did with it. <img src=x onerror=alert(1)>';
  await page.goto('/activities/trust/');
  await worksheetReady(page);
  await page.getByRole('textbox', { name: /What is one step you will take in the next month/ }).fill(typed);
  await expectSaved(page, typed);
  await page.evaluate(() => {
    const put = (key: string, v: unknown) => localStorage.setItem(`course:v1:answers:${key}`, JSON.stringify({ v, at: Date.now() }));
    put('activity/trust/trust-map', {
      cells: { 'teachers-teachers': { 'what-i-see': 'Plans shared freely in the maths team', evidence: 'Three asked to observe' } },
      added: [],
    });
    put('activity/stakeholder-charts/ap-enrolment-chart', {
      charts: [
        {
          id: 'main',
          title: 'AP enrolment',
          challenge: 'Widening AP enrolment at the east campus',
          rows: [{ id: 's1', name: 'AP teachers', cells: { relationship: 'Teach the AP classes', losses: 'Their results' }, losses: ['status'] }],
        },
      ],
    });
    put('activity/stakeholder-charts/ap-enrolment-reflection', 'I underestimated what the AP teachers stood to lose.');
  });

  await page.goto('/workbook/');
  const lesson = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name, level: 3 }) });
  const trust = lesson('Activity 5: Trust');
  const charts = lesson('Activity 9: Diagnosis, Design and Action Review: Stakeholder Charts');
  // Each disclosure is named for its lesson, so a list of controls tells them apart.
  await expect(trust.locator('summary')).toHaveAccessibleName('Show my answers to Activity 5');
  await trust.locator('summary').click();
  await expect(trust.locator('summary')).toHaveAccessibleName('Hide my answers to Activity 5');
  const step = trust.locator('.portfolio-item').filter({ has: page.getByRole('heading', { name: /What is one step/, level: 4 }) });
  // The learner's markup is shown as they typed it, never made into elements.
  await expect(step).toContainText(typed);
  await expect(trust.locator('[data-answers-body] :is(b, img)')).toHaveCount(0);
  // Their private grid is there, marked private as on the worksheet, with its row and column.
  await expect(trust.getByRole('heading', { name: /^How much relational trust do you see .* at your school\? \(\s?Private\s?\)$/, level: 4 })).toBeVisible();
  await expect(trust.getByRole('row', { name: /Teachers with teachers/ })).toContainText('Plans shared freely in the maths team');
  // Each lesson holds its own answers only.
  await expect(trust).not.toContainText('AP teachers');
  await charts.locator('summary').click();
  await expect(charts.getByRole('table', { name: 'AP enrolment' }).getByRole('rowheader', { name: 'AP teachers' })).toBeVisible();
  await expect(charts.getByRole('heading', { name: /Reflect on the Case 1 chart/, level: 4 })).toBeVisible();
  await expect(charts).toContainText('I underestimated what the AP teachers stood to lose.');
  await expect(charts).not.toContainText('timetable');
  // A lesson with nothing saved says so and leads to it.
  const safety = lesson('Activity 4: Psychological Safety');
  await safety.locator('summary').click();
  await expect(safety).toContainText('Nothing is saved for this lesson in this browser yet.');
  await expect(safety.getByRole('link', { name: 'Open Activity 4' })).toHaveAttribute('href', /\/activities\/psychological-safety\/$/);

  // Another tab's change shows in an open disclosure.
  const other = await page.context().newPage();
  await other.goto('/about/');
  await other.evaluate(() =>
    localStorage.setItem(
      'course:v1:answers:activity/stakeholder-charts/ap-enrolment-reflection',
      JSON.stringify({ v: 'Rewritten in another tab', at: Date.now() }),
    ),
  );
  await expect(charts).toContainText('Rewritten in another tab');
  await other.close();

  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, { only: colourRules });
  // On a phone the answers fit the screen (the grid and the chart become cards) and leave no blank screen.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 700 });
  await expectNoAxeViolations(page, { skip: colourRules, also: ['target-size'] });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 390, height: 844 });
  const run = await largestBlankRun(page);
  expect(run.gap, `blank run between ${run.between}`).toBeLessThan(150);
  // On paper: the answers opened, without the file tools or disclosures paper cannot open.
  await page.emulateMedia({ media: 'print' });
  await expect(step).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Save your work' })).toBeHidden();
  await expect(trust.locator('summary')).toBeHidden();
  await expect(lesson('Activity 1: The Work of School Leaders').getByRole('group')).toBeHidden();
});
