/**
 * The staff advice survey end to end: a leader sets it up, staff answer on phones in their own
 * browsers, and the answers come back by camera (Chromium's fake camera playing a video of the
 * code the phone showed), by a pasted link and by a file; hostile answers are refused by name.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../browser';
import { open, seal } from '../../src/lib/transport/envelope';
import { createRecipientKeys } from '../../src/lib/transport/keys';
import { colourRules, expectNoAxeViolations } from './site';
import { qrVideo } from '../fake-camera';

const roster = `Name\tRole\tDepartment\tFormal leader
Ana Ruiz\tPrincipal\tOffice\tyes
Ben Okafor\tAssistant principal\tOffice\tyes
Carla Jensen\tInstructional coach\tMathematics\tyes
Dev Patel\tTeacher\tGrade 3\tno
Eve Martin\tTeacher\tGrade 3\tno
Femi Adeyemi\tTeacher\tGrade 4\tno
Gina Rossi\tTeacher\tGrade 4\tno
Hugo Laurent\tTeacher\tGrade 5\tno
Iris Chen\tTeacher\tGrade 5\tno
Jon Bell\tSpecial education teacher\tSpecial education\tno
Kim Novak\tReading specialist\tSpecialists\tno
Leo Duarte\tCounselor\tSpecialists\tno`;

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

interface StoredSurvey {
  id: string;
  publicKey: string;
  privateKey: string;
  people: { id: string; name: string }[];
  tokens: Record<string, string>;
}

async function storedSurvey(page: Page): Promise<StoredSurvey> {
  return page.evaluate(() => {
    const id = JSON.parse(localStorage.getItem('course:v1:survey-meta:current') ?? 'null') as string;
    return JSON.parse(localStorage.getItem(`course:v1:surveys:${id}`) ?? 'null') as StoredSurvey;
  });
}

/** The leader starts a survey with the 12-person roster; returns the survey link. */
async function setUpSurvey(page: Page, options: { personal?: boolean; rosterText?: string } = {}): Promise<string> {
  await page.goto('/survey/');
  await page.getByRole('button', { name: 'Start a survey' }).click();
  await page.getByLabel('School name').fill('Lincoln Elementary');
  await page.getByLabel(/Paste from a spreadsheet/).fill(options.rosterText ?? roster);
  await page.getByRole('button', { name: 'Replace the roster with these' }).click();
  await expect(page.getByRole('group', { name: /Staff roster \(12\)/ })).toBeVisible();
  if (options.personal) {
    await page.getByLabel(/A personal link for each person/).check();
    return '';
  }
  return page.getByRole('textbox', { name: 'The survey link' }).inputValue();
}

