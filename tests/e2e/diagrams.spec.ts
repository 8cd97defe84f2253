/**
 * The diagrams and decision tools: Venn estimator (Activity 1), advice network and
 * organization chart (Activity 2), decision time line and cycle planner (continuous
 * improvement), and the two sorting exercises (kinds of decisions). Each is driven by keyboard
 * and by pointer, checked after a reload, and checked with axe.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { colourRules, expectNoAxeViolations, expectSaved, failOnDialog, worksheetReady } from './site';

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The radius the Venn geometry gives a share (see src/lib/venn.ts): area follows the share. */
const radius = (share: number) => Math.max(10, 100 * Math.sqrt(share));

test.describe('Venn estimator', () => {
  test('circles follow the estimate typed and slid, the balance is said in words, and both survive a reload', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/activities/leadership-work/');
    await worksheetReady(page);
    const block = page.locator('[data-block="attention-estimate"]');
    const circle = (id: string) => block.locator(`svg[data-venn$="-venn"] circle[data-item="${id}"]`);
    const sentence = block.locator('[data-venn-sentence]');

    await expect(block.locator('.venn-samples svg[role="img"]')).toHaveCount(3);
    await expect(sentence).toHaveText(/^No estimate yet/);

    // Keyboard: type two numbers, then step the improvement slider with the arrow keys.
    await typeInto(page, block.getByLabel('Putting out fires', { exact: true }), '60');
    await typeInto(page, block.getByLabel('Maintaining the organization', { exact: true }), '30');
    await block.getByLabel('Engaging in improvement (slider)').focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(block.getByLabel('Engaging in improvement', { exact: true })).toHaveValue('10');
    await expect(circle('fires')).toHaveAttribute('data-r', radius(0.6).toFixed(2));
    await expect(circle('improvement')).toHaveAttribute('data-r', radius(0.1).toFixed(2));
    await expect(sentence).toHaveText(
      'Putting out fires (60%) takes the largest share, then maintaining the organization (30%); engaging in improvement (10%) gets the least. Of the sample schools, this is closest to School A.',
    );
    await expect(block.locator('svg[data-venn$="-venn"] desc')).toHaveText(await sentence.innerText());

    // Pointer: click far along the maintenance slider; the circle grows with it.
    const slider = block.getByLabel('Maintaining the organization (slider)');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
    const maintaining = Number(await block.getByLabel('Maintaining the organization', { exact: true }).inputValue());
    expect(maintaining).toBeGreaterThan(70);
    const total = 60 + maintaining + 10;
    await expect(circle('maintaining')).toHaveAttribute('data-r', radius(maintaining / total).toFixed(2));
    await expect(sentence).toHaveText(/^Maintaining the organization \(\d+%\) takes the largest share/);
    await expect(block.locator('.notice')).toContainText('adjust the numbers');

    // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
    await page.reload();
    await worksheetReady(page);
    await expect(block.getByLabel('Putting out fires', { exact: true })).toHaveValue('60');
    await expect(block.getByLabel('Maintaining the organization', { exact: true })).toHaveValue(String(maintaining));
    await expect(circle('maintaining')).toHaveAttribute('data-r', radius(maintaining / total).toFixed(2));
    await expect(sentence).toHaveText(/^Maintaining the organization \(\d+%\) takes the largest share/);
  });
});

