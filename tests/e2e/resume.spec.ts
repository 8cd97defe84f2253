import { expect, test } from '@playwright/test';

const answer = (v: unknown, at: number) => JSON.stringify({ v, at });

test.describe('continue where you left off', () => {
  test('a first visit offers no "Continue"; a returning learner gets the lesson last worked on, at the block they were at', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Continue/ })).toHaveCount(0);
    await page.evaluate(
      ([a, b]) => {
        localStorage.setItem('course:v1:answers:activity/trust/stalled-change', a!);
        localStorage.setItem('course:v1:answers:activity/stakeholder-charts/discipline-ladder-reflection', b!);
      },
      [answer('Earlier work', 1000), answer('My latest thoughts on the ladder', 2000)],
    );
    for (const path of ['/']) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: 'Continue: Activity 9, Diagnosis, Design and Action Review: Stakeholder Charts' })).toBeVisible();
    }
    // No framework on the home page: only the page's own small scripts.
    const scripts: string[] = [];
    const onRequest = (r: { resourceType: () => string; url: () => string }) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    };
    page.on('request', onRequest);
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Continue: Activity 9/ })).toBeVisible();
    page.off('request', onRequest);
    expect(scripts.filter((u) => /react|client|Worksheet|stores/i.test(u))).toEqual([]);
    await page.getByRole('link', { name: /^Continue: Activity 9/ }).click();
    await expect(page).toHaveURL(/\/activities\/stakeholder-charts\/#continue=discipline-ladder-reflection$/);
    const block = page.locator('[data-block="discipline-ladder-reflection"]');
    await expect(block.locator('textarea')).toHaveValue('My latest thoughts on the ladder');
    // The block is on screen, near the top, once the worksheet shows the answers.
    await expect(page.locator('html[data-restoring-place]')).toHaveCount(0);
    await expect.poll(() => block.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    await expect.poll(() => block.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });
});
