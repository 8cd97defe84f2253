import { expect, test } from '@playwright/test';
import { worksheetReady } from './site';

test('a learner walks home → course map → section → activity → back, and progress shows', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Distributed leadership');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course map' }).click();
  await expect(page).toHaveURL(/\/course\/$/);
  const badge = page.locator('[data-progress="section/work-of-school-leaders"]');
  await expect(badge).toHaveText('Not started');

  await page
    .getByRole('link', { name: /The Work of School Leaders/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sections\/work-of-school-leaders\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /^Activity 1:/ }).click();
  await expect(page).toHaveURL(/\/activities\/leadership-work\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Work of School Leaders');
  // The visit is recorded by the page's script; wait for it before leaving (a loaded runner is slow).
  await expect.poll(() => page.evaluate(() => localStorage.getItem('course:v1:progress:activity/leadership-work'))).not.toBeNull();

  // Breadcrumbs lead back to the section and the map.
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByText('Activity 1')).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page).toHaveURL(/\/sections\/work-of-school-leaders\/$/);
  await page.goto('/course/');
  await expect(page.locator('[data-progress="section/work-of-school-leaders"]')).toHaveText('Done');
  await expect(page.locator('[data-progress="activity/leadership-work"]')).toHaveText('In progress');
  await expect(page.locator('[data-progress="section/overview"]')).toHaveText('Not started');
  await expect(page.locator('[data-progress-summary]')).toHaveText(
    'Done: 1 of 8 sections, 0 of 13 activities, 0 of 4 reading guides, 0 of 1 scenario lab. 1 in progress.',
  );
});

test('previous and next links chain every lesson in order, each next page linking back', async ({ request }) => {
  // Over HTTP, not in a page: the links are in the server-rendered HTML, and clicking through
  // thirty lessons in a browser cost half a minute of the suite.
  const relLink = (html: string, rel: 'next' | 'prev') =>
    [...html.matchAll(/<a\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => new RegExp(`\\srel="${rel}"`).test(tag))
      ?.match(/\shref="([^"]+)"/)?.[1];
  const seen: string[] = [];
  let path: string | undefined = '/sections/overview/';
  let previous: string | undefined;
  while (path && seen.length < 60) {
    const response = await request.get(path);
    expect(response.ok(), `${path} answers`).toBe(true);
    const html = await response.text();
    expect(relLink(html, 'prev'), `${path} links back to the lesson before it`).toBe(previous);
    seen.push(path);
    previous = path;
    path = relLink(html, 'next');
  }
  expect(seen).toContain('/activities/making-sense-of-emotion/');
  expect(seen).toContain('/scenarios/harmon-high/');
  expect(seen.at(-1)).toMatch(/^\/readings\//);
  expect(new Set(seen).size).toBe(seen.length);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/sections/overview/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the theme toggle cycles auto → light → dark and is remembered', async ({ page }) => {
  await page.goto('/');
  const toggle = page.locator('[data-theme-toggle]');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/course/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-label', /dark/);
});

test('the layout holds at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', '/course/', '/sections/distributed-perspective/', '/activities/leadership-perspective/']) {
    await page.goto(path);
    // Measure with every worksheet and tool loaded: a wide diagram arrives only then.
    if (await page.locator('.worksheet-blocks').count()) await worksheetReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('every lesson, activity, reading and the lab is reachable from the course map and renders', async ({ page, request }) => {
  await page.goto('/course/');
  const hrefs = await page
    .locator('main a[href*="/sections/"], main a[href*="/activities/"], main a[href*="/readings/"], main a[href*="/scenarios/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname))]);
  expect(hrefs.filter((h) => h.startsWith('/sections/'))).toHaveLength(8);
  expect(hrefs.filter((h) => h.startsWith('/activities/'))).toHaveLength(13);
  expect(hrefs.filter((h) => h.startsWith('/readings/'))).toHaveLength(4);
  expect(hrefs).toContain('/scenarios/harmon-high/');
  for (const href of hrefs) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const html = await res.text();
    expect(html, href).toMatch(/<h1[^>]*>[^<]+/);
  }
});

test('the provider area is in the top navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers' }).click();
  await expect(page).toHaveURL(/\/providers\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Providers' })).toHaveAttribute('aria-current', 'page');
});
