import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalJSON, makePortfolio, mergePortfolio, readPortfolio, sha256, sign, type PortfolioData } from '../../src/lib/portfolio';

const data: PortfolioData = {
  answers: {
    'activity/trust/one-step': { v: 'Visit every classroom once a week', at: 1_700_000_000_000 },
    'activity/leadership-work/fires-list': { v: ['Bus duty', '<script>alert(1)</script>'], at: 1_700_000_000_500 },
    'activity/leadership-work/attention-estimate': { v: { fires: 50, maintaining: 30, improvement: 20 }, at: 1_700_000_001_000 },
  },
  progress: { 'activity/trust': { visited: 1_699_000_000_000, done: 1_700_000_000_000 } },
};
const meta = { siteVersion: '0.1.0', learnerName: 'Dana', now: new Date('2026-01-05T10:00:00Z') };

describe('portfolio files', () => {
  it('round-trips: export then import gives back the same data', async () => {
    const file = await makePortfolio(data, meta);
    const result = await readPortfolio(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.file.data).toEqual(data);
  });

  it('rejects a file whose contents were changed after export', async () => {
    const file = await makePortfolio(data, meta);
    const tampered = JSON.parse(JSON.stringify(file));
    tampered.data.answers['activity/trust/one-step'].v = 'changed';
    const result = await readPortfolio(JSON.stringify(tampered));
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.errors[0]).toMatch(/checksum/);
  });

  it('explains a file from a newer version of the course', async () => {
    const file = { ...(await makePortfolio(data, meta)), version: 2 };
    const result = await readPortfolio(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/newer version/);
  });

  it('says what is wrong with non-portfolio files', async () => {
    for (const [text, message] of [
      ['not json', /not valid JSON/],
      ['[]', /holds no course portfolio data/],
      ['{"format":"other"}', /format field/],
      ['{"format":"dl-course-portfolio","version":1}', /does not match/],
    ] as const) {
      const result = await readPortfolio(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]).toMatch(message);
    }
    const big = await readPortfolio('{}', 6 * 1024 * 1024);
    expect(big.ok).toBe(false);
  });

  it('clamps numbers JSON cannot carry, so the round trip is exact', async () => {
    const file = await makePortfolio({ answers: { 'activity/x/y': { v: { a: Number.NaN }, at: 1 } }, progress: {} }, meta);
    expect(file.data.answers['activity/x/y']?.v).toEqual({ a: 0 });
    const again = await readPortfolio(JSON.stringify(file));
    expect(again.ok).toBe(true);
  });

  it('never throws and never accepts random or hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const result = await readPortfolio(text);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects mutated valid files unless the checksum still matches, and never throws', async () => {
    const file = await makePortfolio(data, meta);
    const valid = JSON.stringify(file);
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 3 }), async (at, insert) => {
        const text = valid.slice(0, at) + insert + valid.slice(at + 1);
        const result = await readPortfolio(text);
        if (result.ok) expect(canonicalJSON(result.file.data)).toBe(canonicalJSON(data)); // only whitespace-like changes survive
      }),
      { numRuns: 300 },
    );
  });

  it('keeps hostile strings as plain data', async () => {
    const hostile = { answers: { 'activity/x/y': { v: '<img src=x onerror=alert(1)> javascript:alert(2) __proto__', at: 5 } }, progress: {} };
    const result = await readPortfolio(JSON.stringify(await makePortfolio(hostile, meta)));
    expect(result.ok && result.file.data.answers['activity/x/y']?.v).toBe(hostile.answers['activity/x/y'].v);
  });

  it('refuses a signed file with a "__proto__" answer whole, rather than importing the rest', async () => {
    const file = await makePortfolio(data, meta);
    const text = JSON.stringify(file).replace('"activity/trust/one-step"', '"__proto__"');
    const { checksum: _c, ...body } = JSON.parse(text) as Record<string, unknown>;
    const result = await readPortfolio(JSON.stringify(await sign(body)));
    expect(result.ok).toBe(false);
  });

  it('reads back an exported empty value (a block cleared to {}) despite the defaults parsing adds', async () => {
    const cleared = { answers: { 'activity/x/ratings': { v: {}, at: 5 } }, progress: {} };
    expect((await readPortfolio(JSON.stringify(await makePortfolio(cleared, meta)))).ok).toBe(true);
  });
});

