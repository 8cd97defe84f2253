/**
 * The cohort board end to end: a facilitator opens a board for Activity 4, 25 participants in
 * their own phone-sized browsers send their answers from the activity page (by link, by file,
 * by QR code through Chromium's fake camera), two send again, and the board shows the right
 * distribution, survives a reload and prints a summary; a sort's placements come in and the
 * most divided item comes first; hostile answers are refused with a reason.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../browser';
import { seal } from '../../src/lib/transport/envelope';
import { expectNoAxeViolations } from './site';
import { qrVideo } from '../fake-camera';
import { parse } from 'yaml';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const A4 = 'activity/psychological-safety';
const SORT = 'section/kinds-of-decisions';
const LAB = 'scenario/harmon-high';
const harmon = parse(readFileSync('content/scenarios/harmon-high.yaml', 'utf8')) as {
  committees: { id: string; name: string; proposal: string; headline: string }[];
};
const committee = (id: string) => harmon.committees.find((c) => c.id === id)!;

interface StoredBoard {
  id: string;
  publicKey: string;
  privateKey: string;
}

async function currentBoard(page: Page): Promise<StoredBoard> {
  return page.evaluate(() => {
    const id = JSON.parse(localStorage.getItem('course:v1:board-meta:current') ?? 'null') as string;
    return JSON.parse(localStorage.getItem(`course:v1:boards:${id}`) ?? 'null') as StoredBoard;
  });
}

/** The facilitator opens a board for a lesson from its `#activity=` link; returns the board's link. */
async function openBoard(page: Page, lesson: string): Promise<string> {
  await page.goto(`/facilitate/board/#activity=${lesson}`);
  const link = page.locator('[data-board-link]');
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!;
}

/** Participant `i`'s Activity 4 answers: statement one spread evenly over 1–5, statement two all 4, and two behaviours chosen. */
function answersOf(i: number, shift = 0): Record<string, unknown> {
  return {
    [`${A4}/fostering-behaviours`]: { v: { 'engage-present': ((i + shift) % 5) + 1, 'engage-ask-to-learn': 4 }, at: 1_000 + i },
    [`${A4}/practise-two`]: { v: i < 20 ? ['failures-as-learning', 'acknowledge-limits'] : ['accessible'], at: 1_000 + i },
    [`${A4}/missing-sign`]: { v: 'private: never sent', at: 1_000 + i },
  };
}

async function phoneWithAnswers(browser: Browser, answers: Record<string, unknown>): Promise<{ context: BrowserContext; page: Page }> {
  // No service worker: 25 phones precaching the whole site at once starve a small test machine.
  const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
  // Answered before: the answers are in the phone's storage when the first page opens.
  await context.addInitScript((entries) => {
    if (location.protocol !== 'http:' || localStorage.getItem('seeded')) return;
    localStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(`course:v1:answers:${k}`, JSON.stringify(v));
  }, answers);
  return { context, page: await context.newPage() };
}

/** On the activity page opened from the board's link: send, and return the SendPanel. */
async function prepareSend(page: Page, link: string | undefined, name?: string): Promise<void> {
  if (link) await page.goto(link);
  else await page.reload();
  const section = page.getByRole('region', { name: 'Send to the board' });
  await expect(section).toBeVisible();
  await section.getByRole('button', { name: 'Send to the board' }).click();
  // The catalogue of questions is fetched on first use: slow on a loaded machine.
  await expect(section.getByRole('group', { name: 'What will leave this device' })).toBeVisible({ timeout: 30_000 });
  if (name) {
    await section.getByLabel('Sign with my name').check();
    await section.getByLabel('Name shown with your answers').fill(name);
  }
  await section.getByRole('button', { name: /^Prepare \d+ answers? to send$/ }).click();
  await expect(section.getByRole('heading', { name: 'Show a code' })).toBeVisible();
}

async function linkOf(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Show the link instead' }).click();
  return page.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();
}

async function paste(board: Page, text: string): Promise<void> {
  await board.getByLabel(/Paste one or many links/).fill(text);
  await board.getByRole('button', { name: 'Read the pasted links' }).click();
}

