import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { worksheetReady } from './site';

const KEY = 'course:v1:answers:activity/culture-of-learning/';

test('text typed just before closing the tab is there when it reopens', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await page.locator('.worksheet [data-type="text"] textarea').first().fill('Written a moment before closing');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/activities/culture-of-learning/');
  await worksheetReady(again);
  await expect(again.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('Written a moment before closing');
});

test('a full storage shows the banner, keeps working in memory, and keeps the answer', async ({ page }) => {
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("Setting the value of 'x' exceeded the quota.", 'QuotaExceededError');
    };
  });
  const box = page.locator('.worksheet [data-type="text"] textarea').first();
  await box.fill('Kept in memory');
  await expect(page.locator('[data-storage-warning]').first()).toContainText('not being saved');
  await expect(box).toHaveValue('Kept in memory');
  // The export right there holds the answer that could not be saved.
  const download = page.waitForEvent('download');
  await page.locator('[data-storage-warning]').first().getByRole('button', { name: 'Download my work now' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(JSON.stringify(file.data.answers)).toContain('Kept in memory');
});

test('unavailable storage shows the banner on load', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await expect(page.locator('[data-storage-warning]').first()).toContainText('does not let the site store anything');
  const box = page.locator('.worksheet [data-type="text"] textarea').first();
  await box.fill('Still typeable');
  await expect(box).toHaveValue('Still typeable');
});

test('a corrupt saved value is quarantined, not wiped, and the learner is told', async ({ page }) => {
  await page.goto('/');
  const blockId = 'problem';
  await page.evaluate((key) => localStorage.setItem(key, '{"broken'), `${KEY}${blockId}`);
  await page.goto('/activities/culture-of-learning/');
  await worksheetReady(page);
  await expect(page.locator('[data-quarantine-warning]').first()).toBeVisible();
  // One key per set-aside entry, so two tabs never overwrite each other's.
  const quarantined = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('course:quarantine:'))
      .map((k) => localStorage.getItem(k))
      .join('\n'),
  );
  expect(quarantined).toContain('{\\"broken');
  expect(await page.evaluate((key) => localStorage.getItem(key), `${KEY}${blockId}`)).toBeNull();
});