describe('mergePortfolio', () => {
  const a = (v: unknown, at: number) => ({ v, at });
  const current: PortfolioData = { answers: { 'activity/t/a': a('mine', 10), 'activity/t/b': a('same', 10), 'activity/t/c': a('old', 10) }, progress: {} };
  const incoming: PortfolioData = {
    answers: { 'activity/t/a': a('theirs, older', 5), 'activity/t/b': a('same', 20), 'activity/t/c': a('newer', 30), 'activity/t/d': a('new', 1) },
    progress: { 'activity/t': { visited: 3, done: 4 } },
  };

  it('keeps the newest answer per block and lists conflicts', () => {
    const r = mergePortfolio(current, incoming, 'merge');
    expect(r.next.answers['activity/t/a']?.v).toBe('mine');
    expect(r.next.answers['activity/t/c']?.v).toBe('newer');
    expect(r.next.answers['activity/t/d']?.v).toBe('new');
    expect(r.added).toEqual(['activity/t/d']);
    expect(r.updated).toEqual(['activity/t/c']);
    expect(r.conflicts).toEqual([
      { key: 'activity/t/a', kept: 'browser' },
      { key: 'activity/t/c', kept: 'file' },
    ]);
    expect(r.unchanged).toBe(1);
    expect(r.next.progress['activity/t']).toEqual({ visited: 3, done: 4 });
  });

  it('keeps the later reading place of a lesson, from either side, and files with one round-trip', async () => {
    const place = (heading: string, at: number) => ({ heading, at });
    const mine: PortfolioData = {
      answers: {},
      progress: { 'section/s': { visited: 1, place: place('early', 5) }, 'section/u': { visited: 1, place: place('kept', 9) } },
    };
    const file: PortfolioData = { answers: {}, progress: { 'section/s': { visited: 2, place: place('later', 8) }, 'section/u': { visited: 2 } } };
    const r = mergePortfolio(mine, file, 'merge');
    expect(r.next.progress['section/s']).toEqual({ visited: 1, place: place('later', 8) });
    expect(r.next.progress['section/u']).toEqual({ visited: 1, place: place('kept', 9) });
    const read = await readPortfolio(JSON.stringify(await makePortfolio(r.next, meta)));
    expect(read.ok && read.file.data.progress).toEqual(r.next.progress);
  });

  it('replace takes the file as it is', () => {
    const r = mergePortfolio(current, incoming, 'replace');
    expect(r.next).toEqual(incoming);
  });

  it('merging is idempotent', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('activity/t/a', 'activity/t/b', 'activity/u/c'), fc.record({ v: fc.string(), at: fc.nat() })), (answers) => {
        const once = mergePortfolio(current, { answers, progress: {} }, 'merge').next;
        const twice = mergePortfolio(once, { answers, progress: {} }, 'merge').next;
        expect(twice).toEqual(once);
      }),
    );
  });
});

describe('sha256 without crypto.subtle (a plain-http host)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the same checksum from the bundled library as from the browser', async () => {
    const text = canonicalJSON({ answers: { 'activity/x/y': { v: 'Ünïcode ✓ and "quotes"', at: 1 } }, progress: {} });
    const native = await sha256(text);
    vi.stubGlobal('crypto', {});
    expect(globalThis.crypto.subtle).toBeUndefined();
    expect(await sha256(text)).toBe(native);
    expect(await sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('screenImport', () => {
  it('sets aside far-future answers and progress, and answers to unknown blocks, with reasons', async () => {
    const { screenImport } = await import('../../src/lib/portfolio');
    const now = Date.UTC(2026, 10, 2);
    const r = screenImport(
      {
        answers: {
          'activity/a/known': { v: 'ok', at: now - 1000 },
          'activity/a/tomorrow': { v: 'clock ahead', at: now + 3600_000 },
          'activity/a/future': { v: 'x', at: 8_640_000_000_000_000 },
          'activity/a/unknown': { v: 'x', at: now },
        },
        progress: { 'activity/a': { done: now }, 'activity/b': { done: Date.UTC(9999, 0, 1) } },
      },
      { knownBlocks: new Set(['activity/a/known', 'activity/a/tomorrow', 'activity/a/future']), now },
    );
    expect(Object.keys(r.data.answers)).toEqual(['activity/a/known', 'activity/a/tomorrow']);
    expect(Object.keys(r.data.progress)).toEqual(['activity/a']);
    expect(r.setAside.map((e) => [e.key, e.reason])).toEqual([
      ['activity/a/future', 'dated +275760-09-13, after today: a date in the future cannot be true'],
      ['activity/a/unknown', 'the course has no such question'],
      ['activity/b', 'marked on 9999-01-01, after today'],
    ]);
  });

  it('passes the rest of the file through: a staff survey and its key survive the screening', async () => {
    const { screenImport } = await import('../../src/lib/portfolio');
    const surveys = { surveys: {}, responses: {}, meta: {} } as never;
    const r = screenImport({ answers: {}, progress: {}, surveys }, { now: Date.UTC(2026, 10, 2) });
    expect(r.data.surveys).toBe(surveys);
  });
});
