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
async function download(page: Page, version: Version, lessons: RegExp[], single?: RegExp): Promise<Files> {
  await page.goto('/providers/');
  await page.getByLabel('Title learners will see').fill('Cohort 9: trust & stakeholders');
  for (const l of lessons) await page.getByLabel(l).check();
  await page.getByLabel(version === '1.2' ? /^SCORM 1\.2/ : /^SCORM 2004/).check();
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

/** CMI data for the next launch: what a real LMS would hand back. */
function resume(version: Version, kept: Record<string, string>): Record<string, unknown> {
  return version === '1.2'
    ? {
        suspend_data: kept['cmi.suspend_data'],
        core: { entry: 'resume', lesson_location: kept['cmi.core.lesson_location'], lesson_status: kept['cmi.core.lesson_status'] },
      }
    : { suspend_data: kept['cmi.suspend_data'], entry: 'resume', location: kept['cmi.location'], completion_status: kept['cmi.completion_status'] };
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
      const stored = await lesson(course)
        .locator('body')
        .evaluate(() => localStorage.getItem('course:v1:answers:activity/trust/stalled-change'));
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
