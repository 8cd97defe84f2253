/**
 * A stored field named "__proto__" (written by hand or by a hostile page on the same origin)
 * would, read into the store's object, become its prototype, and the store would then write
 * the prototype's fields as keys of their own. Such keys are set aside before any store reads.
 */
const unsafeField = (field: string) => field === '__proto__';

/**
 * A persisted map whose every field lives under its own localStorage key (`prefix + field`),
 * so another tab's change replaces only that field, never the whole store. Values are JSON,
 * validated with zod on every read; a value that fails is quarantined, not dropped.
 */
import { persistentMap, setPersistentEngine, type PersistentEvent, type PersistentEvents, type PersistentListener } from '@nanostores/persistent';
import type { MapStore } from 'nanostores';
import type { ZodMiniType } from 'zod/mini';
import { quarantine } from './quarantine';
import { allKeys, courseKey, readRaw, removeRaw, writeRaw } from './storage';

// The storage engine under every persistent store. @nanostores/persistent reads and writes with
// property access, so the engine is a Proxy over storage.ts. Installed here, before any store
// is made: every persistent store of the course is made by this module.
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

// Other documents' `storage` events, as the stores know keys: inside an LMS package the engine
// keeps each learner's keys under their space (storage.ts), and another space's keys are not ours.
const wrapped = new WeakMap<PersistentListener, (event: StorageEvent) => void>();
const events: PersistentEvents = {
  addEventListener(_key, listener, restore) {
    const translate = (event: StorageEvent) => {
      // A cleared storage (no key): the store empties, as with the library's own events.
      // (The library's type says newValue is a string; it reads null as a removal, as storage events carry it.)
      if (event.key === null) return listener({ key: '', newValue: null } as unknown as PersistentEvent);
      const key = courseKey(event.key);
      if (key !== null) listener({ key, newValue: event.newValue } as PersistentEvent);
    };
    wrapped.set(listener, translate);
    window.addEventListener('storage', translate);
    window.addEventListener('pageshow', restore);
  },
  removeEventListener(_key, listener, restore) {
    const translate = wrapped.get(listener);
    if (translate) window.removeEventListener('storage', translate);
    window.removeEventListener('pageshow', restore);
  },
};
if (typeof window !== 'undefined') setPersistentEngine(engine, events);

export function persistedMap<T>(prefix: string, schema: ZodMiniType<T>): MapStore<Record<string, T | undefined>> {
  // Sweep before the store first reads: decode() does not know its key, the sweep does. What the
  // sweep validated, the store's first read takes as it is: a full portfolio is parsed once, not twice.
  const swept = new Map<string, T>();
  if (typeof window !== 'undefined') {
    for (const key of allKeys()) {
      if (!key.startsWith(prefix)) continue;
      const raw = readRaw(key);
      if (raw === null) continue;
      if (unsafeField(key.slice(prefix.length))) {
        quarantine(key, raw, 'the saved field’s name is not one the course uses');
        removeRaw(key);
        continue;
      }
      const value = parse(schema, raw);
      if (value === undefined) {
        quarantine(key, raw, 'the saved value did not match the expected format');
        removeRaw(key);
      } else swept.set(raw, value);
    }
  }
  return persistentMap<Record<string, T | undefined>>(
    prefix,
    {},
    {
      encode: (value) => (value === undefined ? undefined : JSON.stringify(value)),
      decode: (raw) => {
        const early = swept.get(raw);
        if (early !== undefined) {
          swept.delete(raw);
          return early;
        }
        const value = parse(schema, raw);
        if (value === undefined) quarantine(`${prefix}?`, raw, 'a value from another tab did not match the expected format');
        return value;
      },
    },
  );
}

function parse<T>(schema: ZodMiniType<T>, raw: string): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

type Shapes = Record<string, ZodMiniType>;
export type RecordOf<S extends Shapes> = { [K in keyof S]?: S[K] extends ZodMiniType<infer T> ? T : never };

/**
 * A persisted map with a schema per field (settings): each saved field is checked against its
 * own schema, so a theme can only be a theme and a name only a string. Fields the course does
 * not know (from a newer version) are left in storage, unread.
 */
export function persistedRecord<S extends Shapes>(prefix: string, schemas: S): MapStore<RecordOf<S>> {
  const known = (field: string): ZodMiniType | undefined => (Object.hasOwn(schemas, field) ? schemas[field] : undefined);
  if (typeof window !== 'undefined') {
    for (const key of allKeys()) {
      if (!key.startsWith(prefix)) continue;
      const schema = known(key.slice(prefix.length));
      const raw = readRaw(key);
      if (raw !== null && unsafeField(key.slice(prefix.length))) {
        quarantine(key, raw, 'the saved field’s name is not one the course uses');
        removeRaw(key);
        continue;
      }
      if (schema && raw !== null && parse(schema, raw) === undefined) {
        quarantine(key, raw, 'the saved value did not match the expected format');
        removeRaw(key);
      }
    }
  }
  // decode() is not told its key; any field's schema admits a value, and typed reads below narrow.
  const anyField = Object.values(schemas);
  const store = persistentMap<Record<string, unknown>>(
    prefix,
    {},
    {
      encode: (value) => (value === undefined ? undefined : JSON.stringify(value)),
      decode: (raw) => {
        const value = anyField.map((s) => parse(s, raw)).find((v) => v !== undefined);
        if (value === undefined) quarantine(`${prefix}?`, raw, 'a value from another tab did not match the expected format');
        return value;
      },
    },
  );
  return store as unknown as MapStore<RecordOf<S>>;
}
