/**
 * A persisted map whose every field lives under its own localStorage key (`prefix + field`),
 * so another tab's change replaces only that field, never the whole store. Values are JSON,
 * validated with zod on every read; a value that fails is quarantined, not dropped.
 */
import { persistentMap } from '@nanostores/persistent';
import type { MapStore } from 'nanostores';
import type { ZodMiniType } from 'zod/mini';
import { quarantine } from './quarantine';
import { allKeys, readRaw, removeRaw } from './storage';

export function persistedMap<T>(prefix: string, schema: ZodMiniType<T>): MapStore<Record<string, T | undefined>> {
  // Sweep before the store first reads: decode() does not know its key, the sweep does. What the
  // sweep validated, the store's first read takes as it is: a full portfolio is parsed once, not twice.
  const swept = new Map<string, T>();
  if (typeof window !== 'undefined') {
    for (const key of allKeys()) {
      if (!key.startsWith(prefix)) continue;
      const raw = readRaw(key);
      if (raw === null) continue;
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
