/**
 * The journeys every engine runs, written once against the Driver interface. Each one waits on
 * what it needs (a stored value, an attribute, a file), never on a fixed delay.
 */
import { readFileSync } from 'node:fs';
import { poll, settle, type Driver, type Engine } from './driver.ts';
import { source } from '../source.ts';

export interface Journey {
  name: string;
  run(driver: Driver): Promise<void>;
  /** Console errors the journey provokes on purpose (a request it makes fail); any other fails it. */
  expectedErrors?: RegExp[];
  /** The engines it runs in, when not all (a behaviour only one engine shows). */
  engines?: Engine[];
}

// --- helpers -------------------------------------------------------------------------------

/** Polls a condition in the page until it holds (return plain data: DOM nodes do not cross over). */
function until<A extends unknown[]>(driver: Driver, what: string, fn: (...args: A) => unknown, ...args: A): Promise<unknown> {
  return poll(what, () => driver.evaluate(fn, ...args));
}

/**
 * Scrolls a field into view (its island hydrates when seen) and waits until it can be typed in
 * and, in a worksheet, shows the saved answer: worksheet fields take typing before hydration,
 * and what is typed then is added to the saved answer rather than replacing it.
 */
function fieldReady(driver: Driver, selector: string): Promise<unknown> {
  return until(
    driver,
    `${selector} to be enabled and show its saved answer`,
    (sel) => {
      const el = document.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLButtonElement>(sel);
      el?.scrollIntoView({ block: 'center' });
      const worksheet = el?.closest<HTMLElement>('.worksheet-blocks');
      return el !== null && !el.disabled && (!worksheet || worksheet.dataset['hydrated'] === 'true');
    },
    selector,
  );
}

/** Waits until some value in localStorage holds `text` (saves are debounced). */
function stored(driver: Driver, text: string): Promise<unknown> {
  return until(driver, `"${text}" to be saved in localStorage`, (t) => Object.values(localStorage).some((v) => v.includes(t)), text);
}

/** Marks the first `tag` inside `scope` whose text is `text`, so it can be clicked by selector. */
async function byText(driver: Driver, scope: string, tag: string, text: string): Promise<string> {
  const mark = `m${Math.random().toString(36).slice(2)}`;
  await until(
    driver,
    `a ${tag} "${text}" in ${scope}`,
    (s, t, x, m) => {
      const el = [...document.querySelectorAll(`${s} ${t}`)].find((e) => e.textContent?.trim() === x);
      el?.setAttribute('data-engines-mark', m);
      return el !== undefined;
    },
    scope,
    tag,
    text,
    mark,
  );
  return `[data-engines-mark="${mark}"]`;
}

const valueOf = (driver: Driver, selector: string) =>
  driver.evaluate((sel) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)?.value ?? null, selector);

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The radius the Venn geometry gives a share (src/lib/venn.ts): area follows the share. */
const vennRadius = (share: number) => Math.max(10, 100 * Math.sqrt(share)).toFixed(2);

// --- the journeys --------------------------------------------------------------------------

const ANSWER = '.worksheet [data-type="text"] textarea';
const CHART = '[data-block="ap-enrolment-chart"]';
const CELL = `${CHART} textarea[aria-label="AP Mathematics teacher: Preferred outcome"]`;

/** A 40-person survey link (the budgets open it too) and the private key that opens its answers. */
const SURVEY = readFileSync(new URL('../fixtures/survey-link-v1.txt', import.meta.url), 'utf8').trim();
const SURVEY_KEY = readFileSync(new URL('../fixtures/survey-link-v1.key', import.meta.url), 'utf8').trim();

