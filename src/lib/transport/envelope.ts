/**
 * The envelope: one answer (a survey response, a board card) sealed to its recipient's public
 * key, as text that fits a link, a QR code or a file. Nothing travels through a server, so the
 * envelope itself must keep the answer private and show any change made on the way:
 *
 *   `dl1.` base64url( hint(6) ‖ length(3) ‖ ephemeral public key(65) ‖ nonce(12) ‖ ciphertext+tag )
 *
 * - ECDH P-256 between a fresh sender key and the recipient's key, HKDF-SHA-256 (salt: the
 *   ephemeral key), AES-256-GCM. The channel's kind and id, the format version and the header
 *   are the associated data: an envelope moved to another survey does not open.
 * - `hint` is the first bytes of SHA-256(kind, channel, recipient key), in clear, so an answer
 *   meant for another survey is named as such rather than as altered.
 * - `length` is the ciphertext's length: a link cut short says "incomplete", not "garbage".
 * - Inside: deflate(JSON `{ t: sealedAt, p: payload }`), inflated under a size cap.
 *
 * Web Crypto where it exists; the @noble libraries (same algorithms, loaded only then) on
 * plain-http hosts. `open` never throws.
 */
import { deflateSync, Inflate } from 'fflate';
import { base64UrlToBytes, bytesToBase64Url, concatBytes, plain } from './bytes';
import { defaultEngine, privateKeyParts, publicKeyBytes, PUBLIC_KEY_BYTES, type CryptoEngine } from './keys';

export type ChannelKind = 'survey' | 'board';
export const ENVELOPE_VERSION = 1;
export const ENVELOPE_PREFIX = `dl${ENVELOPE_VERSION}.`;

/** Far above any real answer (a 40-tie survey answer is under 1,000 characters), far below harm. */
export const MAX_ENVELOPE_CHARS = 200_000;
/** The inflated JSON may not exceed this: a deflate bomb stops here. */
export const MAX_PAYLOAD_BYTES = 1_000_000;

export type Refusal = 'unreadable' | 'altered' | 'other-channel' | 'newer-version' | 'too-large' | 'incomplete';
export type Opened = { ok: true; payload: unknown; sealedAt: number } | { ok: false; reason: Refusal; message: string };

/** What each refusal means, in words a principal can act on. */
export const refusalMessages: Record<Refusal, string> = {
  unreadable: 'This is not an answer the course can read. It may have been mixed with other text or typed by hand.',
  altered: 'This answer was changed after it was sent, so it cannot be trusted. Ask the sender to send it again.',
  'other-channel': 'This answer was sent to a different survey or board, not this one.',
  'newer-version': 'This answer was made by a newer version of the course. Reload the course while online to update it, then try again.',
  'too-large': 'This is far larger than any answer the course makes, so it was not opened.',
  incomplete: 'Part of this answer is missing: the link or code was cut short. Ask the sender to send it again, whole.',
};

const HINT_BYTES = 6;
const LENGTH_BYTES = 3;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = HINT_BYTES + LENGTH_BYTES + PUBLIC_KEY_BYTES + NONCE_BYTES;
const INFO = new TextEncoder().encode('dl-transport-1');

interface Channel {
  kind: ChannelKind;
  channel: string;
}

const refuse = (reason: Refusal): Opened => ({ ok: false, reason, message: refusalMessages[reason] });

async function sha256(data: Uint8Array, engine: CryptoEngine): Promise<Uint8Array> {
  if (engine === 'subtle') return new Uint8Array(await crypto.subtle.digest('SHA-256', plain(data)));
  return (await import('@noble/hashes/sha2.js')).sha256(data);
}

async function channelHint(to: Channel, publicKey: Uint8Array, engine: CryptoEngine): Promise<Uint8Array> {
  const label = new TextEncoder().encode(`${to.kind}\n${to.channel}\n`);
  return (await sha256(concatBytes(label, publicKey), engine)).slice(0, HINT_BYTES);
}

function associatedData(to: Channel, header: Uint8Array): Uint8Array {
  return concatBytes(new TextEncoder().encode(`dl${ENVELOPE_VERSION}\n${to.kind}\n${to.channel}\n`), header);
}

