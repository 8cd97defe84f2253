import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { blockTypes } from '../../src/blocks/schemas';
import { builtPages, expectFitsPhone, expectNoAxeViolations, failOnDialog, holdIsland, pdfPages, tabThrough } from './site';

/**
 * Collects script errors, CSP refusals and requests that leave the site (the QR code is made
 * locally), for the test to check at the end.
 */
function guard(page: Page): { errors: string[]; offsite: string[] } {
  const seen = { errors: [] as string[], offsite: [] as string[] };
  failOnDialog(page);
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') seen.offsite.push(r.url());
  });
  return seen;
}

test.describe('presentation mode', () => {
  test('runs a step timer to its end on a mocked clock, announces it, and steps through by keyboard', async ({ page }) => {
    const seen = guard(page);
    // Paused: time moves only when the test says, however slowly the machine runs.
    await page.clock.install({ time: new Date('2027-03-01T09:00:00') });
    await page.clock.pauseAt(new Date('2027-03-01T09:00:01'));
    await page.goto('/facilitate/leadership-work/present/');
    const steps = page.locator('[data-step]');
    await expect(steps).toHaveCount(6);
    await expect(steps.nth(0)).toBeVisible();
    await expect(steps.nth(1)).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Introduce the three kinds of work' })).toBeVisible();
    const clock = page.getByRole('timer');
    await expect(clock).toHaveText('7:00');
    const state = page.locator('[data-state]');
    await expect(state).toHaveText('Ready');

    // Space starts the timer (focus is on the page, not on a button).
    await page.locator('body').press('Space');
    await expect(state).toHaveText('Running');
    await page.clock.runFor(3 * 60_000);
    await expect(clock).toHaveText('4:00');

    // Space pauses: the clock stands still while time passes.
    await page.keyboard.press('Space');
    await expect(state).toHaveText('Paused');
    await page.clock.runFor(5 * 60_000);
    await expect(clock).toHaveText('4:00');

    // Resume and run to the end: visible and announced through the live region.
    await page.getByRole('button', { name: 'Resume' }).click();
    const alert = page.locator('[data-alert]');
    await expect(alert).toHaveAttribute('aria-live', 'assertive');
    await expect(alert).toHaveText('');
    await page.clock.runFor(4 * 60_000 + 1000);
    await expect(alert).toHaveText('Time is up for step 1: Introduce the three kinds of work.');
    await expect(state).toHaveText('Time is up');
    await expect(page.locator('[data-timer]')).toHaveClass(/time-up/);
    // The overrun keeps counting, and the end is announced once, not on every tick.
    await page.clock.runFor(20_000);
    await expect(clock).toHaveText('+0:21');
    await expect(alert).toHaveText('Time is up for step 1: Introduce the three kinds of work.');

    // Add a minute: time again, no longer "up". The key acts on the presentation, not on the button in focus.
    await page.locator('[data-step]:not([hidden]) .present-instructions').click();
    await page.keyboard.press('+');
    await expect(state).toHaveText('Running');
    await expect(clock).toHaveText('1:00');
    await expect(page.locator('[data-status]')).toContainText('One minute added');

    // Arrow keys move between steps; each step has its own time, paused until started.
    await page.keyboard.press('ArrowRight');
    await expect(steps.nth(0)).toBeHidden();
    await expect(steps.nth(1)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Sort last week' })).toBeVisible();
    await expect(clock).toHaveText('12:00');
    await expect(state).toHaveText('Ready');
    await expect(page.locator('[data-status]')).toHaveText(/^Step 2 of 6: Sort last week\. On your own, 12 minutes\./);
    await expect(page).toHaveURL(/#step=2$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 2, name: 'Compare and find patterns' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 2, name: 'Estimate privately' })).toBeVisible();
    await expect(clock).toHaveText('5:00');

    // Start, then R resets to the step's full time.
    await page.keyboard.press('Space');
    await page.clock.runFor(90_000);
    await expect(clock).toHaveText('3:30');
    await page.keyboard.press('r');
    await expect(clock).toHaveText('5:00');
    await expect(state).toHaveText('Ready');

    // The last step cannot go further; the buttons say so.
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();

    // A reload keeps the step.
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();

    expect(seen.errors).toEqual([]);
    expect(seen.offsite).toEqual([]);
  });

  test('shows a QR code and short link to the activity, made in the browser, and Esc leaves', async ({ page }) => {
    const seen = guard(page);
    await page.goto('/facilitate/trust/present/');
    const qr = page.locator('[data-qr] svg');
    await expect(qr).toBeVisible();
    await expect(qr).toHaveAttribute('role', 'img');
    const base = new URL(page.url()).origin;
    await expect(qr.locator('title')).toHaveText(`QR code that opens ${base}/activities/trust/`);
    await expect(page.locator('[data-join-link]')).toHaveText(`${new URL(base).host}/activities/trust/`);
    // Q hides and shows the participant link.
    await page.keyboard.press('q');
    await expect(page.locator('[data-join-panel]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Participant link' })).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('q');
    await expect(page.locator('[data-join-panel]')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    // Esc outside full screen leaves presentation mode for the guide.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/facilitate\/trust\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trust');
    expect(seen.errors).toEqual([]);
    expect(seen.offsite).toEqual([]);
  });

  test('run from a session plan: the plan’s minutes spread over the steps, its total, and on to the plan’s next activity', async ({ page }) => {
    const seen = guard(page);
    // A 90-minute plan with two activities (60 minutes each in their guides) cut to 35 minutes.
    const plan = {
      title: 'Cohort 3, session 2',
      length: 90,
      start: '',
      items: [
        { kind: 'activity', id: 'trust', minutes: 35 },
        { kind: 'break', title: 'Coffee', minutes: 10 },
        { kind: 'section', id: 'work-of-school-leaders', minutes: 10 },
        { kind: 'activity', id: 'leadership-work', minutes: 35 },
      ],
    };
    await page.addInitScript((saved) => {
      if (!localStorage.getItem('course:v1:sessions:current')) localStorage.setItem('course:v1:sessions:current', saved);
    }, JSON.stringify(plan));
    await page.goto('/facilitate/plan/');
    await page.getByRole('link', { name: 'Present: Activity 5: Trust' }).click();
    await expect(page).toHaveURL(/\/facilitate\/trust\/present\/#item=1&step=1$/);
    await expect(page.locator('[data-step-count]')).toHaveText('5 steps, 35 minutes in all (the guide gives 60)');
    await expect(page.locator('[data-plan-line]')).toHaveText(
      'Item 1 of 4 in “Cohort 3, session 2”, 90 of 90 minutes planned. Next: Coffee (10 min), then Section 2: The Work of School Leaders (10 min), then Activity 1: The Work of School Leaders (35 min).',
    );
    // The guide's 8, 12, 10, 15 and 15 minutes become 5, 7, 6, 9 and 8: 35 in all.
    await expect(page.getByRole('timer')).toHaveText('5:00');
    const stepMinutes = page.locator('[data-step-minutes]');
    await expect(stepMinutes).toHaveText(['5 min', '7 min', '6 min', '9 min', '8 min']);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('timer')).toHaveText('7:00');
    await expect(page.locator('[data-status]')).toHaveText(/, 7 minutes\.$/);
    // A reload stays on the plan's times and the step.
    await page.reload();
    await expect(page.getByRole('timer')).toHaveText('7:00');
    await expect(page).toHaveURL(/#item=1&step=2$/);

    // At the last step, "Next" moves on to the plan's next activity, on its own planned minutes.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next step' }).click();
    const onward = page.getByRole('button', { name: 'Next in the plan: Activity 1: The Work of School Leaders' });
    await expect(onward).toBeEnabled();
    await onward.click();
    await expect(page).toHaveURL(/\/facilitate\/leadership-work\/present\/#item=4&step=1$/);
    await expect(page.locator('[data-step-count]')).toHaveText('6 steps, 35 minutes in all (the guide gives 60)');
    await expect(page.locator('[data-plan-line]')).toContainText(
      'Item 4 of 4 in “Cohort 3, session 2”, 90 of 90 minutes planned. The last activity in the plan.',
    );
    const minutes = await stepMinutes.allTextContents();
    expect(minutes.reduce((sum, m) => sum + Number.parseInt(m, 10), 0)).toBe(35);

    // Opened on its own (from the guide), the same page runs on the guide's times.
    await page.goto('/facilitate/trust/present/');
    await expect(page.locator('[data-step-count]')).toHaveText('5 steps, 60 minutes in all');
    await expect(page.locator('[data-plan-line]')).toBeHidden();
    await expect(page.getByRole('timer')).toHaveText('8:00');
    expect(seen.errors).toEqual([]);
  });

  test('fits one projector screen at 1024x768, 1280x720 and 1366x768: step buttons above the fold, a fixed-width timer inside the margin', async ({
    page,
  }, testInfo) => {
    await page.clock.install({ time: new Date('2027-03-01T09:00:00') });
    await page.clock.pauseAt(new Date('2027-03-01T09:00:01'));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [width, height] of [
        [1024, 768],
        [1280, 720],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        // Steps with the participants' code, one of them the longest text of any guide.
        for (const address of ['/facilitate/trust/present/#step=1', '/facilitate/being-curious/present/#step=1']) {
          await page.goto(address);
          await expect(page.locator('[data-qr] svg')).toBeVisible();
          const timer = page.locator('[data-timer]');
          const before = await timer.boundingBox();
          // Run into a ten-minute overrun: the widest the clock gets.
          await page.getByRole('button', { name: 'Start' }).click();
          await page.clock.runFor(18 * 60_000 + 1000);
          await expect(page.getByRole('timer')).toHaveText(/^\+10:0\d$/);
          const after = await timer.boundingBox();
          expect(after, `${address} ${width}x${height}: the timer keeps its size as the digits change`).toEqual(before);
          const m = await page.evaluate(() => {
            const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
            const clock = document.querySelector<HTMLElement>('[data-clock]')!;
            const buttons = [...document.querySelectorAll('[data-nav] button, [data-timer] button, .present-exit')].map((b) => b.getBoundingClientRect());
            const step = [...document.querySelectorAll<HTMLElement>('[data-step]')].find((s) => !s.hidden)!;
            return {
              bottom: Math.max(...buttons.map((b) => b.bottom), box('[data-keys]').bottom, step.getBoundingClientRect().bottom, box('[data-qr] svg').bottom),
              right: Math.max(box('[data-timer]').right, box('[data-join-panel]').right, ...buttons.map((b) => b.right)),
              clockOverflow: clock.scrollWidth - clock.clientWidth,
              clockRight: box('[data-clock]').right,
              figures: getComputedStyle(clock).fontVariantNumeric,
              page: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
              stepScrolls: step.parentElement!.scrollHeight > step.parentElement!.clientHeight,
            };
          });
          const at = `${address} ${scheme} ${width}x${height}`;
          expect(m.page, `${at}: one screen, no scrolling`).toEqual([width, height]);
          expect(m.bottom, `${at}: the step, the code and every button above the fold`).toBeLessThanOrEqual(height);
          expect(m.right, `${at}: nothing past the right margin`).toBeLessThanOrEqual(width - 8);
          expect(m.clockOverflow, `${at}: the clock fits its card`).toBeLessThanOrEqual(0);
          expect(m.clockRight).toBeLessThanOrEqual(after!.x + after!.width);
          expect(m.figures).toBe('tabular-nums');
          expect(m.stepScrolls, `${at}: the step's text fits without scrolling`).toBe(false);
          if (address.includes('trust')) {
            const shot = testInfo.outputPath(`present-${scheme}-${width}x${height}.png`);
            await page.screenshot({ path: shot });
            await testInfo.attach(`present-${scheme}-${width}x${height}`, { path: shot, contentType: 'image/png' });
          }
        }
      }
    }
  });

  test('keyboard: focus stays on the step buttons at either end, letter keys never act on a link or button, and a reset can be undone', async ({ page }) => {
    const seen = guard(page);
    await page.clock.install({ time: new Date('2027-03-01T09:00:00') });
    await page.clock.pauseAt(new Date('2027-03-01T09:00:01'));
    await page.goto('/facilitate/trust/present/');
    const previous = page.getByRole('button', { name: 'Previous step' });
    const next = page.getByRole('button', { name: 'Next step' });
    const status = page.locator('[data-status]');
    const focusedName = () => page.evaluate(() => (document.activeElement === document.body ? 'body' : (document.activeElement?.textContent ?? '').trim()));

    // Previous at the first step: unavailable, and focus stays on it.
    await previous.focus();
    await expect(previous).toBeDisabled();
    await page.keyboard.press('Enter');
    await expect(previous).toBeFocused();
    await expect(status).toHaveText('This is the first step.');
    // Next to the last step by keyboard: focus never falls to the page.
    await next.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeVisible();
    await expect(next).toBeDisabled();
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    expect(await focusedName()).not.toBe('body');
    await expect(status).toHaveText('This is the last step, 5 of 5.');
    // Back to the first step with the Previous button: focus stays on it there too.
    await previous.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await expect(previous).toBeDisabled();
    await expect(previous).toBeFocused();

    // On a link or a button, letters are not shortcuts: F on the Exit link, Q on "Participant link", R on Start.
    const clock = page.getByRole('timer');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(90_000);
    await expect(clock).toHaveText('6:30');
    await page.getByRole('link', { name: 'Exit presentation' }).focus();
    await page.keyboard.press('f');
    await page.keyboard.press('r');
    await page.keyboard.press('+');
    await page.getByRole('button', { name: 'Participant link' }).focus();
    await page.keyboard.press('q');
    await expect(page.getByRole('button', { name: 'Participant link' })).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('r');
    await expect(clock).toHaveText('6:30');
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();

    // On the presentation itself, R resets; the reset can be undone, and the time that ran since counts.
    await page.locator('[data-step]:not([hidden]) .present-instructions').click();
    await page.keyboard.press('r');
    await expect(clock).toHaveText('8:00');
    await expect(status).toHaveText('Timer reset to 8 minutes. Undo reset is next to Reset.');
    const undo = page.getByRole('button', { name: 'Undo reset' });
    await undo.focus();
    await page.clock.runFor(10_000);
    await page.keyboard.press('Enter');
    await expect(clock).toHaveText('6:20');
    await expect(page.locator('[data-state]')).toHaveText('Running');
    await expect(undo).toBeHidden();
    // The undo button went away: focus is on Reset, its neighbour, not on the page.
    await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeFocused();
    await expect(status).toHaveText('Reset undone: 6 minutes 20 seconds left, running.');
    expect(seen.errors).toEqual([]);
  });

  test('without JavaScript every step is listed, in order', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/facilitate/harmon-high/present/');
    await expect(page.locator('[data-step]')).toHaveCount(6);
    for (const name of ['Meet Harmon High', 'Design a fourth committee', 'Debrief']) await expect(page.getByRole('heading', { name })).toBeVisible();
    await context.close();
  });
});

test.describe('session planner', () => {
  test('builds a 90-minute plan, reorders it by keyboard, keeps it, shares it and prints it with notes', async ({ page, context }, testInfo) => {
    const seen = guard(page);
    await page.goto('/facilitate/plan/');
    const select = page.getByLabel('Add to the session');
    await expect(select).toBeEnabled();
    await page.getByLabel(/^Title/).fill('Cohort 2, session 1');
    await page.getByLabel(/^Starts at/).fill('09:00');
    await expect(page.getByLabel('Length in minutes')).toHaveValue('90');

    await addToPlan(page, 'Section 2: The Work of School Leaders');
    await addToPlan(page, 'Activity 1: The Work of School Leaders');
    await page.getByRole('button', { name: 'Add a break' }).click();

    const items = page.locator('.planner-item');
    await expect(items).toHaveCount(3);
    // Activity 1 starts with its guide's 60 minutes.
    await expect(page.getByLabel('Minutes for Activity 1: The Work of School Leaders')).toHaveValue('60');
    // Fit the plan to 90 minutes: the lesson gets 20, the break 10.
    await page.getByLabel('Minutes for Section 2: The Work of School Leaders').fill('20');
    await expect(page.locator('[data-plan-total]')).toHaveText('90 of 90 minutes planned: exactly the length of the session.');
    await page.getByLabel('Minutes for Break').fill('15');
    await expect(page.locator('[data-plan-total]')).toHaveText('95 of 90 minutes planned: 5 minutes over. Shorten or drop something.');
    await page.getByLabel('Minutes for Break').fill('10');
    await expect(page.locator('[data-plan-total]')).toHaveText('90 of 90 minutes planned: exactly the length of the session.');

    // Reorder by keyboard: the break moves up with its button, keeping focus...
    const breakUp = page.getByRole('button', { name: 'Move Break up' });
    await breakUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move Break up' })).toBeFocused();
    await expect(items.nth(1)).toHaveClass(/is-break/);
    // ...and Alt+ArrowUp in a row moves that row.
    await page.getByLabel('Minutes for Activity 1: The Work of School Leaders').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(items.nth(1)).toContainText('Activity 1');
    await expect(items.nth(2)).toHaveClass(/is-break/);
    await expect(page.getByLabel('Minutes for Activity 1: The Work of School Leaders')).toBeFocused();
    await expect(items.nth(0).locator('.planner-time')).toHaveText('09:00–09:20');
    await expect(items.nth(1).locator('.planner-time')).toHaveText('09:20–10:20');
    await expect(items.nth(2).locator('.planner-time')).toHaveText('10:20–10:30');

    // Saved in this browser.
    await page.reload();
    await expect(items).toHaveCount(3);
    await expect(page.getByLabel(/^Title/)).toHaveValue('Cohort 2, session 1');
    await expect(page.locator('[data-plan-total]')).toHaveText('90 of 90 minutes planned: exactly the length of the session.');
    await expectNoAxeViolations(page);

    // Print: the agenda with the facilitator notes, without the editing controls.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-plan-print]');
    await expect(sheet).toBeVisible();
    await expect(page.locator('.planner-edit')).toBeHidden();
    await expect(sheet.getByRole('heading', { name: 'Cohort 2, session 1' })).toBeVisible();
    await expect(sheet.locator('tbody tr')).toHaveCount(3);
    await expect(sheet.locator('tbody tr').nth(1)).toContainText('09:20–10:20');
    await expect(sheet.getByRole('heading', { name: 'Facilitator notes' })).toBeVisible();
    await expect(sheet).toContainText('Introduce the three kinds of work');
    await expect(sheet).toContainText('Debrief:');
    const shot = testInfo.outputPath('plan-print.png');
    await page.screenshot({ path: shot, fullPage: true });
    await testInfo.attach('plan-print', { path: shot, contentType: 'image/png' });
    await page.emulateMedia({ media: 'screen' });

    // Share as a link: another browser opens the same plan.
    await page.getByRole('button', { name: 'Share as a link' }).click();
    const link = await page.getByLabel(/^Link to this plan/).inputValue();
    expect(link).toMatch(/\/facilitate\/plan\/#plan=v2\.[A-Za-z0-9_-]+$/);
    const other = await (await context.browser()!.newContext()).newPage();
    await other.goto(link);
    await expect(other.locator('.planner-item')).toHaveCount(3);
    await expect(other.getByLabel(/^Title/)).toHaveValue('Cohort 2, session 1');
    await expect(other.getByText('Opened the plan from the link, “Cohort 2, session 1”.')).toBeVisible();
    await expect(other).toHaveURL(/\/facilitate\/plan\/$/);
    await other.close();

    expect(seen.errors).toEqual([]);
    expect(seen.offsite).toEqual([]);
  });

  test.describe('before it wakes', () => {
    // A service worker that has cached the course would serve the held code past page.route.
    test.use({ serviceWorkers: 'block' });

    test('loads no framework until used; what was typed and chosen before it woke is kept; a saved plan wakes it at once', async ({ page }) => {
      // Hold the planner's code back until the form has been used, as on a slow phone.
      const { requested: framework, release } = await holdIsland(page, 'PlanBuilder', '/facilitate/plan/');
      await expect(page.locator('[data-plan-total]')).toHaveText(/^0 of 90 minutes planned/);

      await page.getByLabel(/^Title/).fill('Typed while asleep');
      await page.getByLabel('Length in minutes').fill('60');
      const select = page.getByLabel('Add to the session');
      const value = await select.locator('option', { hasText: 'Activity 1: The Work of School Leaders' }).getAttribute('value');
      await select.selectOption(value ?? '');
      expect(framework.length, 'the first use starts loading the planner').toBeGreaterThan(0);
      release();
      await expect
        .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('course:v1:sessions:current') ?? 'null') as { title?: string; length?: number } | null))
        .toMatchObject({ title: 'Typed while asleep', length: 60 });
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.locator('.planner-item')).toHaveCount(1);

      // With a plan saved, the planner wakes as the page loads and shows it, untouched.
      framework.length = 0;
      await page.reload();
      await expect(page.getByLabel(/^Title/)).toHaveValue('Typed while asleep');
      await expect(page.locator('.planner-item')).toHaveCount(1);
      expect(framework.length).toBeGreaterThan(0);
    });
  });

  /** Picks the lesson or activity whose name holds `text` in "Add to the session", and adds it. */
  async function addToPlan(page: Page, text: string): Promise<void> {
    const select = page.getByLabel('Add to the session');
    const value = await select.locator('option', { hasText: text }).getAttribute('value');
    await select.selectOption(value ?? '');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  /** A 09:00 session of 90 minutes: a lesson, an activity, a break and a second activity, 135 minutes in all. */
  async function fillPlan(page: Page): Promise<void> {
    await page.goto('/facilitate/plan/');
    await page.getByLabel(/^Title/).fill('Cohort 2, session 1');
    await page.getByLabel(/^Starts at/).fill('09:00');
    await addToPlan(page, 'Section 2: The Work of School Leaders');
    await addToPlan(page, 'Activity 1: The Work of School Leaders');
    await page.getByRole('button', { name: 'Add a break' }).click();
    await addToPlan(page, 'Activity 9:');
    await expect(page.locator('.planner-item')).toHaveCount(4);
    await page.getByLabel('Minutes for Section 2: The Work of School Leaders').fill('20');
    await page.getByLabel('Minutes for Activity 1: The Work of School Leaders').fill('45');
    await expect(page.locator('[data-plan-total]')).toHaveText(/^135 of 90 minutes planned/);
  }

  test('fits a phone, empty and with a plan: nothing scrolls sideways, controls are 24 px and apart', async ({ page }) => {
    for (const width of [375, 412]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/facilitate/plan/');
      await expectFitsPhone(page, '.planner');
      await fillPlan(page);
      // The guide and handout links under an activity's name are targets of their own.
      await expect(page.getByRole('link', { name: 'Present: Activity 1: The Work of School Leaders' })).toBeVisible();
      await expectFitsPhone(page, '.planner');
      await page.getByRole('button', { name: 'Clear the plan' }).click();
      await expect(page.locator('.planner-item')).toHaveCount(0);
    }
  });

  test('by keyboard: every control in reach with a visible focus, and a row moved to either end keeps focus', async ({ page }) => {
    await fillPlan(page);
    const stops = await tabThrough(page, '.planner');
    // In order: the session, adding, each row's name, minutes and arrows, then the plan's actions.
    const at = (name: string | RegExp) => stops.findIndex((s) => (typeof name === 'string' ? s === name : name.test(s)));
    expect(at(/^Title/)).toBe(0);
    expect(at('Add to the session')).toBeGreaterThan(at(/^Starts at/));
    expect(at('Move Break up')).toBeGreaterThan(at(/^Minutes for Break/));
    expect(at('Clear the plan')).toBe(stops.length - 1);
    // The first row's up arrow and the last row's down arrow are disabled: out of the way.
    expect(stops).not.toContain('Move Section 2: The Work of School Leaders up');

    // Up to the top: the up arrow goes out of use, so focus stays on the row, on its down arrow.
    await page.getByRole('button', { name: 'Move Activity 1: The Work of School Leaders up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.planner-item').first()).toContainText('Activity 1');
    await expect(page.getByRole('button', { name: 'Move Activity 1: The Work of School Leaders down' })).toBeFocused();
    // Down to the bottom, and the same at that end.
    await page.getByRole('button', { name: 'Move Break down' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.planner-item').last()).toHaveClass(/is-break/);
    await expect(page.getByRole('button', { name: 'Move Break up' })).toBeFocused();
  });

  test('prints the agenda with its times and total on the first page, with nothing to press or type', async ({ page }) => {
    await fillPlan(page);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('[data-plan-print]');
    await expect(sheet.getByRole('heading', { name: 'Cohort 2, session 1' })).toBeVisible();
    await expect(sheet.locator('tbody tr')).toHaveCount(4);
    const total = sheet.locator('tfoot tr');
    await expect(total.getByRole('rowheader')).toHaveText('Total (session of 90 min)');
    await expect(total).toContainText('09:00–11:15');
    await expect(total).toContainText('135');
    // Paper states the balance; what to do about it is for the screen.
    await expect(sheet.getByText('Starts at 09:00. 135 of 90 minutes planned: 45 minutes over.', { exact: true })).toBeVisible();
    const shown = await page
      .locator('body :is(button, input, select, textarea, .site-header, .breadcrumbs)')
      .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    expect(shown, 'controls or screen chrome on the printed agenda').toBe(0);
    // The agenda has its own page (to hand out); the facilitator notes follow it.
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  test('buttons that cannot act look it, and the trail lines up with the wide page', async ({ page }) => {
    await page.goto('/facilitate/plan/');
    const add = page.getByRole('button', { name: 'Add', exact: true });
    await expect(add).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Print the agenda with notes' })).toBeDisabled();
    const opacity = (name: string) => page.getByRole('button', { name, exact: true }).evaluate((b) => Number(getComputedStyle(b).opacity));
    expect(await opacity('Add')).toBeLessThan(0.6);
    expect(await opacity('Share as a link')).toBeLessThan(0.6);
    expect(await opacity('Add a break')).toBe(1);
    const left = async (selector: string) => (await page.locator(selector).first().boundingBox())?.x ?? NaN;
    expect(Math.abs((await left('.breadcrumbs ol')) - (await left('main h1')))).toBeLessThan(2);
  });

  test('any number of plan links never costs the facilitator a plan: each asks first, and every plan stays in reach', async ({ page }) => {
    const link = (plan: object) => `/facilitate/plan/#plan=v2.${Buffer.from(JSON.stringify(plan)).toString('base64url')}`;
    const a = link({ t: 'Plan A', l: 60, i: [['a', 'trust', 45]] });
    const b = link({ t: 'Plan B', l: 90, i: [['a', 'leadership-work', 60]] });
    // A hydration mismatch (the saved plans rendered before the page's own HTML is taken over) shows here.
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto('/facilitate/plan/');
    await expect(page.getByLabel('Add to the session')).toBeEnabled();
    await page.getByLabel(/^Title/).fill('My own plan');
    await page.getByRole('button', { name: 'Add a break' }).click();
    await page.getByLabel('Name of item 1 (a break)').fill('My own opener');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('course:v1:sessions:current'))).toContain('My own opener');

    // A link from elsewhere asks before it replaces the plan on screen; nothing changes until then.
    await page.goto(a);
    const ask = page.getByRole('group', { name: 'Open the plan from this link?' });
    await expect(ask).toContainText('The link holds “Plan A” (1 item, 45 of 60 minutes)');
    await expect(page.getByLabel(/^Title/)).toHaveValue('My own plan');
    await ask.getByRole('button', { name: 'Open the linked plan' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('Plan A');
    await expect(page.getByRole('status').filter({ hasText: 'Opened the plan from the link' })).toHaveText(
      'Opened the plan from the link, “Plan A”. The plan that was on screen, “My own plan”, is kept under “Other plans in this browser”.',
    );

    // A second link, by a change of the address's hash only (as a page that opened this one could do).
    await page.evaluate((hash) => (location.hash = hash), b.split('#')[1]!);
    await expect(ask).toContainText('“Plan B”');
    await ask.getByRole('button', { name: 'Open the linked plan' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('Plan B');

    // Both earlier plans are listed and can be opened again, after a reload too.
    await page.reload();
    const others = page.getByRole('region', { name: 'Other plans in this browser' });
    await expect(others.getByRole('listitem')).toHaveCount(2);
    await expect(others.getByRole('listitem').first()).toContainText('Plan A');
    await others.getByRole('button', { name: 'Open My own plan' }).click();
    await expect(page.getByLabel('Name of item 1 (a break)')).toHaveValue('My own opener');
    await expect(page.getByRole('status').filter({ hasText: 'Opened “My own plan”' })).toContainText('“Plan B”, is kept');
    await expect(others.getByRole('listitem')).toHaveCount(2);
    await others.getByRole('button', { name: 'Open Plan A' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('Plan A');
    await others.getByRole('button', { name: 'Open Plan B' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('Plan B');
    await expect(others.getByRole('button', { name: /^Open / })).toHaveText(['Open', 'Open']);
    await expect(others).toContainText('My own plan');

    // Saying no keeps the plan on screen and still opens nothing.
    await page.goto(a);
    await page.getByRole('button', { name: 'Keep the plan on screen' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('Plan B');
    await expect(page.getByText('The link was not opened. “Plan B” is still on screen.')).toBeVisible();
    await expect(page).toHaveURL(/\/facilitate\/plan\/$/);

    // Remove asks nothing but can be undone.
    await others.getByRole('button', { name: 'Remove My own plan' }).click();
    await expect(others).not.toContainText('My own plan');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(others).toContainText('My own plan');
    expect(consoleErrors).toEqual([]);
  });

  test('a plan saved by an earlier version, with its "previous" plan, keeps loading', async ({ page }) => {
    const { localStorage: saved } = JSON.parse(readFileSync('tests/fixtures/stored-plans-v1.json', 'utf8')) as { localStorage: Record<string, string> };
    await page.addInitScript((entries) => {
      if (!sessionStorage.getItem('seeded')) for (const [k, v] of entries) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, Object.entries(saved));
    await page.goto('/facilitate/plan/');
    await expect(page.getByLabel(/^Title/)).toHaveValue('Cohort 3, session 2');
    const others = page.getByRole('region', { name: 'Other plans in this browser' });
    await others.getByRole('button', { name: 'Open My first draft' }).click();
    await expect(page.getByLabel(/^Title/)).toHaveValue('My first draft');
    await expect(page.locator('.planner-item')).toHaveCount(1);
  });

  test('step times set by hand: saved, carried by a copied link, and run exactly by presentation mode', async ({ page, context, browser }) => {
    const seen = guard(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/facilitate/plan/');
    await expect(page.getByLabel('Length in minutes')).toHaveValue('90');
    await addToPlan(page, 'Activity 5: Trust');
    await page.getByRole('button', { name: 'Add a break' }).click();
    await page.getByLabel('Minutes for Activity 5: Trust').fill('35');

    // Open the activity's steps: the guide's 8, 12, 10, 15 and 15 minutes scaled to the plan's 35.
    const toggle = page.getByRole('button', { name: 'Step times: Activity 5: Trust' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const steps = page.getByRole('group', { name: 'Step times for Activity 5: Trust' });
    const stepNames = ['1. Why trust matters for improvement', '2. Map trust privately', '3. Pool the picture anonymously', '4. Plan one step', '5. Debrief'];
    const fields = stepNames.map((name) => steps.getByRole('spinbutton', { name }));
    for (const [i, value] of ['5', '7', '6', '9', '8'].entries()) await expect(fields[i]!).toHaveValue(value);
    await expect(steps.getByText(/minutes in all/)).toHaveText('35 minutes in all, the guide’s 60 scaled to fit.');

    // Step 2 to 12 minutes by hand: the activity takes the new total, and the plan says so.
    await fields[1]!.fill('12');
    await expect(steps.getByText(/minutes in all/)).toHaveText('40 minutes in all, set by hand.');
    await expect(page.getByLabel('Minutes for Activity 5: Trust')).toHaveValue('40');
    await expect(page.locator('[data-plan-total]')).toHaveText('50 of 90 minutes planned: 40 minutes to spare.');
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('course:v1:sessions:current') ?? '{}') as { items: { steps?: number[] }[] });
    await expect.poll(async () => (await saved()).items[0]?.steps).toEqual([5, 12, 6, 9, 8]);
    await expectNoAxeViolations(page);

    // Presented from the plan: exactly those times, and the total matches.
    await page.getByRole('link', { name: 'Present: Activity 5: Trust' }).click();
    await expect(page).toHaveURL(/\/facilitate\/trust\/present\/#item=1&step=1$/);
    await expect(page.locator('[data-step-count]')).toHaveText('5 steps, 40 minutes in all (step times set in the plan; the guide gives 60)');
    await expect(page.locator('[data-step-minutes]')).toHaveText(['5 min', '12 min', '6 min', '9 min', '8 min']);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('timer')).toHaveText('12:00');
    await expect(page.locator('[data-status]')).toHaveText(/, 12 minutes\.$/);
    await page.reload();
    await expect(page.getByRole('timer')).toHaveText('12:00');
    await expect(page.locator('[data-plan-line]')).toContainText('50 of 90 minutes planned');

    // The copied link carries them to another browser, where presenting runs them too.
    await page.goto('/facilitate/plan/');
    await page.getByRole('button', { name: 'Share as a link' }).click();
    await expect(page.getByLabel('Link to this plan (copied)')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/facilitate\/plan\/#plan=v2\.[A-Za-z0-9_-]+$/);
    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.goto(link);
    await expect(other.getByLabel('Minutes for Activity 5: Trust')).toHaveValue('40');
    await expect(other.getByText('Step times set by hand.')).toBeVisible();
    await other.getByRole('button', { name: 'Step times: Activity 5: Trust' }).click();
    await expect(other.getByRole('spinbutton', { name: '2. Map trust privately' })).toHaveValue('12');
    await other.getByRole('link', { name: 'Present: Activity 5: Trust' }).click();
    // The step buttons are drawn before presentation mode's script starts: wait for it to have read the plan.
    await expect(other.locator('[data-step-minutes]')).toHaveText(['5 min', '12 min', '6 min', '9 min', '8 min']);
    await other.getByRole('button', { name: 'Next step' }).click();
    await expect(other.getByRole('timer')).toHaveText('12:00');

    // "Scale to fit" goes back to the guide's proportions over the same 40 minutes.
    await other.goto('/facilitate/plan/');
    await other.getByRole('button', { name: 'Step times: Activity 5: Trust' }).click();
    await other.getByRole('button', { name: 'Scale to fit' }).click();
    await expect(other.getByRole('button', { name: 'Scale to fit' })).toBeFocused();
    await expect(other.getByText(/^40 minutes in all/)).toHaveText('40 minutes in all, the guide’s 60 scaled to fit.');
    await expect(other.getByRole('spinbutton', { name: '2. Map trust privately' })).toHaveValue('8');
    await expect(other.getByText('Step times set by hand.')).toBeHidden();
    await elsewhere.close();

    // A link whose step times are hostile is refused as damaged; the plan on screen stays.
    for (const steps of [
      [5, 12, 6, 9, 9],
      [0, 40],
      [1e9, 40 - 1e9],
    ]) {
      const hostile = `v2.${Buffer.from(JSON.stringify({ l: 90, i: [['a', 'trust', 40, steps]] })).toString('base64url')}`;
      await page.goto(`/facilitate/plan/#plan=${hostile}`);
      await expect(page.getByRole('alert')).toHaveText(/This plan link is damaged or incomplete/);
      await expect(page.getByLabel('Minutes for Activity 5: Trust')).toHaveValue('40');
    }
    expect(seen.errors).toEqual([]);
  });

  test('a round 9 plan, saved before step times could be set by hand, keeps loading and presents on scaled times', async ({ page }) => {
    const { localStorage: saved } = JSON.parse(readFileSync('tests/fixtures/stored-plans-v2.json', 'utf8')) as { localStorage: Record<string, string> };
    await page.addInitScript((entries) => {
      if (!sessionStorage.getItem('seeded')) for (const [k, v] of entries) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }, Object.entries(saved));
    await page.goto('/facilitate/plan/');
    await expect(page.getByLabel(/^Title/)).toHaveValue('Cohort 4, session 1');
    await expect(page.getByRole('region', { name: 'Other plans in this browser' })).toContainText('A shorter draft');
    await page.getByRole('button', { name: 'Step times: Activity 5: Trust' }).click();
    await expect(page.getByRole('spinbutton', { name: '2. Map trust privately' })).toHaveValue('7');
    await page.getByRole('link', { name: 'Present: Activity 5: Trust' }).click();
    await expect(page.locator('[data-step-count]')).toHaveText('5 steps, 35 minutes in all (the guide gives 60)');
    await expect(page.locator('[data-step-minutes]')).toHaveText(['5 min', '7 min', '6 min', '9 min', '8 min']);
  });

  test('malformed, unknown and future-version links give a clear message, never a crash', async ({ page }) => {
    const seen = guard(page);
    const cases: [string, RegExp][] = [
      ['#plan=v1.not*base64', /damaged or incomplete/],
      ['#plan=v1.eyJsIjo5MCwi', /damaged or incomplete/],
      ['#plan=banana', /damaged or incomplete/],
      [`#plan=v7.${Buffer.from('{"new":true}').toString('base64url')}`, /newer version of the course \(plan format v7/],
    ];
    for (const [hash, message] of cases) {
      await page.goto(`/facilitate/plan/${hash}`);
      await expect(page.getByRole('alert')).toHaveText(message);
      await expect(page.getByLabel('Add to the session')).toBeEnabled();
    }
    // A link naming a lesson the course no longer has opens the rest and says what was left out.
    const stale = `v1.${Buffer.from(
      JSON.stringify({
        l: 90,
        i: [
          ['a', 'trust', 45],
          ['a', 'retired-activity', 30],
        ],
      }),
    ).toString('base64url')}`;
    await page.goto(`/facilitate/plan/#plan=${stale}`);
    await expect(page.locator('.planner-item')).toHaveCount(1);
    await expect(page.getByText('1 item in this plan is not part of the course any more and was left out.')).toBeVisible();
    expect(seen.errors).toEqual([]);
  });
});

test.describe('facilitator notes in the learner view', () => {
  test('are hidden unless the setting is on; ?facilitator=1 only offers the view', async ({ page }) => {
    await page.goto('/activities/trust/');
    const guide = page.locator('details[data-facilitator]');
    await expect(guide).toHaveCount(1);
    await expect(guide).toBeHidden();
    await expect(page.getByText('Facilitator guide (')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Facilitator view' })).toHaveCount(0);

    // The parameter alone shows an offer, never the notes.
    await page.goto('/activities/trust/?facilitator=1');
    const offer = page.getByRole('region', { name: 'Facilitator view' });
    await expect(offer).toContainText('Facilitating?');
    await expect(guide).toBeHidden();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('course:v1:settings:facilitator'))).toBeNull();
    await expectNoAxeViolations(page);
    // "Not now" leaves everything as it was.
    await offer.getByRole('button', { name: 'Not now' }).click();
    await expect(offer).toHaveCount(0);
    await expect(guide).toBeHidden();

    // The scenario lab's guide is hidden the same way.
    await page.goto('/scenarios/harmon-high/?facilitator=1');
    await expect(page.locator('details[data-facilitator]')).toBeHidden();

    // Turning it on is the facilitator's choice: the button saves the setting.
    await page.goto('/activities/trust/?facilitator=1');
    await page.getByRole('button', { name: 'Turn on the facilitator view' }).click();
    await expect(guide).toBeVisible();
    await expect(page.getByRole('region', { name: 'Facilitator view' })).toContainText('The facilitator view is on');
    await page.goto('/scenarios/harmon-high/');
    await expect(page.locator('details[data-facilitator]')).toBeVisible();
    await expect(page.locator('details[data-facilitator] summary')).toContainText('Facilitator guide (60 minutes)');

    // And the settings toggle turns it off again.
    await page.goto('/about/');
    const toggle = page.getByLabel('Show facilitator guides on activity pages');
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await page.goto('/activities/trust/');
    await expect(page.locator('details[data-facilitator]')).toBeHidden();
  });
});

test.describe('hub, guides and printed sheets', () => {
  test('no printed page says what only makes sense on a screen: every page of the site, the handouts, case sheets, guides and the hub', async ({ page }) => {
    test.setTimeout(180_000);
    // Wording that points at the screen: things to click or tap, links, feedback and notes that
    // appear after a choice, a video to watch, buttons, scrolling, text "below" that paper puts elsewhere.
    const screenOnly = [
      /\bclick/i,
      /\btap\b/i,
      /\b(the|two) linked\b/i,
      /\bthe feedback\b/i,
      /watch the video/i,
      /note that appears/i,
      /a note appears/i,
      /feedback appears/i,
      /appears (when|under)/i,
      /\bbuttons?\b/i,
      /\bscroll (down|up)\b/i,
      /\b(introduction|story|tammy) below\b/i,
      /open them in any order/i,
    ];
    // On the hub and the sheets made for paper, also what only the course's pages can do.
    const sheetOnly = [/\blinked\b/i, /page address/i, /add \?facilitator=1/i, /open the session planner/i, /show facilitator guides/i];
    await page.goto('/facilitate/');
    const sheets = await page
      .locator('main a')
      .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => /\/handout\/$|\/cases\/[a-z-]+\/$/.test(p)))]);
    expect(sheets.length, 'activity handouts, section sheets and case sheets').toBeGreaterThanOrEqual(18);
    const pages = builtPages();
    expect(pages, 'the sheets are among the built pages').toEqual(expect.arrayContaining(sheets));
    expect(pages.length).toBeGreaterThan(80);
    await page.emulateMedia({ media: 'print' });
    const found: string[] = [];
    for (const address of pages) {
      await page.goto(address);
      // What a printer puts on paper: innerText leaves out whatever the print styles hide.
      const printed = await page.evaluate(() => document.body.innerText);
      const phrases = address === '/facilitate/' || sheets.includes(address) ? [...screenOnly, ...sheetOnly] : screenOnly;
      for (const phrase of phrases) {
        const m = phrase.exec(printed);
        if (m) found.push(`${address} prints "${printed.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}"`);
      }
    }
    expect(found).toEqual([]);
    // The Trust handout's steps as paper says them.
    await page.goto('/facilitate/trust/handout/');
    await expect(page.getByRole('region', { name: 'What to do' })).toContainText('the articles the course lists with this activity');
    // On paper the hub gives the co-facilitator's address in full.
    await page.goto('/facilitate/');
    const origin = new URL(page.url()).origin;
    await expect(page.getByText('To offer a co-facilitator the facilitator view, give them this address:')).toHaveText(
      `To offer a co-facilitator the facilitator view, give them this address: ${origin}/?facilitator=1. Opening it asks whether to turn the view on.`,
    );
  });

  test('the hub gives a co-facilitator link to copy, which offers the facilitator view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/facilitate/');
    const link = page.getByRole('textbox', { name: 'Link for a co-facilitator' });
    const origin = new URL(page.url()).origin;
    await expect(link).toHaveValue(`${origin}/?facilitator=1`);
    await expect(link).toHaveAccessibleDescription(/Send them this link/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText('Link copied. Paste it into your message.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/?facilitator=1`);
    await page.goto(await link.inputValue());
    await expect(page.getByRole('region', { name: 'Facilitator view' })).toContainText('Turn on the facilitator view');
  });

  test('the hub lists every guide with its minutes and working links', async ({ page, request }) => {
    await page.goto('/facilitate/');
    const cards = page.locator('.facilitate-list').first().locator(':scope > li');
    await expect(cards).toHaveCount(14);
    await expect(cards.first()).toContainText('60 minutes');
    await expect(cards.last()).toContainText('Harmon High');
    const hrefs = await page.locator('main a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain('/facilitate/plan/');
    expect(hrefs).toContain('/facilitate/trust/present/');
    expect(hrefs).toContain('/facilitate/trust/handout/');
    expect(hrefs).toContain('/facilitate/cases/harmon-high/');
    expect(hrefs).toContain('/facilitate/cases/ap-enrolment/');
    expect(hrefs).toContain('/facilitate/cases/discipline-ladder/');
    for (const href of new Set([...hrefs, '/facilitate/plan/'])) expect((await request.get(href)).status(), href).toBe(200);
    await expectNoAxeViolations(page);
  });

  test('a guide page shows the whole guide to facilitators', async ({ page }) => {
    await page.goto('/facilitate/harmon-high/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Harmon High');
    await expect(page.getByRole('heading', { level: 2, name: 'Pitfalls' })).toBeVisible();
    await expect(page.getByText('Power differentials silencing the debrief itself.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Present this session' })).toHaveAttribute('href', '/facilitate/harmon-high/present/');
  });

  test('handouts print blank worksheets without JavaScript, with room to write', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/facilitate/stakeholder-charts/handout/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Stakeholder Charts/);
    await expect(page.locator('.ho-block')).not.toHaveCount(0);
    await expect(page.locator('.sheet').locator('textarea, input, select')).toHaveCount(0);
    await expect(page.locator('.ho-chart')).toHaveCount(3);
    await expect(page.locator('.ho-chart').first().locator('thead th')).toHaveCount(6);
    await page.goto('/facilitate/leadership-work/handout/');
    await expect(page.getByRole('heading', { name: /Putting out fires\. List the urgent/ })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // A text block gives several ruled lines of at least 8 mm.
    const firstText = page.locator('.ho-block').nth(1).locator('.ho-lines .ho-line');
    expect(await firstText.count()).toBeGreaterThanOrEqual(5);
    const height = await firstText.first().evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(30); // 9 mm at 96 dpi is 34 px
    await expect(page.locator('.site-header')).toBeHidden();
    await context.close();
  });

  test('every block type prints blank with room to write: ruled lines, empty cells or boxes of real height', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/facilitate/');
    const handouts = await page
      .locator('main a')
      .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).pathname).filter((p) => p.endsWith('/handout/')))]);
    expect(handouts.some((h) => h.startsWith('/facilitate/sections/'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = new Set<string>();
    for (const href of handouts) {
      await page.goto(href);
      const blocks = await page.locator('.sheet section.ho-block[data-type]').evaluateAll((sections) =>
        sections.map((section) => {
          // Writing space: ruled lines, empty cells and blanks, boxes to tick, numbers to circle, a box to draw in.
          const spaces = [...section.querySelectorAll<HTMLElement>('.ho-line, .ho-cell, .ho-blank, .ho-box, .ho-circle, .ho-draw')];
          const heights = spaces.map((el) => el.getBoundingClientRect().height);
          const blank = spaces.filter((el) => !el.classList.contains('ho-circle')).every((el) => (el.textContent ?? '').trim() === '');
          return { type: section.dataset['type'] ?? '', label: section.querySelector('h2')?.textContent ?? '', heights, blank };
        }),
      );
      expect(blocks.length, href).toBeGreaterThan(0);
      for (const b of blocks) {
        printed.add(b.type);
        const roomy = b.heights.filter((h) => h >= 14); // a 1 rem box is 16 px; a 9 mm line 34 px
        expect(roomy.length, `${href}: ${b.type} block "${b.label}" has no room to write`).toBeGreaterThan(0);
        expect(b.blank, `${href}: ${b.type} block "${b.label}" prints something in its blanks`).toBe(true);
      }
      await expect(page.locator('.sheet').locator('textarea, input, select, svg')).toHaveCount(0);
    }
    expect([...printed].sort()).toEqual(Object.keys(blockTypes).sort());
    // Paper is not a screen: no printed guidance speaks of the tool redrawing or giving feedback as you go.
    for (const href of handouts.filter((h) => /leadership-perspective|kinds-of-decisions|continuous-improvement/.test(h))) {
      await page.goto(href);
      await expect(page.locator('.sheet')).not.toContainText(/redraws|Feedback appears|The bars show/);
    }
    await context.close();
  });

  test('case sheets print the Harmon case and the stakeholder cases', async ({ page }) => {
    await page.goto('/facilitate/cases/harmon-high/');
    await expect(page.locator('.case-card')).toHaveCount(3);
    await expect(page.getByText('The school at a glance')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.case-key')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
    await page.goto('/facilitate/cases/discipline-ladder/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The third-grade discipline ladder');
    await expect(page.getByRole('listitem').filter({ hasText: 'Assistant Principal' })).toBeVisible();
  });
});