async function openCollect(board: Page): Promise<void> {
  const details = board.locator('details.board-collect');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

test('25 phones send Activity 4 to the board by link, file and camera; two resend; the board keeps it through a reload and prints', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(720_000);
  const boardLinkHref = await openBoard(page, A4);
  expect(boardLinkHref).toMatch(/\/activities\/psychological-safety\/#board=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{87}$/);
  await expect(page.getByRole('img', { name: /Code for the board’s link/ })).toBeVisible();

  const links: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'board-'));
  let file = '';
  let video = '';
  const phones: BrowserContext[] = [];
  try {
    for (let start = 0; start < 25; start += 5) {
      // Five phones at a time.
      await Promise.all(
        [0, 1, 2, 3, 4].map(async (j) => {
          const i = start + j;
          const { context, page: p } = await phoneWithAnswers(browser, answersOf(i));
          phones[i] = context;
          await prepareSend(p, boardLinkHref, i === 7 ? 'Ana <b>Ruiz</b>' : undefined);
          const panel = p.getByRole('region', { name: 'Send to the board' });
          // Exactly what leaves: the two answered blocks, never the private one.
          await expect(panel.getByRole('checkbox')).toHaveCount(2);
          await expect(panel).not.toContainText('private: never sent');
          if (i === 0) {
            const code = p.getByRole('img', { name: /Answer code 1 of/ });
            await expect(code).toBeVisible();
            const viewBox = (await code.getAttribute('viewBox'))!.split(' ').map(Number);
            video = join(dir, 'code.y4m');
            await writeFile(video, qrVideo((await code.locator('path').getAttribute('d'))!, viewBox[2]!));
          } else if (i === 1) {
            const download = p.waitForEvent('download');
            await p.getByRole('button', { name: 'Save as a file' }).click();
            file = join(dir, (await download).suggestedFilename());
            await (await download).saveAs(file);
          } else links[i] = await linkOf(p);
          if (i === 2) await expectNoAxeViolations(p);
        }),
      );
    }
    expect(file).toMatch(/\.dlanswer$/);

    // The facilitator's laptop, with a camera filming participant 0's code.
    const executablePath = findChromium();
    const camera = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const board = await (await camera.newContext({ storageState: await page.context().storageState(), baseURL: baseURL! })).newPage();
      await board.goto('/facilitate/board/');
      await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '0');
      await openCollect(board);
      await paste(board, links.filter(Boolean).join('\n'));
      await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '23');
      await board.getByLabel(/Choose answer files/).setInputFiles(file);
      await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '24');
      await board.getByRole('button', { name: 'Start the camera' }).click();
      await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '25', { timeout: 30_000 });
      await board.getByRole('button', { name: 'Stop the camera' }).click();

      // Two participants change their ratings and send again: replaced, still 25.
      const again: string[] = [];
      for (const i of [3, 4]) {
        const p = phones[i]!.pages()[0]!;
        await p.evaluate(
          ([key, value]) => localStorage.setItem(key as string, JSON.stringify(value)),
          [`course:v1:answers:${A4}/fostering-behaviours`, { v: { 'engage-present': 1, 'engage-ask-to-learn': 4 }, at: 9_000 }],
        );
        // Back on the same page (still the board's link), reloaded after changing their ratings.
        await prepareSend(p, undefined);
        again.push(await linkOf(p));
      }
      await paste(board, again.join(' '));
      const log = board.getByRole('list', { name: 'What was read' });
      await expect(log.getByText(/sent again: the earlier answer from the same device was replaced/)).toHaveCount(2);
      await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '25');

      // Statement one: 1–5 five each, then participants 3 and 4 (who gave 4 and 5) moved to 1.
      const check = async () => {
        await expect(board.locator('[data-board-count]')).toHaveAttribute('data-board-count', '25');
        const ratings = board.locator('[data-board-block="fostering-behaviours"] table');
        const first = ratings.locator('tr[data-statement="engage-present"]');
        await expect(first.locator('td.count-cell')).toHaveText([/^7 /, /^5 /, /^5 /, /^4 /, /^4 /]);
        await expect(first.getByRole('cell').nth(5)).toHaveText('25');
        const second = ratings.locator('tr[data-statement="engage-ask-to-learn"]');
        await expect(second.locator('td[data-spread]')).toHaveText('0.00');
        await expect(second.locator('td.count-cell').nth(3)).toHaveText(/^25 /);
        const choice = board.locator('[data-board-block="practise-two"] table');
        await expect(choice.locator('caption')).toContainText('25 answered');
        // No private block on the board.
        await expect(board.locator('[data-board-block="missing-sign"]')).toHaveCount(0);
      };
      await check();
      await expectNoAxeViolations(board);
      await board.reload();
      await check();

      // The printed summary: every block, names only where signed (participant 7 signed, shown as text).
      await board.getByRole('button', { name: 'Print a summary' }).click();
      const summary = board.locator('[data-board-summary]');
      await board.emulateMedia({ media: 'print' });
      await expect(summary).toBeVisible();
      await expect(summary.locator('[data-cohort-rating]')).toHaveCount(1);
      await expect(summary.locator('[data-cohort-counts]')).toHaveCount(1);
      await expect(board.locator('.board-views')).toBeHidden();
      const pdf = await board.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await camera.close();
    }
  } finally {
    await Promise.all(phones.filter(Boolean).map((c) => c.close()));
  }
});

