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

/**
 * Learner spaces. Inside an LMS package (`<html data-lms-package>`) many learners may share one
 * browser, and the LMS serves them all from one origin, so one localStorage. There every key
 * lives under the space of the LMS's learner: `course:space:<id>:` + the key the course uses.
 * The launch page decides the space (a hash of the LMS's learner id, never the id itself) and
 * enters it before anything is read; the lesson pages it shows find it on the launch page
 * (their parent frame, or the window that opened them) before their first read. Reads, writes,
 * key lists and `storage` events all see only the current space, so nothing above this file
 * knows about spaces. On the site itself there is no space: keys are as they always were.
 */
export const SPACE_PREFIX = 'course:space:';
/** The global the launch page sets to its space id, for the lesson pages under it. */
export const SPACE_GLOBAL = '__courseLearnerSpace';
/** The same, kept for the tab, for a package page opened without its launch page in reach. */
export const SPACE_SESSION_KEY = 'course:learner-space';
/** A package page that cannot tell whose it is: its own space, never a learner's. */
export const UNLAUNCHED_SPACE = 'unlaunched';
/** A space whose learner left a shared computer: nothing more is written. */
export const CLOSED_SPACE = 'closed';

type SpaceHost = Record<string, unknown> & { parent?: SpaceHost | null; opener?: SpaceHost | null };
/** The space id ('' outside a package) and the window that holds it (the launch page). */
let spaceId = '';
let spaceHost: SpaceHost | null = null;

/** The launch page's space, found up the frame tree, then up the opener's (other origins throw: skipped). */
function findSpace(start: SpaceHost): { id: string; host: SpaceHost } | null {
  const climb = (from: SpaceHost | null | undefined): { id: string; host: SpaceHost } | null => {
    let win = from;
    for (let steps = 0; win && steps < 50; steps++) {
      try {
        const id = win[SPACE_GLOBAL];
        if (typeof id === 'string' && id) return { id, host: win };
        if (!win.parent || win.parent === win) return null;
        win = win.parent;
      } catch {
        return null;
      }
    }
    return null;
  };
  try {
    return climb(start) ?? climb(start.opener);
  } catch {
    return null;
  }
}

function sessionSpace(): string | null {
  try {
    return sessionStorage.getItem(SPACE_SESSION_KEY);
  } catch {
    return null;
  }
}

if (typeof document !== 'undefined' && document.documentElement.hasAttribute('data-lms-package')) {
  const found = findSpace(window as unknown as SpaceHost);
  spaceId = found?.id ?? sessionSpace() ?? UNLAUNCHED_SPACE;
  spaceHost = found?.host ?? null;
}

/** The key localStorage holds for a course key, in the current space. */
const stored = (key: string): string => (spaceId ? `${SPACE_PREFIX}${spaceId}:${key}` : key);

/**
 * The course key of a localStorage key, when it belongs to the current space (null when not):
 * for the listeners of `storage` events, which carry localStorage's own keys.
 */
export function courseKey(storedKey: string): string | null {
  if (!spaceId) return storedKey.startsWith(SPACE_PREFIX) ? null : storedKey;
  const own = `${SPACE_PREFIX}${spaceId}:`;
  return storedKey.startsWith(own) ? storedKey.slice(own.length) : null;
}

/** The current space's id: '' outside a package. */
export const currentSpace = (): string => spaceId;

/** Use a learner space from now on (src/stores/learner-spaces.ts, for the launch page). */
export function switchSpace(id: string): void {
  unsaved.clear();
  spaceId = id;
  spaceHost = null;
}

/** Whether this page may still write: false once the launch page closed the space it found there. */
function spaceOpen(): boolean {
  if (spaceId === CLOSED_SPACE) return false;
  if (!spaceHost) return true;
  try {
    return spaceHost[SPACE_GLOBAL] === spaceId;
  } catch {
    // The launch page is gone (closed with its window): nothing told us to stop.
    return true;
  }
}

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
  // A closed learner space takes nothing more; the value stays in this page's memory only.
  if (!spaceOpen()) return true;
  try {
    // Rewriting an equal value costs nothing and cannot fail for lack of room.
    if (backing.getItem(stored(key)) !== value) backing.setItem(stored(key), value);
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
    return backing?.getItem(stored(key)) ?? null;
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
    if (spaceOpen()) backing?.removeItem(stored(key));
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
        const own = k === null ? null : courseKey(k);
        if (own !== null) keys.add(own);
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
    const key = event.key === null ? null : courseKey(event.key);
    if (key !== null && event.newValue !== null) unsaved.delete(key);
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