/** Answers the 40-person fixture survey as Dev Patel (p3), naming the coach; checks the sealed answer opens with the fixture's key. */
async function answerFixtureSurvey(d: Driver): Promise<void> {
  // A fresh answer: the journeys share one browser profile, and a draft or a sealed answer from
  // an earlier journey would open the page past its first step.
  await d.goto('/');
  await d.evaluate(() => Object.keys(localStorage).forEach((k) => k.startsWith('course:v1:survey-') && localStorage.removeItem(k)));
  await d.goto(`/survey/answer/#s=${SURVEY}`);
  await fieldReady(d, '#survey-consent');
  await d.click('#survey-consent');
  await fieldReady(d, '#survey-who');
  // The name list is the browser's own select: choose as its picker would.
  await d.evaluate(() => {
    const select = document.querySelector<HTMLSelectElement>('#survey-who')!;
    select.value = 'p3';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await fieldReady(d, '#q0-input');
  await d.type('#q0-input', 'coach');
  await until(d, 'the coach offered first', () => document.querySelector('#q0-list [aria-selected="true"]')?.textContent?.includes('Carla Jensen') === true);
  await d.press('Enter');
  await until(d, 'Carla Jensen chosen', () => document.querySelector('.survey-chosen')?.textContent?.includes('Carla Jensen') === true);
  await stored(d, '"p2",3');
  const send = await byText(d, 'main', 'button', 'Lock my answers and send them');
  await fieldReady(d, send);
  await d.click(send);
  await until(d, 'the answer code', () => document.querySelector('[aria-label="Answer code 1 of 1"] path') !== null);
  const sent = (await d.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('course:v1:survey-sent:'))?.[1] ?? null)) as string | null;
  const envelope = (JSON.parse(sent ?? '{}') as { envelope?: string }).envelope ?? '';
  const { open } = await source<typeof import('../../src/lib/transport/envelope')>('src/lib/transport/envelope.ts');
  const opened = await open(envelope, { kind: 'survey', channel: 'svbudget', privateKey: SURVEY_KEY });
  expectEqual(
    opened.ok && opened.payload,
    { v: 1, s: 'svbudget', who: 'p3', a: { math: [['p2', 3]], discipline: [], technology: [] } },
    `the answer ${d.engine} sealed`,
  );
}

