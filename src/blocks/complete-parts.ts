/**
 * Helpers for the completeness rules (`<type>/complete.ts`). Free of zod: each rule checks the
 * shape it needs itself, so a value of the wrong shape simply counts as unanswered.
 */
export const filled = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const values = (v: unknown): unknown[] => (isRecord(v) ? Object.values(v) : []);
export const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const field = (v: unknown, name: string): unknown => (isRecord(v) ? v[name] : undefined);
/** A list with an entry: a non-blank string, or anything else. */
export const someEntry = (v: unknown): boolean => items(v).some((x) => (typeof x === 'string' ? filled(x) : true));
/** A record with a key (rating, allocation, sort: one key per item answered). */
export const someKey = (v: unknown): boolean => isRecord(v) && Object.keys(v).length > 0;
