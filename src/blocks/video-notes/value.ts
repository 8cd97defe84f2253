import * as z from 'zod/mini';
import { id, list, text } from '../value-parts';

export const noteValue = z.strictObject({ id, t: z.number().check(z.minimum(0), z.maximum(86_400)), role: id, text });

/**
 * Video notes and the note being typed (the draft, kept as the learner types, so a reload or
 * a closed tab loses nothing). `time` is the time field as typed, which may be unfinished.
 * Until 2026-11-30 the value was the bare list of notes: see `migrate`.
 */
export const value = z.strictObject({
  notes: list(noteValue, 1000),
  draft: z._default(z.strictObject({ text, time: z.string().check(z.maxLength(20)), role: id }), { text: '', time: '0:00', role: '' }),
});

/** The first stored shape of video notes. Still read (and accepted in imported files); never written. */
export const earlier = [list(noteValue, 1000)];

/** Earlier stored shapes, brought to the current one when read. */
export const migrate = (v: unknown): unknown => (Array.isArray(v) ? { notes: v } : v);
