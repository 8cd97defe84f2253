/**
 * LMS packages against a real SCORM runtime. The provider downloads a package from the
 * pathway builder; a test LMS at another origin (http://localhost:4399, served only by
 * Playwright routes) installs scorm-again's API objects and opens the package's launch page in an
 * iframe, the way an LMS does. Closing the frame ends the session; the CMI data scorm-again
 * kept is handed to a fresh browser for the next launch.
 */
import { expect, test, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { source } from '../source';
import { fieldReady } from './site';

const { decodeSuspendData, encodeSuspendData } = await source<typeof import('../../src/lib/scorm/suspend-data')>('src/lib/scorm/suspend-data.ts');

type Version = '1.2' | '2004';
type Files = Record<string, Uint8Array>;
// A loopback name counts as a secure context (hand-in files need Web Crypto), and differs in origin from the site.
const LMS = 'http://localhost:4399';
const runtime = {
  '1.2': readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8'),
  '2004': readFileSync('node_modules/scorm-again/dist/scorm2004.js', 'utf8'),
};
const types: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  svg: 'image/svg+xml',
  json: 'application/json',
  xml: 'text/xml',
};

/** Build a package in the pathway builder and return its files. */
async function download(page: Page, version: Version, lessons: RegExp[], single?: RegExp, options: { sharedComputers?: boolean } = {}): Promise<Files> {
  await page.goto('/providers/');
  await page.getByLabel('Title learners will see').fill('Cohort 9: trust & stakeholders');
  for (const l of lessons) await page.getByLabel(l).check();
  await page.getByLabel(version === '1.2' ? /^SCORM 1\.2/ : /^SCORM 2004/).check();
  if (options.sharedComputers) await page.getByLabel(/^For shared computers/).check();
  const wait = page.waitForEvent('download');
  if (single) {
    await page
      .getByLabel('Or package a single module')
      .selectOption({ label: (await page.locator('#lms-single option').filter({ hasText: single }).textContent()) ?? '' });
    await page.getByRole('button', { name: 'Download this module for your LMS' }).click();
  } else {
    await page.getByRole('button', { name: 'Download this pathway for your LMS' }).click();
  }
  const file = await wait;
  expect(file.suggestedFilename()).toMatch(version === '1.2' ? /-scorm-1\.2\.zip$/ : /-scorm-2004\.zip$/);
  await expect(page.getByText(/^Downloaded .*\.zip: \d+ files/)).toBeVisible();
  const bytes = readFileSync(await file.path());
  return unzipSync(new Uint8Array(bytes));
}

