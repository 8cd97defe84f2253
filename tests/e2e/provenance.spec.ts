import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ILLUSTRATIVE_LABEL } from '../../src/lib/illustrative';
import { questionSourceText } from '../../src/lib/worksheets';

// Provenance marks, checked against the built pages: a detail a content file marks as the
// course's invention is never shown without its label, each discussion question sits under
// the heading of its source, and the report's reading of the Activity 3 meeting waits, closed,
// until the learner has written notes. The expectations are read from content/, so a new
// scenario, member or question is covered without touching this file.

interface Member {
  id: string;
  name: string;
  role: string;
  detail?: string;
  illustrative?: ('name' | 'role' | 'detail')[];
}
interface Lab {
  kind: string;
  facts: { label: string; value: string; illustrative?: boolean }[];
  committees: { id: string; members: string[] }[];
  pool: Member[];
}

const labs = readdirSync('content/scenarios')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join('content/scenarios', f), 'utf8')) as Lab }))
  .filter((l) => l.data.kind === 'committee-lab');

/** The texts a lab marks as illustrative: marked facts and each marked field of a pool member. */
function illustrativeTexts(lab: Lab, members: Member[] = lab.pool): string[] {
  const texts = lab.facts.filter((f) => f.illustrative).map((f) => f.value);
  for (const m of members) for (const field of m.illustrative ?? []) texts.push(m[field] ?? '');
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * For each text, every place it is shown on the page: whether it sits inside a
 * `[data-illustrative]` wrapper that also shows the label. Runs in the page.
 */
async function placesShown(page: Page, texts: string[]) {
  return page.evaluate(
    ({ texts, label }) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      return texts.map((text) => {
        const places = nodes
          .filter((n) => norm(n.data).includes(text))
          .map((n) => {
            const wrapper = n.parentElement?.closest('[data-illustrative]');
            const shown = wrapper?.querySelector('.illustrative-label');
            return { labelled: !!shown && norm(shown.textContent ?? '') === label, where: n.parentElement?.closest('[id]')?.id ?? '(page)' };
          });
        return { text, places };
      });
    },
    { texts, label: ILLUSTRATIVE_LABEL },
  );
}

function expectAllLabelled(found: Awaited<ReturnType<typeof placesShown>>) {
  for (const { text, places } of found) {
    expect(places.length, `"${text}" should be on the page`).toBeGreaterThan(0);
    const bare = places.filter((p) => !p.labelled).map((p) => p.where);
    expect(bare, `"${text}" is shown without "${ILLUSTRATIVE_LABEL}" (inside #...)`).toEqual([]);
  }
}

for (const lab of labs) {
  test.describe(`${lab.id}: illustrative details`, () => {
    test('the built lab page labels every illustrative detail, before any script runs', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/scenarios/${lab.id}/`);
      expectAllLabelled(await placesShown(page, illustrativeTexts(lab.data)));
      await context.close();
    });

    test('the lab keeps the labels once its islands run: paths, comparison and builder', async ({ page }) => {
      await page.goto(`/scenarios/${lab.id}/`);
      const builder = page.locator('.lab-builder');
      await builder.scrollIntoViewIfNeeded();
      await expect(builder).toHaveAttribute('data-hydrated', 'true');
      await page.locator('#side-by-side').scrollIntoViewIfNeeded();
      await expect(page.locator('.lab-comparison .save-status')).toContainText('proposals revealed');
      for (const c of lab.data.committees) {
        const p = page.locator(`#path-${c.id}`);
        await p.scrollIntoViewIfNeeded();
        await expect(p.locator('.badge')).toBeVisible();
        await p.locator('summary').click();
      }
      expectAllLabelled(await placesShown(page, illustrativeTexts(lab.data)));
      // The voices left out and the implied diagnoses are the course's reading, and say so.
      await expect(page.locator('.lab-compare-table')).toContainText("Left out, in the course's reading (the report names no one)");
      await expect(page.locator('.lab-compare-table')).toContainText("The diagnosis the proposal implies (the course's reading)");
    });

    test('the printed case sheet labels the illustrative details of the members at each table', async ({ page }) => {
      await page.goto(`/facilitate/cases/${lab.id}/`);
      const seated = lab.data.pool.filter((m) => lab.data.committees.some((c) => c.members.includes(m.id)));
      expectAllLabelled(await placesShown(page, illustrativeTexts(lab.data, seated)));
      await expect(page.locator('.case-key')).toContainText("Not at the table, in the course's reading (the report names no one)");
    });
  });
}

