/**
 * The one storage engine under every persisted store. It wraps localStorage so that a full
 * or blocked storage never throws into a component: the value is kept in memory, its health
 * says so (`$storageHealth` in storage-health.ts, and a banner shows it), and writes are
 * retried on the next change, on a timer and when another tab changes storage, until they
 * succeed. The stores reach it through persisted.ts, which installs it under
 * @nanostores/persistent; page scripts use it directly.
 *
 * Reading and writing are decided separately: a full localStorage still reads, so answers
 * saved earlier always show, even on a page opened with storage already full.
 *
 * No imports: every page loads this, and a reading page or the course map loads no store.
 */

/** 'full': writes fail for lack of room. 'blocked': the browser refuses storage altogether. */
export type StorageHealth = 'ok' | 'full' | 'blocked';

let health: StorageHealth = 'ok';
const healthListeners = new Set<(health: StorageHealth) => void>();

function setHealth(next: StorageHealth): void {
  if (next === health) return;
  health = next;
  for (const listener of healthListeners) listener(next);
}

/** 'ok' while every write reaches localStorage. */
export const storageHealth = (): StorageHealth => health;

/** Be told when the health changes; returns the way to stop. */
export function onStorageHealth(listener: (health: StorageHealth) => void): () => void {
  healthListeners.add(listener);
  return () => healthListeners.delete(listener);
}

/** Values that could not be written yet, by key. Reads see them first. */
const unsaved = new Map<string, string>();

const RETRY_MS = 5000;
let retryTimer: ReturnType<typeof setInterval> | undefined;

/** localStorage when it can be read at all; a full storage still counts. */
function openStorage(): Storage | null {
  try {
    const ls = globalThis.localStorage;
    ls.getItem('course:probe');
    return ls;
  } catch {
    return null;
  }
}

const backing: Storage | null = typeof window === 'undefined' ? null : openStorage();

function isQuota(error: unknown): boolean {
  // Old Firefox names it differently. (The numeric code 22 is deprecated; every engine we
  // support also sets one of these names.)
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Write one key; false when storage refused it (and says why in its health). */
function write(key: string, value: string): boolean {
  if (!backing) {
    setHealth('blocked');
    return false;
  }
  try {
    // Rewriting an equal value costs nothing and cannot fail for lack of room.
    if (backing.getItem(key) !== value) backing.setItem(key, value);
    return true;
  } catch (error) {
    setHealth(isQuota(error) ? 'full' : 'blocked');
    return false;
  }
}

function scheduleRetry(): void {
  if (retryTimer !== undefined || typeof window === 'undefined') return;
  retryTimer = setInterval(() => retryUnsaved(), RETRY_MS);
}

/** Try again to write what is held in memory; clears the warning once all of it is saved. */
export function retryUnsaved(): boolean {
  // Try every value, not only up to the first refusal: a small one may fit where a large one does not.
  for (const [key, value] of unsaved) if (write(key, value)) unsaved.delete(key);
  if (unsaved.size) {
    scheduleRetry();
    return false;
  }
  if (retryTimer !== undefined) clearInterval(retryTimer);
  retryTimer = undefined;
  if (backing) setHealth('ok');
  return true;
}

/** Whether some values are held only in memory (not yet written). */
export function hasUnsaved(): boolean {
  return unsaved.size > 0;
}

export function readRaw(key: string): string | null {
  if (unsaved.has(key)) return unsaved.get(key) ?? null;
  try {
    return backing?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Fired on `window` after this tab changes stored values, with the changed keys as `detail`
 * (one event for the writes of one task). A browser's `storage` event only tells other tabs;
 * the workbook's status table, painted without the stores, listens for this one too.
 */
export const STORED_EVENT = 'course:stored';
const changed = new Set<string>();

function announce(key: string): void {
  if (typeof window === 'undefined') return;
  if (changed.size === 0)
    queueMicrotask(() => {
      const keys = [...changed];
      changed.clear();
      window.dispatchEvent(new CustomEvent(STORED_EVENT, { detail: keys }));
    });
  changed.add(key);
}

export function writeRaw(key: string, value: string): void {
  unsaved.set(key, value);
  // Every change retries everything held back, oldest first, so room freed since is used at once.
  retryUnsaved();
  announce(key);
}

export function removeRaw(key: string): void {
  unsaved.delete(key);
  try {
    backing?.removeItem(key);
  } catch {
    // Nothing to do: the key is gone from memory, and storage that cannot be read holds nothing.
  }
  // A removal frees room: try what is waiting.
  if (unsaved.size) retryUnsaved();
  announce(key);
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

if (typeof window !== 'undefined') {
  if (!backing) setHealth('blocked');
  window.addEventListener('storage', (event) => {
    // Another tab saved this key after we failed to: its value is newer, keep it rather than ours.
    if (event.key !== null && event.newValue !== null) unsaved.delete(event.key);
    // Another tab may have freed room (or removed something): try again now.
    if (unsaved.size) retryUnsaved();
  });
}

let persistAsked = false;
/** Ask the browser, once, to keep this site's storage when it clears space (secure contexts only). */
export function askPersistentStorage(): void {
  if (persistAsked || typeof navigator === 'undefined') return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => undefined);
}
