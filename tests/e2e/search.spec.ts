/**
 * Search (Pagefind index + the course's own search UI). Runs against the built site, also
 * when it is built for a sub-path: BASE_PATH=/courses/dl/ for the build and for this spec.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, failOnDialog } from './site';

const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
/** A site path under the base path: at('/glossary/') → '/courses/dl/glossary/'. */
const at = (path: string): string => `${base}${path.replace(/^\//, '')}`;

const dialog = (page: Page): Locator => page.locator('dialog[data-search-dialog]');
const panel = (page: Page): Locator => page.locator('#search-dialog');
const field = (page: Page): Locator => page.locator('#search-dialog-q');
const hits = (root: Locator): Locator => root.locator('.search-hit');
const searchLink = (page: Page): Locator => page.getByRole('link', { name: 'Search', exact: true });

/** Types a query and waits until the results for it are on screen. */
async function search(root: Locator, query: string): Promise<void> {
  await root.locator('input[name="q"]').fill(query);
  await expect(root.locator('[data-search-status]')).toContainText(`“${query}”`);
}

async function openWithButton(page: Page): Promise<void> {
  await searchLink(page).click();
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
}

test.beforeEach(({ page }) => failOnDialog(page));

test('a reading page loads no search code or index until search opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(at('/sections/overview/'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  const before = requests.length;

  await openWithButton(page);
  await expect(panel(page)).toHaveAttribute('data-search-state', 'ready');
  const after = requests.slice(before);
  expect(after).toContain(at('/pagefind/pagefind.js'));
  expect(after.filter((p) => p.startsWith(at('/_astro/'))).length).toBeGreaterThan(0);
});

const firsts = [
  { query: 'Olivera', kind: 'scenario', first: '/scenarios/harmon-high/' },
  { query: 'noblest values', kind: 'activity', first: '/activities/stakeholder-charts/' },
  { query: 'putting out fires', kind: 'glossary', first: '/glossary/#putting-out-fires', alsoTop3: '/sections/work-of-school-leaders/' },
  { query: 'double loop', kind: 'glossary', first: '/glossary/#double-loop-learning', alsoTop3: '/sections/meaningful-improvement/' },
  { query: 'cage-busting', kind: 'reading', first: '/readings/cage-busting-leadership/' },
  { query: 'Heifetz', kind: 'section', first: '/sections/kinds-of-decisions/' },
];

test('terms from every kind of page find the right page first, with highlighted excerpts', async ({ page }) => {
  await page.goto(at('/readings/practice-of-improvement/'));
  await openWithButton(page);
  for (const { query, kind, first, alsoTop3 } of firsts) {
    await search(panel(page), query);
    const top = hits(panel(page)).first();
    await expect(top, query).toHaveAttribute('href', at(first));
    await expect(top).toHaveAttribute('data-kind', kind);
    if (alsoTop3) {
      const top3 = await hits(panel(page)).evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(top3, query).toContain(at(alsoTop3));
    }
    // Excerpts: text and <mark> elements only, and the query's words are marked.
    await expect(top.locator('mark').first(), query).toBeVisible();
    const tags = await panel(page)
      .locator('.search-excerpt *')
      .evaluateAll((els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
    const firstWord = query.split(/[\s-]/)[0]!.toLowerCase();
    const marks = await top.locator('mark').allTextContents();
    expect(
      marks.some((m) => m.toLowerCase().startsWith(firstWord)),
      `${query}: ${marks.join(', ')}`,
    ).toBe(true);
  }
});

test('sub-results open the page at the matching heading', async ({ page }) => {
  await page.goto(at('/'));
  await openWithButton(page);
  await search(panel(page), 'noblest values');
  const sub = panel(page).locator('.search-result').first().locator('.search-sub').first();
  await expect(sub).toHaveAttribute('href', at('/activities/stakeholder-charts/#the-five-questions'));
  await expect(sub.locator('.search-sub-title')).toHaveText('The five questions');
  await sub.click();
  await expect(page).toHaveURL(new RegExp(`${at('/activities/stakeholder-charts/')}#the-five-questions$`));
  await expect(page.locator('#the-five-questions')).toBeInViewport();
});

test('filters narrow results by kind, report section and activity', async ({ page }) => {
  await page.goto(at('/glossary/'));
  await openWithButton(page);
  await search(panel(page), 'trust');
  const all = await hits(panel(page)).count();
  expect(all).toBeGreaterThan(3);
  const chip = (name: RegExp) => panel(page).locator('.search-chip').filter({ hasText: name });
  await expect(chip(/^Glossary/)).toContainText(/\(\d+\)/);

  await chip(/^Glossary/).click();
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/glossary/#relational-trust'));
  for (const kind of await hits(panel(page)).evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['kind']))) expect(kind).toBe('glossary');
  await expect(panel(page).locator('[data-search-status]')).toContainText('with the filters chosen');

  await chip(/^Sections/).click();
  await expect(hits(panel(page)).first()).toHaveAttribute('data-kind', 'section');
  for (const kind of await hits(panel(page)).evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['kind']))) expect(kind).toBe('section');
  await search(panel(page), 'double loop');
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/sections/meaningful-improvement/'));

  // Report section and activity menus, filled from the index.
  await chip(/^All/).click();
  await panel(page).getByText('Section and activity').click();
  await panel(page).getByLabel('Report section').selectOption('5. Kinds of decisions');
  await search(panel(page), 'decision');
  const sections = await hits(panel(page)).evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset['section'] ?? ''));
  expect(sections.length).toBeGreaterThan(1);
  for (const s of sections) expect(s.split('|')).toContain('5. Kinds of decisions');

  await panel(page).getByLabel('Report section').selectOption('');
  await panel(page).getByLabel('Activity').selectOption({ label: '9. Diagnosis, Design and Action Review: Stakeholder Charts' });
  await search(panel(page), 'values');
  await expect(hits(panel(page))).toHaveCount(1);
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/activities/stakeholder-charts/'));
});

