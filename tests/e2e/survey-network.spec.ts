/**
 * The leader sees the school (issue 29): a survey with nine answers collected (the course's
 * invented 12-person school, tests/fixtures/networks/school-12.json) is put into this browser's
 * saved state as the collect page keeps it, and the network view is read as a leader and a
 * screen reader meet it: the picture, the readings, the hidden leader, a person's ties, the
 * group filter, the anonymised view, the downloads; axe in light, dark and at phone width.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import school from '../fixtures/networks/school-12.json' with { type: 'json' };
import { colourRules, expectNoAxeViolations, failOnDialog } from './site';

const SURVEY = 'svy-network-test';
// Hostile text in a name: it must stay text on the page and in every file.
const people = school.people.map((p) => (p.id === 'p9' ? { ...p, name: '<img src=x onerror=alert(1)>=SUM(1)' } : p));

/** The saved state the collect page reads: the survey (keys are only shapes here) and one answer per respondent. */
function savedState(): Record<string, string> {
  const key = (n: number) => 'A'.repeat(n);
  const survey = {
    v: 1,
    id: SURVEY,
    schoolName: school.schoolName,
    people,
    questions: school.questions,
    anonymous: false,
    personal: false,
    publicKey: key(87),
    privateKey: key(130),
    tokens: {},
    codes: {},
    createdAt: 1_700_000_000_000,
  };
  const state: Record<string, string> = {
    'course:v1:survey-meta:current': JSON.stringify(SURVEY),
    [`course:v1:surveys:${SURVEY}`]: JSON.stringify(survey),
  };
  for (const person of school.respondents) {
    const answers: Record<string, [string, number][]> = {};
    for (const t of school.ties.filter((t) => t.from === person)) (answers[t.question] ??= []).push([t.to, t.frequency]);
    state[`course:v1:survey-responses:${SURVEY}/${person}`] = JSON.stringify({
      v: 1,
      survey: SURVEY,
      person,
      answers,
      sealedAt: 1_700_000_100_000,
      receivedAt: 1_700_000_200_000,
      via: 'paste',
      replaced: 0,
    });
  }
  return state;
}

async function openResults(page: Page): Promise<void> {
  failOnDialog(page);
  await page.goto('/survey/collect/');
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, savedState());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The school’s advice network' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Who goes to whom for advice' })).toBeVisible();
}

