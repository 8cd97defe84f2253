/**
 * The recipient's key pair (a survey's leader, a board's facilitator). Senders encrypt to the
 * public key, which travels in the survey's link; only the private key, kept in the recipient's
 * browser, opens what they send. ECDH on P-256: Web Crypto where `crypto.subtle` exists (secure
 * contexts), the audited @noble libraries on plain-http hosts. Both write the same keys.
 *
 *   publicKey   base64url of the uncompressed point (65 bytes: 0x04 ‖ x ‖ y)
 *   privateKey  base64url of the secret scalar followed by the public point (32 + 65 bytes), so
 *               Web Crypto can import it as a JWK (it needs x and y) and noble can use the scalar
 */
import { base64UrlToBytes, bytesToBase64Url, concatBytes } from './bytes';

export interface RecipientKeys {
  publicKey: string;
  privateKey: string;
}

export type CryptoEngine = 'subtle' | 'noble';

/** Web Crypto when the page may use it, else noble (loaded only then). */
export function defaultEngine(): CryptoEngine {
  return globalThis.crypto?.subtle ? 'subtle' : 'noble';
}

export const PUBLIC_KEY_BYTES = 65;
const SECRET_BYTES = 32;

export async function createRecipientKeys(engine: CryptoEngine = defaultEngine()): Promise<RecipientKeys> {
  if (engine === 'subtle') {
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
    const d = base64UrlToBytes(jwk.d ?? '');
    const x = base64UrlToBytes(jwk.x ?? '');
    const y = base64UrlToBytes(jwk.y ?? '');
    if (!d || !x || !y) throw new Error('Web Crypto returned an incomplete key');
    const pub = concatBytes(Uint8Array.of(4), x, y);
    return { publicKey: bytesToBase64Url(pub), privateKey: bytesToBase64Url(concatBytes(d, pub)) };
  }
  const { p256 } = await import('@noble/curves/nist.js');
  const secret = p256.utils.randomSecretKey();
  const pub = p256.getPublicKey(secret, false);
  return { publicKey: bytesToBase64Url(pub), privateKey: bytesToBase64Url(concatBytes(secret, pub)) };
}

/** The public key's point, if the text is one (length and prefix; the curve check is the engine's). */
export function publicKeyBytes(publicKey: string): Uint8Array | undefined {
  const bytes = base64UrlToBytes(publicKey);
  return bytes && bytes.length === PUBLIC_KEY_BYTES && bytes[0] === 4 ? bytes : undefined;
}

/** The private key's scalar and public point, if the text is one. */
export function privateKeyParts(privateKey: string): { secret: Uint8Array; publicKey: Uint8Array } | undefined {
  const bytes = base64UrlToBytes(privateKey);
  if (!bytes || bytes.length !== SECRET_BYTES + PUBLIC_KEY_BYTES || bytes[SECRET_BYTES] !== 4) return undefined;
  return { secret: bytes.slice(0, SECRET_BYTES), publicKey: bytes.slice(SECRET_BYTES) };
}

/** The public key that goes with a private key (to check a restored backup matches its link). */
export function publicKeyOf(privateKey: string): string | undefined {
  const parts = privateKeyParts(privateKey);
  return parts ? bytesToBase64Url(parts.publicKey) : undefined;
}
