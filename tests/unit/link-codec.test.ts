import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, fromBase64Url, kindOfLetter, LINK_VERSION, toBase64Url } from '../../src/lib/link-codec';
import { decodePathway, encodePathway, pathwayId } from '../../src/lib/pathway';
import { decodePlan, encodePlan } from '../../src/lib/session-plan';

/** Links written by the course before the codec was one module (commit 6282a9b), byte for byte. */
const OLD_PATHWAY_V1 =
  '1.eyJ0IjoiQ29ob3J0IDM6IHRlcm0gMSDigJQgw6lxdWlwZSIsIm0iOiJSZWFkIHRoZSBvdmVydmlldyBmaXJzdC4iLCJpIjpbInM6b3ZlcnZpZXciLFsiYTp0cnVzdCIsIjIwMjYtMTItMDEiXSwieDpoYXJtb24taGlnaCIsInI6Y2FnZS1idXN0aW5nLWxlYWRlcnNoaXAiXX0';
const OLD_PLAN_V1 =
  'v1.eyJ0IjoiQ29ob3J0IDMgwrcgc8OpYW5jZSAyIiwibCI6OTAsInMiOiIwOTozMCIsImkiOltbInMiLCJjb25kaXRpb25zLWFuZC1za2lsbHMiLDE1XSxbImEiLCJ0cnVzdCIsNDBdLFsiYiIsIkNvZmZlZSIsMTBdLFsibCIsImhhcm1vbi1oaWdoIiwyNV1dfQ';

const oldPathway = {
  title: 'Cohort 3: term 1 — équipe',
  message: 'Read the overview first.',
  items: [
    { key: 'section/overview' },
    { key: 'activity/trust', due: '2026-12-01' },
    { key: 'scenario/harmon-high' },
    { key: 'reading/cage-busting-leadership' },
  ],
};
const oldPlan = {
  title: 'Cohort 3 · séance 2',
  length: 90,
  start: '09:30',
  items: [
    { kind: 'section', id: 'conditions-and-skills', minutes: 15 },
    { kind: 'activity', id: 'trust', minutes: 40 },
    { kind: 'break', title: 'Coffee', minutes: 10 },
    { kind: 'scenario', id: 'harmon-high', minutes: 25 },
  ],
};

describe('old links keep opening', () => {
  it('reads a version-1 pathway link ("1.", scenario letter x)', () => {
    expect(decodePathway(OLD_PATHWAY_V1)).toEqual({ ok: true, pathway: oldPathway });
  });

  it('reads a version-1 plan link ("v1.", scenario letter l)', () => {
    expect(decodePlan(`https://example.org/facilitate/plan/#plan=${OLD_PLAN_V1}`)).toEqual({ ok: true, plan: oldPlan });
  });

  it('writes both kinds in one form now: "v2." and the same kind letters', () => {
    const pathway = encodePathway(oldPathway);
    const plan = encodePlan(oldPlan as Parameters<typeof encodePlan>[0]);
    expect(pathway).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(plan).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(JSON.stringify(JSON.parse(fromBase64Url(pathway.slice(3))!))).toContain('"x:harmon-high"');
    expect(JSON.parse(fromBase64Url(plan.slice(3))!).i[3]).toEqual(['x', 'harmon-high', 25]);
    expect(decodePathway(pathway)).toEqual({ ok: true, pathway: oldPathway });
    expect(decodePlan(plan)).toEqual({ ok: true, plan: oldPlan });
  });

  it('gives a pathway the same id in its old and its new link, so saved pathways, hand-in groups and SCORM ids stay', () => {
    const code = encodePathway(oldPathway);
    expect(code).toBe(`v2.${OLD_PATHWAY_V1.slice(2)}`);
    expect(pathwayId(code)).toBe(pathwayId(OLD_PATHWAY_V1));
    // The old link's id is what the course gave it before (computed with commit 6282a9b).
    expect(pathwayId(OLD_PATHWAY_V1)).toBe('1sn1006');
    expect(pathwayId(encodePathway({ ...oldPathway, title: 'Another' }))).not.toBe(pathwayId(OLD_PATHWAY_V1));
  });

  it("does not read one family's old letters or prefix as the other's", () => {
    // "l" meant scenario only in version-1 plans; "1." without a "v" was only ever a pathway.
    expect(kindOfLetter('l', 'plan', 1)).toBe('scenario');
    expect(kindOfLetter('l', 'plan', 2)).toBeUndefined();
    expect(kindOfLetter('l', 'pathway', 1)).toBeUndefined();
    expect(decodePlan(OLD_PATHWAY_V1).ok).toBe(false);
    expect(decodePathway(OLD_PLAN_V1).ok).toBe(false);
    const planWithL = `v2.${toBase64Url(JSON.stringify({ l: 60, i: [['l', 'harmon-high', 20]] }))}`;
    expect(decodePlan(planWithL)).toMatchObject({ ok: false, problem: 'malformed' });
  });
});

describe('the envelope', () => {
  it('round-trips any JSON value through base64url, including non-ASCII text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const code = encodeLink(value);
        expect(code).toMatch(/^v2\.[A-Za-z0-9_-]*$/);
        const back = decodeLink(code, 'plan', 1e9);
        expect(back).toEqual({ ok: true, version: LINK_VERSION, payload: JSON.parse(JSON.stringify(value)) });
      }),
    );
  });

  it('names what is wrong with a bad link and never throws', () => {
    const cases: [string, 'pathway' | 'plan', string][] = [
      ['', 'plan', 'malformed'],
      ['v2.', 'plan', 'malformed'],
      ['v2.@@@', 'pathway', 'malformed'],
      ['v2.eyJsIjo5MCwi', 'plan', 'malformed'],
      ['v0.e30', 'plan', 'malformed'],
      ['v1.e30', 'pathway', 'malformed'],
      ['1.e30', 'plan', 'malformed'],
      ['v3.e30', 'plan', 'future-version'],
      ['7.e30', 'pathway', 'future-version'],
      [`v2.${'A'.repeat(100)}`, 'plan', 'too-long'],
    ];
    for (const [code, family, problem] of cases) expect(decodeLink(code, family, 50)).toMatchObject({ ok: false, problem });
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('pathway' as const, 'plan' as const), (s, family) => {
        expect(typeof decodeLink(s, family, 8000).ok).toBe('boolean');
      }),
    );
  });

  it('refuses text that is not base64url or not UTF-8', () => {
    expect(fromBase64Url('a')).toBeUndefined();
    expect(fromBase64Url('ab+c')).toBeUndefined();
    expect(fromBase64Url('_w')).toBeUndefined(); // 0xFF alone is not UTF-8
    expect(fromBase64Url(toBase64Url('é ✓'))).toBe('é ✓');
  });
});
