import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectSaved, failOnDialog, fieldReady } from './site';

// The Harmon High committee lab: three paths (predict, reveal, compare), the committees side by
// side, the report's questions, and a committee the learner builds from the pool.
const PAGE = '/scenarios/harmon-high/';
const committees = ['leadership-team', 'teachers-and-students', 'community'];
const path = (page: Page, id: string) => page.locator(`#path-${id}`);

async function open(page: Page): Promise<void> {
  failOnDialog(page);
  await page.goto(PAGE);
}

/** Open a path and wait for its island to load saved work. */
async function openPath(page: Page, id: string): Promise<Locator> {
  const p = path(page, id);
  if ((await p.getAttribute('open')) === null) await p.locator('summary').click();
  await expect(p.locator('.badge')).toBeVisible();
  return p;
}

async function builder(page: Page): Promise<Locator> {
  const b = page.locator('.lab-builder');
  await b.scrollIntoViewIfNeeded();
  // The seats are live before hydration; the analysis shows once saved seats are on screen.
  await expect(b).toHaveAttribute('data-hydrated', 'true');
  return b;
}

const listed = (b: Locator, list: 'present' | 'missing') =>
  b.locator(`[data-list="${list}"] > li`).evaluateAll((els) => els.map((e) => e.getAttribute('data-perspective')));

test('all three committees: predict, reveal beside the prediction, compare, answer the questions; all there after reload', async ({ page }) => {
  await open(page);
  await page.getByLabel(/Before you open any committee/).scrollIntoViewIfNeeded();
  await page.getByLabel(/Before you open any committee/).fill('My first reading: the tracks sort by background.');

  // The proposal stays hidden until a prediction is written.
  const first = await openPath(page, 'leadership-team');
  await expect(first.locator('.lab-theirs')).toHaveCount(0);
  await first.getByRole('button', { name: 'Reveal the proposal' }).click();
  await expect(first.getByText('Write or pick at least one prediction first, even a rough one.')).toBeVisible();
  await expect(first.getByLabel(/decide the problem is/)).toBeFocused();
  await expect(first.locator('.lab-theirs')).toHaveCount(0);

  for (const id of committees) {
    const p = await openPath(page, id);
    await expect(p.locator('.lab-members li').first()).toBeVisible();
    await expect(p.getByRole('heading', { name: 'How the meetings went' })).toBeVisible();
    await p.getByLabel(/decide the problem is/).fill(`Diagnosis guess for ${id}`);
    await p.getByLabel(/what will .* propose\?/).fill(`Proposal guess for ${id}`);
    // Which of the three proposals: the leadership team's right, the others' the leadership team's.
    await p
      .getByRole('group', { name: /which of these will .* propose\?/ })
      .getByRole('radio', { name: /^Rework 9th grade and make sure/ })
      .check();
    await expect(p.locator('.badge')).toHaveText('Prediction written');
    await p.getByRole('button', { name: 'Reveal the proposal' }).click();
    // The proposal appears beside the prediction, and focus goes to it.
    await expect(p.getByRole('heading', { name: 'Your prediction and what they proposed' })).toBeFocused();
    await expect(p.locator('.lab-mine')).toContainText(`Diagnosis guess for ${id}`);
    await expect(p.locator('.lab-mine')).toContainText(`Proposal guess for ${id}`);
    await expect(p.locator('[data-lab-picked]')).toContainText(
      id === 'leadership-team' ? 'Theirs.' : 'Not theirs: it was the proposal of “The school leadership team”.',
    );
    await expect(p.locator('.lab-theirs')).toBeVisible();
    await expect(p.locator('.lab-theirs p').first()).not.toBeEmpty();
    await p.getByLabel(/Set your prediction beside/).fill(`Comparison for ${id}`);
    await expect(p.locator('.badge')).toHaveText('Compared');
  }

  // Side by side: every proposal is now shown, with the prediction in its column.
  const side = page.locator('.lab-comparison');
  await side.scrollIntoViewIfNeeded();
  await expect(side.getByText('3 of 3 proposals revealed.')).toBeVisible();
  await expect(side.locator('thead th[scope=col]')).toHaveCount(3);
  await expect(side.locator('.lab-hidden')).toHaveCount(0);
  await expect(side).toContainText('Diagnosis guess for teachers-and-students');
  // Each pick, and whose proposal it was.
  await expect(side.locator('p').filter({ hasText: /^Picked:/ })).toHaveText([
    'Picked: Rework 9th grade and make sure the feeder middle schools prepare students (theirs)',
    'Picked: Rework 9th grade and make sure the feeder middle schools prepare students (The school leadership team’s)',
    'Picked: Rework 9th grade and make sure the feeder middle schools prepare students (The school leadership team’s)',
  ]);
  await expect(side).toContainText('My first reading: the tracks sort by background.');

  const questions = page.locator('section[aria-labelledby="questions"] textarea');
  await expect(questions).toHaveCount(3);
  await fieldReady(questions.first());
  for (let i = 0; i < 3; i++) await questions.nth(i).fill(`Question answer ${i + 1}`);

  await expectSaved(page, 'Question answer 1', 'Question answer 2', 'Question answer 3');
  await page.reload();

  await page.getByLabel(/Before you open any committee/).scrollIntoViewIfNeeded();
  await expect(page.getByLabel(/Before you open any committee/)).toHaveValue('My first reading: the tracks sort by background.');
  for (const id of committees) {
    const p = await openPath(page, id);
    await expect(p.locator('.badge')).toHaveText('Compared');
    await expect(p.locator('.lab-mine')).toContainText(`Diagnosis guess for ${id}`);
    await expect(p.locator('.lab-mine')).toContainText(`Proposal guess for ${id}`);
    await expect(p.locator('[data-lab-picked]')).toHaveAttribute('data-lab-picked', 'leadership-team');
    await expect(p.getByLabel(/Set your prediction beside/)).toHaveValue(`Comparison for ${id}`);
  }
  await questions.first().scrollIntoViewIfNeeded();
  for (let i = 0; i < 3; i++) await expect(questions.nth(i)).toHaveValue(`Question answer ${i + 1}`);

  // Saved under the lab's keys, so exports pick them up.
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:v1:answers:scenario/harmon-high/')));
  expect(keys.sort()).toEqual(
    [
      'first-reading',
      'reveal-proposals',
      'compare-scenarios',
      'consequences',
      'implied-diagnoses',
      ...committees.flatMap((c) => [`predict-${c}-diagnosis`, `predict-${c}-pick`, `predict-${c}-proposal`, `compare-${c}`]),
    ]
      .map((k) => `course:v1:answers:scenario/harmon-high/${k}`)
      .sort(),
  );
});

