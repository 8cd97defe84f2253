import { describe, expect, it } from 'vitest';
import { isBundleFile, isIndexable, pageUrl, recordDocument, separateBoxes } from '../../src/integrations/pagefind-html';
import type { Course } from '../../src/lib/course-tree';
import { glossaryRecords, readSearchRecords } from '../../src/lib/search-records';

describe('pageUrl', () => {
  it('maps built files to the URLs they are served at', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('sections/overview/index.html')).toBe('/sections/overview/');
    expect(pageUrl('404.html')).toBe('/404.html');
    expect(pageUrl('glossary\\index.html')).toBe('/glossary/');
  });
});

describe('isIndexable', () => {
  it('takes only pages that mark lesson content', () => {
    expect(isIndexable('<main><article data-pagefind-body>x</article></main>')).toBe(true);
    expect(isIndexable('<article data-pagefind-body="">x</article>')).toBe(true);
    expect(isIndexable('<main><h1>Course map</h1></main>')).toBe(false);
    expect(isIndexable('<p data-pagefind-body-extra>x</p>')).toBe(false);
  });
});

describe('separateBoxes', () => {
  it('keeps adjacent cells and definition parts as separate words', () => {
    expect(separateBoxes('<dt>Principal</dt><dd>Mr. Devers</dd><dt>Staff</dt>')).toBe('<dt>Principal</dt> <dd>Mr. Devers</dd> <dt>Staff</dt>');
    expect(separateBoxes('<span>Taught in x</span><span>See also</span>')).toBe('<span>Taught in x</span> <span>See also</span>');
  });
  it('leaves inline emphasis and text alone', () => {
    const html = '<p>a <strong>bold</strong><em>move</em> and </span>text</p>';
    expect(separateBoxes(html)).toBe(html);
  });
});

describe('glossaryRecords', () => {
  it('makes each term a result at its anchor, filtered as glossary and by the section that teaches it', () => {
    const course = {
      sections: [{ entry: { id: 'conditions', data: { number: 4, shortTitle: 'Conditions and skills' } } }],
      glossary: [
        { id: 'trust', data: { term: 'Relational trust', definition: 'Confidence in one another.', section: 'conditions', seeAlso: [] } },
        { id: 'lost', data: { term: 'Orphan', definition: 'A term whose section is gone.', section: 'nowhere', seeAlso: [] } },
      ],
    } as unknown as Pick<Course, 'glossary' | 'sections'>;
    const [trust, lost] = glossaryRecords(course);
    expect(trust).toEqual({
      url: '/glossary/#trust',
      title: 'Relational trust',
      text: 'Confidence in one another.',
      filters: { kind: ['glossary'], section: ['4. Conditions and skills'] },
    });
    expect(lost?.filters).toEqual({ kind: ['glossary'] });
    expect(readSearchRecords(JSON.stringify(glossaryRecords(course)))).toHaveLength(2);
  });
});

describe('readSearchRecords', () => {
  const good = { url: '/glossary/#trust', title: 'Trust', text: 'Confidence in one another.', filters: { kind: ['glossary'], section: ['4. Conditions'] } };

  it('reads well-formed records', () => {
    expect(readSearchRecords(JSON.stringify([good]))).toEqual([good]);
  });

  it('fails the build, naming the record, on anything else', () => {
    const bad: unknown[] = [
      { ...good, url: 'glossary/#trust' },
      { ...good, text: '  ' },
      { ...good, title: undefined },
      { ...good, title: 7 },
      { ...good, filters: { kind: 'glossary' } },
      { ...good, filters: undefined },
      null,
    ];
    for (const record of bad) expect(() => readSearchRecords(JSON.stringify([good, record]))).toThrow(/record 2 /);
    expect(() => readSearchRecords('{"url": "/"}')).toThrow(/a list of records/);
  });
});

describe('recordDocument', () => {
  it('indexes the title in full, the text at half weight, with its filters, all escaped', () => {
    const doc = recordDocument({ url: '/glossary/#a', title: 'A <b>', text: 'x & "y"', filters: { kind: ['glossary'], section: ['4. A "quoted" one'] } });
    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain('<dt data-pagefind-meta="title">A &lt;b&gt;</dt> <dd data-pagefind-weight="0.5">x &amp; &quot;y&quot;</dd>');
    expect(doc).toContain('<span data-pagefind-filter="kind[data-value]" data-value="glossary"></span>');
    expect(doc).toContain('<span data-pagefind-filter="section[data-value]" data-value="4. A &quot;quoted&quot; one"></span>');
  });
});

describe('isBundleFile', () => {
  it('keeps the search runtime and index, not the UI kits', () => {
    const keep = [
      'pagefind.js',
      'pagefind-worker.js',
      'pagefind-entry.json',
      'pagefind.en_1234.pf_meta',
      'wasm.en.pagefind',
      'index/en_1.pf_index',
      'fragment/en_2.pf_fragment',
      'filter/en_3.pf_filter',
    ];
    const drop = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind', 'playground/index.html'];
    expect(keep.filter((p) => isBundleFile(p, ['en']))).toEqual(keep);
    expect(drop.filter((p) => isBundleFile(p, ['en']))).toEqual([]);
  });
});