test('a sort on the board: counts per category, the most divided item first, cards revealed one at a time', async ({ page }) => {
  await openBoard(page, SORT);
  const board = await currentBoard(page);
  // 12 senders: everyone agrees on fire inspections; budget request splits evenly over four types; hiring splits two ways.
  const placements = Array.from({ length: 12 }, (_, i) => ({
    'fire-inspections': 'solo',
    'budget-request': ['solo', 'conferring', 'delegative', 'distributed'][i % 4]!,
    'hiring-ap': i % 2 ? 'conferring' : 'distributed',
  }));
  const links = await Promise.all(
    placements.map(async (v, i) =>
      seal(
        {
          activity: SORT,
          answers: { [`${SORT}/vroom-sort`]: v, [`${SORT}/sort-this-weeks-decisions`]: `Answer ${i} <img src=x onerror="document.title='hacked'">` },
          sentAt: 5_000 + i,
          sender: `sender-sort-${String(i).padStart(2, '0')}`,
        },
        { kind: 'board', channel: board.id, publicKey: board.publicKey },
      ),
    ),
  );
  await openCollect(page);
  await paste(page, links.join('\n'));
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '12');
  const rows = page.locator('[data-board-block="vroom-sort"] tbody tr');
  await expect(rows.nth(0)).toHaveAttribute('data-item', 'budget-request');
  await expect(rows.nth(0).locator('[data-disagreement]')).toContainText('1.00 split');
  await expect(rows.nth(1)).toHaveAttribute('data-item', 'hiring-ap');
  await expect(rows.nth(1).locator('[data-disagreement]')).toContainText('0.50');
  await expect(page.locator('[data-board-block="vroom-sort"] tr[data-item="fire-inspections"] [data-disagreement]')).toContainText('0.00 agreed');
  // Text arrives as cards the facilitator reveals one at a time; markup shows as text and never runs.
  const cards = page.locator('[data-board-block="sort-this-weeks-decisions"]');
  await expect(cards.getByText('0 of 12 answers revealed.')).toBeVisible();
  await cards.getByRole('button', { name: 'Reveal the next answer' }).click();
  await expect(cards.locator('[data-board-card]')).toHaveCount(1);
  await expect(cards.locator('[data-board-card]').first()).toContainText(`Answer 0 <img src=x onerror="document.title='hacked'">`);
  await cards.getByRole('button', { name: 'Reveal the next answer' }).click();
  await cards.getByRole('button', { name: 'Pin answer 2' }).click();
  await expect(cards.locator('[data-board-card]').first()).toContainText('Pinned: Answer');
  await expect(cards.locator('[data-board-card]').first()).toContainText('Answer 1 <img');
  await expect(cards.locator('img')).toHaveCount(0);
  expect(await page.title()).not.toBe('hacked');
  // Light, dark, and a projector's 1920 × 1080.
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectNoAxeViolations(page);
});

