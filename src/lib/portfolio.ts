/**
 * The portfolio file: everything a learner has saved, in one versioned JSON document with a
 * checksum. Pure functions (no browser storage), so the importer can be tested against random
 * and hostile files: it must never throw, and must reject a bad file whole, with a reason.
 */
import * as z from 'zod/mini';
import { moveAnswerRecord } from './answer-moves';
import { savedAnswer, type SavedAnswer } from '../blocks/answers';
import { boardId, storedBoard, storedBoardAnswer, storedBoardView, type StoredBoard, type StoredBoardAnswer, type StoredBoardView } from './board/payload';
import { storedResponse, storedSurvey, type StoredResponse, type StoredSurvey } from './survey/collect';

export const PORTFOLIO_FORMAT = 'dl-course-portfolio';
export const PORTFOLIO_VERSION = 1;
/** How far past this device's clock a file's dates may be (clocks and time zones differ). */
export const CLOCK_ALLOWANCE_MS = 24 * 60 * 60 * 1000;
/** Larger than any real portfolio (a full one is well under 1 MB), small enough to read safely. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const key = z.string().check(z.maxLength(300), z.regex(/^[a-z]+\/[a-z0-9-]+\/[A-Za-z0-9._/-]+$/));
const lessonKey = z.string().check(z.maxLength(200), z.regex(/^[a-z]+\/[a-z0-9-]+$/));
const timestamp = z.int().check(z.nonnegative());

/** A lesson's progress, as src/stores/progress.ts keeps it (`place`: the reading place, since round 10). */
export const progressEntry = z.strictObject({
  visited: z.optional(timestamp),
  done: z.optional(timestamp),
  place: z.optional(z.strictObject({ heading: z.string().check(z.maxLength(200)), at: timestamp })),
});
export type ProgressEntry = z.infer<typeof progressEntry>;

/**
 * A facilitator's cohort boards (src/stores/board.ts), with their keys and the answers sent to
 * them. Optional, and written only when there is a board, so files without one are unchanged.
 * `views` (round 10: cards revealed, hidden and pinned) is written only when there is one, so a
 * file from before reads as it did (tests/fixtures/portfolio-board-v1.json).
 */
export const boardsData = z.strictObject({
  boards: z.record(boardId, storedBoard),
  answers: z.record(z.string().check(z.maxLength(90)), storedBoardAnswer),
  views: z.optional(z.record(boardId, storedBoardView)),
});
export type BoardsData = {
  boards: Record<string, StoredBoard>;
  answers: Record<string, StoredBoardAnswer>;
  views?: Record<string, StoredBoardView>;
};

/**
 * A leader's staff surveys: each survey with its private key (the only way to open its
 * answers), and the answers collected. Optional: files from before the survey existed, and
 * files of learners who never ran one, have none.
 */
export const surveyData = z.strictObject({
  surveys: z.record(z.string().check(z.maxLength(40)), storedSurvey),
  responses: z.record(z.string().check(z.maxLength(90)), storedResponse),
});
export type SurveyData = { surveys: Record<string, StoredSurvey>; responses: Record<string, StoredResponse> };

/** What a portfolio carries, without the envelope. */
export const portfolioData = z.strictObject({
  answers: z.record(key, savedAnswer),
  progress: z.record(lessonKey, progressEntry),
  surveys: z.optional(surveyData),
  boards: z.optional(boardsData),
});
export type PortfolioData = {
  answers: Record<string, SavedAnswer>;
  progress: Record<string, ProgressEntry>;
  surveys?: SurveyData;
  boards?: BoardsData;
};

/**
 * Surveys are merged whatever the import mode: a replace must never throw away a survey's
 * private key, which nothing else can rebuild. The same survey keeps this browser's copy
 * (its roster may have been edited since); an answer kept is the one sealed last.
 */
export function mergeSurveys(current: SurveyData | undefined, incoming: SurveyData | undefined): SurveyData | undefined {
  if (!current && !incoming) return undefined;
  const surveys = { ...incoming?.surveys, ...current?.surveys };
  const responses: Record<string, StoredResponse> = { ...current?.responses };
  for (const [k, theirs] of Object.entries(incoming?.responses ?? {})) {
    const ours = responses[k];
    if (!ours || theirs.sealedAt > ours.sealedAt) responses[k] = theirs;
  }
  return { surveys, responses };
}

