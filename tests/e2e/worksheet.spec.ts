import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { expectNoAxeViolations, expectSaved, failOnDialog, worksheetReady } from './site';

const activities = readdirSync('content/activities').map((f) => f.replace(/\.mdx$/, ''));

/** Fill one block, whatever its type, with a marker the test can find again. */
async function fill(block: Locator, type: string, marker: string): Promise<void> {
  switch (type) {
    case 'text':
    case 'list':
    case 'grid':
      await block.locator('textarea').first().fill(marker);
      break;
    case 'checklist':
    case 'choice':
      await block.locator('input').first().check();
      break;
    case 'rating':
      await block.locator('input[type=radio]').nth(2).check();
      break;
    case 'allocation':
      await block.locator('input[type=number]').first().fill('40');
      break;
    case 'video-notes':
      await block.getByLabel('Time in the video (m:ss)').fill('1:05');
      await block.getByLabel('What you noticed').fill(marker);
      await block.getByRole('button', { name: /Add note at 1:05/ }).click();
      break;
    case 'stakeholder-chart': {
      if ((await block.locator('table').count()) === 0) await block.getByRole('button', { name: /Add a challenge/ }).click();
      await block.locator('table textarea').first().fill(marker);
      break;
    }
    case 'advice-network':
      if ((await block.locator('.org-table input[type=text]').count()) === 0) await block.getByRole('button', { name: /Add a position/ }).click();
      await block.locator('.org-table input[type=text]').first().fill(marker);
      break;
    case 'sort':
      await block.locator('input[type=radio]').first().check();
      break;
    case 'decision-timeline':
      await block.locator('input[type=number]').first().fill('17');
      break;
    case 'cycle-planner':
      await block.locator('textarea').first().fill(marker);
      break;
    default:
      throw new Error(`No filler for block type ${type}`);
  }
}

async function expectFilled(block: Locator, type: string, marker: string): Promise<void> {
  switch (type) {
    case 'text':
    case 'list':
    case 'grid':
      await expect(block.locator('textarea').first()).toHaveValue(marker);
      break;
    case 'stakeholder-chart':
      await expect(block.locator('table textarea').first()).toHaveValue(marker);
      break;
    case 'checklist':
    case 'choice':
      await expect(block.locator('input').first()).toBeChecked();
      break;
    case 'rating':
      await expect(block.locator('input[type=radio]').nth(2)).toBeChecked();
      break;
    case 'allocation':
      await expect(block.locator('input[type=number]').first()).toHaveValue('40');
      break;
    case 'video-notes':
      await expect(block.getByText(marker)).toBeVisible();
      await expect(block.getByText('1:05', { exact: true })).toBeVisible();
      break;
    case 'advice-network':
      await expect(block.locator('.org-table input[type=text]').first()).toHaveValue(marker);
      break;
    case 'sort':
      await expect(block.locator('input[type=radio]').first()).toBeChecked();
      break;
    case 'decision-timeline':
      await expect(block.locator('input[type=number]').first()).toHaveValue('17');
      break;
    case 'cycle-planner':
      await expect(block.locator('textarea').first()).toHaveValue(marker);
      break;
    default:
      throw new Error(`No check for block type ${type}`);
  }
}

async function firstBlockOfEachType(page: Page): Promise<Map<string, Locator>> {
  const blocks = page.locator('.worksheet [data-block][data-type]');
  const byType = new Map<string, Locator>();
  for (let i = 0; i < (await blocks.count()); i++) {
    const b = blocks.nth(i);
    const type = (await b.getAttribute('data-type')) ?? '';
    if (!byType.has(type)) byType.set(type, page.locator(`.worksheet [data-block="${await b.getAttribute('data-block')}"]`));
  }
  return byType;
}

for (const id of activities) {
  test(`activity ${id}: one block of every type saves and comes back after reload`, async ({ page }) => {
    failOnDialog(page);
    await page.goto(`/activities/${id}/`);
    await worksheetReady(page);
    const blocks = await firstBlockOfEachType(page);
    expect(blocks.size).toBeGreaterThan(0);
    for (const [type, block] of blocks) await fill(block, type, `Answer for ${type} <b>in ${id}</b>`);
    // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
    await page.reload();
    await worksheetReady(page);
    for (const [type, block] of blocks) await expectFilled(block, type, `Answer for ${type} <b>in ${id}</b>`);
  });
}

