import { expect, test } from '@playwright/test';
import { expectSaved, worksheetReady } from './site';

// Requests to other origins and CSP refusals are checked on every page by the sweep in a11y.spec.ts.

test('a video loads only after a click, and only from the privacy-enhanced domain', async ({ page }) => {
  const videoRequests: string[] = [];
  await page.route(/youtube/, (route) => {
    videoRequests.push(route.request().url());
    return route.abort();
  });
  await page.goto('/activities/interactions/');
  await worksheetReady(page);
  expect(await page.locator('iframe').count()).toBe(0);
  expect(videoRequests).toEqual([]);
  await page.getByRole('button', { name: /Play/ }).first().click();
  const src = await page.locator('iframe').first().getAttribute('src');
  expect(src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
  await expect.poll(() => videoRequests.length).toBeGreaterThan(0);
  expect(videoRequests.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
});

test('after a first visit the course opens and works offline', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.goto('/sections/managing-risks/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/activities/public-disagreement/');
  await worksheetReady(page);
  const box = page.locator('.worksheet [data-type="text"] textarea').first();
  await box.fill('Written offline');
  await expectSaved(page, 'Written offline');
  await page.reload();
  await worksheetReady(page);
  await expect(page.locator('.worksheet [data-type="text"] textarea').first()).toHaveValue('Written offline');
  await context.setOffline(false);
});
