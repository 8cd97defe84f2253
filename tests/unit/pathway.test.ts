import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFromLink, decodePathway, encodePathway, pathwayId, type Pathway } from '../../src/lib/pathway';

const sample: Pathway = {
  title: 'Cohort 3: term 1 — équipe',
  message: 'Read the overview first.\nThen the two activities.',
  items: [
    { key: 'section/overview' },
    { key: 'activity/trust', due: '2026-12-01' },
    { key: 'scenario/harmon-high' },
    { key: 'reading/cage-busting-leadership' },
  ],
};

const idArb = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 40);
const pathwayArb: fc.Arbitrary<Pathway> = fc.record(
  {
    title: fc.string({ minLength: 1, maxLength: 120 }),
    message: fc.string({ maxLength: 300 }),
    items: fc.array(
      fc.record(
        {
          key: fc.tuple(fc.constantFrom('section', 'activity', 'reading', 'scenario'), idArb).map(([k, id]) => `${k}/${id}`),
          due: fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        },
        { requiredKeys: ['key'] },
      ),
      { minLength: 1, maxLength: 20 },
    ),
  },
  { requiredKeys: ['title', 'items'] },
);

describe('pathway links', () => {
  it('round-trip a pathway, including non-ASCII text and due dates', () => {
    const code = encodePathway(sample);
    expect(code).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(decodePathway(code)).toEqual({ ok: true, pathway: sample });
  });

  it('round-trip any valid pathway', () => {
    fc.assert(
      fc.property(pathwayArb, (p) => {
        const normal = { ...p, ...(p.message ? {} : { message: undefined }) };
        if (!p.message) delete normal.message;
        expect(decodePathway(encodePathway(p))).toEqual({ ok: true, pathway: normal });
      }),
    );
  });

  it('explains links from a newer version and damaged links, never throwing', () => {
    const future = decodePathway(`v9.${encodePathway(sample).slice(3)}`);
    expect(future).toMatchObject({ ok: false });
    if (!future.ok) expect(future.error).toMatch(/newer version/);
    for (const bad of ['', '1.', '1.@@@', 'v2.@@@', 'abc', 'v2.' + 'A'.repeat(9000), '1.eyJ0IjoxfQ', 'v2.eyJ0IjoxfQ'])
      expect(decodePathway(bad).ok).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(typeof decodePathway(s).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.base64String(), (s) => {
        expect(typeof decodePathway(`v2.${s.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_')}`).ok).toBe('boolean');
      }),
    );
  });

  it('finds the code in a whole link', () => {
    const code = encodePathway(sample);
    expect(codeFromLink(`https://example.org/courses/dl/pathway/#p=${code}`)).toBe(code);
    expect(codeFromLink(code)).toBe(code);
  });

  it('gives the same id to the same link', () => {
    const code = encodePathway(sample);
    expect(pathwayId(code)).toBe(pathwayId(code));
    expect(pathwayId(code)).not.toBe(pathwayId(encodePathway({ ...sample, title: 'Other' })));
  });
});

describe('codeFromLink with broken % escapes', () => {
  it.each(['#p=%E0%A4%A', '#p=v2.abc%', 'https://example.org/pathway/#p=%', '%E0%A4%A'])('%s reads as a damaged link, never throws', (text) => {
    const r = decodePathway(codeFromLink(text));
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(/This pathway link is damaged/);
  });
});

describe('requested private answers in a pathway link', () => {
  it('round-trip, with and without a due date; links without requests encode as before', () => {
    const p: Pathway = {
      title: 'Trust',
      items: [
        { key: 'activity/trust', ask: ['trust-chart'] },
        { key: 'activity/non-discussables', due: '2027-01-10', ask: ['my-list', 'other'] },
        { key: 'section/overview' },
      ],
    };
    const back = decodePathway(encodePathway(p));
    expect(back).toEqual({ ok: true, pathway: p });
    const plain: Pathway = { title: 'T', items: [{ key: 'section/overview', due: '2027-01-10' }] };
    expect(JSON.parse(atob(encodePathway(plain).slice(3).replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ t: 'T', i: [['s:overview', '2027-01-10']] });
  });
});
