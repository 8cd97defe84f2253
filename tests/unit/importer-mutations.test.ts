/**
 * Property tests of the importers (portfolio and hand-in files) and link decoders (pathway and
 * session-plan links) with input that gets past the first checks: a valid file or link is
 * generated, then exactly one field is changed. Every such change must be refused with a
 * reason, and nothing may change: the learner's data stays as it was, the valid original
 * still reads the same, and no object prototype picks up a property.
 *
 * A mutation "re-signed" gets a fresh checksum, so the schema, not the checksum, must catch it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeHandIn, readHandIn } from '../../src/lib/handin';
import { decodePathway, encodePathway, type Pathway } from '../../src/lib/pathway';
import { makePortfolio, mergePortfolio, readPortfolio, sign, type PortfolioData } from '../../src/lib/portfolio';
import { decodePlan, encodePlan, MAX_ITEMS, type SessionPlan } from '../../src/lib/session-plan';

const RUNS = 150;
type Json = Record<string, unknown>;

// ---- Valid content -----------------------------------------------------------------------

const stableId = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const lessonKey = fc.tuple(fc.constantFrom('section', 'activity', 'reading', 'scenario'), stableId).map(([k, id]) => `${k}/${id}`);
const answerKey = fc.tuple(lessonKey, stableId).map(([l, b]) => `${l}/${b}`);
/** Values as blocks store them: text, a list, ratings (id to 0-100), a sort (id to category id). */
const answerValue = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.string({ maxLength: 30 }), { maxLength: 4 }),
  fc.dictionary(stableId, fc.integer({ min: 0, max: 100 }), { maxKeys: 3 }),
  fc.dictionary(stableId, stableId, { maxKeys: 3 }),
);
const stamp = fc.integer({ min: 0, max: 2_000_000_000_000 });
const portfolioData: fc.Arbitrary<PortfolioData> = fc.record({
  answers: fc.dictionary(answerKey, fc.record({ v: answerValue, at: stamp }), { minKeys: 1, maxKeys: 6 }),
  progress: fc.dictionary(lessonKey, fc.record({ visited: stamp, done: stamp }, { requiredKeys: [] }), { maxKeys: 3 }),
});
const meta = { siteVersion: '0.1.0', learnerName: 'Dana', now: new Date('2026-01-05T10:00:00Z') };

/** What the browser holds before an import: any valid data. */
const currentState: PortfolioData = {
  answers: { 'activity/trust/one-step': { v: 'Visit every classroom once a week', at: 1_700_000_000_000 } },
  progress: { 'activity/trust': { visited: 1_699_000_000_000 } },
};

/** The import as the workbook does it: read the file, and merge only what was accepted. */
async function importInto(current: PortfolioData, text: string) {
  const read = await readPortfolio(text);
  return { read, next: read.ok ? mergePortfolio(current, read.file.data, 'merge').next : current };
}

/** After an import that merged a "__proto__" key, Object.prototype would carry the answer. */
const prototypeClean = () => {
  for (const proto of [Object.prototype, Array.prototype]) expect(Object.getOwnPropertyNames(proto)).not.toContain('polluted');
  expect(({} as Json)['polluted']).toBeUndefined();
};

// ---- One-field mutations ------------------------------------------------------------------

type Mutation = { name: string; resign: boolean; apply: (file: Json) => void };
const firstKey = (o: unknown) => Object.keys(o as Json)[0]!;
const answers = (f: Json) => (f['data'] as Json)['answers'] as Json;
const firstAnswer = (f: Json) => answers(f)[firstKey(answers(f))] as Json;
const renameFirstAnswer = (f: Json, to: string) => {
  const a = answers(f);
  const k = firstKey(a);
  // Define the key as an own property, as JSON.parse would, even for "__proto__".
  Object.defineProperty(a, to, { value: a[k], enumerable: true, configurable: true, writable: true });
  if (k !== to) delete a[k];
};

