import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, expectSaved, failOnDialog, fieldReady, worksheetReady } from './site';

// Activity 9: the stakeholder charts of two cases and of the learner's own challenge.
const PAGE = '/activities/stakeholder-charts/';
const columns = ['Relationship to the issue', 'Preferred outcome', 'Noblest values', 'Loyalties', 'Potential losses'];
const caseTitle = (id: string) => /^title: (.+)$/m.exec(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))?.[1]?.trim() ?? '';

const chart = (page: Page, id: string) => page.locator(`[data-block="${id}"]`);
const cell = (block: Locator, stakeholder: string, column: string) =>
  block.getByLabel(`${stakeholder}: ${column}${column === 'Potential losses' ? ', in your words' : ''}`, { exact: true });
const rowNames = (block: Locator) => block.locator('tbody th textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

async function open(page: Page): Promise<void> {
  failOnDialog(page);
  await page.goto(PAGE);
  await worksheetReady(page);
  await fieldReady(chart(page, 'ap-enrolment-chart').locator('tbody textarea').first());
}

/** Fill every cell of the named rows with a marker naming the row and column. */
async function fillRows(block: Locator, names: string[], tag: string): Promise<void> {
  for (const name of names) for (const c of columns) await cell(block, name, c).fill(`${tag} ${name} / ${c}`);
}
async function expectRows(block: Locator, names: string[], tag: string): Promise<void> {
  for (const name of names) for (const c of columns) await expect(cell(block, name, c)).toHaveValue(`${tag} ${name} / ${c}`);
}

test('both case charts and a chart of my own challenge, with added stakeholders, come back after reload', async ({ page }) => {
  await open(page);
  const ap = chart(page, 'ap-enrolment-chart');
  const ladder = chart(page, 'discipline-ladder-chart');
  const mine = chart(page, 'my-challenges');

  // Each case chart shows its case above it, and the case folds away.
  await expect(ap.locator('.chart-case summary')).toContainText(caseTitle('ap-enrolment'));
  await expect(ladder.locator('.chart-case summary')).toContainText(caseTitle('discipline-ladder'));
  await expect(ap.locator('.chart-case-text p').first()).toBeVisible();
  await ap.locator('.chart-case summary').click();
  await expect(ap.locator('.chart-case-text p').first()).toBeHidden();
  await expect(mine.locator('.chart-case')).toHaveCount(0);

  // Case 1: the four named stakeholders, plus one the learner adds.
  const apNames = ['AP Mathematics teacher', 'Regular mathematics teacher', 'College and Career counselor', 'Minority student'];
  expect(await rowNames(ap)).toEqual(apNames);
  await fillRows(ap, apNames, 'AP');
  await ap.getByRole('button', { name: '+ Add a stakeholder' }).click();
  await expect(ap.getByLabel('Stakeholder 5 of 5: name')).toBeFocused();
  await page.keyboard.type('Parents of AP candidates');
  await fillRows(ap, ['Parents of AP candidates'], 'AP');
  await ap.locator('tbody tr').nth(3).locator('.loss-picks summary').click();
  const picks = ap.getByRole('group', { name: 'Potential losses for Minority student' });
  await picks.getByLabel('identity').check();
  await picks.getByLabel('competence').check();
  await expect(ap.locator('tbody tr').nth(3).locator('.loss-badges .badge')).toHaveText(['identity', 'competence']);

  // Case 2.
  const ladderNames = ['Third-grade reading teacher', 'Assistant Principal', "The student's mother"];
  expect(await rowNames(ladder)).toEqual(ladderNames);
  await fillRows(ladder, ladderNames, 'Ladder');
  await ladder.getByRole('button', { name: '+ Add a stakeholder' }).click();
  await expect(ladder.getByLabel('Stakeholder 4 of 4: name')).toBeFocused();
  await page.keyboard.type('The student');
  await fillRows(ladder, ['The student'], 'Ladder');

  // My challenge: a new chart, named and described, with stakeholders the learner adds.
  await mine.getByRole('button', { name: '+ Add a challenge' }).click();
  await expect(mine.getByLabel('Short name for the challenge')).toBeFocused();
  await page.keyboard.type('Ninth-grade failure rate');
  await mine.getByLabel('Describe the adaptive challenge in your school').fill('Too many ninth graders fail a core course.');
  await mine.locator('tbody th textarea').first().fill('Ninth-grade teachers');
  await mine.getByRole('button', { name: '+ Add a stakeholder' }).click();
  await expect(mine.getByLabel('Stakeholder 2 of 2: name')).toBeFocused();
  await page.keyboard.type('Families of ninth graders');
  await fillRows(mine, ['Ninth-grade teachers', 'Families of ninth graders'], 'Mine');
  await expect(mine.getByRole('heading', { name: 'Challenge 1: Ninth-grade failure rate' })).toBeVisible();

  // A reflection after each chart.
  await page.getByLabel(/Reflect on the Case 1 chart/).fill('I underestimated the student.');
  await page.getByLabel(/Reflect on the Case 2 chart/).fill('The girl has no row.');
  await page.getByLabel(/Reflect on your own chart/).fill('Families lose time.');

  await expectSaved(page, 'I underestimated the student.', 'The girl has no row.', 'Families lose time.');
  await page.reload();
  await worksheetReady(page);
  await fieldReady(ap.locator('tbody textarea').first());

  expect(await rowNames(ap)).toEqual([...apNames, 'Parents of AP candidates']);
  await expectRows(ap, [...apNames, 'Parents of AP candidates'], 'AP');
  await expect(ap.locator('tbody tr').nth(3).locator('.loss-badges .badge')).toHaveText(['identity', 'competence']);
  expect(await rowNames(ladder)).toEqual([...ladderNames, 'The student']);
  await expectRows(ladder, [...ladderNames, 'The student'], 'Ladder');
  await expect(mine.getByLabel('Short name for the challenge')).toHaveValue('Ninth-grade failure rate');
  await expect(mine.getByLabel('Describe the adaptive challenge in your school')).toHaveValue('Too many ninth graders fail a core course.');
  await expectRows(mine, ['Ninth-grade teachers', 'Families of ninth graders'], 'Mine');
  await expect(page.getByLabel(/Reflect on the Case 1 chart/)).toHaveValue('I underestimated the student.');
  await expect(page.getByLabel(/Reflect on the Case 2 chart/)).toHaveValue('The girl has no row.');
  await expect(page.getByLabel(/Reflect on your own chart/)).toHaveValue('Families lose time.');
});

test('the compare view lines up one column for every stakeholder, with picked losses as badges', async ({ page }) => {
  await open(page);
  const ap = chart(page, 'ap-enrolment-chart');
  await cell(ap, 'AP Mathematics teacher', 'Potential losses').fill('Losing the students who chose AP for its rigour.');
  await cell(ap, 'Minority student', 'Potential losses').fill('Being the only one like me in the room.');
  await cell(ap, 'Minority student', 'Loyalties').fill('My friends in regular classes.');
  await ap.locator('tbody tr').nth(3).locator('.loss-picks summary').click();
  await ap.getByRole('group', { name: 'Potential losses for Minority student' }).getByLabel('identity').check();
  await ap.getByRole('group', { name: 'Potential losses for Minority student' }).getByLabel('comfort').check();

  await ap.getByLabel('Show', { exact: true }).selectOption({ label: 'Compare: potential losses side by side' });
  await expect(ap.locator('table')).toBeHidden();
  await expect(ap.getByRole('status').first()).toHaveText('Comparing potential losses for 4 stakeholders.');
  const cards = ap.locator('.compare-list > li');
  await expect(cards).toHaveCount(4);
  await expect(cards.locator('h4')).toHaveText(['AP Mathematics teacher', 'Regular mathematics teacher', 'College and Career counselor', 'Minority student']);
  await expect(cards.nth(0)).toContainText('Losing the students who chose AP for its rigour.');
  await expect(cards.nth(1)).toContainText('Not filled in yet.');
  await expect(cards.nth(3).locator('.badge')).toHaveText(['identity', 'comfort']);
  await expect(cards.nth(3)).toContainText('Being the only one like me in the room.');

  await ap.getByLabel('Show', { exact: true }).selectOption({ label: 'Compare: loyalties side by side' });
  await expect(cards.nth(3)).toContainText('My friends in regular classes.');
  await expect(cards.nth(3).locator('.badge')).toHaveCount(0);

  // Adding a stakeholder from the compare view goes back to the chart, focused on the new row.
  await ap.getByRole('button', { name: '+ Add a stakeholder' }).click();
  await expect(ap.locator('table')).toBeVisible();
  await expect(ap.locator('tbody tr').last().locator('textarea').first()).toBeFocused();
  await expectNoAxeViolations(page);
});

test('rows are removed, restored, re-added and reordered by keyboard, with focus kept on the row', async ({ page }) => {
  await open(page);
  const ap = chart(page, 'ap-enrolment-chart');
  await cell(ap, 'Regular mathematics teacher', 'Noblest values').fill('Every student deserves a shot.');

  // Headers a screen reader announces with each cell.
  await expect(ap.locator('thead th[scope=col]')).toHaveCount(6);
  await expect(ap.locator('tbody th[scope=row]')).toHaveCount(4);

  // Remove row 2 from the keyboard: Tab from its name to its remove button, then Enter.
  await ap.getByLabel('Stakeholder 2 of 4: name').focus();
  await page.keyboard.press('Tab'); // move up
  await page.keyboard.press('Tab'); // move down
  await page.keyboard.press('Tab'); // remove
  await expect(page.locator(':focus')).toHaveAccessibleName('Remove Regular mathematics teacher');
  await page.keyboard.press('Enter');
  expect(await rowNames(ap)).toEqual(['AP Mathematics teacher', 'College and Career counselor', 'Minority student']);
  await expect(ap.getByRole('status').first()).toHaveText('Removed Regular mathematics teacher.');
  // Focus moves to the row that took its place, not to the top of the page.
  await expect(ap.getByLabel('Stakeholder 2 of 3: name')).toBeFocused();

  // Undo puts it back where it was, with what had been written.
  await ap.getByRole('button', { name: 'Undo: put Regular mathematics teacher back' }).focus();
  await page.keyboard.press('Enter');
  expect(await rowNames(ap)).toEqual(['AP Mathematics teacher', 'Regular mathematics teacher', 'College and Career counselor', 'Minority student']);
  await expect(cell(ap, 'Regular mathematics teacher', 'Noblest values')).toHaveValue('Every student deserves a shot.');
  await expect(ap.getByLabel('Stakeholder 2 of 4: name')).toBeFocused();

  // Remove the last row, then add it again by keyboard and type its name and first cell.
  await ap.getByRole('button', { name: 'Remove Minority student' }).focus();
  await page.keyboard.press('Enter');
  await expect(ap.getByLabel('Stakeholder 3 of 3: name')).toBeFocused();
  await ap.getByRole('button', { name: '+ Add a stakeholder' }).focus();
  await page.keyboard.press('Enter');
  await expect(ap.getByLabel('Stakeholder 4 of 4: name')).toBeFocused();
  await page.keyboard.type('Minority student');
  // Up, remove (down is disabled on the last row, so Tab passes it), then the first cell.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('Minority student: Relationship to the issue');
  await page.keyboard.type('Invited into AP calculus.');

  // Move it to the top with the keyboard: focus stays on the row's button, and at the top moves to "down".
  await ap.getByRole('button', { name: 'Move Minority student up' }).focus();
  for (const row of [3, 2]) {
    await page.keyboard.press('Enter');
    await expect(ap.getByRole('status').first()).toHaveText(`Minority student moved to row ${row} of 4.`);
    await expect(page.locator(':focus')).toHaveAccessibleName('Move Minority student up');
  }
  await page.keyboard.press('Enter');
  expect((await rowNames(ap))[0]).toBe('Minority student');
  await expect(page.locator(':focus')).toHaveAccessibleName('Move Minority student down');
  await expect(ap.getByRole('status').first()).toHaveText('Minority student moved to row 1 of 4.');

  // No pause for the save: the reload's pagehide writes what is pending (stores/answers.ts).
  await page.reload();
  await worksheetReady(page);
  await ap.scrollIntoViewIfNeeded();
  expect(await rowNames(ap)).toEqual(['Minority student', 'AP Mathematics teacher', 'Regular mathematics teacher', 'College and Career counselor']);
  await expect(cell(ap, 'Minority student', 'Relationship to the issue')).toHaveValue('Invited into AP calculus.');
  await expect(cell(ap, 'Regular mathematics teacher', 'Noblest values')).toHaveValue('Every student deserves a shot.');
});

test('in print each chart takes one landscape page, legibly, with what was written as text', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1123, height: 794 });
  await open(page);
  const ap = chart(page, 'ap-enrolment-chart');
  const names = await rowNames(ap);
  await fillRows(ap, names, 'A fairly long answer, written the way this stakeholder would put it, for');
  await ap.locator('tbody tr').first().locator('.loss-picks summary').click();
  await ap.getByRole('checkbox', { name: 'status' }).first().check();
  await expectSaved(page, 'A fairly long answer, written the way this stakeholder would put it, for');

  await page.emulateMedia({ media: 'print' });
  await expect(ap.locator('tbody textarea').first()).toBeHidden();
  await expect(ap.locator('.loss-picks').first()).toBeHidden();
  await expect(ap.locator('.chart-case-text p').first()).toBeVisible();
  const printed = ap.locator('tbody td[data-column="values"] .print-only').first();
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('A fairly long answer');
  await expect(ap.locator('tbody tr').first().locator('.loss-badges .badge')).toHaveText(['status']);
  const size = await printed.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(11); // 8.5pt or more
  // Six columns side by side, not stacked cards.
  await expect(ap.locator('thead')).toBeVisible();
  const shot = testInfo.outputPath('stakeholder-chart-print.png');
  await ap.screenshot({ path: shot });
  await testInfo.attach('print', { path: shot, contentType: 'image/png' });

  // The PDF: every chart is on a landscape page of its own, and none spills onto a second one.
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => Number(m[1]) > Number(m[2]));
  expect(boxes.filter(Boolean)).toHaveLength(3);
});

test('axe finds nothing on the filled charts, in light and dark', async ({ page }) => {
  await open(page);
  const ap = chart(page, 'ap-enrolment-chart');
  await fillRows(ap, ['AP Mathematics teacher'], 'Axe');
  await ap.locator('tbody tr').first().locator('.loss-picks summary').click();
  await ap.getByRole('checkbox', { name: 'time' }).first().check();
  await chart(page, 'my-challenges').getByRole('button', { name: '+ Add a challenge' }).click();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('on a phone, the charts not yet drawn keep their room: no field or control lies over another', async ({ page }) => {
  // A chart out of view is not laid out (content-visibility); the room it keeps must hold it, or
  // its fields overlap what follows and tap targets collide (Lighthouse's target-size audit).
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/activities/stakeholder-charts/');
  await expectNoAxeViolations(page, { only: ['target-size'] });
});