/** Serve the test LMS and the package (under /pkg/) at another origin; record any request that leaves the package. */
async function serveLms(context: BrowserContext, files: Files, options: { commitStatus?: number } = {}): Promise<string[]> {
  const strays: string[] = [];
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== LMS && !url.protocol.startsWith('blob') && !url.protocol.startsWith('data')) strays.push(r.url());
  });
  await context.route(`${LMS}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/lms.html') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Test LMS</title><h1>Test LMS</h1>' });
    if (path === '/scorm12.js') return route.fulfill({ contentType: 'text/javascript', body: runtime['1.2'] });
    if (path === '/scorm2004.js') return route.fulfill({ contentType: 'text/javascript', body: runtime['2004'] });
    if (path === '/commit')
      return route.fulfill({ status: options.commitStatus ?? 200, contentType: 'application/json', body: '{"result":true,"errorCode":0}' });
    const file = files[decodeURIComponent(path.replace(/^\/pkg\//, ''))];
    if (!path.startsWith('/pkg/') || !file) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({ contentType: types[path.split('.').pop() ?? ''] ?? 'application/octet-stream', body: Buffer.from(file) });
  });
  context.on('console', (m) => {
    if (m.type() === 'error') console.log('console error:', m.text());
  });
  context.on('weberror', (e) => console.log('page error:', e.error().message));
  return strays;
}

/** Open the LMS page, install the runtime with the CMI data kept from before, and launch the package. */
async function launch(page: Page, version: Version, cmi: Record<string, unknown> | null, options: { commitUrl?: boolean } = {}): Promise<FrameLocator> {
  await page.goto(`${LMS}/lms.html`);
  await page.addScriptTag({ url: `${LMS}/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js` });
  await page.evaluate(
    ({ version, cmi, commitUrl }) => {
      type Api = { loadFromJSON(json: object): void };
      const w = window as unknown as Record<string, unknown>;
      const Runtime = w[version === '1.2' ? 'Scorm12API' : 'Scorm2004API'] as new (settings: object) => Api;
      const api = new Runtime({ logLevel: 5, ...(commitUrl ? { lmsCommitUrl: '/commit' } : {}) });
      if (cmi) api.loadFromJSON(cmi);
      w[version === '1.2' ? 'API' : 'API_1484_11'] = api;
      const frame = document.createElement('iframe');
      frame.src = '/pkg/index.html';
      frame.title = 'Course';
      frame.style.cssText = 'width:100%;height:900px';
      document.body.append(frame);
    },
    { version, cmi, commitUrl: options.commitUrl ?? false },
  );
  return page.frameLocator('iframe[title="Course"]');
}

/** End the session as an LMS does when the learner leaves: remove the frame. Returns what the runtime kept. */
async function close(page: Page, version: Version): Promise<Record<string, string>> {
  await page.evaluate(() => document.querySelector('iframe[title="Course"]')?.remove());
  const api = version === '1.2' ? 'API' : 'API_1484_11';
  await page.waitForFunction((api) => (window as unknown as Record<string, { isTerminated(): boolean }>)[api]!.isTerminated(), api);
  return page.evaluate((api) => {
    const a = (window as unknown as Record<string, { getFlattenedCMI(): Record<string, string> }>)[api]!;
    return a.getFlattenedCMI();
  }, api);
}

/** CMI data for the next launch: what a real LMS would hand back (for a learner, when `who` is given). */
function resume(version: Version, kept: Record<string, string>, who?: { id: string; name: string }): Record<string, unknown> {
  return version === '1.2'
    ? {
        suspend_data: kept['cmi.suspend_data'],
        core: {
          entry: 'resume',
          lesson_location: kept['cmi.core.lesson_location'],
          lesson_status: kept['cmi.core.lesson_status'],
          ...(who ? { student_id: who.id, student_name: who.name } : {}),
        },
      }
    : {
        suspend_data: kept['cmi.suspend_data'],
        entry: 'resume',
        location: kept['cmi.location'],
        completion_status: kept['cmi.completion_status'],
        ...(who ? { learner_id: who.id, learner_name: who.name } : {}),
      };
}

/** CMI data of a learner's first launch. */
function firstLaunch(version: Version, who: { id: string; name: string }): Record<string, unknown> {
  return version === '1.2'
    ? { core: { entry: 'ab-initio', student_id: who.id, student_name: who.name } }
    : { entry: 'ab-initio', learner_id: who.id, learner_name: who.name };
}

/** The answers an LMS record holds, decoded. */
function heldAnswers(kept: Record<string, string>): Record<string, unknown> {
  const decoded = decodeSuspendData(kept['cmi.suspend_data'] ?? '');
  if (!decoded.ok) throw new Error(decoded.error);
  return Object.fromEntries(Object.entries(decoded.data?.answers ?? {}).map(([k, a]) => [k, a.v]));
}

/** Every localStorage key and value of the package's origin, read from the launch page. */
function storedEntries(course: FrameLocator): Promise<[string, string][]> {
  return course.locator('body').evaluate(() => Object.keys(localStorage).map((k): [string, string] => [k, localStorage.getItem(k) ?? '']));
}

/**
 * Worksheets hydrate when they scroll into view: bring the field there first, and type once the
 * saved answers are on screen. The fields take typing before that (edges.spec.ts), but such an
 * edit is saved only at hydration, and these tests close the LMS frame right after typing.
 */
async function typeIn(field: Locator, text: string): Promise<void> {
  await fieldReady(field);
  await field.fill(text);
}
async function expectValue(field: Locator, text: string): Promise<void> {
  await field.scrollIntoViewIfNeeded();
  await expect(field).toHaveValue(text);
}

/**
 * Open a lesson from the package's menu and wait for its new page in the lesson frame (the page
 * there before is marked, so reopening the same lesson waits too): acting on a field while the
 * frame still holds the old page fails with a lost execution context.
 */
async function openLesson(course: FrameLocator, link: RegExp, lessonKey: string): Promise<void> {
  const frame = course.frameLocator('#lms-frame');
  await frame.locator('body').evaluate((body) => body.setAttribute('data-left', ''));
  await course.getByRole('link', { name: link }).click();
  await expect(frame.locator(`body[data-lesson="${lessonKey}"]:not([data-left])`)).toBeAttached();
}

const status = (version: Version) => (version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
const lesson = (course: FrameLocator) => course.frameLocator('#lms-frame');

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}`, () => {
    test('a package keeps answers in the LMS across launches and devices, and reports completion', async ({ page, browser }) => {
      const files = await download(page, version, [/^Activity 5:/, /^Activity 9:/]);

      // The manifest is well-formed and declares the version asked for; no page links outside the package but to the site.
      const manifest = strFromU8(files['imsmanifest.xml']!);
      const parsed = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        return { error: doc.getElementsByTagName('parsererror').length, schemaversion: doc.getElementsByTagName('schemaversion')[0]?.textContent };
      }, manifest);
      expect(parsed).toEqual({ error: 0, schemaversion: version === '1.2' ? '1.2' : '2004 4th Edition' });
      for (const path of Object.keys(files)) if (path !== 'imsmanifest.xml') expect(manifest).toContain(`<file href="${path}"/>`);
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['index.html', 'activities/trust/index.html', 'activities/stakeholder-charts/index.html']));
      for (const [path, bytes] of Object.entries(files)) {
        if (!path.endsWith('.html')) continue;
        expect(strFromU8(bytes), path).not.toMatch(/\s(?:src|component-url|renderer-url)="\//);
      }

      // First launch, in a browser of its own: type in a worksheet and a stakeholder chart, close.
      const first = await browser.newContext();
      const strays = await serveLms(first, files);
      const lms = await first.newPage();
      const course = await launch(lms, version, null);
      await expect(course.locator('#lms-note')).toHaveText(/Connected to your LMS/);
      await expect(course.getByRole('link', { name: /^Activity 5:/ })).toBeVisible();
      const trust = lesson(course);
      await typeIn(trust.getByLabel(/What is one step you will take/), 'Meet each new teacher in week one.');
      await openLesson(course, /^Activity 9:/, 'activity/stakeholder-charts');
      const charts = lesson(course);
      const ap = charts.locator('[data-block="ap-enrolment-chart"]');
      await typeIn(ap.getByLabel('AP Mathematics teacher: Preferred outcome', { exact: true }), 'Keep the course rigorous.');
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const kept = await close(lms, version);
      expect(kept['cmi.suspend_data']).toMatch(/^DL1:/);
      expect(kept[status(version)]).toBe('incomplete');
      expect(kept[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
      expect(kept[version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('activities/stakeholder-charts/index.html');
      expect(kept[version === '1.2' ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(version === '1.2' ? /^\d{2,4}:\d{2}:\d{2}/ : /^PT/);
      if (version === '2004') expect(Number(kept['cmi.progress_measure'])).toBeGreaterThan(0);
      expect(strays, 'requests that left the package').toEqual([]);
      await first.close();

      // Relaunch on another device: only the LMS has the answers.
      const second = await browser.newContext();
      await serveLms(second, files);
      const again = await second.newPage();
      const course2 = await launch(again, version, resume(version, kept));
      const charts2 = lesson(course2);
      await expectValue(
        charts2.locator('[data-block="ap-enrolment-chart"]').getByLabel('AP Mathematics teacher: Preferred outcome', { exact: true }),
        'Keep the course rigorous.',
      );
      await openLesson(course2, /^Activity 5:/, 'activity/trust');
      const trust2 = lesson(course2);
      await expectValue(trust2.getByLabel(/What is one step you will take/), 'Meet each new teacher in week one.');
      await second.close();
    });

    test('an LMS copy holding other lessons restores only this package’s lessons', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 5:/);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      // Written by another package, or edited in the LMS: answers and progress of lessons this package does not hold.
      const suspend = encodeSuspendData({
        answers: {
          'activity/trust/one-step': { v: 'Mine, from the LMS.', at: 1_700_000_000_000 },
          'activity/stakeholder-charts/case-1-reflection': { v: 'Not this package’s.', at: 1_700_000_000_000 },
        },
        progress: { 'activity/trust': { visited: 1_700_000_000_000 }, 'activity/harmon-lab': { visited: 1_700_000_000_000, done: 1_700_000_000_000 } },
      });
      const course = await launch(
        lms,
        version,
        version === '1.2' ? { suspend_data: suspend, core: { entry: 'resume' } } : { suspend_data: suspend, entry: 'resume' },
      );
      await expectValue(lesson(course).getByLabel(/What is one step you will take/), 'Mine, from the LMS.');
      const stored = await lesson(course)
        .locator('body')
        .evaluate(() => Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)]));
      expect(
        stored.filter(([k]) => /stakeholder-charts|harmon-lab/.test(k ?? '')),
        'keys of lessons outside the package',
      ).toEqual([]);
      expect(JSON.stringify(stored)).not.toContain('Not this package’s.');
      await context.close();
    });

    test('completion is set when the required blocks are done', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 5:/);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      const course = await launch(lms, version, null);
      const trust = lesson(course);
      await typeIn(trust.getByLabel(/What is one step you will take/), 'Ask the staff what trust looks like.');
      await trust.getByRole('radio').first().check();
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const api = version === '1.2' ? 'API' : 'API_1484_11';
      const read = (el: string) =>
        lms.evaluate(
          ([api, el]) => (window as unknown as Record<string, { getFlattenedCMI(): Record<string, string> }>)[api!]!.getFlattenedCMI()[el!],
          [api, el],
        );
      await expect.poll(() => read(status(version))).toBe('incomplete');
      await typeIn(trust.locator('[data-block="trust-map"] textarea, [data-block="trust-map"] input[type="text"]').first(), 'Warm but guarded.');
      await expect.poll(() => read(status(version))).toBe('completed');
      if (version === '2004') await expect.poll(() => read('cmi.progress_measure')).toBe('1');
      const kept = await close(lms, version);
      expect(kept[status(version)]).toBe('completed');
      await context.close();
    });

    test('answers too large for the LMS stay in the browser, with a message and the hand-in offer', async ({ page, browser }) => {
      const files = await download(page, version, [/^Activity 5:/, /^Activity 9:/]);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      const course = await launch(lms, version, null);
      const trust = lesson(course);
      await typeIn(trust.getByLabel(/What is one step you will take/), 'A first step that fits.');
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const api = version === '1.2' ? 'API' : 'API_1484_11';
      const suspend = () =>
        lms.evaluate(
          (api) => (window as unknown as Record<string, { getFlattenedCMI(): Record<string, string> }>)[api]!.getFlattenedCMI()['cmi.suspend_data'],
          api,
        );
      const heldAnswer = async (key: string) => {
        const r = decodeSuspendData((await suspend()) ?? '');
        return r.ok ? r.data?.answers[key]?.v : undefined;
      };
      // Wait until the first answer is in the LMS, before the answers grow too large.
      await expect.poll(() => heldAnswer('activity/trust/one-step')).toBe('A first step that fits.');

      // Text that does not compress, longer than the version allows (the optional block takes up to 20,000 characters).
      let seed = 7;
      const noise = (length: number) => Array.from({ length }, () => String.fromCharCode(33 + ((seed = (seed * 48_271) % 2_147_483_647) % 90))).join('');
      const long = noise(version === '1.2' ? 6000 : 19_000);
      await typeIn(trust.getByLabel(/^Optional: think of a change effort/), long);
      if (version === '2004') {
        // 64,000 characters take more than one block: write long reflections in Activity 9 too.
        await openLesson(course, /^Activity 9:/, 'activity/stakeholder-charts');
        const charts = lesson(course);
        await typeIn(charts.getByLabel(/^Reflect on the Case 1 chart/), noise(19_000));
        await typeIn(charts.getByLabel(/^Reflect on the Case 2 chart/), noise(19_000));
      }
      await expect(course.locator('#lms-note')).toHaveText(/too large for this LMS to keep .* Nothing is lost/);
      await expect(course.getByRole('button', { name: 'Download a hand-in file' })).toBeVisible();
      // Never truncated: the LMS keeps the last copy that fitted, whole; the browser keeps everything.
      const held = (await suspend()) ?? '';
      expect(held.length).toBeLessThanOrEqual(version === '1.2' ? 4096 : 64_000);
      const decoded = decodeSuspendData(held);
      if (!decoded.ok || !decoded.data) throw new Error('the LMS copy of the answers could not be read');
      expect(decoded.data.answers['activity/trust/one-step']?.v).toBe('A first step that fits.');
      const kept = decoded.data.answers['activity/trust/stalled-change']?.v;
      expect(kept === undefined || kept === long, 'an answer in the LMS is whole or absent').toBe(true);
      // 6,000 characters that do not compress can never fit SCORM 1.2's 4,096.
      if (version === '1.2') expect(kept).toBeUndefined();
      // A launch with no learner id keeps its answers in a space of its own (docs/lms.md).
      const stored = await lesson(course)
        .locator('body')
        .evaluate(() => localStorage.getItem('course:space:no-learner:course:v1:answers:activity/trust/stalled-change'));
      expect(JSON.parse(stored ?? '{}').v).toBe(long);

      // The hand-in file holds the answers.
      await course.getByLabel('Your name, for the hand-in file').fill('Ana Learner');
      const wait = lms.waitForEvent('download');
      await course.getByRole('button', { name: 'Download a hand-in file' }).click();
      const handIn = JSON.parse(readFileSync(await (await wait).path(), 'utf8'));
      expect(handIn.format).toBe('dl-course-handin');
      expect(handIn.data.answers['activity/trust/stalled-change'].v).toBe(long);
      await context.close();
    });

    test('an LMS that returns errors, or no LMS at all, loses nothing', async ({ page, browser }) => {
      const files = await download(page, version, [/^Activity 5:/]);
      const context = await browser.newContext();
      await serveLms(context, files, { commitStatus: 500 });
      const lms = await context.newPage();
      const course = await launch(lms, version, null, { commitUrl: true });
      const trust = lesson(course);
      await typeIn(trust.getByLabel(/What is one step you will take/), 'Kept despite the LMS.');
      await expect(course.locator('#lms-note')).toHaveText(/Your LMS reported a problem .* nothing is lost/);
      await expect(course.getByRole('button', { name: 'Download a hand-in file' })).toBeVisible();
      // The course keeps working: reopen the lesson and the answer is there.
      await openLesson(course, /^Activity 5:/, 'activity/trust');
      await expectValue(lesson(course).getByLabel(/What is one step you will take/), 'Kept despite the LMS.');

      // No LMS at all: the package opened as plain files on a web server.
      const alone = await context.newPage();
      await alone.goto(`${LMS}/pkg/index.html`);
      await expect(alone.locator('#lms-note')).toHaveText(/No LMS found/);
      await expectValue(alone.frameLocator('#lms-frame').getByLabel(/What is one step you will take/), 'Kept despite the LMS.');
      await context.close();
    });
  });
}