test.describe('Advice network and organization chart', () => {
  const mathCell = (page: Page, row: number, col: number) => page.locator('[data-block="math-advice"] tbody tr').nth(row).locator('textarea').nth(col);
  const disciplineCell = (page: Page, row: number, col: number) =>
    page.locator('[data-block="discipline-advice"] tbody tr').nth(row).locator('textarea').nth(col);
  const map = (page: Page) => page.locator('[data-block="advice-map"] svg[data-network-map]');
  const people = (page: Page) => map(page).locator('g[data-node^="person:"]');
  const person = (page: Page, key: string) => map(page).locator(`g[data-node="person:${key}"]`);

  async function fillGrids(page: Page): Promise<void> {
    await mathCell(page, 0, 0).fill('Ms. Ruiz, instructional coach');
    await mathCell(page, 0, 1).fill('Mr Lee, grade 4 teacher');
    await mathCell(page, 1, 0).fill('  ms   ruiz ');
    await mathCell(page, 1, 1).fill('Mrs. Patel, math lead');
    await mathCell(page, 2, 0).fill('MS RUIZ, coach');
    await mathCell(page, 2, 1).fill('mr lee');
    await disciplineCell(page, 0, 0).fill('Mr. Grant, assistant principal');
    await disciplineCell(page, 0, 1).fill('Ms Ruiz');
  }

  test('one node per distinct person, sized by how often named, redrawn when a grid entry changes', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/activities/leadership-perspective/');
    await worksheetReady(page);
    await fillGrids(page);
    await expect(map(page)).toHaveAttribute('data-ready', 'true');
    await expect(people(page)).toHaveCount(4);
    await expect(person(page, 'ms ruiz')).toHaveAttribute('data-count', '4');
    await expect(person(page, 'mr lee')).toHaveAttribute('data-count', '2');
    await expect(map(page).locator('g[data-node^="role:"]')).toHaveCount(3);
    const table = page.locator('[data-network-people] tbody tr');
    await expect(table).toHaveCount(4);
    await expect(table.first().locator('th')).toContainText('Ms. Ruiz');
    await expect(table.first().locator('td').first()).toHaveText('4');
    await expect(page.locator('[data-network-ties] tbody tr')).toHaveCount(7);
    await expect(page.locator('[data-network-sentence]')).toHaveText(/shows 4 people and 7 advice ties\. Ms\. Ruiz \(4 times\) is the most sought\./);

    // Change one entry: Ms Ruiz loses a mention, Jo Brown appears.
    await mathCell(page, 1, 0).fill('Jo Brown, special education teacher');
    await expect(people(page)).toHaveCount(5);
    await expect(person(page, 'ms ruiz')).toHaveAttribute('data-count', '3');
    await expect(person(page, 'jo brown')).toHaveAttribute('data-count', '1');

    // The topic filter, by keyboard: only discipline is left.
    await page.getByLabel('Mathematics instruction', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(people(page)).toHaveCount(2);
    await expect(person(page, 'ms ruiz')).toHaveAttribute('data-count', '1');
    await page.getByLabel('Mathematics instruction', { exact: true }).check();
    await expect(people(page)).toHaveCount(5);
  });

  test('nodes are picked out by pointer and by keyboard; the chart is built by keyboard and saved', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/activities/leadership-perspective/');
    await worksheetReady(page);
    await fillGrids(page);
    const block = page.locator('[data-block="advice-map"]');
    await expect(map(page)).toHaveAttribute('data-ready', 'true');
    // The map redraws as each entry reaches the answers: wait for the last one, so the click
    // below lands where Mr Lee's circle stays, not where an earlier layout had it.
    await expect(page.locator('[data-network-sentence]')).toHaveText(/shows 4 people and 7 advice ties/);

    // Pointer: click Mr Lee's circle.
    await person(page, 'mr lee').locator('circle').last().click();
    await expect(block.locator('[data-selection="person:mr lee"]')).toContainText('Mr Lee is named 2 times');
    await expect(map(page).locator('line.tie.on')).toHaveCount(2);

    // Keyboard: the table's button does the same.
    await block.getByRole('button', { name: 'Show Ms. Ruiz on the map' }).focus();
    await page.keyboard.press('Enter');
    await expect(block.getByRole('button', { name: 'Show Ms. Ruiz on the map' })).toHaveAttribute('aria-pressed', 'true');
    await expect(block.locator('[data-selection="person:ms ruiz"]')).toContainText('Not on your chart');

    // Build the chart by keyboard: the coach position is held by Ms Ruiz.
    const holder = block.getByLabel('Who holds Instructional coach');
    await holder.focus();
    await page.keyboard.type('ms. ruiz');
    await expect(block.locator('[data-selection="person:ms ruiz"]')).toContainText('On your chart: Instructional coach, level 2');
    await expect(person(page, 'ms ruiz').locator('circle.chart-ring')).toHaveCount(1);
    await expect(block.locator('svg[data-org-chart] g[data-position="instructional-coach"]')).toContainText('4×');

    // Place Mr Lee from the map, then make him report to the grade-level lead.
    await block.getByRole('button', { name: '+ Place Mr Lee' }).focus();
    await page.keyboard.press('Enter');
    const reports = block.getByLabel('Whom grade 4 teacher reports to');
    await expect(reports).toBeFocused();
    await reports.selectOption({ label: 'Grade-level lead' });
    await expect(block.locator('[data-network-people] tr[data-person="mr lee"]')).toContainText('grade 4 teacher (level 4)');

    // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
    await page.reload();
    await worksheetReady(page);
    await expect(map(page)).toHaveAttribute('data-ready', 'true');
    await expect(people(page)).toHaveCount(4);
    await expect(block.getByLabel('Who holds Instructional coach')).toHaveValue('ms. ruiz');
    await expect(block.getByLabel('Whom grade 4 teacher reports to')).toHaveValue('grade-level-lead');
    await expect(block.locator('[data-network-people] tr[data-person="ms ruiz"]')).toContainText('Instructional coach (level 2)');
    await expect(block.locator('svg[data-org-chart] g[data-position]')).toHaveCount(6);
  });
});

