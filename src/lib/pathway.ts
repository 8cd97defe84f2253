/**
 * Pathways: a provider's choice of lessons, carried whole in a link. The link holds a
 * versioned, compact encoding in the URL fragment (never sent to any server), so a link made
 * today still opens after the site is updated: lesson ids are permanent. The envelope, the
 * kind letters and the older forms still read are the link codec's (./link-codec.ts).
 *
 *   /pathway/#p=v2.<base64url of JSON>
 */
import * as z from 'zod/mini';
import { decodeLink, encodeLink, kindLetters, kindOfLetter } from './link-codec';

const MAX_LINK = 8000;

const lessonKey = z.string().check(z.regex(/^(section|activity|reading|scenario)\/[a-z0-9-]+$/), z.maxLength(120));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const blockId = z.string().check(z.regex(/^[A-Za-z0-9._-]+$/), z.maxLength(120));

export const pathwaySchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  message: z.optional(z.string().check(z.maxLength(1000))),
  items: z
    .array(
      z.strictObject({
        key: lessonKey,
        due: z.optional(date),
        /** Private answers of this lesson the provider asks for (block ids); the learner still decides. */
        ask: z.optional(z.array(blockId).check(z.minLength(1), z.maxLength(50))),
      }),
    )
    .check(z.minLength(1), z.maxLength(60)),
});
export type Pathway = z.infer<typeof pathwaySchema>;

// Compact wire form: short field names and kind letters keep links short enough to share.
// { t: title, m?: message, i: ["s:id" | ["s:id", due] | ["s:id", due or 0, [asked block ids]]] },
// the same in link versions 1 and 2; links without requests are as they always were.
export function encodePathway(p: Pathway): string {
  const wire = {
    t: p.title,
    ...(p.message ? { m: p.message } : {}),
    i: p.items.map((it) => {
      const [kind, id] = it.key.split('/') as [Exclude<keyof typeof kindLetters, 'break'>, string];
      const ref = `${kindLetters[kind]}:${id}`;
      if (it.ask?.length) return [ref, it.due ?? 0, it.ask];
      return it.due ? [ref, it.due] : ref;
    }),
  };
  return encodeLink(wire);
}

export type DecodeResult = { ok: true; pathway: Pathway } | { ok: false; error: string };

/** Decode a pathway code (the part after `p=`), of any version the course has written. Never throws. */
export function decodePathway(code: string): DecodeResult {
  const link = decodeLink(code, 'pathway', MAX_LINK);
  if (!link.ok) {
    if (link.problem === 'too-long') return { ok: false, error: 'This pathway link is too long to be one of ours; it may have been pasted twice.' };
    if (link.problem === 'future-version') {
      return {
        ok: false,
        error: `This pathway was made with a newer version of the course (version ${link.version}). Open it on the newest version of the course site.`,
      };
    }
    return { ok: false, error: 'This pathway link is damaged: part of it may be missing. Ask for the link again, or copy all of it.' };
  }
  const w = link.payload;
  if (!w || typeof w !== 'object' || Array.isArray(w)) return unreadable;
  const { t, m, i } = w as { t?: unknown; m?: unknown; i?: unknown };
  const items = Array.isArray(i)
    ? i.map((entry: unknown) => {
        const [ref, due, ask] = Array.isArray(entry) ? (entry as unknown[]) : [entry, undefined, undefined];
        const [letter, id] = String(ref).split(':');
        const kind = kindOfLetter(letter ?? '', 'pathway', link.version);
        return {
          key: `${kind === 'break' || !kind ? 'unknown' : kind}/${id ?? ''}`,
          ...(due !== undefined && due !== 0 ? { due } : {}),
          ...(ask !== undefined ? { ask } : {}),
        };
      })
    : i;
  const parsed = pathwaySchema.safeParse({ title: t, ...(m !== undefined ? { message: m } : {}), items });
  return parsed.success ? { ok: true, pathway: parsed.data } : unreadable;
}

const unreadable: DecodeResult = { ok: false, error: 'This pathway link does not hold a readable pathway. Ask whoever sent it for a new link.' };

/**
 * Pull the pathway code out of a whole link or a bare code. Never throws: a broken % escape
 * (`%E0%A4%A`, a trailing `%`) leaves the code as it is, which then reads as a damaged link.
 */
export function codeFromLink(text: string): string {
  const m = /[#&?]p=([^&\s]+)/.exec(text);
  const code = m ? m[1]! : text.trim();
  try {
    return decodeURIComponent(code);
  } catch {
    return code;
  }
}

/**
 * A short stable id for a pathway, from its code: the same link added twice is one pathway.
 * It is the hash of the version-1 form of the code (`1.` and the payload, which versions 1
 * and 2 share), so a pathway keeps the id it had before links moved to `v2.`: the learner's
 * saved pathways, the review page's grouping of hand-ins and SCORM package identifiers.
 */
export function pathwayId(code: string): string {
  const v1 = code.replace(/^v2\./, '1.');
  let h = 0x811c9dc5;
  for (let i = 0; i < v1.length; i++) {
    h ^= v1.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