test.describe('before the worksheet wakes', () => {
  // A service worker that has cached the course would serve the blocked code past page.route.
  // The patterns end in `(\?|$)`: Astro asks again for an island's code that failed to load
  // (`?astro-retry=…`), and a retry that got through woke the worksheet in a full run.
  test.use({ serviceWorkers: 'block' });

  test('a returning learner sees their saved text in its field from first paint; replacing it before the worksheet wakes replaces it', async ({ page }) => {
    const key = 'course:v1:answers:section/overview/improvement-share';
    await page.goto('/course/');
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 'Saved before', at: 1 })), key);
    // Every value the field shows in a painted frame (read just before each paint): never empty.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const frame = () => {
        const field = document.querySelector<HTMLTextAreaElement>('[data-block="improvement-share"] textarea');
        if (field && seen.at(-1) !== field.value) seen.push(field.value);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // The worksheet's code never arrives: the island cannot wake while the learner types.
    await page.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/, (route) => route.abort());
    await page.goto('/sections/overview/');
    const field = page.locator('[data-block="improvement-share"] textarea');
    await expect(field).toHaveValue('Saved before');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['Saved before']);
    await field.fill('A new answer in its place');
    await expect(page.locator('.worksheet-blocks[data-hydrated]')).toHaveCount(0);
    await page.goto('/course/');
    const saved = async () => page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? 'null') as { v: string } | null)?.v, key);
    expect(await saved()).toBe('A new answer in its place');

    // With its code back, the worksheet shows that answer, and leaves it as it is.
    await page.unroute(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/);
    await page.goto('/sections/overview/');
    await expect(field).toHaveValue('A new answer in its place');
    await worksheetReady(page);
    await expect(field).toHaveValue('A new answer in its place');
    await page.goto('/course/');
    expect(await saved()).toBe('A new answer in its place');
  });

  test('an answer replaced, or cleared, while the worksheet is still waking is saved as the field shows it', async ({ page }) => {
    const key = 'course:v1:answers:section/overview/improvement-share';
    await page.goto('/course/');
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 'Saved before', at: 1 })), key);
    // The worksheet's code arrives only once the learner has typed.
    let release = () => {};
    const typed = new Promise<void>((done) => (release = done));
    await page.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/, async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto('/sections/overview/');
    const field = page.locator('[data-block="improvement-share"] textarea');
    await expect(field).toHaveValue('Saved before');
    await field.fill('Replaced before it woke');
    release();
    await worksheetReady(page);
    await expect(field).toHaveValue('Replaced before it woke');
    const saved = async () => page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? 'null') as { v: string } | null)?.v, key);
    await expect.poll(saved).toBe('Replaced before it woke');

    // Text the learner adds at the end of what the field shows is kept with it, once.
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 'Saved before', at: 2 })), key);
    await page.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/, (route) => route.abort());
    await page.goto('/sections/overview/');
    await expect(field).toHaveValue('Saved before');
    await field.press('End');
    await field.pressSequentially(', and more');
    await page.goto('/course/');
    expect(await saved()).toBe('Saved before, and more');

    // Emptied before it woke: the answer is empty.
    await page.goto('/sections/overview/');
    await field.fill('');
    await page.goto('/course/');
    expect(await saved()).toBe('');
  });

  test('a saved answer the page cannot show before its block wakes is announced as loading, never a blank form', async ({ page }) => {
    const key = 'course:v1:answers:activity/culture-of-learning/outward-explanations';
    await page.goto('/course/');
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: ['Saved before'], at: 1 })), key);
    await page.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/, (route) => route.abort());
    await page.goto('/activities/culture-of-learning/');
    const list = page.locator('[data-answer$="/outward-explanations"]');
    await expect(list.getByText('Loading your saved answer…')).toBeVisible();
    // Blocks with nothing saved show their fields as they are.
    await expect(page.locator('[data-answer$="/protective-moves"]').getByText('Loading your saved answer…')).toBeHidden();
    await page.unroute(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/);
    await page.goto('/activities/culture-of-learning/');
    await worksheetReady(page);
    await expect(list.getByText('Loading your saved answer…')).toBeHidden();
    await expect(list.locator('textarea').first()).toHaveValue('Saved before');
  });

  test('a list, tick boxes and a choice made before the worksheet woke are kept when the learner leaves, and saved when it next wakes', async ({ page }) => {
    const answers = 'course:v1:answers:activity/culture-of-learning/';
    const kept = 'course:v1:early-edits:activity/culture-of-learning/';
    await page.goto('/course/');
    await page.evaluate((k) => localStorage.setItem(`${k}outward-explanations`, JSON.stringify({ v: ['Saved before'], at: 1 })), answers);
    await page.route(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/, (route) => route.abort());
    await page.goto('/activities/culture-of-learning/');
    const list = page.locator('[data-block="outward-explanations"]');
    await list.getByLabel('Explanation 1', { exact: true }).fill('Typed in the first row');
    await list.getByLabel('Explanation 3', { exact: true }).fill('Typed in the third row');
    const moves = page.locator('[data-block="protective-moves"]');
    await moves.getByRole('checkbox').nth(1).check();
    const opening = page.locator('[data-block="opening-question"]');
    await opening.getByRole('radio').nth(2).check();
    await expect(page.locator('.worksheet-blocks[data-hydrated]')).toHaveCount(0);
    await page.goto('/course/');
    // Kept as edits, by field: only the worksheet's editors know these answers' shapes.
    const read = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);
    expect(JSON.parse((await read(`${kept}outward-explanations`)) ?? 'null')).toEqual([
      { field: 0, text: 'Typed in the first row' },
      { field: 2, text: 'Typed in the third row' },
    ]);
    expect(await read(`${kept}protective-moves`)).toBe('[{"field":1,"checked":true}]');

    // The worksheet wakes: each edit goes in through its editor, on top of the saved list
    // (the third row, which the one-item saved list does not have, joins its last item).
    await page.unroute(/\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/);
    await page.goto('/activities/culture-of-learning/');
    await worksheetReady(page);
    await expect(list.locator('textarea')).toHaveCount(1);
    await expect(list.locator('textarea')).toHaveValue('Saved before\nTyped in the first row\nTyped in the third row');
    await expect(moves.getByRole('checkbox').nth(1)).toBeChecked();
    await expect(opening.getByRole('radio').nth(2)).toBeChecked();
    await expect.poll(() => read(`${kept}outward-explanations`)).toBeNull();
    await page.goto('/course/');
    const saved = (id: string) => page.evaluate((k) => (JSON.parse(localStorage.getItem(k) ?? 'null') as { v: unknown } | null)?.v, `${answers}${id}`);
    expect(await saved('outward-explanations')).toEqual(['Saved before\nTyped in the first row\nTyped in the third row']);
    expect(await saved('protective-moves')).toHaveLength(1);
    expect(await saved('opening-question')).toBeTruthy();
    expect(await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(k)), 'course:v1:early-edits:')).toEqual([]);
  });

  test("numbers typed in Activity 1's estimate before the worksheet woke are the estimate once it wakes", async ({ page }) => {
    let wake = () => {};
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const worksheet = /\/_astro\/Worksheet\.[\w-]+\.js(\?|$)/;
    await page.route(worksheet, async (route) => {
      await woken;
      await route.continue();
    });
    await page.goto('/activities/leadership-work/');
    const block = page.locator('[data-block="attention-estimate"]');
    await block.getByLabel('Putting out fires', { exact: true }).fill('50');
    await block.getByLabel('Maintaining the organization', { exact: true }).fill('35');
    await block.getByLabel('Engaging in improvement', { exact: true }).fill('15');
    await expect(page.locator('.worksheet-blocks[data-hydrated]')).toHaveCount(0);
    wake();
    await worksheetReady(page);
    await expect(block.getByLabel('Putting out fires', { exact: true })).toHaveValue('50');
    await expect(block.getByLabel('Engaging in improvement', { exact: true })).toHaveValue('15');
    await expect
      .poll(() =>
        page.evaluate(
          () => (JSON.parse(localStorage.getItem('course:v1:answers:activity/leadership-work/attention-estimate') ?? 'null') as { v: unknown } | null)?.v,
        ),
      )
      .toEqual({ fires: 50, maintaining: 35, improvement: 15 });
  });

  test("the lab's predictions and seats, made before its islands woke, are kept when the learner leaves", async ({ page }) => {
    const key = 'scenario/harmon-high/';
    // `(\?|$)`: Astro asks again for an island's code that failed to load (`?astro-retry=`).
    const islands = /\/_astro\/Committee(Path|Builder)\.[\w-]+\.js(\?|$)/;
    await page.goto('/course/');
    await page.route(islands, (route) => route.abort());
    await page.goto('/scenarios/harmon-high/');
    const committee = page.locator('details[data-committee="leadership-team"]');
    await committee.locator('summary').click();
    await committee.getByLabel(/decide the problem is/).fill('Typed before it woke');
    const builder = page.locator('.lab-builder');
    await builder.getByLabel('Mr. Devers', { exact: true }).check();
    await expect(builder).not.toHaveAttribute('data-hydrated', 'true');
    await page.goto('/course/');
    const read = (k: string) => page.evaluate((k) => localStorage.getItem(k), k);
    expect(JSON.parse((await read(`course:v1:answers:${key}predict-leadership-team-diagnosis`)) ?? 'null')).toMatchObject({ v: 'Typed before it woke' });
    expect(JSON.parse((await read(`course:v1:early-edits:${key}build-members`)) ?? 'null')).toEqual([{ field: expect.any(Number), checked: true }]);

    // The builder wakes and seats the member through its own handler.
    await page.unroute(islands);
    await page.goto('/scenarios/harmon-high/');
    await builder.scrollIntoViewIfNeeded();
    await expect(builder).toHaveAttribute('data-hydrated', 'true');
    await expect(builder.getByLabel('Mr. Devers', { exact: true })).toBeChecked();
    await expect.poll(() => read(`course:v1:early-edits:${key}build-members`)).toBeNull();
    await expect.poll(async () => JSON.parse((await read(`course:v1:answers:${key}build-members`)) ?? 'null')?.v).toHaveLength(1);
  });
});
