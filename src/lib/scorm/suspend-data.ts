/**
 * The learner's answers in the LMS's `suspend_data`: the same data as the portfolio export
 * (`{ answers, progress }`, validated by the same schema), JSON, deflated and base64-encoded,
 * behind a version prefix: `DL1:<base64>`. Pure functions that never throw, so a damaged or
 * foreign value from an LMS is refused with a reason instead of breaking the course.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { moveAnswerRecord } from '../answer-moves';
import { portfolioData, type PortfolioData } from '../portfolio';

export const SUSPEND_VERSION = 1;
const PREFIX = /^DL(\d{1,4}):([A-Za-z0-9+/]*={0,2})$/;
/** What each version of SCORM lets a SCO keep in suspend_data, in characters. */
export const SUSPEND_LIMITS = { '1.2': 4096, '2004': 64000 } as const;
export type ScormVersion = keyof typeof SUSPEND_LIMITS;
/** Decompressed data larger than this is not ours (64,000 base64 characters inflate far less). */
const MAX_INFLATED = 4 * 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Encode answers and progress for suspend_data. */
export function encodeSuspendData(data: PortfolioData): string {
  return `DL${SUSPEND_VERSION}:${toBase64(deflateSync(strToU8(JSON.stringify(data)), { level: 9 }))}`;
}

export type EncodeResult = { ok: true; value: string } | { ok: false; length: number; limit: number };

/** Encode, and say whether the result fits the version's limit. Never truncates. */
export function encodeForLms(data: PortfolioData, version: ScormVersion): EncodeResult {
  const value = encodeSuspendData(data);
  const limit = SUSPEND_LIMITS[version];
  return value.length <= limit ? { ok: true, value } : { ok: false, length: value.length, limit };
}

export type DecodeResult = { ok: true; data: PortfolioData } | { ok: true; data: null } | { ok: false; error: string };

/**
 * Read suspend_data. An empty value (first launch) gives `data: null`. Never throws; a value
 * written by a newer course, or by something else, is refused with a plain reason.
 */
export function decodeSuspendData(text: string): DecodeResult {
  try {
    if (text.trim() === '') return { ok: true, data: null };
    const m = PREFIX.exec(text.trim());
    if (!m) return { ok: false, error: 'The answers your LMS holds for this course were not written by this course, so they were left as they are.' };
    const version = Number(m[1]);
    if (version > SUSPEND_VERSION) {
      return {
        ok: false,
        error: `The answers your LMS holds were saved by a newer version of the course (format ${version}; this package reads up to ${SUSPEND_VERSION}). Ask your provider for the newest package; your answers in the LMS were not changed.`,
      };
    }
    if (version < 1) return { ok: false, error: 'The answers your LMS holds have an unknown format version, so they were left as they are.' };
    const inflated = inflateSync(fromBase64(m[2]!));
    if (inflated.length > MAX_INFLATED)
      return { ok: false, error: 'The answers your LMS holds are larger than any this course writes, so they were left as they are.' };
    const parsed = portfolioData.safeParse(JSON.parse(strFromU8(inflated)));
    if (!parsed.success) return { ok: false, error: 'The answers your LMS holds do not match the course’s answer format, so they were left as they are.' };
    const data = parsed.data as PortfolioData;
    // Written by an earlier package: answers of renamed blocks come back under their new ids.
    return { ok: true, data: { ...data, answers: moveAnswerRecord(data.answers).answers } };
  } catch {
    return { ok: false, error: 'The answers your LMS holds for this course are damaged and could not be read; they were left as they are.' };
  }
}