test('building a committee: perspectives present and missing change as members are added and removed', async ({ page }) => {
  await open(page);
  const b = await builder(page);
  await expect(b.getByRole('status').last()).toHaveText('Nobody is seated yet. Choose members from the pool.');

  await b.getByLabel('Mr. Devers', { exact: true }).check();
  expect(await listed(b, 'present')).toEqual(['administration']);
  expect(await listed(b, 'missing')).toContain('students');
  await expect(b.locator('[data-list="missing"] [data-perspective="students"]')).toContainText(
    'Could be brought by Senior, college-prep track, Senior, vocational track',
  );

  // A student joins: students and the vocational track move from missing to present, and the student may go quiet.
  await b.getByLabel('Senior, vocational track', { exact: true }).check();
  expect(await listed(b, 'present')).toEqual(['administration', 'vocational-track', 'students']);
  expect(await listed(b, 'missing')).not.toContain('students');
  await expect(b.locator('[data-list="present"] [data-perspective="students"]')).toContainText('May go unheard');
  await expect(b.locator('[data-list="quiet"]')).toContainText('Senior, vocational track is likely to go quiet, sitting with Mr. Devers.');
  const power = b.locator('[data-risk="power-differentials"]');
  await expect(power).toBeVisible();
  await expect(power.getByRole('link', { name: 'Navigating Power Differentials' })).toHaveAttribute('href', /\/activities\/power-differentials\/$/);
  await expect(power.getByRole('link').first()).toHaveAttribute('href', /\/sections\/managing-risks\/$/);
  await expect(b.locator('[data-risk="emotions"]')).toContainText('Senior, vocational track makes it more likely.');

  // A college-prep teacher: a tension between the tracks, so public disagreement to prepare for.
  await b.getByLabel('Ms. Carol Lindgren', { exact: true }).check();
  await expect(b.locator('[data-list="tensions"]')).toContainText('College-prep track (Ms. Carol Lindgren) and vocational track (Senior, vocational track)');
  await expect(b.locator('[data-risk="public-disagreement"]')).toContainText('Perspectives that often clash are both at the table.');

  // Removing the student puts students back among the missing.
  await b.getByLabel('Senior, vocational track', { exact: true }).uncheck();
  expect(await listed(b, 'present')).toEqual(['administration', 'veteran-faculty', 'college-prep-track']);
  expect(await listed(b, 'missing')).toContain('students');
  await expect(b.locator('[data-list="tensions"]')).toHaveCount(0);

  // Seating a whole committee from the case: a shared view, so non-discussables.
  await b.getByRole('button', { name: 'The school leadership team' }).click();
  await expect(b.getByText(/Most of the table shares veteran faculty/)).toBeVisible();
  await expect(b.locator('[data-risk="non-discussables"]')).toBeVisible();
  // Ms. Lindgren holds some power, the leadership team more: she may hold back, but no one is far below.
  await expect(b.locator('[data-list="quiet"]')).toHaveText(
    'Ms. Carol Lindgren may hold back, sitting with Mr. Devers, Assistant principal, English department chair, Mathematics department chair, Science department chair, Social studies department chair.',
  );

  // Clearing can be undone.
  await b.getByRole('button', { name: 'Clear the table' }).click();
  expect(await listed(b, 'present')).toEqual([]);
  await b.getByRole('button', { name: 'Undo' }).click();
  await expect(b.getByLabel('Ms. Carol Lindgren', { exact: true })).toBeChecked();

  await b.getByLabel(/Why this table\?/).fill('Students first, in their own meeting.');
  await expectSaved(page, 'Students first, in their own meeting.');
  await page.reload();
  const again = await builder(page);
  for (const name of ['Mr. Devers', 'Ms. Carol Lindgren', 'Assistant principal']) await expect(again.getByLabel(name, { exact: true })).toBeChecked();
  await expect(again.getByLabel('Senior, vocational track', { exact: true })).not.toBeChecked();
  await expect(again.getByLabel(/Why this table\?/)).toHaveValue('Students first, in their own meeting.');
  await expect(again.getByRole('status').last()).toContainText('7 at the table');
});

