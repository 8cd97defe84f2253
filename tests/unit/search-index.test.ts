import { describe, expect, it } from 'vitest';
import { isBundleFile, isIndexable, pageUrl, recordDocument, separateBoxes, splitRecords } from '../../src/integrations/pagefind-html';

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

describe('splitRecords', () => {
  const page = [
    '<article data-pagefind-body><h1>Glossary</h1><dl>',
    '<div id="trust" class="glossary-entry" data-search-record data-pagefind-filter="kind:glossary"><dt>Trust</dt><dd><div>nested</div></dd></div>',
    '<div id="safety" data-search-record=""><dt>Safety</dt></div>',
    '<div id="other"><dt>Not a record</dt></div>',
    '</dl></article>',
  ].join('');

  it('returns each marked element whole, nested elements included', () => {
    const records = splitRecords(page);
    expect(records.map((r) => r.id)).toEqual(['trust', 'safety']);
    expect(records[0]?.html).toBe(
      '<div id="trust" class="glossary-entry" data-search-record data-pagefind-filter="kind:glossary"><dt>Trust</dt><dd><div>nested</div></dd></div>',
    );
    expect(records[1]?.html).toBe('<div id="safety" data-search-record=""><dt>Safety</dt></div>');
  });

  it('finds nothing on pages without records', () => {
    expect(splitRecords('<article data-pagefind-body><div id="a">x</div></article>')).toEqual([]);
  });

  it('fails on a record without an id or an unclosed one', () => {
    expect(() => splitRecords('<div data-search-record>x</div>')).toThrow(/no id/);
    expect(() => splitRecords('<div id="a" data-search-record><div>x</div>')).toThrow(/not closed/);
  });

  it('wraps a record as a document of its own for the indexer', () => {
    const doc = recordDocument({ id: 'a', html: '<div id="a"><dt>A</dt><dd>b</dd></div>' });
    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain('<div data-pagefind-body><div id="a"><dt>A</dt> <dd>b</dd> </div></div>');
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