interface Activity {
  number: number;
  discussion?: { id: string; text: string; source: 'report' | 'course' }[];
  reportReading?: { summary: string; text: string[] };
}
const activities = readdirSync('content/activities')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content/activities', f), 'utf8'))?.[1] ?? '';
    return { id: f.replace(/\.mdx$/, ''), data: parse(front) as Activity };
  });

test('every activity shows each discussion question under the heading of its source', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  expect(activities).toHaveLength(13);
  for (const a of activities) {
    await page.goto(`/activities/${a.id}/`);
    for (const source of ['report', 'course'] as const) {
      const questions = (a.data.discussion ?? []).filter((q) => q.source === source);
      const group = page.locator(`.discussion-group[data-source="${source}"]`);
      await expect(group, `${a.id}: ${source} group`).toHaveCount(questions.length ? 1 : 0);
      if (!questions.length) continue;
      await expect(group.getByRole('heading', { level: 3 })).toHaveText(questionSourceText[source].heading);
      await expect(group.locator('[data-block]')).toHaveCount(questions.length);
      for (const q of questions) await expect(group.locator(`[data-block="discussion-${q.id}"]`), `${a.id}/${q.id}`).toHaveCount(1);
    }
    // The printed handout carries the same headings, in the same order.
    await page.goto(`/facilitate/${a.id}/handout/`);
    const sources = (['report', 'course'] as const).filter((source) => (a.data.discussion ?? []).some((q) => q.source === source));
    await expect(page.locator('.ho-source'), `${a.id} handout`).toHaveText(sources.map((source) => questionSourceText[source].heading));
  }
  await context.close();
});

test("Activity 3: the report's reading of the meeting comes after the worksheet, closed until the learner opens it", async ({ page }) => {
  const withReading = activities.filter((a) => a.data.reportReading);
  expect(withReading.map((a) => a.id)).toContain('interactions');
  for (const a of withReading) {
    await page.goto(`/activities/${a.id}/`);
    const reading = page.locator('details.report-reading');
    await expect(reading).toHaveCount(1);
    await expect(reading).not.toHaveAttribute('open');
    // After the worksheet in reading order, so notes come first.
    const after = await reading.evaluate((el) => {
      const ws = document.querySelector('section.worksheet');
      return !!ws && (ws.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(after).toBe(true);
    const first = a.data.reportReading!.text[0]!.replace(/\s+/g, ' ').trim();
    await expect(reading.getByText(first)).toBeHidden();
    await reading.locator('summary').click();
    await expect(reading.getByText(first)).toBeVisible();
  }
});

// A link the report printed that has since gone stale stays (it is the report's), flagged, and
// beside it the Internet Archive's copy of that same address from the report's year.
test('a stale resource link offers the Internet Archive copy of its own address', async ({ page }) => {
  const resources = parse(readFileSync('content/resources.yaml', 'utf8')) as { id: string; url: string; title: string; status: string }[];
  const ascd = resources.find((r) => r.id === 'ascd-relational-trust');
  expect(ascd?.status).toBe('likely-dead');
  await page.goto('/activities/trust/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: ascd!.title, exact: false }) });
  await expect(card.getByRole('link', { name: ascd!.title }).first()).toHaveAttribute('href', ascd!.url);
  const archive = card.getByRole('link', { name: /Internet Archive's copy/ });
  await expect(archive).toHaveAttribute('href', `https://web.archive.org/web/2019/${ascd!.url}`);
  await expect(card).not.toContainText('This link is old');
  // An address that still works gets no flag.
  const ok = resources.find((r) => r.id === 'sciencedaily-trust-school-systems')!;
  const okCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: ok.title, exact: false }) });
  await expect(okCard.getByRole('link', { name: /Internet Archive/ })).toHaveCount(0);
});