/**
 * Learners apart on a shared browser (issue 26.1): each LMS learner's answers live in a space of
 * their own in the browser, named by a hash of the LMS's learner id.
 */
const ana = { id: 'ana-0001', name: 'Ana Teacher' };
const ben = { id: 'ben-0002', name: 'Ben Teacher' };
const conversation = (frame: FrameLocator) => frame.getByLabel(/^Briefly describe a recent conversation/);
const secondChannel = (frame: FrameLocator) => frame.getByLabel(/^What did the second channel tell you/);
const anaPrivate = 'Ana private: the talk with the caretaker about the boiler.';
const anaShared = 'Ana shared: his shrug said he had given up asking.';

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version}, learners on one browser`, () => {
    // Each journey is several launches, one after another, with a package built first.
    test.slow();
    test('two learners one after the other never see or send each other’s answers, and each gets their own back', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 7:/);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();

      // Ana writes a private answer and a shared one.
      let course = await launch(lms, version, firstLaunch(version, ana));
      await expect(course.locator('#lms-note')).toHaveText(/Connected to your LMS/);
      await expect(course.locator('#lms-space-note')).toBeHidden();
      await typeIn(conversation(lesson(course)), anaPrivate);
      await typeIn(secondChannel(lesson(course)), anaShared);
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const keptAna = await close(lms, version);
      expect(heldAnswers(keptAna)).toEqual({ 'activity/listening-in-stereo/second-channel': anaShared });

      // Ben, next, in the same browser: both fields are empty. He types and leaves at once, before
      // the field's island is awake or the launch page's save is due: the early-save and pagehide path.
      course = await launch(lms, version, firstLaunch(version, ben));
      const benShared = 'Ben shared: she agreed, but her arms stayed folded.';
      await secondChannel(lesson(course)).fill(benShared);
      const keptBen = await close(lms, version);
      expect(heldAnswers(keptBen)).toEqual({ 'activity/listening-in-stereo/second-channel': benShared });
      expect(keptBen['cmi.suspend_data']).toBeTruthy();

      // Ben again: he sees his own answer and nothing of Ana's.
      course = await launch(lms, version, resume(version, keptBen, ben));
      await expectValue(secondChannel(lesson(course)), benShared);
      await expectValue(conversation(lesson(course)), '');
      // The browser keeps no learner id, and no answer outside a learner space.
      const stored = await storedEntries(course);
      for (const [key] of stored) {
        expect(key).not.toContain(ana.id);
        expect(key).not.toContain(ben.id);
        expect(key, 'an answer outside any learner space').not.toMatch(/^course:v1:(answers|progress|early-edits):/);
      }
      await close(lms, version);

      // Ana comes back: exactly her own answers, private one included, no word of Ben's.
      course = await launch(lms, version, resume(version, keptAna, ana));
      await expectValue(conversation(lesson(course)), anaPrivate);
      await expectValue(secondChannel(lesson(course)), anaShared);
      const keptAna2 = await close(lms, version);
      expect(heldAnswers(keptAna2)).toEqual({ 'activity/listening-in-stereo/second-channel': anaShared });

      // A launch without a learner id (a preview) gets its own space and says so.
      course = await launch(lms, version, null);
      await expect(course.locator('#lms-space-note')).toHaveText(/did not say who you are/);
      await expectValue(conversation(lesson(course)), '');
      await expectValue(secondChannel(lesson(course)), '');
      const keptPreview = await close(lms, version);
      expect(heldAnswers(keptPreview)).toEqual({});
      await context.close();
    });

    test('a learner whose LMS opens the course in a new window is in their own space too', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 7:/);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      const course = await launch(lms, version, firstLaunch(version, ana));
      await typeIn(conversation(lesson(course)), anaPrivate);
      await typeIn(secondChannel(lesson(course)), anaShared);
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      await close(lms, version);

      // Ben's LMS opens the launch page in a window of its own; the package finds the API through its opener.
      await lms.goto(`${LMS}/lms.html`);
      await lms.addScriptTag({ url: `${LMS}/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js` });
      const popup = lms.waitForEvent('popup');
      await lms.evaluate(
        ({ version, cmi }) => {
          type Api = { loadFromJSON(json: object): void };
          const w = window as unknown as Record<string, unknown>;
          const Runtime = w[version === '1.2' ? 'Scorm12API' : 'Scorm2004API'] as new (settings: object) => Api;
          const api = new Runtime({ logLevel: 5 });
          api.loadFromJSON(cmi);
          w[version === '1.2' ? 'API' : 'API_1484_11'] = api;
          window.open('/pkg/index.html', 'course');
        },
        { version, cmi: firstLaunch(version, ben) },
      );
      const win = await popup;
      await expect(win.locator('#lms-note')).toHaveText(/Connected to your LMS/);
      const benLesson = win.frameLocator('#lms-frame');
      await expectValue(conversation(benLesson), '');
      await expectValue(secondChannel(benLesson), '');
      await typeIn(secondChannel(benLesson), 'Ben, in a window: his own words.');
      await expect(win.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      await win.close({ runBeforeUnload: true });
      const api = version === '1.2' ? 'API' : 'API_1484_11';
      await lms.waitForFunction((api) => (window as unknown as Record<string, { isTerminated(): boolean }>)[api]!.isTerminated(), api);
      const keptBen = await lms.evaluate(
        (api) => (window as unknown as Record<string, { getFlattenedCMI(): Record<string, string> }>)[api]!.getFlattenedCMI(),
        api,
      );
      expect(heldAnswers(keptBen)).toEqual({ 'activity/listening-in-stereo/second-channel': 'Ben, in a window: his own words.' });
      await context.close();
    });

    test('answers an earlier package saved for everyone wait for their owner, who claims them after a preview', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 7:/);
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      // What an earlier package left in this browser, under the keys every learner shared.
      await lms.goto(`${LMS}/lms.html`);
      const at = Date.now() - 86_400_000;
      const earlierPrivate = 'Earlier private: the meeting with the head of maths.';
      const earlierShared = 'Earlier shared: the silence after the vote.';
      await lms.evaluate(
        ({ at, earlierPrivate, earlierShared }) => {
          localStorage.setItem('course:v1:answers:activity/listening-in-stereo/conversation', JSON.stringify({ v: earlierPrivate, at }));
          localStorage.setItem('course:v1:answers:activity/listening-in-stereo/second-channel', JSON.stringify({ v: earlierShared, at }));
          localStorage.setItem('course:v1:progress:activity/listening-in-stereo', JSON.stringify({ visited: at }));
        },
        { at, earlierPrivate, earlierShared },
      );

      // Ben: the earlier answers are not in his lesson; he looks, says they are not his, and they are not sent.
      let course = await launch(lms, version, firstLaunch(version, ben));
      const offer = course.getByRole('region', { name: /Answers from before/ });
      await expect(offer).toBeVisible();
      await expect(offer).toContainText('2 answers');
      await expectValue(conversation(lesson(course)), '');
      await expectValue(secondChannel(lesson(course)), '');
      await expect(offer.getByRole('button', { name: /These are mine/ })).toBeHidden();
      await offer.getByText('Look at them first').click();
      await expect(offer.getByRole('listitem').filter({ hasText: earlierShared }).filter({ hasNotText: 'Activity 7' })).toHaveText(
        /^“Earlier shared: the silence after the vote\.”, saved /,
      );
      // A private answer's text stays out of the preview.
      await expect(offer).not.toContainText(earlierPrivate);
      await expect(offer).toContainText('a private answer');
      await offer.getByRole('button', { name: 'Not mine' }).click();
      await expect(offer.getByRole('status')).toHaveText(/stay out of your work/);
      // Never thrown away: the file holds them both.
      const wait = lms.waitForEvent('download');
      await offer.getByRole('button', { name: 'Download them' }).click();
      const file = JSON.parse(readFileSync(await (await wait).path(), 'utf8'));
      expect(file.format).toBe('dl-course-portfolio');
      expect(file.data.answers['activity/listening-in-stereo/conversation'].v).toBe(earlierPrivate);
      expect(file.data.answers['activity/listening-in-stereo/second-channel'].v).toBe(earlierShared);
      await typeIn(secondChannel(lesson(course)), 'Ben shared: his own words.');
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const keptBen = await close(lms, version);
      expect(JSON.stringify(heldAnswers(keptBen))).not.toContain('Earlier');

      // Ben again: having said no, he is not asked again.
      course = await launch(lms, version, resume(version, keptBen, ben));
      await expectValue(secondChannel(lesson(course)), 'Ben shared: his own words.');
      await expect(course.getByRole('region', { name: /Answers from before/ })).toBeHidden();
      await close(lms, version);

      // Ana: she looks, and they are hers.
      course = await launch(lms, version, firstLaunch(version, ana));
      const offerAna = course.getByRole('region', { name: /Answers from before/ });
      await offerAna.getByText('Look at them first').click();
      await offerAna.getByRole('button', { name: /These are mine/ }).click();
      await expect(offerAna.getByRole('status')).toHaveText(/now with your answers/);
      await expectValue(conversation(lesson(course)), earlierPrivate);
      await expectValue(secondChannel(lesson(course)), earlierShared);
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const keptAna = await close(lms, version);
      expect(heldAnswers(keptAna)).toEqual({ 'activity/listening-in-stereo/second-channel': earlierShared });

      // They moved: no longer offered to anyone, nor left under the shared keys.
      course = await launch(lms, version, firstLaunch(version, { id: 'cy-0003', name: 'Cy' }));
      await expect(course.locator('#lms-note')).toHaveText(/Connected to your LMS/);
      await expect(course.getByRole('region', { name: /Answers from before/ })).toBeHidden();
      expect((await storedEntries(course)).filter(([k]) => k.startsWith('course:v1:'))).toEqual([]);
      await context.close();
    });

    test('“Download my own copy” holds the answer typed a moment before, not yet written to storage', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 7:/, { sharedComputers: true });
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();
      // The page's clock, so that "a moment" is exact: stopped, the lesson's short pause before
      // it writes an answer never ends, as when the learner clicks straight after typing.
      await lms.clock.install();
      try {
        const course = await launch(lms, version, firstLaunch(version, ana));
        const field = conversation(lesson(course));
        await fieldReady(field);
        await lms.clock.pauseAt(Date.now() + 1000);
        await field.fill(anaPrivate);
        const stored = () => lms.evaluate((t) => Object.values(localStorage).some((v) => v.includes(t)), anaPrivate);
        expect(await stored(), 'the answer is still only in the lesson page').toBe(false);
        const wait = lms.waitForEvent('download');
        await course.getByRole('button', { name: /Download my own copy/ }).click();
        const own = JSON.parse(readFileSync(await (await wait).path(), 'utf8'));
        expect(own.data.answers['activity/listening-in-stereo/conversation'].v).toBe(anaPrivate);
        // The lesson wrote it when asked: it is in her space too, not only in the file.
        expect(await stored()).toBe(true);
      } finally {
        await context.close();
      }
    });

    test('a package for shared computers removes a learner’s copy when they leave, once the LMS confirmed it', async ({ page, browser }) => {
      const files = await download(page, version, [], /^Activity 7:/, { sharedComputers: true });
      const context = await browser.newContext();
      await serveLms(context, files);
      const lms = await context.newPage();

      let course = await launch(lms, version, firstLaunch(version, ana));
      // Said before a word is typed, with the way to keep private answers.
      await expect(course.locator('#lms-space-note')).toHaveText(/set up for shared computers.*download your own copy/);
      await expect(course.getByRole('button', { name: /Download my own copy/ })).toBeVisible();
      await typeIn(conversation(lesson(course)), anaPrivate);
      await typeIn(secondChannel(lesson(course)), anaShared);
      // Both answers are stored in her space before the file is made: the launch page reads
      // storage, and the lesson's writes are debounced ("Saved to your LMS" may be an earlier save).
      for (const text of [anaPrivate, anaShared])
        await expect
          .poll(() => lms.evaluate((t) => Object.entries(localStorage).some(([k, v]) => k.includes(':course:v1:answers:') && v.includes(t)), text))
          .toBe(true);
      await expect(course.locator('#lms-status')).toHaveText(/Saved to your LMS/);
      const wait = lms.waitForEvent('download');
      await course.getByRole('button', { name: /Download my own copy/ }).click();
      const own = JSON.parse(readFileSync(await (await wait).path(), 'utf8'));
      expect(own.data.answers['activity/listening-in-stereo/conversation'].v).toBe(anaPrivate);
      // Leaves: the pagehide save commits, then the copy is removed.
      const keptAna = await close(lms, version);
      expect(heldAnswers(keptAna)).toEqual({ 'activity/listening-in-stereo/second-channel': anaShared });
      await lms.goto(`${LMS}/lms.html`);
      const left = await lms.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('course:')));
      expect(
        left.filter((k) => /answers|progress|early-edits/.test(k)),
        'answers left in the browser',
      ).toEqual([]);

      // Back on the shared computer: the LMS brings back her shared answer; the private one is in her file only.
      course = await launch(lms, version, resume(version, keptAna, ana));
      await expectValue(secondChannel(lesson(course)), anaShared);
      await expectValue(conversation(lesson(course)), '');
      await close(lms, version);
      await context.close();

      // An LMS that fails to commit: nothing is removed.
      const failing = await browser.newContext();
      await serveLms(failing, files, { commitStatus: 500 });
      const lms2 = await failing.newPage();
      course = await launch(lms2, version, firstLaunch(version, ben), { commitUrl: true });
      await typeIn(secondChannel(lesson(course)), 'Ben shared: kept despite the LMS.');
      await expect(course.locator('#lms-note')).toHaveText(/Your LMS reported a problem/);
      await lms2.evaluate(() => document.querySelector('iframe[title="Course"]')?.remove());
      await expect
        .poll(() => lms2.evaluate(() => Object.entries(localStorage).some(([k, v]) => k.includes(':course:v1:answers:') && v.includes('kept despite the LMS'))))
        .toBe(true);
      await failing.close();
    });
  });
}
