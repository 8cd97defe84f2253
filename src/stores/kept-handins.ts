/**
 * The review page's loaded hand-ins, kept in this browser across a reload until the reviewer
 * forgets them. The files' texts (up to 5 MB each, a cohort's worth) go to IndexedDB, which has
 * room for them; localStorage holds only a marker, `course:v1:review-kept`, so the review
 * island knows to wake on load (`client:files` looks for it). Every call fails quietly: keeping
 * the files is a convenience, and without IndexedDB the page works as before.
 */
import { readRaw, removeRaw, writeRaw } from './storage';

export const KEPT_MARKER = 'course:v1:review-kept';
const DB = 'dl-course-review';
const STORE = 'handins';

export interface KeptFile {
  fileName: string;
  text: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'fileName' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
    });
  } finally {
    db.close();
  }
}

/** Keep these files (a file of the same name replaces the one kept). */
export async function keepFiles(files: KeptFile[]): Promise<void> {
  if (!files.length) return;
  try {
    await run('readwrite', (store) => void files.forEach((f) => store.put(f)));
    writeRaw(KEPT_MARKER, 'true');
  } catch {
    // Not kept: the page still works for this visit.
  }
}

/** Stop keeping some files (the reviewer removed them). */
export async function forgetFiles(fileNames: string[]): Promise<void> {
  try {
    await run('readwrite', (store) => void fileNames.forEach((n) => store.delete(n)));
  } catch {
    // Nothing kept, or nothing to do.
  }
}

/** The files kept from earlier visits, if any. */
export async function keptFiles(): Promise<KeptFile[]> {
  if (readRaw(KEPT_MARKER) === null) return [];
  try {
    return ((await run('readonly', (store) => store.getAll())) ?? []) as KeptFile[];
  } catch {
    return [];
  }
}

/** Forget every kept file. */
export async function forgetAll(): Promise<void> {
  removeRaw(KEPT_MARKER);
  try {
    await run('readwrite', (store) => void store.clear());
  } catch {
    // Nothing kept.
  }
}
