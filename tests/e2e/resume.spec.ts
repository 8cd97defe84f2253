import { expect, test, type Locator, type Page } from '@playwright/test';

const answer = (v: unknown, at: number) => JSON.stringify({ v, at });
const progressOf = (page: Page, lesson: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { place?: { heading: string; at: number } } | null, `course:v1:progress:${lesson}`);
/** The learner reads down to a heading, with the wheel as they would, until it nears the top. */
async function readDownTo(page: Page, heading: Locator): Promise<void> {
  while ((await heading.evaluate((el) => el.getBoundingClientRect().top)) > 100) {
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => done(true))));
  }
}
/** Where an element's top is on screen, in CSS pixels. */
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().top));

test.describe('continue where you left off', () => {
  test('a first visit offers no "Continue", on the home page or the course map: their first step instead', async ({ page }) => {
    for (const path of ['/', '/course/']) {
      await page.goto(path);
      await expect(page.getByRole('link', { name: /^Start with the overview Section 1, / })).toBeVisible();
      await expect(page.getByRole('link', { name: /^Continue/ })).toHaveCount(0);
    }
  });

  test('a returning learner gets the lesson last worked on, at the block they were at, without framework code on the home page', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      ([a, b]) => {
        localStorage.setItem('course:v1:answers:activity/trust/stalled-change', a!);
        localStorage.setItem('course:v1:answers:activity/stakeholder-charts/discipline-ladder-reflection', b!);
      },
      [answer('Earlier work', 1000), answer('My latest thoughts on the ladder', 2000)],
    );
    // No framework on the home page: only the page's own small scripts.
    const scripts: string[] = [];
    const onRequest = (r: { resourceType: () => string; url: () => string }) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    };
    page.on('request', onRequest);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Continue: Activity 9, Diagnosis, Design and Action Review: Stakeholder Charts' })).toBeVisible();
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

  test('the course map offers "Continue" after work on Activity 9, and it lands on the block, focused', async ({ page }) => {
    await page.goto('/activities/stakeholder-charts/');
    const field = page.locator('[data-block="discipline-ladder-reflection"] textarea');
    await field.fill('The ladder skips the families entirely.');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('course:v1:answers:activity/stakeholder-charts/discipline-ladder-reflection')))
      .toContain('skips the families');
    await page.goto('/course/');
    const link = page.getByRole('link', { name: 'Continue: Activity 9, Diagnosis, Design and Action Review: Stakeholder Charts' });
    await expect(link).toBeVisible();
    // Above the map: the first thing a returning learner meets.
    expect(await topOf(page, '[data-continue]')).toBeLessThan(await topOf(page, '.course-map'));
    await link.click();
    await expect(page).toHaveURL(/\/activities\/stakeholder-charts\/#continue=discipline-ladder-reflection$/);
    await expect(page.locator('html[data-restoring-place]')).toHaveCount(0);
    await expect(field).toHaveValue('The ladder skips the families entirely.');
    await expect.poll(() => topOf(page, '[data-block="discipline-ladder-reflection"]')).toBeLessThan(120);
    expect(await topOf(page, '[data-block="discipline-ladder-reflection"]')).toBeGreaterThanOrEqual(0);
    // Focus is where the learner landed, so a screen reader and the keyboard start there too.
    await expect(page.locator('[data-continued]')).toBeFocused();
    expect(await page.locator('[data-continued]').evaluate((el) => !!el.closest('[data-block="discipline-ladder-reflection"]'))).toBe(true);
  });

  test('a reading lesson resumes at the heading the learner read to; an answer made later wins', async ({ page }) => {
    await page.goto('/sections/kinds-of-decisions/');
    const heading = page.getByRole('heading', { name: 'Vroom’s four ways of deciding', level: 2 });
    await readDownTo(page, heading);
    await page.goto('/');
    await expect.poll(async () => (await progressOf(page, 'section/kinds-of-decisions'))?.place?.heading).toBe('vrooms-four-ways-of-deciding');
    const link = page.getByRole('link', { name: /^Continue: Section \d+, What kinds of decisions/ });
    await expect(link).toHaveAttribute('href', /\/sections\/kinds-of-decisions\/#continue=vrooms-four-ways-of-deciding$/);
    await link.click();
    await expect(heading).toBeFocused();
    const top = await topOf(page, '#vrooms-four-ways-of-deciding');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);

    // An answer in the same lesson after the reading place: the block wins.
    await page.evaluate((a) => localStorage.setItem('course:v1:answers:section/kinds-of-decisions/explaining-the-mix', a), answer('Later', Date.now() + 1000));
    await page.goto('/course/');
    await expect(page.getByRole('link', { name: /^Continue: Section \d+, What kinds of decisions/ })).toHaveAttribute('href', /#continue=explaining-the-mix$/);
  });

  test('the reading place survives the learner marking the lesson done afterwards in the same tab', async ({ page }) => {
    await page.goto('/activities/non-discussables/');
    const heading = page.getByRole('heading', { name: 'The scenario: Kyle’s absence', level: 2 });
    await readDownTo(page, heading);
    // The learner switches to another tab and back: the place is written as the tab is hidden.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });
    await expect.poll(async () => (await progressOf(page, 'activity/non-discussables'))?.place?.heading).toBe('the-scenario-kyles-absence');
    await page.getByLabel('Mark this activity as done').check();
    await expect.poll(async () => ((await progressOf(page, 'activity/non-discussables')) as { done?: number } | null)?.done).toBeGreaterThan(0);
    expect((await progressOf(page, 'activity/non-discussables'))?.place?.heading).toBe('the-scenario-kyles-absence');
  });

  test('a reload after following "Continue" keeps the learner where they scrolled, not at the linked block', async ({ page }) => {
    await page.goto('/');
    await page.evaluate((a) => localStorage.setItem('course:v1:answers:activity/stakeholder-charts/discipline-ladder-reflection', a), answer('Notes', 2000));
    await page.goto('/');
    await page.getByRole('link', { name: /^Continue: Activity 9/ }).click();
    await expect(page.locator('html[data-restoring-place]')).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);
    // The learner goes back up to the introduction, then reloads.
    await page.evaluate(() => new Promise((done) => (addEventListener('scrollend', done, { once: true }), scrollTo(0, 0))));
    await page.reload();
    // keep-place.ts puts a learner back (or not) as the page's scripts run, before the load event.
    await page.waitForFunction(() => document.readyState === 'complete' && !document.documentElement.hasAttribute('data-restoring-place'));
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});
