/**
 * The one codec for links that carry course data in their fragment (pathway links `#p=…`,
 * session-plan links `#plan=…`): `v<version>.<base64url of UTF-8 JSON>`, and one set of kind
 * letters for the lessons a link names. The fragment never reaches a server, and a link made
 * today must still open after the site is updated, so every older form stays readable:
 *
 *   version 2 (written now)  `v2.` both kinds; kind letters from `kindLetters`
 *   pathway links before 2   `1.`  (no "v"); scenario letter `x`
 *   plan links before 2      `v1.`; scenario letter `l`
 *
 * Pure: no browser APIs beyond TextEncoder/TextDecoder and btoa/atob, which Node has too.
 */

/** The version every new link is written with, pathway or plan. */
export const LINK_VERSION = 2;

/** One letter per kind keeps links short. */
export const kindLetters = { section: 's', activity: 'a', reading: 'r', scenario: 'x', break: 'b' } as const;
export type LinkKind = keyof typeof kindLetters;
export type KindLetter = (typeof kindLetters)[LinkKind];

/** Plan links of version 1 wrote scenarios as `l`; everything else matches `kindLetters`. */
const planV1Letters: Record<string, LinkKind> = { s: 'section', a: 'activity', r: 'reading', l: 'scenario', b: 'break' };
const currentLetters = Object.fromEntries(Object.entries(kindLetters).map(([k, c]) => [c, k])) as Record<string, LinkKind>;

/** The kind a letter stands for in a link of this family and version; undefined if none. */
export function kindOfLetter(letter: string, family: LinkFamily, version: number): LinkKind | undefined {
  const table = family === 'plan' && version === 1 ? planV1Letters : currentLetters;
  return Object.hasOwn(table, letter) ? table[letter] : undefined;
}

export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Undefined when the text is not base64url or not UTF-8. */
export function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The encoded part of a link: `v2.` and the payload as base64url JSON. */
export function encodeLink(payload: unknown): string {
  return `v${LINK_VERSION}.${toBase64Url(JSON.stringify(payload))}`;
}

export type LinkFamily = 'pathway' | 'plan';

/** The versions each family has been written with, and how its prefix looked then. */
const legacyPrefixes: Record<LinkFamily, Record<number, string>> = {
  pathway: { 1: '' },
  plan: { 1: 'v' },
};

export type LinkProblem =
  /** Far longer than any link of ours: refused unread. */
  | 'too-long'
  /** No version prefix, a version that never existed, characters a link cannot hold, or cut short. */
  | 'malformed'
  /** Made by a newer course than this one. */
  | 'future-version';

export type DecodedLink = { ok: true; version: number; payload: unknown } | { ok: false; problem: LinkProblem; version?: number; detail: string };

/**
 * Read the encoded part of a link of one family. Never throws. The payload is parsed JSON,
 * not yet checked: each family validates its own fields with its version in hand.
 */
export function decodeLink(code: string, family: LinkFamily, maxLength: number): DecodedLink {
  if (code.length > maxLength) return { ok: false, problem: 'too-long', detail: 'it is far longer than any link the course makes' };
  const m = /^(v?)(\d{1,6})\.(.*)$/s.exec(code.trim());
  if (!m) return { ok: false, problem: 'malformed', detail: 'it does not start with a version such as "v2."' };
  const prefix = m[1]!;
  const version = Number(m[2]);
  if (version > LINK_VERSION && prefix === 'v') {
    return { ok: false, problem: 'future-version', version, detail: `link format v${version} is newer than this course` };
  }
  // A pathway link before version 2 had no "v"; a bare number above 1 is a newer pathway.
  if (family === 'pathway' && prefix === '' && version > 1) {
    return { ok: false, problem: 'future-version', version, detail: `link format ${version} is newer than this course` };
  }
  const known = version === LINK_VERSION ? prefix === 'v' : legacyPrefixes[family][version] === prefix;
  if (!known) return { ok: false, problem: 'malformed', version, detail: `link format ${prefix}${version} does not exist` };
  const json = fromBase64Url(m[3] ?? '');
  if (json === undefined || json === '')
    return { ok: false, problem: 'malformed', version, detail: 'the encoded part has characters a link cannot hold, or was cut short' };
  try {
    return { ok: true, version, payload: JSON.parse(json) };
  } catch {
    return { ok: false, problem: 'malformed', version, detail: 'it was cut short' };
  }
}