export const journeys: Journey[] = [
  {
    name: 'a participant sends their answers to a cohort board: sealed, with a code and a link',
    async run(d) {
      const text = `Try it at Monday's meeting (${d.engine})`;
      await d.goto('/activities/psychological-safety/');
      // A board's public key, made in this engine (ECDH P-256, raw point, base64url), and an answer to send.
      const key = await d.evaluate(async (answer) => {
        localStorage.setItem('course:v1:answers:activity/psychological-safety/practice-plan', JSON.stringify({ v: answer, at: Date.now() }));
        const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
        const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
        return btoa(String.fromCharCode(...raw))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      }, text);
      await d.goto(`/activities/psychological-safety/#board=engines-board-1.${key}`);
      await until(d, 'the "Send to the board" section to show', () => document.querySelector<HTMLElement>('[data-board-send]')?.hidden === false);
      await d.click('[data-board-send] button.primary');
      await until(d, 'the answers to send to show', () => document.querySelector('[data-board-send-ready] input[type="checkbox"]') !== null);
      await until(
        d,
        'the answer typed before to be offered',
        (t) => document.querySelector('[data-board-send-ready]')?.textContent?.includes(t) ?? false,
        text,
      );
      await d.click('[data-board-send-ready] > button.primary');
      await until(d, 'an answer code to be drawn', () => document.querySelector('[aria-label^="Answer code 1 of"]') !== null);
      await d.click('.send-panel .link-button');
      const link = await d.evaluate(() => document.querySelector<HTMLTextAreaElement>('.send-panel textarea')?.value ?? '');
      if (!/\/facilitate\/board\/#r=dl1\.[A-Za-z0-9_-]{100,}$/.test(link)) throw new Error(`the answer's link: got ${link.slice(0, 120)}`);
      if (link.includes('Monday')) throw new Error('the link carries the answer in the clear');
    },
  },
  {
    name: 'an answer survives a reload',
    async run(d) {
      const text = `Meetings end without decisions (${d.engine})`;
      await d.goto('/activities/culture-of-learning/');
      await fieldReady(d, ANSWER);
      await d.type(ANSWER, text);
      await stored(d, text);
      await d.reload();
      await fieldReady(d, ANSWER);
      expectEqual(await valueOf(d, ANSWER), text, 'the answer after reload');
    },
  },
  {
    name: 'a stakeholder-chart cell survives a reload',
    async run(d) {
      const text = `Keep the AP class selective (${d.engine})`;
      await d.goto('/activities/stakeholder-charts/');
      await fieldReady(d, CELL);
      await d.type(CELL, text);
      await stored(d, text);
      await d.reload();
      await fieldReady(d, CELL);
      expectEqual(await valueOf(d, CELL), text, 'the chart cell after reload');
    },
  },
  {
    name: 'a reload returns the learner to the block they were on',
    async run(d) {
      const block = '[data-block="stalled-change"]';
      const top = () => d.evaluate((sel) => Math.round(document.querySelector(sel)?.getBoundingClientRect().top ?? NaN), block);
      await d.goto('/activities/trust/');
      await fieldReady(d, `${block} textarea`);
      await d.evaluate((sel) => {
        const el = document.querySelector(sel);
        if (el) window.scrollTo(0, scrollY + el.getBoundingClientRect().top + 40);
      }, block);
      expectEqual(await top(), -40, 'the block before the reload');
      await until(
        d,
        'the place to be kept in the history entry',
        () => (history.state as { coursePlace?: { block?: string } } | null)?.coursePlace?.block === 'stalled-change',
      );
      await d.reload();
      await until(
        d,
        'the worksheet to show its answers',
        () =>
          !document.documentElement.hasAttribute('data-restoring-place') &&
          document.querySelector('.worksheet-blocks[data-hydrated] [data-block="stalled-change"]') !== null,
      );
      expectEqual(await top(), -40, 'the block after the reload');
    },
  },
  {
    name: 'the Venn estimator follows typed numbers and slider keys',
    async run(d) {
      const id = '#ws-activity-leadership-work-attention-estimate';
      const circle = (item: string) => `[data-block="attention-estimate"] svg[data-venn$="-venn"] circle[data-item="${item}"]`;
      const radius = (item: string) => d.evaluate((sel) => document.querySelector(sel)?.getAttribute('data-r') ?? null, circle(item));
      await d.goto('/activities/leadership-work/');
      await fieldReady(d, `${id}-fires`);
      await d.type(`${id}-fires`, '60');
      await d.type(`${id}-maintaining`, '30');
      await d.type(`${id}-improvement`, '10');
      await poll('the fires circle to take 60%', async () => (await radius('fires')) === vennRadius(0.6));
      await until(d, 'the sentence to name the largest share', () =>
        document.querySelector('[data-venn-sentence]')?.textContent?.startsWith('Putting out fires (60%) takes the largest share'),
      );
      // Five presses of the right arrow on the improvement slider: 10 → 15 of 105 points.
      await d.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.focus(), `${id}-improvement-range`);
      for (let i = 0; i < 5; i++) await d.press('ArrowRight');
      await poll('the improvement field to read 15', async () => (await valueOf(d, `${id}-improvement`)) === '15');
      await poll('the improvement circle to grow to 15 of 105', async () => (await radius('improvement')) === vennRadius(15 / 105));
    },
  },
  {
    name: 'the advice network map redraws from the grid and picks a person by pointer',
    async run(d) {
      const cell = (row: string, n: number) => `[data-block="math-advice"] textarea[aria-label="${row}: Person ${n} (name and title)"]`;
      const map = '[data-block="advice-map"] svg[data-network-map]';
      await d.goto('/activities/leadership-perspective/');
      await fieldReady(d, cell('The principal', 1));
      await d.type(cell('The principal', 1), 'Ms Ruiz, coach');
      await d.type(cell('The principal', 2), 'Mr Lee, grade 4 teacher');
      await d.type(cell('An instructional coach', 1), 'ms ruiz');
      const people = () => d.evaluate((sel) => document.querySelectorAll(`${sel}[data-ready="true"] g[data-node^="person:"]`).length, map);
      await poll('the map to draw two people', async () => (await people()) === 2);
      await until(
        d,
        'Ms Ruiz to be counted twice',
        (sel) => document.querySelector(`${sel} g[data-node="person:ms ruiz"]`)?.getAttribute('data-count') === '2',
        map,
      );
      await d.type(cell('A mathematics teacher', 1), 'Jo Brown');
      await poll('a third person to appear', async () => (await people()) === 3);
      await d.click(`${map} g[data-node="person:mr lee"] circle:last-of-type`);
      await until(d, "Mr Lee's details to show", () =>
        document.querySelector('[data-block="advice-map"] [data-selection="person:mr lee"]')?.textContent?.includes('Mr Lee is named 1 time'),
      );
    },
  },
  {
    name: 'the stakeholder chart adds a row and shows a picked loss',
    async run(d) {
      const rows = () => d.evaluate((sel) => document.querySelectorAll(`${sel} tbody tr`).length, CHART);
      await d.goto('/activities/stakeholder-charts/');
      const add = '#ws-activity-stakeholder-charts-ap-enrolment-chart-main-add';
      await fieldReady(d, add);
      const before = await rows();
      await d.click(add);
      await poll('a new row', async () => (await rows()) === before + 1);
      await until(
        d,
        "the new row's name field to have focus",
        (sel) => document.activeElement === document.querySelector(`${sel} tbody tr:last-child th textarea`),
        CHART,
      );
      await d.click(`${CHART} tr[data-row="minority-student"] .loss-picks summary`);
      const identity = await byText(d, `${CHART} tr[data-row="minority-student"] .loss-picks`, 'label', 'identity');
      await d.click(identity);
      await until(
        d,
        'an "identity" badge on the row',
        (sel) => [...document.querySelectorAll(`${sel} tr[data-row="minority-student"] .loss-badges .badge`)].some((b) => b.textContent === 'identity'),
        CHART,
      );
    },
  },
  {
    name: 'search finds a page and opens it',
    async run(d) {
      await d.goto('/readings/practice-of-improvement/');
      await d.click('a[data-search-open]');
      await until(d, 'the search dialog with its field focused', () => document.activeElement?.id === 'search-dialog-q');
      await d.type('#search-dialog-q', 'Olivera');
      await until(d, 'the Harmon High lab as the first hit', () =>
        document.querySelector('#search-dialog .search-hit')?.getAttribute('href')?.endsWith('/scenarios/harmon-high/'),
      );
      await d.click('#search-dialog .search-hit');
      await until(d, 'the lab page to open', () => location.pathname.endsWith('/scenarios/harmon-high/'));
    },
  },
  {
    name: 'the theme choice persists across pages and reloads',
    async run(d) {
      const theme = () => d.evaluate(() => document.documentElement.getAttribute('data-theme'));
      await d.goto('/');
      await until(d, 'the theme toggle', () => document.querySelector('[data-theme-toggle]') !== null);
      // The toggle cycles follow system → light → dark.
      for (let i = 0; i < 3 && (await theme()) !== 'dark'; i++) {
        const was = await theme();
        await d.click('[data-theme-toggle]');
        await poll('the theme to change', async () => (await theme()) !== was);
      }
      expectEqual(await theme(), 'dark', 'the theme after choosing dark');
      await d.goto('/course/');
      expectEqual(await theme(), 'dark', 'the theme on the next page');
      // Reload a page that has finished loading, as a learner would: Firefox logs every load a
      // reload cuts off through the service worker as an error of the page (seen 4 times in
      // about 12 runs of this journey, each on a different file).
      await settle(d);
      await d.reload();
      expectEqual(await theme(), 'dark', 'the theme after a reload');
      const label = await d.evaluate(() => document.querySelector('[data-theme-toggle]')?.getAttribute('aria-label') ?? '');
      if (!/dark/i.test(label)) throw new Error(`the toggle's label does not say dark: ${label}`);
    },
  },
  {
    name: 'no sideways scroll at 390 px',
    async run(d) {
      const paths = [
        '/',
        '/course/',
        '/sections/distributed-perspective/',
        '/activities/leadership-perspective/',
        '/activities/stakeholder-charts/',
        '/workbook/',
        '/scenarios/harmon-high/',
      ];
      const reports = await d.loadPages(paths, { width: 390, height: 844 });
      const wide = reports.map((r) => (r.problem ? `${r.path}: could not check: ${r.problem}` : r.overflow ? `${r.path}: ${r.overflow}` : '')).filter(Boolean);
      if (wide.length) throw new Error(`sideways scroll at 390 px:\n${wide.join('\n')}`);
    },
  },
  {
    name: 'a staff member answers the survey on a phone, and the sealed answer opens with the leader’s key',
    run: (d) => answerFixtureSurvey(d),
  },
  {
    name: 'a staff member who opened the survey link once answers it offline',
    // Only Firefox's driver can cut the network (WebDriver BiDi); the Chromium run has the same
    // test in survey.spec.ts.
    engines: ['firefox'],
    async run(d) {
      if (!d.setOffline) throw new Error('this driver cannot go offline');
      await d.goto(`/survey/answer/#s=${SURVEY}`);
      await until(d, 'the service worker to be active', () => navigator.serviceWorker.ready.then(() => true));
      await d.reload();
      await until(d, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null);
      await d.setOffline(true);
      try {
        // The site's home, then the survey page, loaded again with no network.
        await answerFixtureSurvey(d);
        const online = await d.evaluate(() => navigator.onLine);
        expectEqual(online, false, 'navigator.onLine while answering');
      } finally {
        await d.setOffline(false);
      }
    },
  },
  {
    name: 'the workbook shows a saved answer under its lesson, as text',
    async run(d) {
      const text = `<i>Mine</i> from ${d.engine}`;
      await d.goto('/about/');
      await d.evaluate((t) => localStorage.setItem('course:v1:answers:activity/trust/one-step', JSON.stringify({ v: t, at: Date.now() })), text);
      await d.goto('/workbook/');
      const lesson = '[data-lesson-row="activity/trust"]';
      await d.click(`${lesson} summary`);
      await until(
        d,
        'the answer under Activity 5',
        (s, t) => document.querySelector(`${s} [data-answers-body]`)?.textContent?.includes(t) === true,
        lesson,
        text,
      );
      expectEqual(await d.evaluate((s) => document.querySelectorAll(`${s} [data-answers-body] i`).length, lesson), 0, 'elements made from the answer');
    },
  },
  {
    name: 'export downloads a file holding the typed answer',
    async run(d) {
      const text = `Exported from ${d.engine} at ${Date.now()}`;
      const before = new Set(await d.downloads());
      await d.goto('/activities/culture-of-learning/');
      await fieldReady(d, ANSWER);
      await d.type(ANSWER, text);
      await stored(d, text);
      await d.goto('/workbook/');
      const button = await byText(d, 'main', 'button', 'Download everything (.json)');
      await fieldReady(d, button);
      await d.click(button);
      const file = await poll('the exported file', async () => {
        for (const path of await d.downloads()) {
          if (before.has(path)) continue;
          try {
            return { path, json: JSON.parse(readFileSync(path, 'utf8')) as { data: { answers: Record<string, { v: unknown }> } } };
          } catch {
            // still being written
          }
        }
        return null;
      });
      const answer = file.json.data.answers['activity/culture-of-learning/problem']?.v;
      expectEqual(answer, text, `the answer in ${file.path}`);
    },
  },
  {
    // A fetch that fails inside the service worker (a reload during a first visit aborts every
    // request in flight; a network drops) must not reject respondWith(): Firefox logged "A
    // ServiceWorker intercepted the request and encountered an unexpected error" in a full run.
    name: 'a request the service worker cannot fetch gets an answer, not a worker error',
    expectedErrors: [/^http error: HTTP 503 for .*\?unsaved=\d+$/],
    // WebKit serves an "only-if-cached" request from the network regardless, so it cannot
    // provoke the failure; the error was Firefox's.
    engines: ['firefox'],
    async run(d) {
      await d.goto('/about/');
      await until(d, 'the service worker to control the page', () => navigator.serviceWorker.controller !== null || (location.reload(), false));
      // A file the worker has not cached, asked for "from the cache only": the worker's own
      // fetch of it fails, as one does when a reload aborts it or the network drops.
      const seen = await d.evaluate(() =>
        fetch(`/pagefind/pagefind-entry.json?unsaved=${Date.now()}`, { cache: 'only-if-cached', mode: 'same-origin' }).then(
          (r) => `answered ${r.status}`,
          (e: Error) => e.name,
        ),
      );
      expectEqual(seen, 'answered 503', 'what the page saw of a request the worker could not fetch');
      // Let the worker finish with it before the console is read.
      await d.evaluate(() => fetch('/pagefind/pagefind-entry.json').then((r) => r.status));
    },
  },
];