/** HKDF-SHA-256 → 32-byte AES key. */
async function deriveKey(shared: Uint8Array, salt: Uint8Array, engine: CryptoEngine): Promise<Uint8Array> {
  if (engine === 'subtle') {
    const ikm = await crypto.subtle.importKey('raw', plain(shared), 'HKDF', false, ['deriveBits']);
    return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: plain(salt), info: plain(INFO) }, ikm, 256));
  }
  const [{ hkdf }, { sha256: hash }] = await Promise.all([import('@noble/hashes/hkdf.js'), import('@noble/hashes/sha2.js')]);
  return hkdf(hash, shared, salt, INFO, 32);
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A fresh sender key and its shared secret (the x coordinate) with the recipient. */
async function senderAgreement(recipient: Uint8Array, engine: CryptoEngine): Promise<{ ephemeral: Uint8Array; shared: Uint8Array }> {
  if (engine === 'subtle') {
    const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
    const theirs = await crypto.subtle.importKey('raw', plain(recipient), ECDH, false, []);
    const shared = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs }, pair.privateKey, 256));
    return { ephemeral: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)), shared };
  }
  const { p256 } = await import('@noble/curves/nist.js');
  const secret = p256.utils.randomSecretKey();
  return { ephemeral: p256.getPublicKey(secret, false), shared: p256.getSharedSecret(secret, recipient, true).slice(1) };
}

async function recipientAgreement(secret: Uint8Array, own: Uint8Array, ephemeral: Uint8Array, engine: CryptoEngine): Promise<Uint8Array> {
  if (engine === 'subtle') {
    const jwk: JsonWebKey = {
      kty: 'EC',
      crv: 'P-256',
      d: bytesToBase64Url(secret),
      x: bytesToBase64Url(own.slice(1, 33)),
      y: bytesToBase64Url(own.slice(33, 65)),
    };
    const mine = await crypto.subtle.importKey('jwk', jwk, ECDH, false, ['deriveBits']);
    const theirs = await crypto.subtle.importKey('raw', plain(ephemeral), ECDH, false, []);
    return new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: theirs }, mine, 256));
  }
  const { p256 } = await import('@noble/curves/nist.js');
  return p256.getSharedSecret(secret, ephemeral, true).slice(1);
}

async function aesGcm(
  direction: 'encrypt' | 'decrypt',
  key: Uint8Array,
  nonce: Uint8Array,
  aad: Uint8Array,
  data: Uint8Array,
  engine: CryptoEngine,
): Promise<Uint8Array> {
  if (engine === 'subtle') {
    const k = await crypto.subtle.importKey('raw', plain(key), 'AES-GCM', false, [direction]);
    const params = { name: 'AES-GCM', iv: plain(nonce), additionalData: plain(aad) };
    return new Uint8Array(await crypto.subtle[direction](params, k, plain(data)));
  }
  const { gcm } = await import('@noble/ciphers/aes.js');
  return gcm(key, nonce, aad)[direction](data);
}

/** Seal already-compressed bytes (seal's second half; tests use it to build hostile envelopes). */
export async function sealBytes(compressed: Uint8Array, to: Channel & { publicKey: string }, engine: CryptoEngine = defaultEngine()): Promise<string> {
  const recipient = publicKeyBytes(to.publicKey);
  if (!recipient) throw new Error('The public key is not a P-256 key from this course.');
  const { ephemeral, shared } = await senderAgreement(recipient, engine);
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const length = compressed.length + TAG_BYTES;
  const lengthBytes = Uint8Array.of((length >> 16) & 255, (length >> 8) & 255, length & 255);
  const head = concatBytes(await channelHint(to, recipient, engine), lengthBytes, ephemeral);
  const key = await deriveKey(shared, ephemeral, engine);
  const sealed = await aesGcm('encrypt', key, nonce, associatedData(to, head), compressed, engine);
  return ENVELOPE_PREFIX + bytesToBase64Url(concatBytes(head, nonce, sealed));
}

