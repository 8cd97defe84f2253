/** Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DESKTOP, DriverStartError, isProblem, poll, settle, sidewaysOverflow, type ConsoleMessage, type Driver, type Key, type PageReport } from './driver.ts';

const MARK = '@@engines-page-settled@@';
const INTERCEPTION_FAILED = /Failed to load \W(\S+?)\W\. A ServiceWorker intercepted the request and encountered an unexpected error/;

export async function startFirefox(baseUrl: string): Promise<Driver> {
  const executablePath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) {
    throw new DriverStartError(`Firefox ESR is not installed (no ${executablePath}). Install it: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  const downloadDir = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, timeout: 60_000 });
  } catch (error) {
    rmSync(downloadDir, { recursive: true, force: true });
    throw new DriverStartError(`Firefox ESR did not start: ${(error as Error).message}\nReinstall it with: sudo apt-get install -y firefox-esr`);
  }
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloadDir } });
  const page = await context.newPage();
  await page.setViewport(DESKTOP);

  let messages: ConsoleMessage[] = [];
  let journeyErrors: ConsoleMessage[] = [];
  const record = (m: ConsoleMessage) => {
    // Firefox fetches the tab's icon itself and cancels that fetch when the page is left or
    // reloaded; through a service worker the cancelled fetch is logged as "A ServiceWorker
    // intercepted the request and encountered an unexpected error". The browser's own request
    // cut off by the test's navigation, not the page's: seen in 1 of about 10 runs of a journey
    // that reloads. Any other file failing that way still counts.
    if (/\/favicon\.svg\W+A ServiceWorker intercepted the request and encountered an unexpected error/.test(m.text)) return;
    messages.push(m);
    if (isProblem(m)) journeyErrors.push(m);
  };
  page.on('console', (m) => {
    if (m.text() === MARK) return;
    const level = m.type() === 'warn' ? 'warning' : m.type();
    record({ level, source: 'console-api', text: m.text(), location: m.location().url });
  });
  // Uncaught exceptions, and Firefox's CSP violations, arrive as BiDi "javascript" log entries.
  page.on('pageerror', (error) => record({ level: 'error', source: 'JS', text: error instanceof Error ? error.message : String(error) }));
  // Firefox logs no console message for a failed fetch of an image or script: count it here.
  page.on('response', (response) => {
    if (response.status() >= 400) record({ level: 'error', source: 'http', text: `HTTP ${response.status()} for ${response.url()}` });
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A page left while it still loads aborts its requests: that is the test moving on, not a fault.
    if (!/abort/i.test(reason)) record({ level: 'error', source: 'network', text: `${reason}: ${request.url()}` });
  });

  // Requests in flight: a page is settled only once none is left. A fetch cut off by the next
  // navigation makes Firefox log "A ServiceWorker intercepted the request and encountered an
  // unexpected error" (a chunk imported after the load event, cut off by a reload): the test
  // moving on, not a fault of the page, so every navigation waits for them first.
  const inFlight = new Set<unknown>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  // Nothing in flight on several polls in a row: an island may start a fetch just after it hydrates.
  const requestsDone = async (polls: number) => {
    let quiet = 0;
    await poll('the requests in flight to finish', async () => (quiet = inFlight.size === 0 ? quiet + 1 : 0) >= polls);
  };
  // Loads the page starts itself after its load event (a stylesheet an island adds as it wakes)
  // do not always reach the request events: before leaving, every stylesheet has loaded and the
  // page's list of finished resources has stopped growing.
  const pageLoadsDone = async () => {
    let count = -1;
    await poll('the page to finish loading its own files', async () => {
      const now = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => !link.sheet)
          ? -1
          : performance.getEntriesByType('resource').length,
      );
      const stable = now >= 0 && now === count;
      count = now;
      return stable;
    });
  };

  // Firefox logs the same message for a page's own file whose load was cut off or duplicated
  // inside the browser: seen in about 1 of 8 full runs, for a script the page then had (its
  // scripts ran, and its resource list held the file with its content). What a learner would
  // notice is the file missing, so that is what counts: the message stands unless the page now
  // open loaded that very file.
  const withoutFilesLoaded = async (seen: ConsoleMessage[]) => {
    const kept: ConsoleMessage[] = [];
    for (const m of seen) {
      const file = INTERCEPTION_FAILED.exec(m.text)?.[1];
      const loaded =
        file !== undefined &&
        (await page
          .evaluate(
            (name) => performance.getEntriesByName(name).some((e) => e instanceof PerformanceResourceTiming && e.responseEnd > 0 && e.decodedBodySize > 0),
            file,
          )
          .catch(() => false));
      if (!loaded) kept.push(m);
    }
    return kept;
  };

  const url = (path: string) => new URL(path, baseUrl).href;

  const driver: Driver = {
    engine: 'firefox',
    async goto(path) {
      await requestsDone(1);
      if (page.url().startsWith('http')) await pageLoadsDone();
      await page.goto(url(path), { waitUntil: 'load' });
    },
    async reload() {
      await requestsDone(1);
      await pageLoadsDone();
      await page.reload({ waitUntil: 'load' });
    },
    async setOffline(offline) {
      // WebDriver BiDi's network emulation (Firefox 146 on): requests fail as with no network.
      await page.setOfflineMode(offline);
    },
    async evaluate(fn, ...args) {
      return (await page.evaluate(fn as never, ...(args as unknown as never[]))) as never;
    },
    async click(selector) {
      const element = await page.waitForSelector(selector, { visible: true });
      if (!element) throw new Error(`No element ${selector}`);
      await element.click();
    },
    async type(selector, text) {
      const element = await page.waitForSelector(selector, { visible: true });
      if (!element) throw new Error(`No element ${selector}`);
      await element.focus();
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    },
    async press(key: Key) {
      await page.keyboard.press(key === 'Space' ? ' ' : key);
    },
    async downloads() {
      // Firefox writes a download as NAME.part, then renames it when complete.
      return readdirSync(downloadDir)
        .filter((name) => !name.endsWith('.part'))
        .map((name) => join(downloadDir, name));
    },
    async loadPages(paths, viewport) {
      const reports: PageReport[] = [];
      await page.setViewport(viewport);
      for (const path of paths) {
        messages = [];
        let problem: string | undefined;
        let overflow: string | null = null;
        try {
          await driver.goto(path);
          await settle(driver);
          await requestsDone(4);
          // Log a marker and wait for it: every message the page logged before it has arrived.
          let marked = false;
          const onMark = (m: { text(): string }) => {
            if (m.text() === MARK) marked = true;
          };
          page.on('console', onMark);
          await page.evaluate((mark) => console.log(mark), MARK);
          await poll("the page's console messages", async () => marked);
          page.off('console', onMark);
          overflow = await page.evaluate(sidewaysOverflow);
        } catch (error) {
          problem = (error as Error).message;
        }
        reports.push({ path, messages: await withoutFilesLoaded(messages), overflow, problem });
      }
      await page.setViewport(DESKTOP);
      journeyErrors = [];
      return reports;
    },
    async takeConsoleErrors() {
      const seen = journeyErrors;
      journeyErrors = [];
      return await withoutFilesLoaded(seen);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  return driver;
}
