/**
 * Talking to an LMS's SCORM API: finding it, the 1.2 and 2004 names of each call and data
 * element, and what the package reports (answers, completion, progress, location, session
 * time). No DOM here beyond the window tree the API is found in, so it runs against a fake
 * API in unit tests and against scorm-again in browser tests.
 */
import { isAnswered, type SavedAnswer } from '../../blocks/completeness';
import type { BlockType } from '../../blocks/types';
import type { PortfolioData } from '../portfolio';
import type { ScormVersion } from './suspend-data';

/** The calls both versions share, under their 2004 names. */
interface Api2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string): string;
}
interface Api12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string): string;
}

type WindowLike = { parent?: WindowLike | null; opener?: WindowLike | null; API?: unknown; API_1484_11?: unknown };

/**
 * The API the way both specifications say to find it: this window, then each parent up the
 * frame tree (at most 500 steps), then the opener's tree. Windows of another origin throw on
 * access and are skipped.
 */
export function findApi(start: WindowLike, version: ScormVersion): unknown {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  const search = (from: WindowLike | null | undefined): unknown => {
    let win = from;
    for (let steps = 0; win && steps < 500; steps++) {
      try {
        const api = win[name];
        if (api && typeof api === 'object') return api;
        if (!win.parent || win.parent === win) return undefined;
        win = win.parent;
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
  const own = search(start);
  if (own) return own;
  try {
    return search(start.opener);
  } catch {
    return undefined;
  }
}

/** The data elements the package uses, per version. */
const ELEMENTS = {
  '1.2': {
    suspend: 'cmi.suspend_data',
    entry: 'cmi.core.entry',
    name: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    suspend: 'cmi.suspend_data',
    entry: 'cmi.entry',
    name: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    location: 'cmi.location',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

export class LmsError extends Error {}

/** One SCORM session: Initialize … Terminate, with each call checked. */
export class ScormSession {
  readonly version: ScormVersion;
  private readonly api: Api2004;
  private readonly started = Date.now();
  private live = false;

  constructor(version: ScormVersion, api: unknown) {
    this.version = version;
    this.api = version === '2004' ? (api as Api2004) : adapt12(api as Api12);
  }

  private check(result: string | boolean, call: string): void {
    if (result === 'true' || result === true) return;
    let code = '';
    let text = '';
    try {
      code = String(this.api.GetLastError());
      text = this.api.GetErrorString(code);
    } catch {
      // An API that throws on GetLastError tells us nothing more.
    }
    throw new LmsError(`${call} failed${code && code !== '0' ? ` (error ${code}${text ? `: ${text}` : ''})` : ''}`);
  }

  private call(name: string, run: () => string): string {
    try {
      return run();
    } catch (error) {
      if (error instanceof LmsError) throw error;
      throw new LmsError(`${name} failed (${error instanceof Error ? error.message : 'the LMS threw an error'})`);
    }
  }

  initialize(): void {
    this.check(
      this.call('Initialize', () => this.api.Initialize('')),
      'Initialize',
    );
    this.live = true;
  }

  get isLive(): boolean {
    return this.live;
  }

  private get(element: string): string {
    const value = this.call('GetValue', () => this.api.GetValue(element));
    return typeof value === 'string' ? value : '';
  }

  private set(element: string, value: string): void {
    this.check(
      this.call('SetValue', () => this.api.SetValue(element, value)),
      `SetValue ${element}`,
    );
  }

  /** What the LMS holds for this learner at launch. */
  read(): { suspendData: string; entry: string; learnerId: string; learnerName: string; location: string } {
    const e = ELEMENTS[this.version];
    return {
      suspendData: this.get(e.suspend),
      entry: this.get(e.entry),
      learnerId: this.get(e.learnerId).trim(),
      learnerName: this.get(e.name),
      location: this.get(e.location),
    };
  }

  /** Store answers (when they fit), completion, progress and location, then commit. */
  save(report: { suspendData?: string; completion: Completion; location?: string }): void {
    const e = ELEMENTS[this.version];
    if (report.suspendData !== undefined) this.set(e.suspend, report.suspendData);
    const status = report.completion.complete ? 'completed' : 'incomplete';
    if (this.version === '1.2') {
      this.set('cmi.core.lesson_status', status);
    } else {
      this.set('cmi.completion_status', status);
      this.set('cmi.progress_measure', report.completion.measure.toFixed(4).replace(/\.?0+$/, '') || '0');
    }
    if (report.location) this.set(e.location, report.location.slice(0, 255));
    // Exit as "suspend" every time: the LMS then keeps suspend_data for the next launch.
    this.set(e.exit, 'suspend');
    this.check(
      this.call('Commit', () => this.api.Commit('')),
      'Commit',
    );
  }

  /** Report the session time and end the session. */
  terminate(now = Date.now()): void {
    if (!this.live) return;
    this.live = false;
    const seconds = Math.max(0, (now - this.started) / 1000);
    this.set(ELEMENTS[this.version].sessionTime, this.version === '1.2' ? sessionTime12(seconds) : sessionTime2004(seconds));
    this.check(
      this.call('Commit', () => this.api.Commit('')),
      'Commit',
    );
    this.check(
      this.call('Terminate', () => this.api.Terminate('')),
      'Terminate',
    );
  }
}

function adapt12(api: Api12): Api2004 {
  return {
    Initialize: (a) => api.LMSInitialize(a),
    Terminate: (a) => api.LMSFinish(a),
    GetValue: (el) => api.LMSGetValue(el),
    SetValue: (el, v) => api.LMSSetValue(el, v),
    Commit: (a) => api.LMSCommit(a),
    GetLastError: () => api.LMSGetLastError(),
    GetErrorString: (c) => api.LMSGetErrorString(c),
  };
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function sessionTime12(seconds: number): string {
  const h = Math.min(9999, Math.floor(seconds / 3600));
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration): PT#H#M#S. */
export function sessionTime2004(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round((seconds % 60) * 100) / 100;
  return `PT${h}H${m}M${s}S`;
}

export interface PackageLesson {
  key: string;
  label: string;
  title: string;
  /** Package-relative path of the lesson's page. */
  path: string;
  blocks: { id: string; type: BlockType; private?: boolean }[];
  required: string[];
}

export interface Completion {
  complete: boolean;
  /** 0 to 1. */
  measure: number;
  done: number;
  total: number;
}

/**
 * Complete when every required block of every lesson is answered. A pathway with no required
 * blocks (report sections and readings only) is complete when every lesson has been opened.
 */
export function completion(lessons: PackageLesson[], data: PortfolioData): Completion {
  const required = lessons.flatMap((l) => l.blocks.filter((b) => l.required.includes(b.id)).map((b) => ({ block: b, key: `${l.key}/${b.id}` })));
  let done: number;
  let total: number;
  if (required.length) {
    total = required.length;
    done = required.filter((r) => isAnswered(r.block, data.answers[r.key] as SavedAnswer | undefined)).length;
  } else {
    total = lessons.length;
    done = lessons.filter((l) => data.progress[l.key]?.visited !== undefined).length;
  }
  return { complete: total > 0 && done === total, measure: total ? done / total : 0, done, total };
}

export const PACKAGE_FORMAT = 'dl-course-lms-package';

/** What the packager writes into the launch page, for the runtime to read. */
export interface PackageConfig {
  format: typeof PACKAGE_FORMAT;
  scorm: ScormVersion;
  identifier: string;
  title: string;
  message?: string;
  /** The pathway's link code, for hand-in files. */
  pathwayCode: string;
  siteVersion: string;
  /** Made "for shared computers": each learner's copy in the browser is removed when they leave, once the LMS has it. */
  sharedComputers?: boolean;
  lessons: PackageLesson[];
}
