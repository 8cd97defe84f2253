/**
 * Saved values that fail validation are never dropped: the raw text is moved here, the
 * learner is told (see StorageNotice) and can download it.
 */
import { atom } from 'nanostores';
import * as z from 'zod/mini';
import { readRaw, writeRaw } from './storage';

export const QUARANTINE_KEY = 'course:quarantine';

const entry = z.strictObject({ key: z.string(), raw: z.string(), at: z.number(), reason: z.string() });
export type QuarantineEntry = z.infer<typeof entry>;

function load(): QuarantineEntry[] {
  const raw = readRaw(QUARANTINE_KEY);
  if (raw === null) return [];
  try {
    const parsed = z.array(entry).safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: the quarantine itself is unreadable
  }
  // Never lose even this: keep the unreadable quarantine as one entry of a fresh list.
  return [{ key: QUARANTINE_KEY, raw, at: Date.now(), reason: 'the quarantine list itself was unreadable' }];
}

export const $quarantine = atom<QuarantineEntry[]>(typeof window === 'undefined' ? [] : load());

export function quarantine(key: string, raw: string, reason: string): void {
  const next = [...$quarantine.get(), { key, raw, at: Date.now(), reason }];
  $quarantine.set(next);
  writeRaw(QUARANTINE_KEY, JSON.stringify(next));
}

/** After the learner has downloaded the quarantined values, they may clear the notice. */
export function clearQuarantine(): void {
  $quarantine.set([]);
  writeRaw(QUARANTINE_KEY, '[]');
}
