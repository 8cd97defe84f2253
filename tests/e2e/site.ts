/** Shared helpers for the browser tests, which run against the built site in dist/. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, as URL paths ("/", "/course/", ...). */
export function builtPages(dir = process.env['OUT_DIR'] ?? 'dist'): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** Fails with the list of violations, so a failure says what to fix. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Wait until the worksheets on the page have loaded saved answers (fields enabled) and every
 * diagram tool has loaded. The tools load on the learner's first move (Deferred.tsx), so this
 * moves the pointer as a learner arriving at the worksheet would.
 */
export async function worksheetReady(page: Page): Promise<void> {
  await page.locator('.worksheet-blocks').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.worksheet-blocks textarea, .worksheet-blocks input').first()).toBeEnabled();
  await page.mouse.move(5, 5);
  await page.mouse.move(10, 10);
  await expect(page.locator('.worksheet-blocks .tool-loading')).toHaveCount(0);
}

/** Fail the test on any dialog: user text must never run as code. */
export function failOnDialog(page: Page): void {
  page.on('dialog', async (d) => {
    await d.dismiss();
    throw new Error(`Unexpected dialog: ${d.message()}`);
  });
}