test('keyboard: / and Ctrl+K open, arrows move, Enter opens, Esc closes', async ({ page }) => {
  await page.goto(at('/sections/conditions-and-skills/'));
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('trust');
  await expect(panel(page).locator('[data-search-status]')).toContainText('“trust”');
  const options = panel(page).locator('[role="option"]');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(field(page)).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  // Up from the first result wraps to the last.
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const target = (await options.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname + u.hash === target);

  // The header link opens the dialog from the keyboard, and focus returns to it on Esc.
  const link = searchLink(page);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();

  // "/" typed into a worksheet field is text, not a shortcut.
  await page.goto(at('/activities/trust/'));
  const box = page.locator('.worksheet-blocks textarea').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box).toBeEnabled();
  await box.click();
  await page.keyboard.type('a/b');
  await expect(dialog(page)).toBeHidden();
  await expect(box).toHaveValue(/a\/b/);
});

test('no results: a message, what to try, and titles that look alike', async ({ page }) => {
  await page.goto(at('/about/'));
  await openWithButton(page);
  await search(panel(page), 'zzqxv');
  const empty = panel(page).locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty).toContainText('No results for “zzqxv”');
  await expect(empty).toContainText('Check the spelling');
  await expect(panel(page).locator('[data-search-results]')).toBeHidden();
  await expect(field(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(empty.getByRole('link', { name: 'the glossary' })).toHaveAttribute('href', at('/glossary/'));

  // A suggested query runs at once.
  await empty.getByRole('button', { name: 'Vroom' }).click();
  await expect(panel(page).locator('[data-search-status]')).toContainText('“Vroom”');
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/glossary/#vroom-decision-types'));

  // A misspelling gets "did you mean" links rather than loose matches.
  await search(panel(page), 'psycological safty');
  await expect(empty).toContainText('Did you mean');
  await expect(empty.getByRole('link', { name: 'Psychological safety' }).first()).toHaveAttribute('href', at('/glossary/#psychological-safety'));

  // Filters that exclude everything say so and offer to search everything.
  await search(panel(page), 'Olivera');
  await panel(page)
    .locator('.search-chip')
    .filter({ hasText: /^Glossary/ })
    .click();
  await expect(empty).toContainText('with the filters chosen');
  await empty.getByRole('button', { name: 'Search everything' }).click();
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/scenarios/harmon-high/'));
});

test('facilitator guides and worksheets are not in the index', async ({ page }) => {
  const pages = ['/activities/leadership-work/', '/activities/stakeholder-charts/', '/activities/non-discussables/', '/scenarios/harmon-high/'];
  await page.goto(at('/'));
  const pagefind = at('/pagefind/pagefind.js');
  for (const path of pages) {
    await page.goto(at(path));
    const guide = page.locator('details.facilitator p').first();
    const lead = page.locator('article p.lead').first();
    // Eight words of the guide's first paragraph, and of the lesson's lead as a control.
    const phrase = async (l: Locator) =>
      ((await l.textContent()) ?? '')
        .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 8)
        .join(' ');
    const hidden = await phrase(guide);
    const shown = await phrase(lead);
    expect(hidden.split(' ').length, path).toBe(8);
    const found = await page.evaluate(
      async ({ pagefind, base, queries }) => {
        const pf = (await import(/* @vite-ignore */ pagefind)) as {
          options: (o: object) => Promise<void>;
          search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        };
        await pf.options({ baseUrl: base });
        const out: string[][] = [];
        for (const q of queries) {
          const r = await pf.search(`"${q}"`);
          out.push(await Promise.all(r.results.map(async (x) => (await x.data()).url)));
        }
        return out;
      },
      { pagefind, base, queries: [shown, hidden] },
    );
    expect(found[0], `lead of ${path}: "${shown}"`).toContain(at(path));
    expect(found[1], `facilitator guide of ${path}: "${hidden}"`).toEqual([]);
  }

  // Every record in the index is lesson content: no facilitator, workbook, map or home page.
  const urls = await page.evaluate(
    async ({ pagefind, base }) => {
      const pf = (await import(/* @vite-ignore */ pagefind)) as {
        options: (o: object) => Promise<void>;
        search: (q: null) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      await pf.options({ baseUrl: base });
      const r = await pf.search(null);
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    },
    { pagefind, base },
  );
  expect(urls.length).toBeGreaterThan(40);
  const allowed = new RegExp(`^${base}(sections|activities|readings|scenarios)/[a-z-]+/$|^${base}glossary/#[a-z-]+$|^${base}about/$`);
  expect(urls.filter((u) => !allowed.test(u))).toEqual([]);
});

test('the search page works as a plain link and keeps its state in the URL', async ({ page }) => {
  await page.goto(at('/search/?q=Vroom'));
  const root = page.locator('#search-page');
  await expect(root.locator('input[name="q"]')).toHaveValue('Vroom');
  await expect(hits(root).first()).toHaveAttribute('href', at('/glossary/#vroom-decision-types'));
  await expect(searchLink(page)).toHaveAttribute('aria-current', 'page');

  await root
    .locator('.search-chip')
    .filter({ hasText: /^Sections/ })
    .click();
  await expect(hits(root).first()).toHaveAttribute('href', at('/sections/kinds-of-decisions/'));
  await expect(page).toHaveURL(/\?q=Vroom&kind=section$/);
  await page.reload();
  await expect(root.locator('input[name="kind"][value="section"]')).toBeChecked();
  await expect(hits(root).first()).toHaveAttribute('href', at('/sections/kinds-of-decisions/'));

  // The header's shortcut focuses the page's own field.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(root.locator('input[name="q"]')).toBeFocused();
  await expect(dialog(page)).toBeHidden();

  // Filters given in the link apply once the menus are filled.
  await page.goto(at('/search/?q=values&activity=9.+Diagnosis%2C+Design+and+Action+Review%3A+Stakeholder+Charts'));
  await expect(root.getByLabel('Activity')).toHaveValue('9. Diagnosis, Design and Action Review: Stakeholder Charts');
  await expect(hits(root)).toHaveCount(1);
});

test('without script, the search link and form lead to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(at('/sections/overview/'));
  await searchLink(page).click();
  await expect(page).toHaveURL(new RegExp(`${at('/search/')}$`));
  await expect(page.locator('[data-search-page] noscript')).toBeAttached();
  await page.locator('#search-page-q').fill('trust');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=trust/);
  await context.close();
});

test('search keeps working offline once loaded', async ({ page, context }) => {
  await page.goto(at('/sections/managing-risks/'));
  await openWithButton(page);
  await search(panel(page), 'trust');
  await expect(panel(page)).toHaveAttribute('data-search-offline', 'ready', { timeout: 15_000 });
  await context.setOffline(true);
  await search(panel(page), 'Olivera');
  await expect(hits(panel(page)).first()).toHaveAttribute('href', at('/scenarios/harmon-high/'));
  await search(panel(page), 'psycological');
  await expect(panel(page).locator('[data-search-empty]')).toContainText('Did you mean');
  await context.setOffline(false);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`search dialog and page are accessible (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(at('/sections/overview/'));
    await openWithButton(page);
    await search(panel(page), 'psychological safety');
    await page.keyboard.press('ArrowDown');
    await expectNoAxeViolations(page);
    await search(panel(page), 'zzqxv');
    await expectNoAxeViolations(page);
    await page.goto(at('/search/?q=stakeholder'));
    await expect(hits(page.locator('#search-page')).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
