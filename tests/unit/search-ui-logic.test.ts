import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, excerptParts, excerptText } from '../../src/scripts/search-excerpt';
import { isCloseMatch, matchScore, suggest, words } from '../../src/scripts/search-suggest';

describe('excerptParts', () => {
  it('splits an excerpt into text and marked runs', () => {
    expect(excerptParts('the <mark>noblest</mark> <mark>values</mark> column')).toEqual([
      { text: 'the ', mark: false },
      { text: 'noblest', mark: true },
      { text: ' ', mark: false },
      { text: 'values', mark: true },
      { text: ' column', mark: false },
    ]);
  });

  it('decodes escaped angle brackets into text', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; b')).toEqual([{ text: 'a <script>alert(1)</script> b', mark: false }]);
  });

  it('drops any tag other than mark and keeps its text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>hi <b>there</b> <mark>you</mark>')).toEqual([
      { text: 'hi there ', mark: false },
      { text: 'you', mark: true },
    ]);
  });

  it('never yields a part containing a tag from unescaped input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('<mark>', '</mark>', '<b>', '<', '>', '&amp;', '<img src=x>'))), (chunks) => {
        for (const part of excerptParts(chunks.join(''))) {
          expect(part.text).not.toMatch(/<mark>|<\/mark>|<img|<b>/);
          expect(part.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('joins to the plain text', () => {
    expect(excerptText('<mark>Trust</mark> &amp; safety')).toBe('Trust & safety');
    expect(decodeEntities('&copy; stays')).toBe('&copy; stays');
  });
});

describe('suggest', () => {
  const targets = [
    { title: 'Psychological safety', url: '/glossary/#psychological-safety', kind: 'glossary' },
    { title: 'Psychological Safety', url: '/activities/psychological-safety/', kind: 'activity' },
    { title: "Vroom's decision types", url: '/glossary/#vroom', kind: 'glossary' },
    { title: 'Relational trust', url: '/glossary/#relational-trust', kind: 'glossary' },
    { title: 'Non-discussables', url: '/glossary/#non-discussables', kind: 'glossary' },
  ];

  it('finds a misspelt title', () => {
    expect(suggest('psycological safty', targets).map((t) => t.url)).toEqual(['/glossary/#psychological-safety', '/activities/psychological-safety/']);
  });

  it('finds a misspelt word inside a longer title', () => {
    expect(suggest('vrom', targets)[0]?.url).toBe('/glossary/#vroom');
    expect(suggest('nondiscussable', targets)[0]?.url).toBe('/glossary/#non-discussables');
  });

  it('suggests nothing for unrelated text', () => {
    expect(suggest('zzqxv', targets)).toEqual([]);
    expect(suggest('', targets)).toEqual([]);
  });

  it('normalises words', () => {
    expect(words("Vroom's Décision-types")).toEqual(['vroom', 'decision', 'types']);
    expect(matchScore('trust', 'Relational trust')).toBeGreaterThan(0.9);
  });
});

describe('isCloseMatch', () => {
  it('accepts highlights that begin like a query word', () => {
    expect(isCloseMatch('psychol', ['Psychological'])).toBe(true);
    expect(isCloseMatch('leadershp', ['Leaders.', "leader's"])).toBe(true);
    expect(isCloseMatch('double loop', ['double-loop'])).toBe(true);
    expect(isCloseMatch('AI', ['AI'])).toBe(true);
  });
  it('rejects loose one-letter matches of a misspelt word', () => {
    expect(isCloseMatch('psycological', ['p.', 'P.'])).toBe(false);
  });
  it('gives a result without highlights the benefit of the doubt', () => {
    expect(isCloseMatch('anything', [])).toBe(true);
  });
});