test('hostile answers are refused with a reason and the board keeps what it had', async ({ page }) => {
  await openBoard(page, A4);
  const board = await currentBoard(page);
  const to = { kind: 'board' as const, channel: board.id, publicKey: board.publicKey };
  const good = await seal({ activity: A4, answers: { [`${A4}/fostering-behaviours`]: { 'engage-present': 2 } }, sentAt: 1, sender: 'sender-good-01' }, to);
  await openCollect(page);
  await paste(page, good);
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '1');
  const log = page.getByRole('list', { name: 'What was read' });

  // Altered on the way: one character of the sealed text changed.
  const at = good.length - 30;
  const altered = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
  // Sealed to another board (its own id, this board's key), for another activity, with a value that does not fit its block, or a private block.
  const other = await seal({ activity: A4, answers: {}, sentAt: 2, sender: 'sender-other-1' }, { ...to, channel: 'another-board-1' });
  const wrongActivity = await seal({ activity: 'activity/trust', answers: {}, sentAt: 3, sender: 'sender-wrong-1' }, to);
  const badValue = await seal(
    { activity: A4, answers: { [`${A4}/fostering-behaviours`]: { 'engage-present': '<script>alert(1)</script>' } }, sentAt: 4, sender: 'sender-bad-01' },
    to,
  );
  const privateBlock = await seal({ activity: A4, answers: { [`${A4}/missing-sign`]: 'kept private' }, sentAt: 5, sender: 'sender-priv-1' }, to);
  for (const [text, reason] of [
    [altered, /changed after it was sent/],
    [other, /different survey or board/],
    [wrongActivity, /another activity/],
    [badValue, /does not fit that block/],
    [privateBlock, /does not fit that block/],
  ] as const) {
    await paste(page, text);
    await expect(log.getByRole('listitem').first()).toContainText(reason);
  }
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '1');
  await expect(page.locator('tr[data-statement="engage-present"] td.count-cell').nth(1)).toHaveText(/^1 /);
});

test('a keyboard user who opens a board lands on its title, not at the top of the page', async ({ page }) => {
  await page.goto('/facilitate/board/');
  await page.getByLabel('Lesson').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Open a new board' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.board-title')).toBeFocused();
  // Tab goes on into the board: its link comes next.
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-board-link]')).toBeFocused();
});