/** A staff member answers on a phone: name, then colleagues picked by keyboard in the combobox. */
async function answer(page: Page, link: string, who: string, math: [string, string][], discipline: [string, string][] = []): Promise<void> {
  await page.goto(link);
  await page.getByLabel('I have read this and I want to answer').check();
  if (who) await page.getByLabel('Your name').selectOption({ label: who });
  for (const [fieldset, picks] of [
    [/mathematics instruction/, math],
    [/student discipline/, discipline],
  ] as const) {
    const group = page.getByRole('group', { name: fieldset });
    for (const [typed, often] of picks) {
      const box = group.getByRole('combobox', { name: 'Add a colleague' });
      await box.fill(typed);
      await expect(group.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await box.press('Enter');
      const chosen = group
        .getByRole('list', { name: /Chosen for question/ })
        .getByRole('listitem')
        .last();
      await chosen.getByLabel('How often').selectOption({ label: often });
    }
  }
  await page.getByRole('button', { name: 'Lock my answers and send them' }).click();
  await expect(page.getByText('Your answers are locked and ready.')).toBeVisible();
}

async function leaderWithCamera(
  video: string,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>,
  baseURL: string,
): Promise<{ browser: Browser; page: Page }> {
  const executablePath = findChromium();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  const context = await browser.newContext({ storageState, baseURL });
  return { browser, page: await context.newPage() };
}

test('a leader runs the survey: three phones answer, by camera, pasted link and file, and the answers survive a reload', async ({ browser, page, baseURL }) => {
  test.setTimeout(180_000);
  const link = await setUpSurvey(page);
  expect(link).toMatch(/\/survey\/answer\/#s=z1\./);
  await expect(page.getByRole('img', { name: 'QR code of the survey link' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The slide for the staff meeting: the code full screen.
  await page.getByRole('button', { name: 'Show the code full screen' }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('survey-sheet');
  await page.evaluate(() => document.exitFullscreen());

  // Three staff, three separate phones.
  const phones = await Promise.all([1, 2, 3].map(() => browser.newContext(phone)));
  const [dev, eve, femi] = await Promise.all(phones.map((c) => c.newPage()));
  await answer(
    dev!,
    link,
    'Dev Patel',
    [
      ['carl', 'Daily or weekly'],
      ['iris', 'Once a month'],
    ],
    [['ben', 'A few times a year']],
  );
  await expectNoAxeViolations(dev!);
  await answer(eve!, link, 'Eve Martin', [
    ['Carla', '2–3 times a month'],
    ['chen', 'Daily or weekly'],
  ]);
  await answer(femi!, link, 'Femi Adeyemi', [
    ['iris', 'Daily or weekly'],
    ['coach', 'Once a month'],
  ]);

  // Dev shows a code; the leader's laptop camera films it.
  const code = dev!.getByRole('img', { name: 'Answer code 1 of 1' });
  await expect(code).toBeVisible();
  const viewBox = (await code.getAttribute('viewBox'))!.split(' ').map(Number);
  const modules = (await code.locator('path').getAttribute('d'))!;
  const dir = await mkdtemp(join(tmpdir(), 'survey-camera-'));
  const video = join(dir, 'code.y4m');
  await writeFile(video, qrVideo(modules, viewBox[2]!));

  // Eve sends a link; Femi saves a file.
  await eve!.getByRole('button', { name: 'Show the link instead' }).click();
  const eveLink = await eve!.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();
  expect(eveLink).toContain('/survey/collect/#r=dl1.');
  const download = femi!.waitForEvent('download');
  await femi!.getByRole('button', { name: 'Save as a file' }).click();
  const file = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(file).toMatch(/\.dlanswer$/);

  const camera = await leaderWithCamera(video, await page.context().storageState(), baseURL!);
  try {
    const leader = camera.page;
    await leader.goto('/survey/collect/');
    await expect(leader.getByText('0 of 12')).toBeVisible();
    await leader.getByRole('button', { name: 'Start the camera' }).click();
    const log = leader.getByRole('list', { name: 'What was read' });
    await expect(log.getByText(/Dev Patel’s answer/)).toBeVisible({ timeout: 30_000 });
    await leader.getByRole('button', { name: 'Stop the camera' }).click();

    await leader.getByLabel(/Paste one or many links/).fill(`Hi, here it is:\n${eveLink}\nEve`);
    await leader.getByRole('button', { name: 'Read the pasted links' }).click();
    await expect(log.getByText(/Eve Martin’s answer/)).toBeVisible();
    await leader.getByLabel(/Choose answer files/).setInputFiles(file);
    await expect(log.getByText(/Femi Adeyemi’s answer/)).toBeVisible();

    const check = async () => {
      await expect(leader.getByRole('region', { name: 'Who has answered' }).getByText('3 of 12')).toBeVisible();
      const math = leader.getByRole('table', { name: /^Advice ties: .*mathematics instruction/ });
      await expect(math.getByRole('row')).toHaveCount(1 + 6);
      await expect(math.getByRole('row', { name: 'Dev Patel Carla Jensen Daily or weekly' })).toBeVisible();
      await expect(math.getByRole('row', { name: 'Eve Martin Iris Chen Daily or weekly' })).toBeVisible();
      await expect(math.getByRole('row', { name: 'Femi Adeyemi Carla Jensen Once a month' })).toBeVisible();
      await expect(
        leader.getByRole('table', { name: /^Advice ties: .*student discipline/ }).getByRole('row', { name: 'Dev Patel Ben Okafor A few times a year' }),
      ).toBeVisible();
    };
    await check();
    // The network drawn from the answers, its hidden leader, and the exports.
    const view = leader.locator('[data-survey-network]');
    await expect(view.getByRole('img', { name: 'Who goes to whom for advice' })).toBeVisible();
    await expect(view.locator('[data-hidden-leaders] li')).toHaveText([/^Iris Chen, Teacher \(Grade 5\): sought by 3/]);
    const [tiesFile] = await Promise.all([leader.waitForEvent('download'), view.getByRole('button', { name: 'Ties (CSV)' }).click()]);
    const ties = await readFile((await tiesFile.path()) ?? '', 'utf8');
    expect(ties.split('\r\n')).toHaveLength(1 + 6);
    expect(ties).toContain('"Dev Patel"');
    await expectNoAxeViolations(leader);
    await leader.reload();
    await check();
    await expect(leader.locator('[data-survey-network] [data-hidden-leaders] li')).toHaveText([/^Iris Chen/]);
    const kept = await leader.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:v1:survey-responses:')).length);
    expect(kept).toBe(3);
  } finally {
    await camera.browser.close();
    await Promise.all(phones.map((c) => c.close()));
  }
});

test('the questions are fetched when the respondent reaches the consent box, and their loading is said', async ({ page, browser }) => {
  const link = await setUpSurvey(page);
  const context = await browser.newContext(phone);
  const staff = await context.newPage();
  const form: string[] = [];
  staff.on('request', (r) => {
    if (/\/survey-form\.[\w-]+\.js/.test(r.url())) form.push(r.url());
  });
  await staff.goto(link);
  await expect(staff.getByLabel('I have read this and I want to answer')).toBeVisible();
  expect(form, 'the form is not fetched before the respondent reaches the consent').toEqual([]);
  await staff.getByLabel('I have read this and I want to answer').focus();
  await expect.poll(() => form.length).toBe(1);
  await staff.keyboard.press('Space');
  await expect(staff.getByLabel('Your name')).toBeVisible();
  await context.close();
});

test('a phone keeps a half-finished answer through a reload', async ({ page, browser }) => {
  const link = await setUpSurvey(page);
  const context = await browser.newContext(phone);
  const staff = await context.newPage();
  await staff.goto(link);
  await staff.getByLabel('I have read this and I want to answer').check();
  await staff.getByLabel('Your name').selectOption({ label: 'Gina Rossi' });
  const group = staff.getByRole('group', { name: /mathematics instruction/ });
  await group.getByRole('combobox', { name: 'Add a colleague' }).fill('hugo');
  await group.getByRole('option', { name: /Hugo Laurent/ }).click();
  await staff.reload();
  await expect(staff.getByLabel('Your name')).toHaveValue(/.+/);
  await expect(staff.getByRole('list', { name: 'Chosen for question 1' }).getByRole('listitem')).toHaveText([/Hugo Laurent/]);
  // 320 px: nothing scrolls sideways, axe finds nothing, in light and in dark.
  await staff.setViewportSize({ width: 320, height: 640 });
  expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(staff);
  await staff.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(staff, { only: colourRules });
  await context.close();
});

test('hostile and broken answers are refused, each with its reason, and nothing else is lost', async ({ page }) => {
  const nasty = roster.replace('Leo Duarte', '<img src=x onerror="window.__pwned=1">Leo');
  await setUpSurvey(page, { personal: true, rosterText: nasty });
  const survey = await storedSurvey(page);
  const dev = survey.people.find((p) => p.name === 'Dev Patel')!;
  const carla = survey.people.find((p) => p.name === 'Carla Jensen')!;
  const leo = survey.people.find((p) => p.name.includes('Leo'))!;
  const to = { kind: 'survey', channel: survey.id, publicKey: survey.publicKey } as const;
  const good = (at: number, pick: string) => seal({ v: 1, s: survey.id, who: dev.id, tok: survey.tokens[dev.id], a: { math: [[pick, 4]] } }, to, { now: at });

  await page.goto('/survey/collect/');
  const paste = async (text: string) => {
    await page.getByLabel(/Paste one or many links/).fill(text);
    await page.getByRole('button', { name: 'Read the pasted links' }).click();
  };
  const log = page.getByRole('list', { name: 'What was read' });
  const newest = log.getByRole('listitem').first();

  await paste(await good(2_000_000_000_000, leo.id));
  await expect(newest).toContainText('Dev Patel’s answer');

  const altered = await good(2_000_000_000_500, carla.id);
  const flipped = altered.slice(0, -3) + (altered.at(-3) === 'A' ? 'B' : 'A') + altered.slice(-2);
  await paste(flipped);
  await expect(newest).toContainText('was changed after it was sent');

  const other = await createRecipientKeys();
  await paste(await seal({ v: 1, s: 'svother', who: dev.id, a: {} }, { kind: 'survey', channel: 'svother', publicKey: other.publicKey }));
  await expect(newest).toContainText('sent to a different survey');

  await paste(await seal({ v: 1, s: survey.id, who: dev.id, tok: 'not-the-secret-1234', a: { math: [[carla.id, 4]] } }, to));
  await expect(newest).toContainText('whose secret does not match');

  await paste(await good(1_900_000_000_000, carla.id));
  await expect(newest).toContainText('older answer from Dev Patel');

  // A 5 MB link, pasted (typing it would take hours): refused unread, and the box stays usable.
  await page.getByLabel(/Paste one or many links/).evaluate((box) => {
    const data = new DataTransfer();
    data.setData('text/plain', `https://x.org/survey/collect/#r=dl1.${'A'.repeat(5 * 1024 * 1024)}`);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(newest).toContainText('far larger than any answer');

  const long = await seal({ v: 1, s: survey.id, who: dev.id, tok: survey.tokens[dev.id], a: { math: [[carla.id, 4]] }, pad: 'x'.repeat(3000) }, to);
  await paste(long.slice(0, Math.floor(long.length * 0.6)));
  await expect(newest).toContainText('Part of this answer is missing');

  await paste(`dl2.${long.slice(4)}`);
  await expect(newest).toContainText('newer version of the course');

  await paste('hello, this is not an answer');
  await expect(newest).toContainText('not an answer the course can read');

  // Nothing else was lost: Dev's first answer (naming Leo, whose name is markup) is still the one kept.
  await expect(page.getByRole('region', { name: 'Who has answered' }).getByText('1 of 12')).toBeVisible();
  const ties = page.getByRole('table', { name: /^Advice ties: .*mathematics instruction/ });
  await expect(ties.getByRole('row', { name: /Dev Patel <img src=x onerror="window.__pwned=1">Leo/ })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});

test('on a non-secure origin the collect page does not offer the camera, and says why', async ({ browser, baseURL }) => {
  // A plain-http host that is not this computer: the pages come from the preview server,
  // served under another name, so the browser treats the origin as not secure.
  const context = await browser.newContext();
  await context.route('http://school.test/**', async (route) => {
    try {
      const response = await route.fetch({ url: route.request().url().replace('http://school.test', baseURL!.replace(/\/$/, '')) });
      await route.fulfill({ response });
    } catch {
      // A request still in flight when the test closes its context: nothing waits for it.
      await route.abort().catch(() => undefined);
    }
  });
  try {
    const page = await context.newPage();
    await page.goto('http://school.test/survey/');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    // Keys on a plain-http host come from the @noble fallback.
    await page.getByRole('button', { name: 'Start a survey' }).click();
    await page.getByLabel(/Paste from a spreadsheet/).fill(roster);
    await page.getByRole('button', { name: 'Replace the roster with these' }).click();
    const link = await page.getByRole('textbox', { name: 'The survey link' }).inputValue();
    expect(link).toMatch(/^http:\/\/school\.test\/survey\/answer\/#s=/);
    await page.goto('http://school.test/survey/collect/');
    await expect(page.getByText(/The camera can only be used when the course is opened over HTTPS/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the camera' })).toHaveCount(0);
    // A phone on the same plain-http host still answers (sealed with noble), and it opens here.
    const staff = await context.newPage();
    await staff.setViewportSize(phone.viewport);
    await answer(staff, link, 'Kim Novak', [['jon', 'Once a month']]);
    await staff.getByRole('button', { name: 'Show the link instead' }).click();
    const sent = await staff.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();
    await page.getByLabel(/Paste one or many links/).fill(sent);
    await page.getByRole('button', { name: 'Read the pasted links' }).click();
    await expect(page.getByRole('list', { name: 'What was read' })).toContainText('Kim Novak’s answer');
    await expect(page.getByRole('region', { name: 'Who has answered' }).getByText('1 of 12')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the file an answer is saved in holds only the sealed envelope', async ({ page, browser }) => {
  const link = await setUpSurvey(page);
  const context = await browser.newContext(phone);
  const staff = await context.newPage();
  await answer(staff, link, 'Jon Bell', [['kim', 'Daily or weekly']]);
  const download = staff.waitForEvent('download');
  await staff.getByRole('button', { name: 'Save as a file' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const file = JSON.parse(text) as { format: string; version: number; envelope: string };
  expect(file).toMatchObject({ format: 'dl-answer', version: 1 });
  expect(text).not.toContain('Kim');
  expect(text).not.toContain('Jon');
  await context.close();
});

test('the workbook export carries the survey, its key and its answers, and a new laptop carries on from it', async ({ page, browser }) => {
  const link = await setUpSurvey(page);
  const phoneContext = await browser.newContext(phone);
  const staff = await phoneContext.newPage();
  await answer(staff, link, 'Hugo Laurent', [['iris', 'Daily or weekly']]);
  await staff.getByRole('button', { name: 'Show the link instead' }).click();
  const sent = await staff.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();
  await phoneContext.close();

  await page.goto('/workbook/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download everything (.json)' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const exported = JSON.parse(text) as { data: { surveys?: { surveys: Record<string, { privateKey: string }> } } };
  const survey = await storedSurvey(page);
  expect(exported.data.surveys?.surveys[survey.id]?.privateKey).toBe(survey.privateKey);

  // Another computer: import the file, then the answer sent to the old one opens there.
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await other.goto('/workbook/');
  await other.getByLabel(/Choose a portfolio file/).setInputFiles({ name: 'workbook.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await other.getByRole('button', { name: /Replace everything/ }).click();
  await expect.poll(() => other.evaluate(() => localStorage.getItem('course:v1:survey-meta:current'))).toBe(JSON.stringify(survey.id));
  await other.goto('/survey/collect/');
  await other.getByLabel(/Paste one or many links/).fill(sent);
  await other.getByRole('button', { name: 'Read the pasted links' }).click();
  await expect(other.getByRole('list', { name: 'What was read' })).toContainText('Hugo Laurent’s answer');
  await laptop.close();
});

test('a staff member who opened the survey link once answers it offline, and sends the answer as a code, a link and a file', async ({ browser }) => {
  // The 40-person fixture link, and the key that opens its answers (tests only).
  const code = (await readFile('tests/fixtures/survey-link-v1.txt', 'utf8')).trim();
  const privateKey = (await readFile('tests/fixtures/survey-link-v1.key', 'utf8')).trim();
  const link = `/survey/answer/#s=${code}`;
  const context = await browser.newContext(phone);
  try {
    // Online once: the page opens, and the service worker installs and takes the page over.
    const first = await context.newPage();
    await first.goto(link);
    await expect(first.getByLabel('I have read this and I want to answer')).toBeVisible();
    await first.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await first.reload();
    await expect.poll(() => first.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await first.close();

    // Later, in the staff room with no network: the link opens again in a new tab.
    await context.setOffline(true);
    const page = await context.newPage();
    await answer(page, link, 'Dev Patel', [['coach', 'Daily or weekly']]);

    // All three ways out work with no network: the code is drawn, the link shows, the file saves.
    await expect(page.getByRole('img', { name: 'Answer code 1 of 1' }).locator('path')).toHaveAttribute('d', /M/);
    await page.getByRole('button', { name: 'Show the link instead' }).click();
    const answerLink = await page.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();
    expect(answerLink).toMatch(/\/survey\/collect\/#r=dl1\./);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
    expect(saved.suggestedFilename()).toMatch(/\.dlanswer$/);
    const file = JSON.parse(await readFile((await saved.path()) ?? '', 'utf8')) as { envelope: string };
    expect(answerLink.endsWith(file.envelope)).toBe(true);

    // And the leader's key opens what was sealed offline.
    const opened = await open(file.envelope, { kind: 'survey', channel: 'svbudget', privateKey });
    expect(opened.ok && opened.payload).toMatchObject({ v: 1, s: 'svbudget', a: { math: [['p2', 4]] } });
  } finally {
    await context.close();
  }
});

/** What a printout of the page says: the text left when the page is laid out for print. */
async function onPaper(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => document.body.innerText);
  await page.emulateMedia({ media: 'screen' });
  return text;
}
const SCREEN_WORDS = /\b(click|tap|button|scan below|hold this code|show the link|or send it|e-mail the link|paste|choose a person above)\b/i;

test('on paper: the sheet, the slips, a locked answer and the results speak of paper, not of a screen', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const link = await setUpSurvey(page);
  const sheet = await onPaper(page);
  expect(sheet).toContain('Lincoln Elementary: whom do you go to for advice?');
  expect(sheet).toContain('Scan the code with your phone’s camera');
  expect(sheet).not.toMatch(SCREEN_WORDS);
  // A survey with one link for all has no slips to print: the sheet alone, one page.
  await expect(page.locator('.survey-slip')).toHaveCount(0);

  const phoneContext = await browser.newContext(phone);
  try {
    const dev = await phoneContext.newPage();
    await answer(dev, link, 'Dev Patel', [['iris', 'Daily or weekly']]);
    const locked = await onPaper(dev);
    expect(locked).toContain(
      'Give this page to the survey’s organiser: their camera reads your locked answer from the code, and only their computer can open it.',
    );
    expect(locked).not.toMatch(SCREEN_WORDS);
    // The page handed over carries the sealed code, not the choices in the clear.
    expect(locked).not.toContain('Iris Chen');
    await dev.getByRole('button', { name: 'Show the link instead' }).click();
    const devLink = await dev.getByRole('textbox', { name: 'Your answer as a link' }).inputValue();

    await page.goto('/survey/collect/');
    await page.getByLabel(/Paste one or many links/).fill(devLink);
    await page.getByRole('button', { name: 'Read the pasted links' }).click();
    await expect(page.locator('[data-survey-network]').getByRole('img', { name: 'Who goes to whom for advice' })).toBeVisible();
    const results = await onPaper(page);
    expect(results).toContain('Lincoln Elementary: the staff advice survey, as collected by');
    expect(results).toContain('Each circle is a person');
    expect(results).toContain('Dev Patel');
    expect(results).not.toMatch(SCREEN_WORDS);
    expect(results).not.toContain('Read just now');
  } finally {
    await phoneContext.close();
  }

  // Personal links: on paper a slip for each person, saying what to do with it.
  const other = await browser.newPage();
  await setUpSurvey(other, { personal: true });
  const slips = await onPaper(other);
  await other.close();
  expect(slips.match(/This code is yours alone/g)).toHaveLength(12);
  expect(slips).not.toContain('whom do you go to for advice?');
  expect(slips).not.toMatch(SCREEN_WORDS);
});

test('the network is worked out in a Web Worker, so the page keeps answering; without workers it is still drawn', async ({ page }) => {
  await setUpSurvey(page);
  const survey = await storedSurvey(page);
  const to = { kind: 'survey', channel: survey.id, publicKey: survey.publicKey } as const;
  const id = (name: string) => survey.people.find((p) => p.name === name)!.id;
  const links = await Promise.all(
    (
      [
        ['Dev Patel', 'Iris Chen'],
        ['Eve Martin', 'Iris Chen'],
        ['Femi Adeyemi', 'Carla Jensen'],
      ] as const
    ).map(async ([who, pick]) => `/survey/collect/#r=${await seal({ v: 1, s: survey.id, who: id(who), a: { math: [[id(pick), 4]] } }, to)}`),
  );
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  // The worker is a file of the site's own: the CSP (worker-src 'self') lets it start.
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto('/survey/collect/');
  await page.getByLabel(/Paste one or many links/).fill(links.join('\n'));
  await page.getByRole('button', { name: 'Read the pasted links' }).click();
  const view = page.locator('[data-survey-network]');
  await expect(view.getByRole('img', { name: 'Who goes to whom for advice' })).toBeVisible();
  await expect(view.locator('[data-hidden-leaders] li')).toHaveText([/^Iris Chen, Teacher \(Grade 5\): sought by 2/]);
  expect(workers.filter((u) => /\/_astro\/analysis\.worker-[\w-]+\.js$/.test(u))).toHaveLength(1);
  expect(refused).toEqual([]);

  // A browser that cannot start a worker: the same picture, worked out on the page.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  workers.length = 0;
  await page.reload();
  await expect(view.getByRole('img', { name: 'Who goes to whom for advice' })).toBeVisible();
  await expect(view.locator('[data-hidden-leaders] li')).toHaveText([/^Iris Chen, Teacher \(Grade 5\): sought by 2/]);
  expect(workers).toEqual([]);
});