test('the leader reads the network of a question, picks out a person, filters and anonymises', async ({ page }) => {
  await openResults(page);
  const view = page.locator('[data-survey-network]');
  await expect(view.getByRole('heading', { name: /mathematics instruction/ })).toBeVisible();

  // Readings and the hidden leader, from the answers.
  await expect(view.locator('[data-reading="most-sought"]')).toHaveText('The most sought is Ben Li (Teacher), named by 7 colleagues.');
  await expect(view.locator('[data-reading="hidden-vs-formal"]').first()).toContainText(
    'sought more than Ana Ortiz, Mathematics coach (named by 4 colleagues)',
  );
  await expect(view.locator('[data-hidden-leaders] li')).toHaveText(['Ben Li, Teacher (Grade 3): sought by 7']);
  await expect(view.locator('[data-measures]')).toContainText('Answered9 out of 12');
  await expect(view.locator('[data-measures]')).toContainText('Density0.136');

  // The picture: a circle per person, an arrow per tie; the table holds the same.
  await expect(view.locator('[data-network-map] [data-node]')).toHaveCount(12);
  await expect(view.locator('[data-network-map] [data-tie]')).toHaveCount(18);
  await expect(view.locator('[data-network-people] tbody tr')).toHaveCount(12);
  await expect(view.locator('[data-network-ties] tbody tr')).toHaveCount(18);
  // The organisation chart from the roster, the principal at its head.
  await expect(view.getByRole('img', { name: 'Organisation chart from the roster' })).toBeVisible();

  // Hostile text in a name stays text.
  await expect(view.locator('[data-network-people] [data-person="p9"] th')).toContainText('<img src=x onerror=alert(1)>=SUM(1)');

  // A person's ties, by keyboard: the table's button, then the live sentence says them.
  const show = view.getByRole('button', { name: 'Show Dev Patel’s ties' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(view.locator('[data-selection="p6"]')).toHaveText(
    'Dev Patel (Teacher, Grade 4) goes to Ana Ortiz, Ben Li and Eli Brooks; Ana Ortiz, Ben Li and Eli Brooks go to them. Mutual ties with Ana Ortiz, Ben Li and Eli Brooks.',
  );
  await expect(view.locator('[data-network-map] .tie.on')).toHaveCount(6);
  // The same through the person list.
  await view.getByLabel('Pick out a person’s ties', { exact: true }).selectOption({ label: 'Pat Morgan, Principal' });
  await expect(view.locator('[data-selection="p1"]')).toContainText('goes to nobody (did not answer); nobody goes to them.');

  // Filter by group: Grade 5 and the ties touching it.
  await view.getByLabel('Group', { exact: true }).selectOption('Grade 5');
  await expect(view.locator('[data-network-people] tbody tr')).toHaveCount(2);
  await expect(view.locator('[data-network-ties] tbody tr')).toHaveCount(4);
  await view.getByLabel('Group', { exact: true }).selectOption('');

  // Another question.
  await view.getByLabel('Question', { exact: true }).selectOption({ label: school.questions[1]!.prompt });
  await expect(view.locator('[data-hidden-leaders] li')).toHaveText(['Jo Wells, Counsellor (Student support): sought by 4']);

  // Anonymised for showing staff: no name anywhere in the view.
  await view.getByLabel(/Anonymised/).check();
  await expect(view.locator('[data-hidden-leaders] li')).toHaveText(['C1, Counsellor (Student support): sought by 4']);
  const text = await view.innerText();
  for (const p of people) expect(text).not.toContain(p.name);
});

test('the downloads: ties and people as CSV, GraphML for Gephi, the picture as SVG; user text stays text', async ({ page }) => {
  await openResults(page);
  const view = page.locator('[data-survey-network]');
  const fetch = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name }).click()]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path()) ?? '', 'utf8') };
  };
  const ties = await fetch('Ties (CSV)');
  expect(ties.name).toMatch(/^advice-riverside-elementary-.*-math-\d{4}-\d{2}-\d{2}-ties\.csv$/);
  expect(ties.text.split('\r\n')).toHaveLength(19);
  expect(ties.text).toContain('"p9","<img src=x onerror=alert(1)>=SUM(1)","p8","Fay Kim","4","Daily or weekly","yes"');
  const nodes = await fetch('People and measures (CSV)');
  expect(nodes.text.split('\r\n')).toHaveLength(13);
  const gephi = await fetch('Network for Gephi (GraphML)');
  expect(gephi.name).toMatch(/\.graphml$/);
  expect(gephi.text).toContain('&lt;img src=x onerror=alert(1)&gt;=SUM(1)');
  expect(gephi.text).not.toContain('<img');
  const svg = await fetch('Picture (SVG)');
  expect(svg.text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg.text).not.toContain('<img');

  // Anonymised files carry codes only.
  await view.getByLabel(/Anonymised/).check();
  const anon = await fetch('People and measures (CSV)');
  expect(anon.name).toContain('-anonymised-');
  for (const p of people) expect(anon.text).not.toContain(p.name);
});

test('the network view is accessible: light, dark and at phone width', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openResults(page);
  await expect(page.locator('[data-readings] li').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Show Ben Li’s ties' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, { only: colourRules });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations(page, { skip: colourRules });
  // The view fits the phone: its wide picture, chart and tables scroll inside their own frames.
  const fits = await page
    .locator('[data-survey-network]')
    .evaluate((el) => ({ right: el.getBoundingClientRect().right, overflow: el.scrollWidth - el.clientWidth }));
  expect(fits.right).toBeLessThanOrEqual(360);
  expect(fits.overflow).toBe(0);
});