test('the lab’s committee predictions: phones pick proposals, the board counts them, then reveals each committee’s own', async ({ browser, page }) => {
  test.setTimeout(300_000);
  const link = await openBoard(page, LAB);
  expect(link).toMatch(/\/scenarios\/harmon-high\/#board=/);
  // Which proposal each participant predicts, per committee (the fourth predicts only one).
  const picks: Record<string, string>[] = [
    { 'leadership-team': 'leadership-team', community: 'community' },
    { 'leadership-team': 'leadership-team', community: 'leadership-team' },
    { 'leadership-team': 'teachers-and-students', community: 'teachers-and-students' },
    { 'leadership-team': 'community' },
  ];
  const contexts: BrowserContext[] = [];
  try {
    const links = await Promise.all(
      picks.map(async (mine, i) => {
        const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
        contexts.push(context);
        const lab = await context.newPage();
        await lab.goto(link);
        for (const [id, pick] of Object.entries(mine)) {
          const path = lab.locator(`#path-${id}`);
          await path.locator('summary').click();
          // The path's island has loaded the saved work: its status shows.
          await expect(path.locator('.badge')).toBeVisible();
          await path
            .getByRole('group', { name: /which of these will .* propose\?/ })
            .getByRole('radio', { name: committee(pick).headline })
            .check();
          await expect(path.locator('.badge')).toHaveText('Prediction written');
        }
        if (i === 0)
          await lab
            .locator('#path-leadership-team')
            .getByLabel(/decide the problem is/)
            .fill('Readiness, as they will see it.');
        for (const id of Object.keys(mine))
          await expect.poll(() => lab.evaluate((k) => localStorage.getItem(k), `course:v1:answers:${LAB}/predict-${id}-pick`)).toContain(`"${mine[id]}"`);
        if (i === 0)
          await expect
            .poll(() => lab.evaluate((k) => localStorage.getItem(k), `course:v1:answers:${LAB}/predict-leadership-team-diagnosis`))
            .toContain('Readiness');
        await prepareSend(lab, undefined);
        const panel = lab.getByRole('region', { name: 'Send to the board' });
        await expect(panel.getByRole('checkbox')).toHaveCount(Object.keys(mine).length + (i === 0 ? 1 : 0));
        await expect(panel.getByRole('checkbox', { name: 'Send: Your prediction: which of these will “The school leadership team” propose?' })).toBeChecked();
        const sent = await linkOf(lab);
        // The lab at phone size, with its send section open and a prediction picked.
        if (i === 0) await expectNoAxeViolations(lab);
        return sent;
      }),
    );
    await openCollect(page);
    await paste(page, links.join('\n'));
    await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '4');
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }

  const leadership = page.locator('[data-board-block="predict-leadership-team-pick"]');
  const community = page.locator('[data-board-block="predict-community-pick"]');
  const counts = async (block: typeof leadership, expected: Record<string, number>, answered: number) => {
    await expect(block.locator('caption')).toContainText(`${answered} answered`);
    for (const [id, n] of Object.entries(expected)) await expect(block.locator(`tr[data-option="${id}"] td.count-cell`)).toHaveText(new RegExp(`^${n} `));
  };
  const checkCounts = async () => {
    await counts(leadership, { 'leadership-team': 2, 'teachers-and-students': 1, community: 1 }, 4);
    await counts(community, { 'leadership-team': 1, 'teachers-and-students': 1, community: 1 }, 3);
    await expect(page.locator('[data-board-block="predict-teachers-and-students-pick"]')).toContainText('No answers yet.');
  };
  await checkCounts();
  // The predictions first: the committee's proposal waits behind its reveal step.
  await expect(leadership).not.toContainText(committee('leadership-team').proposal);
  await expect(leadership.locator('tr[data-marked]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The reveal, by keyboard: the focus goes to what it showed.
  await leadership.getByRole('button', { name: 'Reveal what the committee proposed' }).focus();
  await page.keyboard.press('Enter');
  const shown = leadership.locator('[data-outcome-option]');
  await expect(shown.getByRole('heading', { name: 'What the committee proposed' })).toBeFocused();
  await expect(shown).toContainText(committee('leadership-team').proposal);
  await expect(shown).toContainText('2 of 4 predicted it (50%).');
  await expect(leadership.locator('tr[data-marked]')).toHaveAttribute('data-option', 'leadership-team');
  await expect(leadership.locator('tr[data-marked] th')).toContainText('What the committee proposed');
  // One committee at a time: the community's proposal still waits.
  await expect(community).not.toContainText(committee('community').proposal);
  await community.getByRole('button', { name: 'Reveal what the committee proposed' }).click();
  await expect(community.locator('[data-outcome-option="community"]')).toContainText('1 of 3 predicted it (33%).');

  // Light, dark, and a projector's 1024 × 768.
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expectNoAxeViolations(page);

  // A reload keeps the counts and what was revealed.
  await page.reload();
  await checkCounts();
  await expect(leadership.locator('[data-outcome-option="leadership-team"]')).toContainText(committee('leadership-team').proposal);
  await expect(community.locator('tr[data-marked]')).toHaveAttribute('data-option', 'community');

  // The printed summary shows each committee's proposal beside the counts.
  await page.getByRole('button', { name: 'Print a summary' }).click();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('[data-board-summary]');
  await expect(summary.locator('[data-cohort-outcome="shown"]')).toHaveCount(2);
  await expect(summary).toContainText(committee('community').proposal);
});

test('hide and pin on text cards are kept through a reload and a clear undone, by keyboard', async ({ page }) => {
  await openBoard(page, SORT);
  const board = await currentBoard(page);
  const to = { kind: 'board' as const, channel: board.id, publicKey: board.publicKey };
  const links = await Promise.all(
    [0, 1, 2, 3].map((i) =>
      seal(
        { activity: SORT, answers: { [`${SORT}/sort-this-weeks-decisions`]: `Decision note ${i + 1}` }, sentAt: 7_000 + i, sender: `sender-card-0${i}` },
        to,
      ),
    ),
  );
  await openCollect(page);
  await paste(page, links.join('\n'));
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '4');
  const cards = page.locator('[data-board-block="sort-this-weeks-decisions"]');

  // At full speed from the keyboard: reveal all, hide the second, Tab on to pin the third.
  await cards.getByRole('button', { name: 'Reveal all' }).focus();
  await page.keyboard.press('Enter');
  await expect(cards.getByText('4 of 4 answers revealed.')).toBeVisible();
  await expect(cards.getByRole('button', { name: 'Reveal all' })).toBeFocused();
  await cards.getByRole('button', { name: 'Hide answer 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(cards.getByRole('button', { name: 'Show answer 2' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cards.getByRole('button', { name: 'Pin answer 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.getByRole('button', { name: 'Unpin answer 3' })).toBeFocused();

  const sameBoard = async () => {
    await expect(cards.getByText('4 of 4 answers revealed.')).toBeVisible();
    const shown = cards.locator('[data-board-card]');
    await expect(shown).toHaveCount(4);
    // The pinned card first, then the others in the order they arrived.
    expect(await shown.evaluateAll((els) => els.map((e) => e.getAttribute('data-board-card')))).toEqual(['3', '1', '2', '4']);
    await expect(shown.first().getByRole('heading')).toHaveText('Pinned: Answer 3');
    await expect(cards.locator('[data-board-card="2"]')).toContainText('Hidden by the facilitator.');
    await expect(cards.locator('[data-board-card="2"]')).not.toContainText('Decision note 2');
    await expect(cards.locator('[data-board-card="1"]')).toContainText('Decision note 1');
  };
  await sameBoard();
  await page.reload();
  await sameBoard();

  // Cleared, then the clear undone: the answers come back as they were shown.
  await page.getByRole('button', { name: 'Clear the board' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Undo the clear' })).toBeFocused();
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '0');
  expect(await page.evaluate((id) => localStorage.getItem(`course:v1:board-views:${id}`), board.id)).toBeNull();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '4');
  await expect(page.getByRole('button', { name: 'Clear the board' })).toBeFocused();
  await sameBoard();
  await page.reload();
  await sameBoard();
});

test('the facilitator hides the names signed answers carry: on the board, in the collect log and on the summary, through a reload', async ({ page }) => {
  await openBoard(page, SORT);
  const board = await currentBoard(page);
  const send = (name: string, i: number) =>
    seal(
      { activity: SORT, answers: { [`${SORT}/sort-this-weeks-decisions`]: `Answer from ${i}` }, sentAt: 7_000 + i, sender: `sender-named-${i}`, name },
      { kind: 'board', channel: board.id, publicKey: board.publicKey },
    );
  await openCollect(page);
  await paste(page, await send('Priya Raman', 1));
  const cards = page.locator('[data-board-block="sort-this-weeks-decisions"]');
  await cards.getByRole('button', { name: 'Reveal the next answer' }).click();
  await expect(cards.locator('[data-board-card]').first()).toContainText('Priya Raman');

  await page.getByLabel(/Hide names/).check();
  await expect(cards.locator('[data-board-card]').first()).toContainText('Answer from 1');
  await expect(page.locator('.board')).not.toContainText('Priya Raman');
  await paste(page, await send('Tomás Ortega', 2));
  await expect(page.locator('[data-board-count]')).toHaveAttribute('data-board-count', '2');
  await expect(page.locator('.board')).not.toContainText('Tomás Ortega');

  await page.reload();
  await expect(page.getByLabel(/Hide names/)).toBeChecked();
  await expect(cards.locator('[data-board-card]').first()).toContainText('Answer from 1');
  await expect(page.locator('.board')).not.toContainText('Priya Raman');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print a summary' }).click();
  const summary = page.locator('[data-board-summary]');
  await expect(summary).toContainText('Names are hidden.');
  await expect(summary).toContainText('Answer from 2');
  await expect(summary).not.toContainText('Priya Raman');
  await expect(summary).not.toContainText('Tomás Ortega');
});
