import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url } from '../../src/lib/transport/bytes';
import { answerFile, assembleParts, envelopeLink, findEnvelopes, qrParts, readAnswerFile } from '../../src/lib/transport/carriers';
import { MAX_PAYLOAD_BYTES, open, seal, sealBytes } from '../../src/lib/transport/envelope';
import { createRecipientKeys, publicKeyOf, type CryptoEngine } from '../../src/lib/transport/keys';

const channel = { kind: 'survey', channel: 'sv-lincoln' } as const;
const answer = { respondent: 'p3', ties: [{ to: 'p1', q: 'math', f: 4 }], note: '<script>alert(1)</script>' };

async function pair(engine: CryptoEngine = 'subtle') {
  const keys = await createRecipientKeys(engine);
  return { keys, to: { ...channel, publicKey: keys.publicKey }, as: { ...channel, privateKey: keys.privateKey } };
}

/** Flip one bit in the envelope's bytes at `at` (counted from the end when negative). */
function flip(envelope: string, at: number): string {
  const bytes = base64UrlToBytes(envelope.slice(4))!;
  const i = at < 0 ? bytes.length + at : at;
  bytes[i] = bytes[i]! ^ 1;
  return `dl1.${bytesToBase64Url(bytes)}`;
}

describe('envelope', () => {
  it('round-trips a payload with its seal time', async () => {
    const { to, as } = await pair();
    const sealed = await seal(answer, to, { now: 1_700_000_000_000 });
    expect(sealed.startsWith('dl1.')).toBe(true);
    expect(sealed).toMatch(/^dl1\.[A-Za-z0-9_-]+$/);
    expect(await open(sealed, as)).toEqual({ ok: true, payload: answer, sealedAt: 1_700_000_000_000 });
  });

  it('opens with noble what Web Crypto sealed, and with Web Crypto what noble sealed', async () => {
    for (const [keyEngine, sealEngine, openEngine] of [
      ['subtle', 'subtle', 'noble'],
      ['subtle', 'noble', 'subtle'],
      ['noble', 'noble', 'subtle'],
      ['noble', 'subtle', 'noble'],
      ['noble', 'noble', 'noble'],
    ] as const) {
      const { to, as } = await pair(keyEngine);
      const sealed = await seal(answer, to, { engine: sealEngine });
      const opened = await open(sealed, as, { engine: openEngine });
      expect(opened, `${keyEngine} keys, sealed by ${sealEngine}, opened by ${openEngine}`).toMatchObject({ ok: true, payload: answer });
    }
  });

  it('gives each message its own sender key: the same answer seals differently twice', async () => {
    const { to } = await pair();
    expect(await seal(answer, to)).not.toBe(await seal(answer, to));
  });

  it('refuses altered ciphertext, header or sender key as altered', async () => {
    const { to, as } = await pair();
    const sealed = await seal(answer, to);
    for (const at of [-1, -20, 9, 9 + 64, 9 + 65 + 3]) {
      expect(await open(flip(sealed, at), as), `byte ${at}`).toMatchObject({ ok: false, reason: 'altered' });
    }
  });

  it('refuses an answer for another survey, or for the same survey id under other keys, as other-channel', async () => {
    const { to } = await pair();
    const sealed = await seal(answer, to);
    const other = await createRecipientKeys();
    expect(await open(sealed, { ...channel, privateKey: other.privateKey })).toMatchObject({ ok: false, reason: 'other-channel' });
    const { as } = await pair();
    expect(await open(sealed, { ...as, channel: 'sv-other' })).toMatchObject({ ok: false, reason: 'other-channel' });
    expect(await open(sealed, { ...as, kind: 'board' })).toMatchObject({ ok: false, reason: 'other-channel' });
  });

  it('names a newer format as newer-version', async () => {
    const { to, as } = await pair();
    const sealed = await seal(answer, to);
    const opened = await open(`dl2.${sealed.slice(4)}`, as);
    expect(opened).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(opened.ok === false && opened.message).toMatch(/newer version/);
  });

  it('names an envelope cut short as incomplete', async () => {
    const { to, as } = await pair();
    const sealed = await seal(answer, to);
    for (const cut of [10, 40, 120, sealed.length - 1, sealed.length - 7]) {
      expect(await open(sealed.slice(0, cut), as), `cut at ${cut}`).toMatchObject({ ok: false, reason: 'incomplete' });
    }
  });

  it('refuses a 5 MB link unread as too-large', async () => {
    const { as } = await pair();
    const huge = `https://example.org/survey/collect/#r=dl1.${'A'.repeat(5 * 1024 * 1024)}`;
    expect(await open(findEnvelopes(huge)[0]!, as)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses a deflate bomb as too-large without inflating it whole', async () => {
    const { to, as } = await pair();
    const bomb = deflateSync(new Uint8Array(50 * 1024 * 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_PAYLOAD_BYTES);
    const sealed = await sealBytes(bomb, to);
    expect(await open(sealed, as)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses garbage as unreadable and never throws', async () => {
    const { to, as } = await pair();
    for (const text of ['', 'hello', 'dl1.', 'dl1.!!!!', 'dl0.AAAA', 'dl1.' + 'A'.repeat(200), '{"p":1}']) {
      const opened = await open(text, as);
      expect(opened.ok, text).toBe(false);
    }
    expect(await open('hello', as)).toMatchObject({ ok: false, reason: 'unreadable' });
    // Authentic bytes that are not deflated JSON.
    expect(await open(await sealBytes(new TextEncoder().encode('not deflate'), to), as)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await open(await sealBytes(deflateSync(new TextEncoder().encode('[1,2]')), to), as)).toMatchObject({ ok: false, reason: 'unreadable' });
    // A damaged private key.
    expect(await open(await seal(answer, to), { ...as, privateKey: 'abc' })).toMatchObject({ ok: false, reason: 'unreadable' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (s) => {
        const opened = await open(`dl1.${s}`, as);
        expect(opened.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the public key derivable from the private key', async () => {
    for (const engine of ['subtle', 'noble'] as const) {
      const keys = await createRecipientKeys(engine);
      expect(publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
    }
  });
});

describe('carriers', () => {
  it('puts the envelope in the fragment of the collect page', () => {
    expect(envelopeLink('dl1.abc', 'https://x.org/c/survey/collect/#old')).toBe('https://x.org/c/survey/collect/#r=dl1.abc');
  });

  it('finds every envelope in pasted text, once each', async () => {
    const { to } = await pair();
    const a = await seal({ n: 1 }, to);
    const b = await seal({ n: 2 }, to);
    const text = `Here is mine:\n${envelopeLink(a, 'https://x.org/survey/collect/')}\n\n> ${b}, and again ${a}. Also dl2.AAAA`;
    expect(findEnvelopes(text)).toEqual([a, b, 'dl2.AAAA']);
    expect(findEnvelopes('nothing here, not even model1.x')).toEqual([]);
  });

  it('splits a long envelope into numbered codes and assembles them in any order', async () => {
    const { to, as } = await pair();
    const big = await seal({ words: Array.from({ length: 300 }, (_, i) => `w${i * 7919}`) }, to);
    const parts = qrParts(big, 300);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(300);
    expect(parts[0]).toMatch(new RegExp(`^DLQ1/1/${parts.length}/[a-z0-9]+/`));
    const shuffled = [...parts].reverse();
    const [whole] = assembleParts([...shuffled, parts[1]!]);
    expect(whole?.missing).toEqual([]);
    expect(whole?.envelope).toBe(big);
    expect(await open(whole!.envelope!, as)).toMatchObject({ ok: true });
  });

  it('says which parts of a truncated sequence are missing, and a forced join is incomplete', async () => {
    const { to, as } = await pair();
    const big = await seal({ words: Array.from({ length: 300 }, (_, i) => `w${i * 7919}`) }, to);
    const parts = qrParts(big, 300);
    const [partial] = assembleParts(parts.slice(0, -1));
    expect(partial?.envelope).toBeUndefined();
    expect(partial?.missing).toEqual([parts.length]);
    const joined = parts
      .slice(0, -1)
      .map((p) => p.split('/').slice(4).join('/'))
      .join('');
    expect(await open(joined, as)).toMatchObject({ ok: false, reason: 'incomplete' });
  });

  it('fits a short answer in one code', async () => {
    const { to } = await pair();
    expect(qrParts(await seal(answer, to))).toHaveLength(1);
  });

  it('reads answer files, and envelopes in other text files, and refuses the rest', async () => {
    const { to } = await pair();
    const e = await seal(answer, to);
    expect(readAnswerFile(answerFile(e))).toEqual({ ok: true, envelopes: [e] });
    expect(readAnswerFile(`links:\n${e}\n`)).toEqual({ ok: true, envelopes: [e] });
    expect(readAnswerFile(JSON.stringify({ format: 'dl-answer', version: 2, envelope: e }))).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(readAnswerFile(JSON.stringify({ format: 'dl-answer', version: 1 }))).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(readAnswerFile('\u0000\u0001binary')).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('a staff answer and the QR code', () => {
  // #29: a 40-tie answer (the most a respondent makes with 4 questions of 10 colleagues) from a
  // personal link, as the answer page seals it, fits one code; ids and tokens as setup.ts makes them.
  it('a 40-tie answer from a personal link is one QR code', async () => {
    const keys = await createRecipientKeys();
    const id = (n: number) => `p${n.toString(36).padStart(6, 'x')}`;
    const a: Record<string, [string, number][]> = {};
    for (const q of ['maths', 'discipline', 'technology', 'extra']) a[q] = Array.from({ length: 10 }, (_, i) => [id(i * 7 + q.length), (i % 4) + 1]);
    const payload = { v: 1, s: 'sv-9k2m4q8t', who: id(999), tok: 'aB3dE5fG7hJ9kL2m', a };
    const envelope = await seal(payload, { kind: 'survey', channel: 'sv-9k2m4q8t', publicKey: keys.publicKey });
    expect(Object.values(a).flat()).toHaveLength(40);
    expect(qrParts(envelope)).toHaveLength(1);
  });
});