/** Press Tab until the focused element matches the selector: the keyboard is the only input. */
async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the whole lab works from the keyboard alone', async ({ page }) => {
  await open(page);
  // Fields load when they scroll into view; a keyboard user scrolls there with the keys too.
  await fieldReady(page.getByLabel(/Before you open any committee/));
  await tabTo(page, 'textarea[id$="first-reading-input"]');
  await page.keyboard.type('Keyboard first reading');

  for (const id of committees) {
    await tabTo(page, `#path-${id} > summary`);
    await page.keyboard.press('Enter');
    await expect(path(page, id)).toHaveAttribute('open', '');
    // The prediction fields take keys before hydration; the reveal button needs the island.
    await expect(path(page, id).locator('.badge')).toBeVisible();
    await tabTo(page, `#path-${id} textarea`);
    await page.keyboard.type(`Keyboard diagnosis ${id}`);
    // The pick: Tab into the options, the arrow key chooses; then the proposal in words.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(path(page, id).getByRole('radio', { checked: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Keyboard proposal ${id}`);
    await tabTo(page, `#path-${id} button.primary`);
    await page.keyboard.press('Enter');
    await expect(path(page, id).getByRole('heading', { name: 'Your prediction and what they proposed' })).toBeFocused();
    await tabTo(page, `#path-${id} .lab-reveal textarea`);
    await page.keyboard.type(`Keyboard comparison ${id}`);
  }
  await expect(page.getByText('3 of 3 proposals revealed.')).toBeAttached();

  await fieldReady(page.locator('section[aria-labelledby="questions"] textarea').first());
  for (let i = 0; i < 3; i++) {
    await tabTo(page, 'section[aria-labelledby="questions"] textarea');
    await page.keyboard.type(`Keyboard question ${i + 1}`);
  }

  await builder(page);
  await tabTo(page, '#lab-pool-devers');
  await page.keyboard.press('Space');
  await tabTo(page, '#lab-pool-parent-shop-floor');
  await page.keyboard.press('Space');
  const b = page.locator('.lab-builder');
  await expect(b.locator('[data-list="present"] [data-perspective="parents"]')).toContainText('Mrs. Rosa Medina');
  await expect(b.locator('[data-list="quiet"]')).toContainText('Mrs. Rosa Medina is likely to go quiet');
  await tabTo(page, '.lab-risks a');
  await expect(page.locator(':focus')).toHaveAttribute('href', /\/(sections|activities)\//);
  await tabTo(page, 'textarea[id$="build-plan-input"]');
  await page.keyboard.type('Keyboard plan');

  await expectSaved(page, 'Keyboard plan');
  await page.reload();
  await page.getByLabel(/Before you open any committee/).scrollIntoViewIfNeeded();
  await expect(page.getByLabel(/Before you open any committee/)).toHaveValue('Keyboard first reading');
  const last = await openPath(page, 'community');
  await expect(last.locator('.lab-mine')).toContainText('Keyboard diagnosis community');
  await expect(last.getByLabel(/Set your prediction beside/)).toHaveValue('Keyboard comparison community');
  const again = await builder(page);
  await expect(again.getByLabel('Mrs. Rosa Medina', { exact: true })).toBeChecked();
  await expect(again.getByLabel(/Why this table\?/)).toHaveValue('Keyboard plan');
});

