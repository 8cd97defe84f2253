/**
 * The one storage engine under every persisted store. It wraps localStorage so that a full
 * or unavailable storage never throws into a component: the value is kept in memory, the
 * `$storageHealth` store says so (a banner shows it), and writes are retried later.
 * @nanostores/persistent writes with property assignment, so the engine is a Proxy.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type StorageHealth = 'ok' | 'unavailable' | 'full';

/** 'ok' while every write reaches localStorage. */
export const $storageHealth = atom<StorageHealth>('ok');

/** Values that could not be written yet, by key. Reads see them first. */
const unsaved = new Map<string, string>();

function probe(): Storage | null {
  try {
    const ls = globalThis.localStorage;
    const key = 'course:probe';
    ls.setItem(key, '1');
    ls.removeItem(key);
    return ls;
  } catch {
    return null;
  }
}

const backing: Storage | null = typeof window === 'undefined' ? null : probe();
if (typeof window !== 'undefined' && !backing) $storageHealth.set('unavailable');

function isQuota(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

/** Write one key; false when storage refused it. */
function write(key: string, value: string): boolean {
  if (!backing) return false;
  try {
    backing.setItem(key, value);
    return true;
  } catch (error) {
    $storageHealth.set(isQuota(error) ? 'full' : 'unavailable');
    return false;
  }
}

/** Try again to write what is held in memory; clears the warning once all of it is saved. */
export function retryUnsaved(): boolean {
  for (const [key, value] of unsaved) {
    if (!write(key, value)) return false;
    unsaved.delete(key);
  }
  if (backing) $storageHealth.set('ok');
  return true;
}

export function readRaw(key: string): string | null {
  if (unsaved.has(key)) return unsaved.get(key) ?? null;
  try {
    return backing?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeRaw(key: string, value: string): void {
  if (write(key, value)) {
    unsaved.delete(key);
    if (unsaved.size) retryUnsaved();
    else if ($storageHealth.get() !== 'ok' && backing) $storageHealth.set('ok');
  } else {
    unsaved.set(key, value);
  }
}

export function removeRaw(key: string): void {
  unsaved.delete(key);
  try {
    backing?.removeItem(key);
  } catch {
    // Nothing to do: the key is gone from memory, and storage that cannot be read holds nothing.
  }
}

/** Every key, saved or held in memory. */
export function allKeys(): string[] {
  const keys = new Set(unsaved.keys());
  if (backing) {
    try {
      for (let i = 0; i < backing.length; i++) {
        const k = backing.key(i);
        if (k !== null) keys.add(k);
      }
    } catch {
      // Storage became unreadable: memory still answers.
    }
  }
  return [...keys];
}

const engine = new Proxy({} as Record<string, string>, {
  get: (_t, key) => (typeof key === 'string' ? (readRaw(key) ?? undefined) : undefined),
  set: (_t, key, value) => {
    if (typeof key === 'string') writeRaw(key, String(value));
    return true;
  },
  deleteProperty: (_t, key) => {
    if (typeof key === 'string') removeRaw(key);
    return true;
  },
  has: (_t, key) => typeof key === 'string' && readRaw(key) !== null,
  ownKeys: () => allKeys(),
  getOwnPropertyDescriptor: (_t, key) => {
    if (typeof key !== 'string') return undefined;
    const value = readRaw(key);
    return value === null ? undefined : { value, enumerable: true, configurable: true, writable: true };
  },
});

if (typeof window !== 'undefined') setPersistentEngine(engine, windowPersistentEvents);

let persistAsked = false;
/** Ask the browser, once, to keep this site's storage when it clears space. */
export function askPersistentStorage(): void {
  if (persistAsked || typeof navigator === 'undefined') return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}