test.describe('Decision time line', () => {
  test('moves by keyboard and by a click on the chart, and keeps the numbers after a reload', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/sections/continuous-improvement/');
    await worksheetReady(page);
    const block = page.locator('[data-block="decision-time-line"]');
    const sentence = block.locator('[data-timeline-sentence]');
    await expect(sentence).toContainText('With 12 people who must commit');
    await expect(block.locator('[data-crossing]')).toHaveAttribute('data-crossing', '6.3');

    // Keyboard: three steps up on the people slider, and a new commitment time typed in.
    await block.getByLabel('People who must commit to the decision (slider)').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(sentence).toContainText('With 15 people who must commit');
    await typeInto(page, block.getByLabel("Time to win one person's commitment", { exact: true }), '4');
    await expect(sentence).toContainText('about 77 hours'); // 2 + 15 x (1 + 4)
    await expect(block.locator('[data-crossing]')).toHaveAttribute('data-crossing', '3.4'); // 12 / (0.8 x 5 - 0.5)
    await expect(block.locator('table.timeline-table tbody tr').first()).toContainText('77');

    // Pointer: a click near the left of the chart picks very few people.
    const area = block.locator('[data-pick-area]');
    await area.scrollIntoViewIfNeeded();
    const box = (await area.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect(block.getByLabel('People who must commit to the decision', { exact: true })).toHaveValue('1');
    await expect(sentence).toContainText('the leader deciding alone is faster');

    // The other assumptions open by keyboard too.
    await block.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(block.getByLabel('Fixed time the group route adds (convening, gathering facts)', { exact: true })).toBeVisible();

    // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
    await page.reload();
    await worksheetReady(page);
    await expect(block.getByLabel('People who must commit to the decision', { exact: true })).toHaveValue('1');
    await expect(block.getByLabel("Time to win one person's commitment", { exact: true })).toHaveValue('4');
    await expect(block.locator('[data-crossing]')).toHaveAttribute('data-crossing', '3.4');
  });
});

