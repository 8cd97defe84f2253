/**
 * The launch page of an LMS package (the one SCO): finds the LMS's SCORM API, restores the
 * learner's answers from suspend_data into this browser's storage, shows the lessons in a
 * frame, and sends answers, completion and progress back as the learner works. Lesson pages
 * carry no SCORM code: they save to localStorage as on the normal site, and this page hears
 * each write through the `storage` event. Loaded only by the launch page, never by the site.
 *
 * Before anything is read, the page enters the LMS learner's space (src/stores/storage.ts):
 * another learner on this browser, before or after, never sees these answers, and answers an
 * earlier package saved for everyone alike wait for their owner to claim them
 * (lms-shared-answers.ts).
 */
import { savedAnswer } from '../blocks/answers';
import { makeHandIn, selectForHandIn } from '../lib/handin';
import { decodePathway } from '../lib/pathway';
import { laterPlace, progressEntry, type PortfolioData } from '../lib/portfolio';
import { LmsError, PACKAGE_FORMAT, ScormSession, completion, findApi, type PackageConfig } from '../lib/scorm/runtime';
import { onlyPackage, packageFilter } from '../lib/scorm/package-data';
import { decodeSuspendData, encodeForLms } from '../lib/scorm/suspend-data';
import { learnerSpaceId, NO_LEARNER_SPACE } from '../lib/scorm/learner-space';
import { makePortfolio } from '../lib/portfolio';
import { moveSavedAnswers } from '../stores/moved-answers';
import { clearSpace, closeSpace, enterSpace } from '../stores/learner-spaces';
import { allKeys, courseKey, readRaw, writeRaw } from '../stores/storage';
import { offerSharedAnswers } from './lms-shared-answers';
import type { CatalogueLesson } from '../lib/catalogue';
import { download, today } from '../lib/download';
import { readJson } from '../lib/read-json';
import { FLUSH_DONE, FLUSH_REQUEST } from '../lib/lesson-flush';

const ANSWERS = 'course:v1:answers:';
const PROGRESS = 'course:v1:progress:';
const SAVE_DELAY_MS = 1000;

function readConfig(): PackageConfig | undefined {
  try {
    const raw = document.getElementById('lms-package')?.textContent;
    const config = raw ? (JSON.parse(raw) as PackageConfig) : undefined;
    return config?.format === PACKAGE_FORMAT ? config : undefined;
  } catch {
    return undefined;
  }
}

/** Everything this browser holds for the package's lessons, in the learner's space. */
function localData(config: PackageConfig): PortfolioData {
  const data: PortfolioData = { answers: {}, progress: {} };
  const inPackage = packageFilter(config.lessons);
  for (const key of allKeys()) {
    if (key.startsWith(ANSWERS)) {
      const k = key.slice(ANSWERS.length);
      const v = inPackage(k) ? readJson(savedAnswer, readRaw(key)) : undefined;
      if (v) data.answers[k] = v;
    } else if (key.startsWith(PROGRESS)) {
      const k = key.slice(PROGRESS.length);
      const v = inPackage(k) ? readJson(progressEntry, readRaw(key)) : undefined;
      if (v) data.progress[k] = v;
    }
  }
  return data;
}

/**
 * Bring the LMS's copy into this browser: per block, the newer answer wins. Only the package's
 * own lessons, as save() sends only those: anything else in the LMS's copy is left out.
 */
function restore(config: PackageConfig, lmsCopy: PortfolioData): number {
  const from = onlyPackage(lmsCopy, config.lessons);
  let restored = 0;
  for (const [k, theirs] of Object.entries(from.answers)) {
    const ours = readJson(savedAnswer, readRaw(ANSWERS + k));
    if (!ours || theirs.at > ours.at) {
      writeRaw(ANSWERS + k, JSON.stringify(theirs));
      restored++;
    }
  }
  for (const [k, theirs] of Object.entries(from.progress)) {
    const ours = readJson(progressEntry, readRaw(PROGRESS + k)) ?? {};
    const visited = ours.visited ?? theirs.visited;
    const done = Math.max(ours.done ?? 0, theirs.done ?? 0) || undefined;
    const place = laterPlace(ours.place, theirs.place);
    writeRaw(
      PROGRESS + k,
      JSON.stringify({ ...(visited !== undefined ? { visited } : {}), ...(done !== undefined ? { done } : {}), ...(place ? { place } : {}) }),
    );
  }
  return restored;
}

/** Catalogue entries as the hand-in selector needs them: which blocks are private. */
function catalogueOf(config: PackageConfig): CatalogueLesson[] {
  return config.lessons.map((l) => ({ ...l, href: l.path, blocks: l.blocks as unknown as CatalogueLesson['blocks'] }));
}

type State = 'connecting' | 'saved' | 'no-lms' | 'error' | 'too-large' | 'refused';

