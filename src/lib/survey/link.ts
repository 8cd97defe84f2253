/**
 * The survey's link: `<answer page>#s=z1.<base64url of deflated JSON>`, with `&me=<person>.<token>`
 * added on a personal link. The fragment never reaches a web server. Deflate keeps a
 * 40-person roster inside one QR code. The respondent's page inflates with the browser's own
 * DecompressionStream (no library at load: that page keeps a lesson page's script budget);
 * the leader's pages write links with share.ts.
 */
import { base64UrlToBytes } from '../transport/bytes';
import { definitionFromWire, type DefinitionRead, type SurveyDefinition } from './survey';

/** Longer than any roster the survey allows, compressed. */
const MAX_CODE = 60_000;

export type LinkRead = (DefinitionRead & { ok: false }) | { ok: true; survey: SurveyDefinition; me?: { person: string; token: string } };

/** Raw inflate under a cap; undefined when the data is damaged or inflates past the cap. */
async function inflate(bytes: Uint8Array, cap: number): Promise<Uint8Array | undefined> {
  try {
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const reader = new Blob([copy]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Read the survey (and a personal link's person) from a page address's fragment. Never throws. */
export async function readSurveyHash(hash: string): Promise<LinkRead | null> {
  const params = new Map(
    hash
      .replace(/^#/, '')
      .split('&')
      .map((part) => {
        const at = part.indexOf('=');
        return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
      }),
  );
  const code = params.get('s');
  if (code === undefined) return null;
  const damaged: LinkRead = { ok: false, message: 'This survey link is damaged or was cut short. Ask for the link again.' };
  if (code.length > MAX_CODE) return damaged;
  const m = /^z(\d+)\.([A-Za-z0-9_-]+)$/.exec(code);
  if (!m) return damaged;
  if (Number(m[1]) > 1) return { ok: false, message: 'This survey was made with a newer version of the course. Reload this page while online to update it.' };
  const bytes = base64UrlToBytes(m[2]!);
  if (!bytes) return damaged;
  const json = await inflate(bytes, MAX_CODE * 20);
  if (!json) return damaged;
  let wire: unknown;
  try {
    wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return damaged;
  }
  const read = definitionFromWire(wire);
  if (!read.ok) return read;
  const me = /^([A-Za-z0-9_-]{1,40})\.([A-Za-z0-9_-]{8,64})$/.exec(params.get('me') ?? '');
  if (me && read.survey.people.some((p) => p.id === me[1])) return { ok: true, survey: read.survey, me: { person: me[1]!, token: me[2]! } };
  return { ok: true, survey: read.survey };
}
