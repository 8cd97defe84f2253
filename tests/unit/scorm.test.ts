import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { PortfolioData } from '../../src/lib/portfolio';
import { writeManifest, xmlId } from '../../src/lib/scorm/manifest';
import { SUSPEND_LIMITS, decodeSuspendData, encodeForLms, encodeSuspendData } from '../../src/lib/scorm/suspend-data';

/** A strict enough well-formedness check for the XML we write: one root, balanced tags, quoted attributes, known entities. */
function wellFormed(xml: string): string | null {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/, '');
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(tag)) {
    if (m[6]) return `stray < at ${m.index}`;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[5])) return `bad entity in text ${m[5]}`;
      if (!stack.length && m[5].trim()) return 'text outside the root';
      continue;
    }
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(m[3] ?? '')) return `bad entity in attributes of ${m[2]}`;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unbalanced </${m[2]}>`;
    } else if (!m[4]) {
      if (!stack.length) roots++;
      stack.push(m[2]!);
    } else if (!stack.length) roots++;
  }
  if (stack.length) return `unclosed ${stack.join(',')}`;
  return roots === 1 ? null : `${roots} roots`;
}

const files = ['index.html', '_astro/a.js', 'activities/trust/index.html'];

describe('manifest writer', () => {
  it('writes a SCORM 1.2 manifest with its namespaces, schema locations and one SCO', () => {
    const xml = writeManifest({ version: '1.2', identifier: 'dl-abc', title: 'Cohort 3', files, launch: 'index.html' });
    expect(wellFormed(xml)).toBeNull();
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml).toContain('http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd');
    expect(xml).toContain('http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toMatch(/<resource identifier="dl-abc-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">/);
    expect(xml).toContain('<item identifier="dl-abc-item" identifierref="dl-abc-sco">');
    expect(xml).toContain('<organizations default="dl-abc-org">');
    for (const f of files) expect(xml).toContain(`<file href="${f}"/>`);
    expect(xml.match(/<file /g)).toHaveLength(files.length);
  });

  it('writes a SCORM 2004 4th Edition manifest', () => {
    const xml = writeManifest({ version: '2004', identifier: 'dl-abc', title: 'Cohort 3', files, launch: 'index.html' });
    expect(wellFormed(xml)).toBeNull();
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd');
    expect(xml).toContain('http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).not.toContain('scormtype');
  });

  it('escapes any title and makes any identifier an xs:ID', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((codes) => String.fromCharCode(...codes)),
        fc.string({ maxLength: 40 }),
        fc.constantFrom('1.2' as const, '2004' as const),
        (title, id, version) => {
          const xml = writeManifest({ version, identifier: id, title, files: ['a & b.html'], launch: 'index.html' });
          expect(wellFormed(xml)).toBeNull();
          expect(xmlId(id)).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
        },
      ),
    );
    expect(writeManifest({ version: '1.2', identifier: '1', title: '<Tom & "Jerry">', files: [], launch: 'index.html' })).toContain(
      '<title>&lt;Tom &amp; &quot;Jerry&quot;&gt;</title>',
    );
  });
});

const sample: PortfolioData = {
  answers: {
    'activity/trust/levels': { v: 'Our team trusts the data, not yet each other. Ünïcødé ✓', at: 1_764_000_000_000 },
    'activity/stakeholder-charts/chart': {
      v: {
        charts: [{ id: 'c1', title: 'Budget', challenge: 'Who decides?', rows: [{ id: 'r1', name: 'Parents', cells: { stake: 'High' }, losses: ['time'] }] }],
      },
      at: 1_764_000_000_500,
    },
  },
  progress: { 'activity/trust': { visited: 1_764_000_000_000 } },
};

describe('suspend_data codec', () => {
  it('round-trips the export format', () => {
    const text = encodeSuspendData(sample);
    expect(text).toMatch(/^DL1:[A-Za-z0-9+/]+=*$/);
    expect(decodeSuspendData(text)).toEqual({ ok: true, data: sample });
  });

  it('round-trips any text answers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ unit: 'grapheme', maxLength: 300 }), { maxKeys: 8 }), (texts) => {
        const data: PortfolioData = { answers: Object.fromEntries(Object.entries(texts).map(([k, v]) => [`activity/trust/${k}`, { v, at: 1 }])), progress: {} };
        expect(decodeSuspendData(encodeSuspendData(data))).toEqual({ ok: true, data });
      }),
    );
  });

  it('compresses: a worksheet of prose stays well under the SCORM 1.2 limit', () => {
    const prose = 'We share leadership of the improvement work across the whole staff. '.repeat(40);
    const data: PortfolioData = { answers: { 'activity/trust/levels': { v: prose, at: 1 } }, progress: {} };
    const encoded = encodeSuspendData(data);
    expect(JSON.stringify(data).length).toBeGreaterThan(2700);
    expect(encoded.length).toBeLessThan(400);
  });

  it('says when answers do not fit, and never truncates', () => {
    // Random text does not compress: about 8,000 characters of it cannot fit 4,096.
    let seed = 42;
    const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed);
    const noise = Array.from({ length: 6000 }, () => String.fromCharCode(33 + (next() % 90))).join('');
    const data: PortfolioData = { answers: { 'activity/trust/levels': { v: noise, at: 1 } }, progress: {} };
    const small = encodeForLms(data, '1.2');
    expect(small.ok).toBe(false);
    if (!small.ok) {
      expect(small.limit).toBe(SUSPEND_LIMITS['1.2']);
      expect(small.length).toBeGreaterThan(4096);
    }
    const large = encodeForLms(data, '2004');
    expect(large.ok).toBe(true);
    if (large.ok) expect(decodeSuspendData(large.value)).toEqual({ ok: true, data });
    expect(SUSPEND_LIMITS['2004']).toBe(64000);
  });

  it('reads an empty value as a first launch', () => {
    expect(decodeSuspendData('')).toEqual({ ok: true, data: null });
  });

  it('refuses a newer version without reading it', () => {
    const newer = encodeSuspendData(sample).replace(/^DL1:/, 'DL2:');
    const r = decodeSuspendData(newer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/newer version of the course \(format 2/);
  });

  it('refuses foreign, damaged and wrongly shaped values without throwing', () => {
    const wrongShape = `DL1:${btoa(String.fromCharCode(...deflateSync(strToU8(JSON.stringify({ answers: { x: 1 } })))))}`;
    for (const bad of ['viewed=1,2,3|lastslide=4', 'DL1:!!!', 'DL1:AAAA', wrongShape, 'DL0:AAAA']) {
      const r = decodeSuspendData(bad);
      expect(r.ok, bad).toBe(false);
    }
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => decodeSuspendData(s)).not.toThrow();
      }),
    );
    fc.assert(
      fc.property(fc.base64String(), (s) => {
        expect(() => decodeSuspendData(`DL1:${s}`)).not.toThrow();
      }),
    );
  });
});