/** Seal a JSON payload to a recipient. Throws only on a payload or key the caller should never pass. */
export async function seal(
  payload: unknown,
  to: { kind: ChannelKind; channel: string; publicKey: string },
  options: { engine?: CryptoEngine; now?: number } = {},
): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ t: options.now ?? Date.now(), p: payload }));
  if (json.length > MAX_PAYLOAD_BYTES) throw new Error('The answer is too large to send.');
  return sealBytes(deflateSync(json, { level: 9 }), to, options.engine ?? defaultEngine());
}

/** Inflate under a cap: the input goes in small slices so no single step can balloon. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array | 'too-large' | 'unreadable' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    const SLICE = 512;
    for (let i = 0; i < data.length && !over; i += SLICE) inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
  } catch {
    return over ? 'too-large' : 'unreadable';
  }
  if (over) return 'too-large';
  if (!done) return 'unreadable';
  return concatBytes(...chunks);
}

/** Open an envelope addressed to this channel. Never throws: a refusal carries its reason. */
export async function open(
  text: string,
  as: { kind: ChannelKind; channel: string; privateKey: string },
  options: { engine?: CryptoEngine } = {},
): Promise<Opened> {
  try {
    return await openUnsafe(text, as, options.engine ?? defaultEngine());
  } catch {
    return refuse('unreadable');
  }
}

async function openUnsafe(text: unknown, as: Channel & { privateKey: string }, engine: CryptoEngine): Promise<Opened> {
  if (typeof text !== 'string') return refuse('unreadable');
  if (text.length > MAX_ENVELOPE_CHARS) return refuse('too-large');
  const m = /^dl(\d{1,6})\.([A-Za-z0-9_-]*)$/.exec(text.trim());
  if (!m) return refuse('unreadable');
  const version = Number(m[1]);
  if (version > ENVELOPE_VERSION) return refuse('newer-version');
  if (version !== ENVELOPE_VERSION) return refuse('unreadable');
  let body = m[2] ?? '';
  // A link cut at an odd place leaves a base64 tail that cannot be whole: drop it, then measure.
  if (body.length % 4 === 1) body = body.slice(0, -1);
  const bytes = base64UrlToBytes(body);
  if (!bytes) return refuse('unreadable');
  if (bytes.length < HINT_BYTES + LENGTH_BYTES) return refuse('incomplete');
  const declared = (bytes[HINT_BYTES]! << 16) | (bytes[HINT_BYTES + 1]! << 8) | bytes[HINT_BYTES + 2]!;
  const actual = bytes.length - HEADER_BYTES;
  if (actual < declared) return refuse('incomplete');
  if (actual > declared || declared < TAG_BYTES) return refuse('unreadable');

  const own = privateKeyParts(as.privateKey);
  if (!own) return { ok: false, reason: 'unreadable', message: 'The key kept for this survey or board is damaged, so no answer can be opened.' };
  const hint = await channelHint(as, own.publicKey, engine);
  if (hint.some((b, i) => b !== bytes[i])) return refuse('other-channel');

  const head = bytes.subarray(0, HINT_BYTES + LENGTH_BYTES + PUBLIC_KEY_BYTES);
  const ephemeral = head.subarray(HINT_BYTES + LENGTH_BYTES);
  const nonce = bytes.subarray(head.length, HEADER_BYTES);
  let compressed: Uint8Array;
  try {
    const shared = await recipientAgreement(own.secret, own.publicKey, ephemeral, engine);
    const key = await deriveKey(shared, ephemeral, engine);
    compressed = await aesGcm('decrypt', key, nonce, associatedData(as, head), bytes.subarray(HEADER_BYTES), engine);
  } catch {
    // A wrong tag, or a sender key that is not on the curve: either way, changed on the way.
    return refuse('altered');
  }
  const json = inflateCapped(compressed, MAX_PAYLOAD_BYTES);
  if (json === 'too-large' || json === 'unreadable') return refuse(json);
  let inner: unknown;
  try {
    inner = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return refuse('unreadable');
  }
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return refuse('unreadable');
  const { t, p } = inner as { t?: unknown; p?: unknown };
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0 || p === undefined) return refuse('unreadable');
  return { ok: true, payload: p, sealedAt: t };
}
