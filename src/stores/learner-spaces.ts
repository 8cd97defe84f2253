/**
 * The launch page's side of learner spaces (the engine's side, which every page loads, is in
 * storage.ts and kept small): entering the LMS learner's space, the keys earlier packages saved
 * for every learner alike, and removing a learner's copy when they leave a shared computer.
 */
import { CLOSED_SPACE, currentSpace, SPACE_GLOBAL, SPACE_PREFIX, SPACE_SESSION_KEY, switchSpace } from './storage';

type Host = Record<string, unknown>;

function local(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * Enter a learner's space, before anything is read. `id` is never a raw learner id (see
 * src/lib/scorm/learner-space.ts). Lesson pages opened from this page find it on this window.
 */
export function enterSpace(id: string): void {
  if (!/^[A-Za-z0-9-]{1,80}$/.test(id) || id === CLOSED_SPACE) throw new Error('A space id is letters, digits and dashes.');
  switchSpace(id);
  (window as unknown as Host)[SPACE_GLOBAL] = id;
  try {
    sessionStorage.setItem(SPACE_SESSION_KEY, id);
  } catch {
    // No session storage: pages opened from the launch page still find it on the window.
  }
}

/**
 * Close the space (a learner on a shared computer left and their copy was removed): lesson pages
 * still open under it stop writing, so a late flush cannot put the answers back.
 */
export function closeSpace(): void {
  (window as unknown as Host)[SPACE_GLOBAL] = CLOSED_SPACE;
  try {
    sessionStorage.removeItem(SPACE_SESSION_KEY);
  } catch {
    // Nothing kept for the tab.
  }
  switchSpace(CLOSED_SPACE);
}

/** Remove every key of the current learner space; returns how many. Never another space's, nor the site's. */
export function clearSpace(): number {
  const space = currentSpace();
  const storage = local();
  if (!space || !storage) return 0;
  const own = `${SPACE_PREFIX}${space}:`;
  const doomed: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(own)) doomed.push(k);
    }
    for (const k of doomed) storage.removeItem(k);
  } catch {
    // What could not be removed stays; the learner was told to download their copy.
  }
  return doomed.length;
}

/**
 * Keys saved outside any learner space: inside a package, what earlier packages saved for every
 * learner of this browser alike. The launch page offers them to a learner who says they are
 * theirs; nothing else reads them there.
 */
export function sharedKeys(): string[] {
  const keys: string[] = [];
  const storage = local();
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const k = storage.key(i);
      if (k !== null && k.startsWith('course:v1:')) keys.push(k);
    }
  } catch {
    // Unreadable storage holds nothing to offer.
  }
  return keys;
}

export function readShared(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Remove a shared key (once its answers are safe in the learner's space). */
export function removeShared(key: string): void {
  try {
    local()?.removeItem(key);
  } catch {
    // Left in place: the offer stands.
  }
}
