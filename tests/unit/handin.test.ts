import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogueLesson } from '../../src/lib/catalogue';
import { makeHandIn, readHandIn, selectForHandIn } from '../../src/lib/handin';
import { encodePathway, type Pathway } from '../../src/lib/pathway';
import type { PortfolioData } from '../../src/lib/portfolio';

const pathway: Pathway = { title: 'Term 1', items: [{ key: 'activity/non-discussables' }, { key: 'section/overview' }] };
const catalogue = [
  {
    key: 'activity/non-discussables',
    label: 'Activity 11',
    title: 'Non-discussables',
    href: '/',
    required: [],
    blocks: [
      { type: 'text', id: 'kyle', label: 'Kyle', required: true, private: false, rows: 3 },
      { type: 'list', id: 'my-list', label: 'Mine', required: false, private: true, itemLabel: 'Item', suggestedItems: 3 },
    ],
  },
] as CatalogueLesson[];
const all: PortfolioData = {
  answers: {
    'activity/non-discussables/kyle': { v: 'Talk to him', at: 1 },
    'activity/non-discussables/my-list': { v: ['Seniority'], at: 2 },
    'activity/trust/one-step': { v: 'Not in the pathway', at: 3 },
  },
  progress: { 'section/overview': { visited: 1 }, 'activity/trust': { done: 2 } },
};

describe('hand-in files', () => {
  it('include only the pathway, and private answers only when chosen', () => {
    const out = selectForHandIn(all, pathway, catalogue, new Set());
    expect(Object.keys(out.answers)).toEqual(['activity/non-discussables/kyle']);
    expect(Object.keys(out.progress)).toEqual(['section/overview']);
    const withPrivate = selectForHandIn(all, pathway, catalogue, new Set(['activity/non-discussables/my-list']));
    expect(Object.keys(withPrivate.answers)).toContain('activity/non-discussables/my-list');
  });

  it('round-trip and reject tampering', async () => {
    const file = await makeHandIn(selectForHandIn(all, pathway, catalogue, new Set()), {
      pathwayCode: encodePathway(pathway),
      pathway,
      learnerName: 'Sam',
      siteVersion: '0.1.0',
    });
    const back = await readHandIn(JSON.stringify(file));
    expect(back.ok && back.file.learner.name).toBe('Sam');
    const bad = await readHandIn(JSON.stringify({ ...file, learner: { name: 'Someone else' } }));
    expect(bad.ok).toBe(false);
    const portfolioLike = await readHandIn(JSON.stringify({ ...file, format: 'dl-course-portfolio' }));
    expect(portfolioLike.ok).toBe(false);
  });

  it('refuse a hand-in dated beyond tomorrow, saying why; accept one within the clock allowance', async () => {
    const make = (now: Date) =>
      makeHandIn(selectForHandIn(all, pathway, catalogue, new Set()), {
        pathwayCode: encodePathway(pathway),
        pathway,
        learnerName: 'Alice',
        siteVersion: '0.1.0',
        now,
      });
    const forged = await readHandIn(JSON.stringify(await make(new Date('9999-12-31T00:00:00Z'))));
    expect(forged.ok).toBe(false);
    expect(forged.ok ? '' : forged.errors.join(' ')).toMatch(/exported on 9999-12-31, after today/);
    const clockAhead = await readHandIn(JSON.stringify(await make(new Date(Date.now() + 6 * 3600_000))));
    expect(clockAhead.ok).toBe(true);
  });

  it('never throw on random or hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          expect((await readHandIn(text)).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    const valid = JSON.stringify(await makeHandIn(all, { pathwayCode: 'x', pathway, learnerName: '<script>alert(1)</script>', siteVersion: '1' }));
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length - 1), fc.string({ minLength: 1, maxLength: 2 }), async (at, s) => {
        const r = await readHandIn(valid.slice(0, at) + s + valid.slice(at + 1));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