test('axe finds nothing with the lab worked through, in light and dark', async ({ page }) => {
  await open(page);
  const p = await openPath(page, 'teachers-and-students');
  await p.getByLabel(/decide the problem is/).fill('A guess');
  await p.getByRole('button', { name: 'Reveal the proposal' }).click();
  await openPath(page, 'leadership-team');
  const b = await builder(page);
  for (const name of ['Mr. Devers', 'Senior, college-prep track', 'Mrs. Rosa Medina', 'Ms. Carol Lindgren', 'Mr. Ray Kowalski'])
    await b.getByLabel(name, { exact: true }).check();
  await page.locator('.lab-comparison').scrollIntoViewIfNeeded();
  await expect(page.getByText('1 of 3 proposals revealed.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  // Phone width: the comparison and the pool reflow without breaking anything.
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page);
});

test('prints as a case sheet: the case, its facts and every committee with its proposal; the tools stay on screen', async ({ page }, testInfo) => {
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'The case' })).toBeVisible();
  await expect(page.locator('.facts dt').first()).toBeVisible();
  for (const id of committees) {
    const p = path(page, id);
    await expect(p.locator('.lab-members li').first()).toBeVisible(); // a closed path still prints
    await expect(p.locator('.lab-print-proposal')).toBeVisible();
    await expect(p.locator('.lab-predict')).toBeHidden();
  }
  await expect(page.locator('.lab-builder')).toBeHidden();
  await expect(page.locator('.lab-comparison')).toBeHidden();
  const shot = testInfo.outputPath('case-sheet-print.png');
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach('case sheet', { path: shot, contentType: 'image/png' });
});

test("work saved by the first version (pieces under paths with slashes) opens under the pieces' new ids", async ({ page }) => {
  // tests/fixtures/stored-lab-v1.json: this browser's storage as the first version left it.
  const { localStorage: stored } = JSON.parse(readFileSync('tests/fixtures/stored-lab-v1.json', 'utf8')) as { localStorage: Record<string, string> };
  await open(page);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, stored);
  await page.reload();

  // Not revealed: the prediction is back in its field.
  const unrevealed = await openPath(page, 'teachers-and-students');
  await expect(unrevealed.locator('.badge')).toHaveText('Prediction written');
  await expect(unrevealed.getByLabel(/decide the problem is/)).toHaveValue('My prediction: teachers and students will say the problem is motivation.');
  await expect(unrevealed.getByLabel(/what will .* propose\?/)).toHaveValue('My prediction: teachers and students will propose more tutoring.');
  // Revealed: still revealed, the prediction beside the proposal, the comparison in its field.
  const revealed = await openPath(page, 'community');
  await expect(revealed.locator('.badge')).toHaveText('Compared');
  await expect(revealed.locator('.lab-theirs')).toBeVisible();
  await expect(revealed.locator('.lab-mine')).toContainText('My prediction: the community will say the problem is motivation.');
  await expect(revealed.getByLabel(/Set your prediction beside/)).toHaveValue('They saw the employers; I had missed them.');
  // The comparison wakes when it comes near the screen (client:visible): bring it there, as a
  // learner scrolling down would, rather than count on where the opened paths left the page.
  await page.locator('.lab-comparison').scrollIntoViewIfNeeded();
  await expect(page.locator('.lab-comparison').getByText('2 of 3 proposals revealed.')).toBeVisible();
  const b = await builder(page);
  await expect(b.getByLabel('Mr. Devers', { exact: true })).toBeChecked();
  await expect(b.getByLabel(/Why this table\?/)).toHaveValue('Hear the senior first, in a small group before the full meeting.');

  // Stored under the new ids now, the old keys gone.
  const labKeys = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('course:v1:answers:scenario/harmon-high/'))
        .sort(),
    );
  await expect
    .poll(labKeys)
    .toEqual(
      [
        'first-reading',
        'reveal-proposals',
        'compare-leadership-team',
        'compare-community',
        'compare-scenarios',
        'consequences',
        'build-members',
        'build-plan',
        ...committees.flatMap((c) => [`predict-${c}-diagnosis`, `predict-${c}-proposal`]),
      ]
        .map((k) => `course:v1:answers:scenario/harmon-high/${k}`)
        .sort(),
    );
});