/** Changes to a signed file's content without a new checksum: refused by the checksum. */
const tampering: Mutation[] = [
  { name: 'an answer rewritten', resign: false, apply: (f) => void (firstAnswer(f)['v'] = 'rewritten by someone else') },
  { name: 'an answer re-dated', resign: false, apply: (f) => void (firstAnswer(f)['at'] = (firstAnswer(f)['at'] as number) + 1) },
  { name: 'an answer removed', resign: false, apply: (f) => void delete answers(f)[firstKey(answers(f))] },
  { name: 'an answer added', resign: false, apply: (f) => void (answers(f)['activity/added/x'] = { v: 'slipped in', at: 1 }) },
  { name: 'the export date changed', resign: false, apply: (f) => void (f['exportedAt'] = '2020-01-01T00:00:00.000Z') },
  { name: 'the checksum changed', resign: false, apply: (f) => void (f['checksum'] = (f['checksum'] as string).replace(/^./, (c) => (c === '0' ? '1' : '0'))) },
  { name: 'the checksum in capitals', resign: false, apply: (f) => void (f['checksum'] = (f['checksum'] as string).toUpperCase().replace(/^[0-9]/, 'A')) },
];

/** Changes that break the format, re-signed: refused by the schema or the version check. */
const malformed: Mutation[] = [
  { name: 'another format', resign: true, apply: (f) => void (f['format'] = 'dl-course-notes') },
  { name: 'a newer version', resign: true, apply: (f) => void (f['version'] = 2) },
  { name: 'version 0', resign: true, apply: (f) => void (f['version'] = 0) },
  { name: 'a version as text', resign: true, apply: (f) => void (f['version'] = '1') },
  { name: 'an unknown top-level field', resign: true, apply: (f) => void (f['extra'] = true) },
  { name: 'a "__proto__" answer key', resign: true, apply: (f) => renameFirstAnswer(f, '__proto__') },
  { name: 'a "constructor" answer key', resign: true, apply: (f) => renameFirstAnswer(f, 'constructor') },
  { name: 'an answer key with a space', resign: true, apply: (f) => renameFirstAnswer(f, 'activity/trust/one step') },
  { name: 'a negative answer time', resign: true, apply: (f) => void (firstAnswer(f)['at'] = -1) },
  { name: 'a fractional answer time', resign: true, apply: (f) => void (firstAnswer(f)['at'] = 1.5) },
  { name: 'an extra field in an answer', resign: true, apply: (f) => void (firstAnswer(f)['polluted'] = 1) },
  {
    name: 'a progress entry with an unknown field',
    resign: true,
    apply: (f) => void (((f['data'] as Json)['progress'] as Json)['activity/trust'] = { seen: 1 }),
  },
  { name: 'an extra field in the data', resign: true, apply: (f) => void ((f['data'] as Json)['settings'] = {}) },
  { name: 'a learner name of 201 characters', resign: true, apply: (f) => void (f['learner'] = { name: 'x'.repeat(201) }) },
];

async function mutated(valid: Json, m: Mutation): Promise<string> {
  const f = structuredClone(valid);
  m.apply(f);
  if (!m.resign) return JSON.stringify(f);
  const { checksum: _old, ...body } = f;
  return JSON.stringify(await sign(body));
}

describe('portfolio import, one field changed', () => {
  it("accepts the generated files as they are (so a refusal below is the mutation's doing)", async () => {
    await fc.assert(
      fc.asyncProperty(portfolioData, async (data) => {
        const file = (await makePortfolio(data, meta)) as unknown as Json;
        expect((await readPortfolio(JSON.stringify(file))).ok).toBe(true);
        const { checksum: _c, ...body } = file;
        expect((await readPortfolio(JSON.stringify(await sign(body)))).ok).toBe(true); // re-signing alone changes nothing
      }),
      { numRuns: 50 },
    );
  });

  it.each([...tampering, ...malformed])('refuses $name, and nothing changes', async (m) => {
    await fc.assert(
      fc.asyncProperty(portfolioData, async (data) => {
        const valid = (await makePortfolio(data, meta)) as unknown as Json;
        const before = structuredClone(currentState);
        const { read, next } = await importInto(currentState, await mutated(valid, m));
        expect(read.ok).toBe(false);
        if (!read.ok) expect(read.errors[0]).toMatch(/\w{3,}/);
        expect(next).toEqual(before);
        expect(currentState).toEqual(before);
        prototypeClean();
        const again = await readPortfolio(JSON.stringify(valid));
        expect(again.ok && Object.keys(again.file.data.answers)).toEqual(Object.keys(answers(valid)));
      }),
      { numRuns: RUNS / 5 },
    );
  });
});

