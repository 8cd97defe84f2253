/**
 * Saved values that fail validation are never dropped: the raw text is moved here, the
 * learner is told (see StorageNotice) and can download it.
 *
 * One storage key per entry (`course:quarantine:<id>`), never one list written from memory:
 * two tabs that each set a value aside at the same moment both keep theirs. The id comes from
 * the entry's key and text, so two tabs setting aside the same value make one entry.
 * Before 2026-11-30 the whole list lived under `course:quarantine`; that key is still read.
 */
import { atom } from 'nanostores';
import * as z from 'zod/mini';
import { allKeys, courseKey, readRaw, removeRaw, writeRaw } from './storage';

/** The list as one key, as the first version wrote it: read, never written. */
export const LEGACY_QUARANTINE_KEY = 'course:quarantine';
export const QUARANTINE_PREFIX = 'course:quarantine:';

const entry = z.strictObject({ key: z.string(), raw: z.string(), at: z.number(), reason: z.string() });
export type QuarantineEntry = z.infer<typeof entry>;

/** A short stable id for an entry (FNV-1a of its key and text): equal entries share it. */
function entryId(key: string, raw: string): string {
  let h = 0x811c9dc5;
  const s = `${key}\u0000${raw}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}-${s.length.toString(36)}`;
}

function parseEntries(raw: string, many: boolean): QuarantineEntry[] | undefined {
  try {
    const parsed = (many ? z.array(entry) : entry).safeParse(JSON.parse(raw));
    if (parsed.success) return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  } catch {
    // fall through: unreadable
  }
  return undefined;
}

/** The storage keys behind the entries last loaded: what the learner has been shown. */
let loadedKeys: string[] = [];

/** Every entry in storage (and in memory, when storage refuses writes), oldest first. */
function load(): QuarantineEntry[] {
  const entries: QuarantineEntry[] = [];
  loadedKeys = [];
  for (const key of allKeys()) {
    const many = key === LEGACY_QUARANTINE_KEY;
    if (!many && !key.startsWith(QUARANTINE_PREFIX)) continue;
    const raw = readRaw(key);
    if (raw === null) continue;
    loadedKeys.push(key);
    // Never lose even this: an unreadable entry is shown as an entry holding its own text.
    entries.push(...(parseEntries(raw, many) ?? [{ key, raw, at: 0, reason: 'this set-aside entry itself was unreadable' }]));
  }
  return entries.sort((a, b) => a.at - b.at);
}

export const $quarantine = atom<QuarantineEntry[]>(typeof window === 'undefined' ? [] : load());

export function quarantine(key: string, raw: string, reason: string): void {
  const item: QuarantineEntry = { key, raw, at: Date.now(), reason };
  writeRaw(QUARANTINE_PREFIX + entryId(key, raw), JSON.stringify(item));
  $quarantine.set(load());
}

/** After the learner has downloaded the quarantined values, they may clear the notice. Clears only what they saw. */
export function clearQuarantine(): void {
  for (const key of loadedKeys) removeRaw(key);
  $quarantine.set(load());
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    const key = event.key === null ? null : courseKey(event.key);
    if (event.key === null || key === LEGACY_QUARANTINE_KEY || key?.startsWith(QUARANTINE_PREFIX)) $quarantine.set(load());
  });
}