function start(config: PackageConfig): void {
  const status = document.getElementById('lms-status')!;
  const note = document.getElementById('lms-note')!;
  const handIn = document.getElementById('lms-handin') as HTMLElement;
  const frame = document.getElementById('lms-frame') as HTMLIFrameElement;
  const nav = document.getElementById('lms-lessons')!;
  const nameInput = document.getElementById('lms-learner') as HTMLInputElement;
  document.getElementById('lms-title')!.textContent = config.title;
  const message = document.getElementById('lms-message')!;
  if (config.message) message.textContent = config.message;
  else message.remove();

  for (const lesson of config.lessons) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = lesson.path;
    a.target = 'lms-frame';
    a.textContent = `${lesson.label}: ${lesson.title}`;
    li.append(a);
    nav.append(li);
  }

  let state: State = 'connecting';
  const show = (next: State, text: string) => {
    state = next;
    document.body.dataset['lmsState'] = next;
    note.textContent = text;
    note.className = next === 'saved' ? 'notice ok' : 'notice';
    handIn.hidden = next === 'saved' || next === 'connecting';
  };

  let session: ScormSession | undefined;
  let location = '';
  const api = findApi(window, config.scorm);
  // Whose answers these are: nothing is read or written before the learner's space is entered.
  let held: ReturnType<ScormSession['read']> | undefined;
  let startError: unknown;
  if (api) {
    session = new ScormSession(config.scorm, api);
    try {
      session.initialize();
      held = session.read();
    } catch (error) {
      startError = error;
    }
  }
  const space = learnerSpaceId(held?.learnerId ?? '');
  enterSpace(space);
  // Answers this browser saved under blocks' earlier ids move first, as on the lesson pages, so
  // the LMS's copy is compared with, and later sent, under the current ids.
  moveSavedAnswers();
  showSpace(config, space, api !== undefined && api !== null);

  if (!api) {
    show(
      'no-lms',
      'No LMS found: this copy of the course works on its own and keeps your answers in this browser only. Download a hand-in file to give your work to your provider.',
    );
  } else if (startError !== undefined || !held) {
    show('error', lmsMessage(startError));
  } else {
    try {
      location = held.location;
      if (held.learnerName && !nameInput.value) nameInput.value = held.learnerName;
      const decoded = decodeSuspendData(held.suspendData);
      if (!decoded.ok) {
        // Keep the LMS's copy as it is: saving over it could destroy answers we cannot read.
        show('refused', `${decoded.error} Your answers are kept in this browser for now.`);
      } else {
        if (decoded.data) restore(config, decoded.data);
        show('saved', 'Connected to your LMS: your answers are saved there as you work.');
      }
    } catch (error) {
      show('error', lmsMessage(error));
    }
  }

  /** Save to the LMS; true when the LMS confirmed (committed) a copy that holds every shared answer. */
  const save = (): boolean => {
    if (!session?.isLive || state === 'refused') return false;
    const all = localData(config);
    const decoded = decodePathway(config.pathwayCode);
    if (!decoded.ok) return false;
    // The LMS gets what a hand-in file holds: private answers stay in this browser.
    const shared = selectForHandIn(all, decoded.pathway, catalogueOf(config), new Set());
    const fit = encodeForLms(shared, config.scorm);
    try {
      session.save({ ...(fit.ok ? { suspendData: fit.value } : {}), completion: completion(config.lessons, all), location });
      if (fit.ok) {
        status.textContent = `Saved to your LMS at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
        if (state !== 'saved') show('saved', 'Connected to your LMS: your answers are saved there as you work.');
        return true;
      } else {
        show(
          'too-large',
          `Your answers are now too large for this LMS to keep (${fit.length.toLocaleString('en')} characters; SCORM ${config.scorm} holds ${fit.limit.toLocaleString('en')}). Nothing is lost: they are all kept in this browser, and your LMS still records your progress. They will not follow you to another device, so download a hand-in file to give your provider all of your work.`,
        );
      }
    } catch (error) {
      show('error', lmsMessage(error));
    }
    return false;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      save();
    }, SAVE_DELAY_MS);
  };
  // Lesson pages write to localStorage; other documents of the origin hear it as `storage`.
  window.addEventListener('storage', (e) => {
    // Only this learner's space: courseKey is null for any other key.
    const key = e.key === null ? null : courseKey(e.key);
    if (e.key === null || key?.startsWith(ANSWERS) || key?.startsWith(PROGRESS)) schedule();
  });

  frame.addEventListener('load', () => {
    try {
      const path = frame.contentWindow?.location.pathname ?? '';
      const base = window.location.pathname.replace(/[^/]*$/, '');
      if (path.startsWith(base)) location = path.slice(base.length);
      frame.title = frame.contentDocument?.title ?? 'Lesson';
    } catch {
      // A page of another origin: nothing to record.
    }
    schedule();
  });

  const first = config.lessons.some((l) => l.path === location) ? location : config.lessons[0]?.path;
  if (first) frame.src = first;

  let finished = false;
  window.addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    // The lesson page flushes its own pending typing on pagehide; ours may come first.
    try {
      frame.contentWindow?.dispatchEvent(new Event('pagehide'));
    } catch {
      // Nothing to flush in a page of another origin.
    }
    if (timer !== undefined) clearTimeout(timer);
    const confirmed = save();
    try {
      session?.terminate();
    } catch {
      // The window is closing: nothing is left to tell the learner, and localStorage holds everything.
    }
    // A shared computer: the learner's copy goes once the LMS has confirmed it holds their answers.
    // Unconfirmed (an LMS error, answers too large), it stays: removing it would lose work.
    if (config.sharedComputers && confirmed) {
      clearSpace();
      closeSpace();
    }
  });

  offerSharedAnswers(config, {
    merge: (data) => restore(config, data),
    onClaimed: () => {
      schedule();
      try {
        frame.contentWindow?.location.reload();
      } catch {
        // A page of another origin: it shows them when next opened.
      }
    },
  });

  document.getElementById('lms-handin-download')!.addEventListener('click', () => {
    void downloadHandIn(config, nameInput, frame);
  });
  document.getElementById('lms-own-copy-download')!.addEventListener('click', () => {
    void downloadOwnCopy(config, nameInput, frame);
  });
}

/** Say whose space this is when it matters: no learner id, or a package for shared computers. */
function showSpace(config: PackageConfig, space: string, hasLms: boolean): void {
  const note = document.getElementById('lms-space-note')!;
  const ownCopy = document.getElementById('lms-own-copy')!;
  const lines: string[] = [];
  if (hasLms && space === NO_LEARNER_SPACE) {
    lines.push(
      'Your LMS did not say who you are (a preview or a test player does not), so your answers here are kept apart from every learner’s: in a space of this browser for visits without a learner name, which anyone else opening the course here that way also sees.',
    );
  }
  if (config.sharedComputers) {
    lines.push(
      'This course is set up for shared computers: when you leave, your answers are removed from this browser once your LMS has saved them. Your LMS keeps your answers, but never your private ones (those marked private in a lesson): before you leave, download your own copy to keep them.',
    );
  }
  note.textContent = lines.join(' ');
  note.hidden = lines.length === 0;
  ownCopy.hidden = !config.sharedComputers && !(hasLms && space === NO_LEARNER_SPACE);
}

function lmsMessage(error: unknown): string {
  const detail = error instanceof LmsError ? ` (${error.message})` : '';
  return `Your LMS reported a problem${detail}, so your answers are kept in this browser for now; nothing is lost. The course works as usual. To be sure your provider gets your work, download a hand-in file.`;
}

/** How long to wait for the lesson's reply: a page still loading, or of another origin, never answers. */
const FLUSH_WAIT_MS = 1000;

/**
 * Ask the lesson in the frame to write what it holds in memory (src/lib/lesson-flush.ts), and
 * wait for its reply, at most FLUSH_WAIT_MS: a file made now then holds the edit just typed.
 */
function flushLesson(frame: HTMLIFrameElement): Promise<void> {
  const lesson = frame.contentWindow;
  if (!lesson) return Promise.resolve();
  const origin = window.location.origin;
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      resolve();
    };
    const onMessage = (event: MessageEvent) => {
      const reply = (event.data ?? {}) as { type?: unknown; id?: unknown };
      if (event.source === lesson && event.origin === origin && reply.type === FLUSH_DONE && reply.id === id) finish();
    };
    const timer = setTimeout(finish, FLUSH_WAIT_MS);
    window.addEventListener('message', onMessage);
    // Addressed to this origin: a frame that wandered to another site never receives it.
    lesson.postMessage({ type: FLUSH_REQUEST, id }, origin);
  });
}

/** Every answer of the package in this browser, private ones too, as a portfolio file the course's workbook imports. */
async function downloadOwnCopy(config: PackageConfig, nameInput: HTMLInputElement, frame: HTMLIFrameElement): Promise<void> {
  const problem = document.getElementById('lms-own-copy-problem')!;
  problem.textContent = '';
  const name = nameInput.value.trim();
  await flushLesson(frame);
  try {
    const file = await makePortfolio(localData(config), { siteVersion: config.siteVersion, ...(name ? { learnerName: name } : {}) });
    download(`my-answers-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
  } catch {
    problem.textContent = 'This browser could not make the file. Your answers are still kept in this browser until you leave.';
  }
}

async function downloadHandIn(config: PackageConfig, nameInput: HTMLInputElement, frame: HTMLIFrameElement): Promise<void> {
  const problem = document.getElementById('lms-handin-problem')!;
  const name = nameInput.value.trim();
  if (!name) {
    problem.textContent = 'Type your name first, so your provider knows whose work it is.';
    nameInput.focus();
    return;
  }
  problem.textContent = '';
  const decoded = decodePathway(config.pathwayCode);
  if (!decoded.ok) return;
  await flushLesson(frame);
  const data = selectForHandIn(localData(config), decoded.pathway, catalogueOf(config), new Set());
  let file;
  try {
    file = await makeHandIn(data, { pathwayCode: config.pathwayCode, pathway: decoded.pathway, learnerName: name, siteVersion: config.siteVersion });
  } catch {
    // Signing needs Web Crypto, which browsers give only to https pages.
    problem.textContent = 'This browser could not make the file here: the LMS page must be opened over https. Your answers are still kept in this browser.';
    return;
  }
  download(`hand-in-${name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
}

const config = readConfig();
if (config) start(config);