describe('hand-in files, one field changed', () => {
  const pathway: Pathway = { title: 'Cohort 7', items: [{ key: 'activity/trust' }] };
  const handInMutations: Mutation[] = [
    ...tampering.filter((m) => m.name !== 'the export date changed'),
    { name: 'the learner name changed', resign: false, apply: (f) => void (f['learner'] = { name: 'Someone else' }) },
    { name: 'an empty learner name', resign: true, apply: (f) => void (f['learner'] = { name: '' }) },
    { name: 'no learner', resign: true, apply: (f) => void delete f['learner'] },
    { name: '61 pathway items', resign: true, apply: (f) => void ((f['pathway'] as Json)['items'] = Array.from({ length: 61 }, (_, i) => `activity/a${i}`)) },
    { name: 'a pathway code of 8001 characters', resign: true, apply: (f) => void ((f['pathway'] as Json)['code'] = 'x'.repeat(8001)) },
    { name: 'a portfolio format', resign: true, apply: (f) => void (f['format'] = 'dl-course-portfolio') },
    ...malformed.filter((m) => m.name.includes('answer') || m.name.includes('version')),
  ];

  it.each(handInMutations)('refuses $name', async (m) => {
    await fc.assert(
      fc.asyncProperty(portfolioData, fc.string({ minLength: 1, maxLength: 60 }), async (data, learnerName) => {
        const valid = (await makeHandIn(data, { pathwayCode: encodePathway(pathway), pathway, learnerName, siteVersion: '0.1.0' })) as unknown as Json;
        expect((await readHandIn(JSON.stringify(valid))).ok).toBe(true);
        const read = await readHandIn(await mutated(valid, m));
        expect(read.ok).toBe(false);
      }),
      { numRuns: RUNS / 5 },
    );
  });
});

// ---- Links --------------------------------------------------------------------------------

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const unb64url = (text: string) => Buffer.from(text, 'base64url').toString('utf8');

const pathwayArb: fc.Arbitrary<Pathway> = fc.record(
  {
    title: fc.string({ minLength: 1, maxLength: 120 }),
    message: fc.string({ minLength: 1, maxLength: 300 }),
    items: fc.array(
      fc.record(
        {
          key: lessonKey,
          due: fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        },
        { requiredKeys: ['key'] },
      ),
      { minLength: 1, maxLength: 10 },
    ),
  },
  { requiredKeys: ['title', 'items'] },
);

type WireMutation = [name: string, apply: (wire: Json) => void];
const pathwayMutations: WireMutation[] = [
  ['an empty title', (w) => void (w['t'] = '')],
  ['a title of 121 characters', (w) => void (w['t'] = 'x'.repeat(121))],
  ['a title that is a number', (w) => void (w['t'] = 7)],
  ['a message of 1001 characters', (w) => void (w['m'] = 'x'.repeat(1001))],
  ['no items', (w) => void (w['i'] = [])],
  ['61 items', (w) => void (w['i'] = Array.from({ length: 61 }, (_, i) => `s:s${i}`))],
  ['an unknown kind letter', (w) => void ((w['i'] as unknown[])[0] = 'z:overview')],
  ['a lesson id with capitals', (w) => void ((w['i'] as unknown[])[0] = 's:Overview')],
  ['a due date in another form', (w) => void ((w['i'] as unknown[])[0] = ['s:overview', '1/3/2027'])],
  ['items that are not a list', (w) => void (w['i'] = { 0: 's:overview' })],
];

