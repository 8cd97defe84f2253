/**
 * The ways an envelope travels without a server: a link to the recipient's collect page, one
 * or more numbered QR codes, a small file, or text pasted from anywhere (an e-mail, a chat).
 * Pure text handling: the envelope is opaque here, `open` judges it.
 */
import { ENVELOPE_PREFIX, MAX_ENVELOPE_CHARS } from './envelope';

/** `<collect page>#r=<envelope>`: the fragment never reaches a web server. */
export function envelopeLink(envelope: string, collectPageUrl: string): string {
  return `${collectPageUrl.replace(/#.*$/, '')}#r=${envelope}`;
}

/** Every envelope in a text: links, bare envelopes, many at once. Newer versions (`dl2.`) too, so they can be named. */
export function findEnvelopes(text: string): string[] {
  if (typeof text !== 'string') return [];
  // Long pasted text is fine; only each envelope is bounded (open() refuses an oversized one by name).
  const found = text.match(/(?<![A-Za-z0-9_.-])dl\d{1,6}\.[A-Za-z0-9_-]+/g) ?? [];
  return [...new Set(found)];
}

// ---- QR parts -------------------------------------------------------------------------------

export const QR_PART_PREFIX = 'DLQ1';
/** About what a phone camera reads reliably off a screen at error correction M. */
export const DEFAULT_QR_BYTES = 900;
const MAX_PARTS = 40;

export interface QrPart {
  index: number;
  total: number;
  id: string;
  chunk: string;
}

/** A short id shared by the parts of one envelope (FNV-1a of the text, base36). */
function partsId(envelope: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < envelope.length; i++) h = Math.imul(h ^ envelope.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** `DLQ1/<n>/<total>/<id>/<chunk>` codes, each at most `maxBytes` characters, in order. */
export function qrParts(envelope: string, maxBytes: number = DEFAULT_QR_BYTES): string[] {
  const id = partsId(envelope);
  const overhead = `${QR_PART_PREFIX}/99/99/${id}/`.length;
  const room = Math.max(16, maxBytes - overhead);
  const total = Math.max(1, Math.ceil(envelope.length / room));
  return Array.from({ length: total }, (_, i) => `${QR_PART_PREFIX}/${i + 1}/${total}/${id}/${envelope.slice(i * room, (i + 1) * room)}`);
}

export function parsePart(text: string): QrPart | undefined {
  const m = /^DLQ1\/(\d{1,3})\/(\d{1,3})\/([a-z0-9]{1,8})\/([A-Za-z0-9_.-]*)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || total > MAX_PARTS || index < 1 || index > total) return undefined;
  return { index, total, id: m[3]!, chunk: m[4]! };
}

export interface Assembly {
  id: string;
  total: number;
  /** Part numbers received, ascending. */
  received: number[];
  /** Part numbers still to scan, ascending. */
  missing: number[];
  /** The whole envelope, once every part is in. */
  envelope?: string;
}

/** Group scanned parts by envelope, in any order, repeats ignored; says what each still lacks. */
export function assembleParts(parts: string[]): Assembly[] {
  const groups = new Map<string, { total: number; chunks: Map<number, string> }>();
  for (const text of parts) {
    const part = parsePart(text);
    if (!part) continue;
    const group = groups.get(part.id) ?? { total: part.total, chunks: new Map<number, string>() };
    if (group.total !== part.total) continue;
    group.chunks.set(part.index, part.chunk);
    groups.set(part.id, group);
  }
  return [...groups].map(([id, { total, chunks }]) => {
    const all = Array.from({ length: total }, (_, i) => i + 1);
    const missing = all.filter((n) => !chunks.has(n));
    const assembly: Assembly = { id, total, received: all.filter((n) => chunks.has(n)), missing };
    if (missing.length === 0) assembly.envelope = all.map((n) => chunks.get(n)).join('');
    return assembly;
  });
}

// ---- Files ----------------------------------------------------------------------------------

export const ANSWER_FILE_FORMAT = 'dl-answer';
export const ANSWER_FILE_VERSION = 1;
export const ANSWER_FILE_EXTENSION = '.dlanswer';
/** An answer file is a few kilobytes; anything far larger is not one. */
export const MAX_ANSWER_FILE_BYTES = MAX_ENVELOPE_CHARS + 1000;

export function answerFile(envelope: string): string {
  return JSON.stringify({ format: ANSWER_FILE_FORMAT, version: ANSWER_FILE_VERSION, envelope });
}

export type ReadFile = { ok: true; envelopes: string[] } | { ok: false; reason: 'unreadable' | 'too-large' | 'newer-version'; message: string };

/**
 * The envelope(s) in a file's text: an answer file, or any text holding envelopes (a saved
 * e-mail, a list of links). Never throws.
 */
export function readAnswerFile(text: string): ReadFile {
  if (typeof text !== 'string') return { ok: false, reason: 'unreadable', message: 'This file could not be read.' };
  if (text.length > MAX_ANSWER_FILE_BYTES * 20)
    return { ok: false, reason: 'too-large', message: 'This file is far larger than any answer file, so it was not opened.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === ANSWER_FILE_FORMAT) {
    const { version, envelope } = parsed as { version?: unknown; envelope?: unknown };
    if (typeof version === 'number' && version > ANSWER_FILE_VERSION)
      return {
        ok: false,
        reason: 'newer-version',
        message: 'This answer file was made by a newer version of the course. Reload the course while online, then try again.',
      };
    if (version === ANSWER_FILE_VERSION && typeof envelope === 'string') return { ok: true, envelopes: [envelope] };
    return { ok: false, reason: 'unreadable', message: 'This answer file is damaged: it has no answer in it.' };
  }
  const envelopes = findEnvelopes(text);
  if (envelopes.length > 0) return { ok: true, envelopes };
  return { ok: false, reason: 'unreadable', message: `This file holds no answer. Answer files end in ${ANSWER_FILE_EXTENSION}.` };
}

/** Whether text could be an envelope of this or a newer version (for a scanner deciding what it saw). */
export function looksLikeEnvelope(text: string): boolean {
  return text.startsWith(ENVELOPE_PREFIX) || /^dl\d{1,6}\./.test(text);
}
