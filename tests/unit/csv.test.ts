import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv';

describe('csv', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`);
    }
  });

  it('leaves ordinary text alone, quotes and escapes it', () => {
    expect(csvCell('Amira Haddad')).toBe('"Amira Haddad"');
    expect(csvCell('say "no", then')).toBe('"say ""no"", then"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('')).toBe('""');
  });

  it('joins rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=1', 'c'],
      ]),
    ).toBe('"a","b"\r\n"\'=1","c"');
  });
});