describe('pathway links, one field changed', () => {
  it('decodes the generated links as they are', () => {
    fc.assert(
      fc.property(pathwayArb, (p) => {
        const r = decodePathway(encodePathway(p));
        expect(r.ok && r.pathway).toEqual(p);
      }),
    );
  });

  it.each(pathwayMutations)('refuses %s, and the original still decodes', (_name, apply) => {
    fc.assert(
      fc.property(pathwayArb, (p) => {
        const code = encodePathway(p);
        const [version, body] = code.split('.') as [string, string];
        const wire = JSON.parse(unb64url(body)) as Json;
        apply(wire);
        const r = decodePathway(`${version}.${b64url(JSON.stringify(wire))}`);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/pathway/);
        const again = decodePathway(code);
        expect(again.ok && again.pathway).toEqual(p);
      }),
      { numRuns: RUNS / 3 },
    );
  });

  it('refuses a newer or unknown version with its own message', () => {
    fc.assert(
      fc.property(pathwayArb, fc.integer({ min: 2, max: 9999 }), (p, v) => {
        const body = encodePathway(p).split('.')[1];
        const r = decodePathway(`${v}.${body}`);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatch(/newer version/);
        expect(decodePathway(`0.${body}`).ok).toBe(false);
      }),
    );
  });
});

const planArb: fc.Arbitrary<SessionPlan> = fc.record({
  title: fc.string({ maxLength: 120 }),
  length: fc.integer({ min: 5, max: 600 }),
  start: fc.constantFrom('', '00:00', '08:45', '23:59'),
  items: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constantFrom('section' as const, 'activity' as const, 'reading' as const, 'scenario' as const),
        id: stableId,
        minutes: fc.integer({ min: 1, max: 240 }),
      }),
      fc.record({ kind: fc.constant('break' as const), title: fc.string({ maxLength: 80 }), minutes: fc.integer({ min: 1, max: 240 }) }),
    ),
    { minLength: 1, maxLength: 8 },
  ),
});

const planMutations: WireMutation[] = [
  ['a session of 4 minutes', (w) => void (w['l'] = 4)],
  ['a session of 601 minutes', (w) => void (w['l'] = 601)],
  ['a fractional length', (w) => void (w['l'] = 90.5)],
  ['a start at 24:00', (w) => void (w['s'] = '24:00')],
  ['a start without leading zero', (w) => void (w['s'] = '8:45')],
  ['a title of 121 characters', (w) => void (w['t'] = 'x'.repeat(121))],
  ['an item of 0 minutes', (w) => void (((w['i'] as unknown[][])[0] as unknown[])[2] = 0)],
  ['an item of 241 minutes', (w) => void (((w['i'] as unknown[][])[0] as unknown[])[2] = 241)],
  ['an unknown kind code', (w) => void (((w['i'] as unknown[][])[0] as unknown[])[0] = 'z')],
  ['a lesson id with a space', (w) => void ((w['i'] as unknown[][])[0] = ['s', 'two words', 10])],
  ['an item with a fourth field', (w) => void (w['i'] as unknown[][])[0]!.push('extra')],
  [`${MAX_ITEMS + 1} items`, (w) => void (w['i'] = Array.from({ length: MAX_ITEMS + 1 }, () => ['b', 'Break', 5]))],
  ['an unknown field', (w) => void (w['x'] = 1)],
];

describe('session-plan links, one field changed', () => {
  it.each(planMutations)('refuses %s, and the original still decodes', (_name, apply) => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const code = encodePlan(plan);
        const m = /^v(\d+)\.(.*)$/.exec(code)!;
        const wire = JSON.parse(unb64url(m[2]!)) as Json;
        apply(wire);
        const r = decodePlan(`v${m[1]}.${b64url(JSON.stringify(wire))}`);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problem).toBe('malformed');
        const again = decodePlan(code);
        expect(again.ok && again.plan).toEqual(plan);
      }),
      { numRuns: RUNS / 3 },
    );
  });
});