test.describe('Sorting exercises', () => {
  test("Vroom's types sort by keyboard and pointer, with feedback, and stay sorted after a reload", async ({ page }) => {
    failOnDialog(page);
    await page.goto('/sections/kinds-of-decisions/');
    await worksheetReady(page);
    const block = page.locator('[data-block="vroom-sort"]');
    const item = (id: string) => block.locator(`[data-item="${id}"]`);
    await expect(block.locator('.sort-item')).toHaveCount(16);

    // Keyboard: into the first item's radio group, choose "Solo", check; then arrow to "Conferring" and check again.
    await item('fire-inspections').getByLabel('Solo').focus();
    await page.keyboard.press('Space');
    await expect(item('fire-inspections')).toHaveAttribute('data-state', 'open');
    await item('fire-inspections')
      .getByRole('button', { name: /^Check / })
      .press('Enter');
    await expect(item('fire-inspections')).toHaveAttribute('data-state', 'match');
    await item('fire-inspections').getByLabel('Solo').focus();
    await page.keyboard.press('ArrowRight');
    await expect(item('fire-inspections').getByLabel('Conferring')).toBeChecked();
    await expect(item('fire-inspections')).toHaveAttribute('data-state', 'open');
    await item('fire-inspections')
      .getByRole('button', { name: /^Check / })
      .press('Enter');
    await expect(item('fire-inspections')).toHaveAttribute('data-state', 'differs');
    await expect(item('fire-inspections').locator('.sort-feedback')).toContainText('We would sort this as Solo.');

    // Pointer: click the "Distributed" chip of the ability-grouping decision, then "Check".
    await item('ability-grouping').locator('label', { hasText: 'Distributed' }).click();
    await item('ability-grouping')
      .getByRole('button', { name: /^Check / })
      .click();
    await expect(item('ability-grouping')).toHaveAttribute('data-state', 'match');
    await expect(item('ability-grouping').locator('.sort-feedback')).toContainText('Distributed: this matches our suggestion.');
    await expect(block.locator('[data-sort-score]')).toHaveText('2 of 16 sorted; 1 matches the suggested answer; 14 still to sort.');
    await expect(block.locator('.sort-column[data-category="conferring"]')).toContainText('fire alarm inspections');

    const heifetz = page.locator('[data-block="technical-or-adaptive"]');
    await heifetz.locator('[data-item="family-events"] label', { hasText: 'Technical problem' }).click();
    await heifetz
      .locator('[data-item="family-events"]')
      .getByRole('button', { name: /^Check / })
      .click();
    await expect(heifetz.locator('[data-item="family-events"] .sort-feedback')).toContainText('We would sort this as Adaptive challenge.');

    // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
    await page.reload();
    await worksheetReady(page);
    await expect(item('fire-inspections').getByLabel('Conferring')).toBeChecked();
    await expect(item('ability-grouping').getByLabel('Distributed')).toBeChecked();
    await expect(heifetz.locator('[data-item="family-events"]')).toHaveAttribute('data-state', 'differs');

    // Clearing starts again.
    await block.getByRole('button', { name: 'Clear my sort and start again' }).click();
    await expect(block.locator('[data-sort-score]')).toHaveText('None of the 16 items sorted yet.');
  });
});

