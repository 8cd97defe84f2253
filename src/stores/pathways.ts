/** Pathways the learner has accepted, by id; each keeps the link code it came from. */
import * as z from 'zod/mini';
import { decodePathway, pathwayId } from '../lib/pathway';
import { persistedMap } from './persisted';

export const PATHWAYS_PREFIX = 'course:v1:pathways:';
const saved = z.strictObject({ code: z.string().check(z.maxLength(8000)), added: z.int().check(z.nonnegative()) });
export type SavedPathway = z.infer<typeof saved>;

export const $pathways = persistedMap<SavedPathway>(PATHWAYS_PREFIX, saved);

/** Add a pathway from its code; returns its id, or the reason it cannot be added. */
export function addPathway(code: string): { ok: true; id: string } | { ok: false; error: string } {
  const decoded = decodePathway(code);
  if (!decoded.ok) return decoded;
  const id = pathwayId(code);
  if (!$pathways.get()[id]) $pathways.setKey(id, { code, added: Date.now() });
  return { ok: true, id };
}

export function removePathway(id: string): void {
  $pathways.setKey(id, undefined);
}

/** Reviewer notes per learner on the review page, kept in this browser only. */
export const $reviewNotes = persistedMap<string>('course:v1:review-notes:', z.string().check(z.maxLength(20_000)));