export const portfolioFile = z.strictObject({
  format: z.literal(PORTFOLIO_FORMAT),
  version: z.literal(PORTFOLIO_VERSION),
  site: z.strictObject({ version: z.string().check(z.maxLength(50)) }),
  exportedAt: z.string().check(z.maxLength(40)),
  learner: z.optional(z.strictObject({ name: z.string().check(z.maxLength(200)) })),
  data: portfolioData,
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type PortfolioFile = Omit<z.infer<typeof portfolioFile>, 'data'> & { data: PortfolioData };

/** JSON with object keys sorted, so the same data always gives the same checksum. */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJSON(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 as hex. `crypto.subtle` exists only in secure contexts (HTTPS, localhost), so a
 * course served over plain http:// on a school intranet loads a small library instead, and
 * only then.
 */
export async function sha256(text: string): Promise<string> {
  const data = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  const bytes = subtle ? new Uint8Array(await subtle.digest('SHA-256', data)) : (await import('@noble/hashes/sha2.js')).sha256(data);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function makePortfolio(data: PortfolioData, meta: { siteVersion: string; learnerName?: string; now?: Date }): Promise<PortfolioFile> {
  const base = {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    site: { version: meta.siteVersion },
    exportedAt: (meta.now ?? new Date()).toISOString(),
    ...(meta.learnerName ? { learner: { name: meta.learnerName } } : {}),
    data: clampData(data),
  } as const;
  return sign(base);
}

/** Numbers that JSON cannot carry (NaN, Infinity) would come back as null: clamp them first. */
export function clampData(data: PortfolioData): PortfolioData {
  const fix = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isFinite(v) ? v : 0;
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]));
    return v;
  };
  return fix(data) as PortfolioData;
}

export type ReadResult = { ok: true; file: PortfolioFile } | { ok: false; errors: string[] };

/**
 * Read a portfolio file's text. Never throws; says in plain words what is wrong. Answers of
 * blocks renamed since the file was made come back under the blocks' current ids.
 */
export async function readPortfolio(text: string, byteLength?: number): Promise<ReadResult> {
  const result = (await readSignedFile(text, byteLength, {
    format: PORTFOLIO_FORMAT,
    version: PORTFOLIO_VERSION,
    noun: 'course portfolio',
    schema: portfolioFile,
  })) as ReadResult;
  return result.ok ? { ok: true, file: withCurrentIds(result.file) } : result;
}

/**
 * A file's answers with those of renamed blocks under the blocks' current ids
 * (`answer-moves.ts`). Applied after the checksum is checked, since that covers the file as written.
 */
export function withCurrentIds<T extends { data: PortfolioData }>(file: T): T {
  return { ...file, data: { ...file.data, answers: moveAnswerRecord(file.data.answers).answers } };
}

/**
 * Read any of the course's signed JSON files (portfolio, hand-in): size, JSON, format,
 * version, schema, then checksum. Never throws; a bad file is rejected whole with reasons.
 */