test('every block type appears in some activity or lesson tool', async ({ browser }) => {
  // The server-rendered pages are enough to see which types are used: no scripts to run.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const types = new Set<string>();
  const sections = readdirSync('content/sections').map((f) => `/sections/${f.replace(/\.mdx$/, '')}/`);
  for (const path of [...activities.map((id) => `/activities/${id}/`), ...sections]) {
    await page.goto(path);
    for (const t of await page.locator('.worksheet [data-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))) if (t) types.add(t);
  }
  expect([...types].sort()).toEqual([
    'advice-network',
    'allocation',
    'checklist',
    'choice',
    'cycle-planner',
    'decision-timeline',
    'grid',
    'list',
    'rating',
    'sort',
    'stakeholder-chart',
    'text',
    'video-notes',
  ]);
  await context.close();
});

test('answers containing HTML and script show as text and run nothing', async ({ page }) => {
  failOnDialog(page);
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  const payload = `<img src=x onerror="alert(1)"><script>alert(2)</script> javascript:alert(3)`;
  const box = page.locator('.worksheet textarea').first();
  await box.fill(payload);
  await expectSaved(page, payload);
  await page.reload();
  await worksheetReady(page);
  await expect(page.locator('.worksheet textarea').first()).toHaveValue(payload);
  expect(await page.locator('.worksheet img').count()).toBe(0);
});

test('list items can be added, reordered and removed by keyboard', async ({ page }) => {
  await page.goto('/activities/leadership-work/');
  await worksheetReady(page);
  const list = page.locator('[data-block="fires-list"]');
  const items = list.locator('textarea');
  await items.nth(0).fill('First fire');
  await items.nth(1).fill('Second fire');
  await list.getByRole('button', { name: /Move .* 2 up/ }).focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toHaveValue('Second fire');
  await expect(items.nth(1)).toHaveValue('First fire');
  const before = await items.count();
  await list.getByRole('button', { name: /^\+ Add/ }).focus();
  await page.keyboard.press('Enter');
  await expect(items).toHaveCount(before + 1);
  await expect(items.nth(before)).toBeFocused();
  await list.getByRole('button', { name: /Remove .* 1$/ }).focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toHaveValue('First fire');
});

test('a choice shows its feedback once chosen', async ({ page }) => {
  await page.goto('/activities/public-disagreement/');
  await worksheetReady(page);
  const choice = page.locator('.worksheet [data-type="choice"]').first();
  await choice.locator('input').first().check();
  await expect(choice.locator('.feedback').first()).toBeVisible();
});

test('answering the required blocks completes the activity, and the course map shows it', async ({ page }) => {
  await page.goto('/activities/non-discussables/');
  await worksheetReady(page);
  const required = page.locator('.worksheet .block-wrap:has(.tag:text("Required"))');
  const n = await required.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const block = required.nth(i).locator('[data-type]').first();
    await fill(block, (await block.getAttribute('data-type')) ?? '', `Required answer ${i}`);
  }
  await expect(page.locator('[data-completion]')).toContainText('This activity is complete');
  // No pause for the save: leaving the page writes what is pending (stores/answers.ts).
  await page.goto('/course/');
  await expect(page.locator('[data-progress="activity/non-discussables"]')).toHaveText('Done');
});

test('marking an activity done shows on the course map', async ({ page }) => {
  await page.goto('/activities/trust/');
  await worksheetReady(page);
  await page.getByLabel('Mark this activity as done').check();
  await page.goto('/course/');
  await expect(page.locator('[data-progress="activity/trust"]')).toHaveText('Done');
});

test('a second tab sees a change without losing what it is typing in another block', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/activities/culture-of-learning/');
  await b.goto('/activities/culture-of-learning/');
  await worksheetReady(a);
  await worksheetReady(b);
  const first = (p: Page) => p.locator('.worksheet [data-type="text"] textarea').nth(0);
  const second = (p: Page) => p.locator('.worksheet [data-type="text"] textarea').nth(1);
  await second(b).fill('Typed in tab B');
  await first(a).fill('Typed in tab A');
  await expect(first(b)).toHaveValue('Typed in tab A');
  await expect(second(b)).toHaveValue('Typed in tab B');
  await expect(second(a)).toHaveValue('Typed in tab B');
});

test('axe passes on a filled activity page', async ({ page }) => {
  await page.goto('/activities/leadership-perspective/');
  await worksheetReady(page);
  const boxes = page.locator('.worksheet textarea');
  for (let i = 0; i < Math.min(6, await boxes.count()); i++) await boxes.nth(i).fill(`Filled ${i}`);
  await expectNoAxeViolations(page);
});
