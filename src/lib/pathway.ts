/**
 * Pathways: a provider's choice of lessons, carried whole in a link. The link holds a
 * versioned, compact encoding in the URL fragment (never sent to any server), so a link made
 * today still opens after the site is updated: lesson ids are permanent.
 *
 *   /pathway/#p=1.<base64url of JSON>
 */
import * as z from 'zod/mini';

export const PATHWAY_VERSION = 1;
const MAX_LINK = 8000;

const lessonKey = z.string().check(z.regex(/^(section|activity|reading|scenario)\/[a-z0-9-]+$/), z.maxLength(120));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const pathwaySchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  message: z.optional(z.string().check(z.maxLength(1000))),
  items: z.array(z.strictObject({ key: lessonKey, due: z.optional(date) })).check(z.minLength(1), z.maxLength(60)),
});
export type Pathway = z.infer<typeof pathwaySchema>;

// Compact wire form: short field names and kind letters keep links short enough to share.
const kinds = { section: 's', activity: 'a', reading: 'r', scenario: 'x' } as const;
const kindOf = Object.fromEntries(Object.entries(kinds).map(([k, v]) => [v, k])) as Record<string, keyof typeof kinds>;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodePathway(p: Pathway): string {
  const wire = {
    t: p.title,
    ...(p.message ? { m: p.message } : {}),
    i: p.items.map((it) => {
      const [kind, id] = it.key.split('/') as [keyof typeof kinds, string];
      return it.due ? [`${kinds[kind]}:${id}`, it.due] : `${kinds[kind]}:${id}`;
    }),
  };
  return `${PATHWAY_VERSION}.${toBase64Url(JSON.stringify(wire))}`;
}

export type DecodeResult = { ok: true; pathway: Pathway } | { ok: false; error: string };

/** Decode a pathway code (the part after `p=`). Never throws. */
export function decodePathway(code: string): DecodeResult {
  try {
    if (code.length > MAX_LINK) return { ok: false, error: 'This pathway link is too long to be one of ours; it may have been pasted twice.' };
    const m = /^(\d{1,4})\.([A-Za-z0-9_-]+)$/.exec(code.trim());
    if (!m) return { ok: false, error: 'This pathway link is damaged: part of it may be missing. Ask for the link again, or copy all of it.' };
    const version = Number(m[1]);
    if (version > PATHWAY_VERSION) {
      return {
        ok: false,
        error: `This pathway was made with a newer version of the course (version ${version}). Open it on the newest version of the course site.`,
      };
    }
    if (version < 1) return { ok: false, error: 'This pathway link has an unknown version.' };
    const wire: unknown = JSON.parse(fromBase64Url(m[2]!));
    if (!wire || typeof wire !== 'object' || Array.isArray(wire)) throw new Error('not an object');
    const w = wire as { t?: unknown; m?: unknown; i?: unknown };
    const items = Array.isArray(w.i)
      ? w.i.map((entry: unknown) => {
          const [ref, due] = Array.isArray(entry) ? entry : [entry, undefined];
          const [letter, id] = String(ref).split(':');
          return { key: `${kindOf[letter ?? ''] ?? 'unknown'}/${id ?? ''}`, ...(due !== undefined ? { due } : {}) };
        })
      : w.i;
    const parsed = pathwaySchema.safeParse({ title: w.t, ...(w.m !== undefined ? { message: w.m } : {}), items });
    if (!parsed.success) return { ok: false, error: 'This pathway link does not hold a readable pathway. Ask whoever sent it for a new link.' };
    return { ok: true, pathway: parsed.data };
  } catch {
    return { ok: false, error: 'This pathway link is damaged and cannot be read. Ask for the link again, or copy all of it.' };
  }
}

/** Pull the pathway code out of a whole link or a bare code. */
export function codeFromLink(text: string): string {
  const m = /[#&?]p=([^&\s]+)/.exec(text);
  return decodeURIComponent(m ? m[1]! : text.trim());
}

/** A short stable id for a pathway, from its code: the same link added twice is one pathway. */
export function pathwayId(code: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    h ^= code.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
