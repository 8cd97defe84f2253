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