export async function readSignedFile<T extends { checksum: string }>(
  text: string,
  byteLength: number | undefined,
  kind: { format: string; version: number; noun: string; schema: z.ZodMiniType<T>; pause?: (() => Promise<void>) | undefined; now?: number | undefined },
): Promise<{ ok: true; file: T } | { ok: false; errors: string[] }> {
  try {
    const bytes = byteLength ?? new TextEncoder().encode(text).length;
    if (bytes > MAX_FILE_BYTES) return fail(`The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a ${kind.noun} is never larger than 5 MB.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(`The file is not a ${kind.noun}: it is not valid JSON (it may be damaged or a different kind of file).`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) return fail(`The file is not a ${kind.noun}: it holds no ${kind.noun} data.`);
    // No course file has a "__proto__" field; the schema would drop one silently, so the file
    // would import minus that entry instead of being refused whole. (A walk after parsing: a
    // reviver costs a call per value, three times the parse itself on a large file.)
    if (hasProtoKey(json)) return fail(`The file is not a ${kind.noun}: it is not valid JSON (it may be damaged or a different kind of file).`);
    await kind.pause?.();
    const envelope = json as Record<string, unknown>;
    if (envelope['format'] !== kind.format) return fail(`The file is not a ${kind.noun} (its format field is missing or different).`);
    const version = envelope['version'];
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('The file has no readable version number.');
    if (version > kind.version) {
      return fail(
        `The file was made by a newer version of the course (file format ${version}; this site reads up to ${kind.version}). Open the newest version of the course to import it, or ask whoever hosts the course to update it.`,
      );
    }
    const parsed = kind.schema.safeParse(json);
    await kind.pause?.();
    if (parsed.success) {
      const exported = Date.parse(envelope['exportedAt'] as string);
      const latest = (kind.now ?? Date.now()) + CLOCK_ALLOWANCE_MS;
      if (Number.isNaN(exported))
        return fail(`The file has no readable export date ("${String(envelope['exportedAt']).slice(0, 40)}"), so nothing was imported.`);
      if (exported > latest) {
        return fail(
          `The file says it was exported on ${new Date(exported).toISOString().split('T')[0]}, after today: a date in the future cannot be true (the file was edited, or made on a device whose clock is wrong), so nothing was imported.`,
        );
      }
    }
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 5).map(describeIssue);
      return fail(`The file does not match the ${kind.noun} format, so nothing was imported.`, ...problems);
    }
    // The checksum covers the file as written, not as parsed: parsing fills defaults (an empty
    // {} value reads as an empty grid), which would fail a valid file's checksum.
    const { checksum: _written, ...rest } = envelope;
    if ((await sha256(canonicalJSON(rest))) !== parsed.data.checksum) {
      return fail('The file’s checksum does not match its contents: it was changed or damaged after it was exported, so nothing was imported.');
    }
    return { ok: true, file: parsed.data };
  } catch (error) {
    return fail(`The file could not be read (${error instanceof Error ? error.message : 'unknown error'}).`);
  }
}

/** Whether parsed JSON has an own "__proto__" key anywhere (JSON.parse makes it a plain field). */
function hasProtoKey(value: unknown): boolean {
  const stack = [value];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Object.hasOwn(v, '__proto__')) return true;
    for (const k in v) stack.push((v as Record<string, unknown>)[k]);
  }
  return false;
}

/** Add the checksum to a file's envelope. */
export async function sign<T extends object>(body: T): Promise<T & { checksum: string }> {
  return { ...body, checksum: await sha256(canonicalJSON(body)) };
}

/** One schema problem in words: an answer is named by its block ("activity/trust/chart"), the rest by its field path. */
function describeIssue(i: { path: PropertyKey[]; message: string }): string {
  const [top, group, key] = i.path;
  if (top === 'data' && group === 'answers' && typeof key === 'string') return `the answer to block ${key}: ${i.message}`;
  return `${i.path.map(String).join('.') || 'file'}: ${i.message}`;
}

function fail(...errors: string[]): { ok: false; errors: string[] } {
  return { ok: false, errors };
}

export interface MergeReport {
  next: PortfolioData;
  added: string[];
  updated: string[];
  /** Blocks answered differently on both sides: the newer answer was kept. */
  conflicts: { key: string; kept: 'file' | 'browser' }[];
  unchanged: number;
}

/**
 * Merge an imported portfolio into the current state: per block, the newest answer wins;
 * "replace" takes the file as it is. Progress marks keep the earliest visit and latest done.
 */
export function mergePortfolio(current: PortfolioData, incoming: PortfolioData, mode: 'merge' | 'replace'): MergeReport {
  const report: MergeReport = { next: { answers: {}, progress: {} }, added: [], updated: [], conflicts: [], unchanged: 0 };
  const surveys = mergeSurveys(current.surveys, incoming.surveys);
  if (mode === 'replace') {
    report.next = structuredClone({ answers: incoming.answers, progress: incoming.progress, ...(surveys ? { surveys } : {}) });
    for (const k of Object.keys(incoming.answers)) (k in current.answers ? report.updated : report.added).push(k);
    return report;
  }
  const answers: Record<string, SavedAnswer> = { ...current.answers };
  for (const [k, theirs] of Object.entries(incoming.answers)) {
    const ours = current.answers[k];
    if (!ours) {
      answers[k] = theirs;
      report.added.push(k);
    } else if (canonicalJSON(ours.v) === canonicalJSON(theirs.v)) {
      report.unchanged++;
    } else {
      const fileIsNewer = theirs.at > ours.at;
      if (fileIsNewer) {
        answers[k] = theirs;
        report.updated.push(k);
      }
      report.conflicts.push({ key: k, kept: fileIsNewer ? 'file' : 'browser' });
    }
  }
  const progress: Record<string, ProgressEntry> = { ...current.progress };
  for (const [k, theirs] of Object.entries(incoming.progress)) {
    const ours = current.progress[k] ?? {};
    const visited = minDefined(ours.visited, theirs.visited);
    const done = maxDefined(ours.done, theirs.done);
    const place = laterPlace(ours.place, theirs.place);
    progress[k] = { ...(visited !== undefined ? { visited } : {}), ...(done !== undefined ? { done } : {}), ...(place ? { place } : {}) };
  }
  report.next = { answers, progress, ...(surveys ? { surveys } : {}) };
  return report;
}

/** Of two reading places, the one reached later. */
export const laterPlace = (a?: ProgressEntry['place'], b?: ProgressEntry['place']): ProgressEntry['place'] => (!a ? b : !b ? a : b.at > a.at ? b : a);
const minDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));
const maxDefined = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** An answer or progress mark an import leaves out, and why (shown, and kept in the set-aside list). */
export interface SetAsideEntry {
  key: string;
  kind: 'answer' | 'progress';
  value: unknown;
  reason: string;
}

/**
 * What of an imported file can come in: answers dated after today (plus the clock allowance)
 * would win every later merge, and answers to questions the course does not have would sit in
 * storage unseen, so both are set aside with a reason; so are progress marks in the future.
 * `knownBlocks` (`<kind>/<lesson>/<block>`) is the course's catalogue; without it, only dates
 * are checked.
 */
export function screenImport(
  data: PortfolioData,
  opts: { knownBlocks?: ReadonlySet<string> | undefined; now?: number },
): { data: PortfolioData; setAside: SetAsideEntry[] } {
  const latest = (opts.now ?? Date.now()) + CLOCK_ALLOWANCE_MS;
  const day = (ms: number) => new Date(ms).toISOString().split('T')[0]!;
  const setAside: SetAsideEntry[] = [];
  const answers: Record<string, SavedAnswer> = {};
  for (const [k, a] of Object.entries(data.answers)) {
    if (a.at > latest) setAside.push({ key: k, kind: 'answer', value: a, reason: `dated ${day(a.at)}, after today: a date in the future cannot be true` });
    else if (opts.knownBlocks && !opts.knownBlocks.has(k)) setAside.push({ key: k, kind: 'answer', value: a, reason: 'the course has no such question' });
    else answers[k] = a;
  }
  const progress: Record<string, ProgressEntry> = {};
  for (const [k, p] of Object.entries(data.progress)) {
    const when = Math.max(p.visited ?? 0, p.done ?? 0, p.place?.at ?? 0);
    if (when > latest) setAside.push({ key: k, kind: 'progress', value: p, reason: `marked on ${day(when)}, after today` });
    else progress[k] = p;
  }
  // Everything else the file holds (staff surveys with their keys, boards) passes as it is:
  // dropping it here would lose a survey's private key on import.
  return { data: { ...data, answers, progress }, setAside };
}

/** A short description of what a file holds, for the learner to check before importing. */
export function describePortfolio(data: PortfolioData): { answers: number; lessons: number; newest?: number } {
  const lessons = new Set(Object.keys(data.answers).map((k) => k.split('/').slice(0, 2).join('/')));
  const times = Object.values(data.answers).map((a) => a.at);
  return { answers: Object.keys(data.answers).length, lessons: lessons.size, ...(times.length ? { newest: Math.max(...times) } : {}) };
}