test.describe('Improvement cycle planner', () => {
  test('warns when the same small group runs every phase, by keyboard and pointer, and keeps the plan', async ({ page }) => {
    failOnDialog(page);
    await page.goto('/sections/continuous-improvement/');
    await worksheetReady(page);
    const block = page.locator('[data-block="cycle-plan"]');
    const warnings = block.locator('[data-cycle-warnings] [data-warning]');
    await block.getByLabel('The problem you want to work on').fill('Ninth graders failing algebra');

    // Keyboard: quick-add two people and tick every phase with the space bar.
    await block.getByRole('button', { name: '+ Principal', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(block.getByLabel('Person or group 1')).toBeFocused();
    await block.getByRole('button', { name: '+ Assistant principal', exact: true }).focus();
    await page.keyboard.press('Enter');
    // The new row takes focus on the next frame: wait for it, or a Space meant for a box
    // below would land in that row's name.
    await expect(block.getByLabel('Person or group 2')).toBeFocused();
    for (const name of ['Principal', 'Assistant principal']) {
      for (const stage of ['problem diagnosis', 'solution design and enactment', 'after-action review']) {
        await block.getByLabel(`${name} takes part in ${stage}`, { exact: true }).focus();
        await page.keyboard.press('Space');
      }
    }
    await expect(warnings).toHaveCount(1);
    await expect(warnings.first()).toHaveAttribute('data-warning', 'same-small-group');
    await expect(block.locator('svg.cycle-diagram g[data-stage="review"]')).toHaveAttribute('data-count', '2');

    // Pointer: add students to diagnosis only: the phases now differ, but the circle is still small.
    await block.getByRole('button', { name: '+ Students' }).click();
    await block.getByLabel('Students takes part in problem diagnosis').click();
    await expect(warnings.first()).toHaveAttribute('data-warning', 'small-circle');
    await expect(block.locator('svg.cycle-diagram g[data-stage="diagnosis"]')).toHaveAttribute('data-count', '3');

    await expectSaved(page, 'Ninth graders failing algebra');
    await page.reload();
    await worksheetReady(page);
    await expect(block.getByLabel('The problem you want to work on')).toHaveValue('Ninth graders failing algebra');
    await expect(block.getByLabel('Students takes part in problem diagnosis')).toBeChecked();
    await expect(warnings.first()).toHaveAttribute('data-warning', 'small-circle');

    // Removing students brings the first warning back.
    await block.getByRole('button', { name: 'Remove Students' }).click();
    await expect(warnings.first()).toHaveAttribute('data-warning', 'same-small-group');
  });
});

test.describe('Accessibility and print', () => {
  const filled: { path: string; fill: (page: Page) => Promise<void> }[] = [
    {
      path: '/activities/leadership-work/',
      fill: async (page) => {
        await page.locator('[data-block="attention-estimate"] input[type=number]').first().fill('45');
      },
    },
    {
      path: '/activities/leadership-perspective/',
      fill: async (page) => {
        await page.locator('[data-block="math-advice"] textarea').first().fill('Ms. Ruiz, coach');
        await page.locator('[data-block="math-advice"] textarea').nth(3).fill('Mr Lee');
        await expect(page.locator('svg[data-network-map]')).toHaveAttribute('data-ready', 'true');
        await page.getByRole('button', { name: 'Show Ms. Ruiz on the map' }).click();
      },
    },
    {
      path: '/sections/kinds-of-decisions/',
      fill: async (page) => {
        await page.locator('[data-item="fire-inspections"] label', { hasText: 'Delegative' }).click();
        await page.locator('[data-item="holiday-party"] label', { hasText: 'Delegative' }).click();
      },
    },
    {
      path: '/sections/continuous-improvement/',
      fill: async (page) => {
        await page.getByRole('button', { name: '+ Principal', exact: true }).click();
        await page.getByLabel('Principal takes part in problem diagnosis', { exact: true }).check();
      },
    },
  ];
  for (const { path, fill } of filled) {
    test(`axe passes on ${path} with its tools filled in, light and dark`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await worksheetReady(page);
      await fill(page);
      await expectNoAxeViolations(page);
      // Dark mode changes only colours: the colour rules again, in the same filled state.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, { only: colourRules });
    });
  }

  test('every diagram has a text equivalent and stays on the printed page', async ({ page }) => {
    await page.goto('/sections/continuous-improvement/');
    await worksheetReady(page);
    await page.emulateMedia({ media: 'print' });
    for (const svg of await page.locator('.worksheet svg[role="img"]').all()) {
      await expect(svg).toBeVisible();
      await expect(svg.locator('title')).not.toBeEmpty();
      await expect(svg.locator('desc')).not.toBeEmpty();
    }
    await expect(page.locator('[data-timeline-sentence]')).toBeVisible();
    await expect(page.locator('table.timeline-table')).toBeVisible();

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/activities/leadership-perspective/');
    await worksheetReady(page);
    await page.locator('[data-block="math-advice"] textarea').first().fill('Ms. Ruiz, coach');
    await expect(page.locator('svg[data-network-map]')).toHaveAttribute('data-ready', 'true');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('svg[data-network-map]')).toBeVisible();
    await expect(page.locator('svg[data-org-chart]')).toBeVisible();
    await expect(page.locator('[data-network-people]')).toBeVisible();
    await expect(page.locator('[data-network-ties]')).toBeVisible();
    await expect(page.locator('svg[data-network-map] desc')).toContainText('Ms. Ruiz (1 time) is the most sought');
  });
});
