/** The CSV encoder on its own: RFC 4180 quoting, CRLF, the BOM, lists and formula neutralising. */
import { describe, expect, it } from 'vitest';
import { cellText, neutraliseFormula, quoteField, toCsv } from '../../src/lib/exports/csv.ts';
import { parseCsv } from './consumers.ts';

describe('CSV encoding', () => {
  it('quotes exactly the fields RFC 4180 requires, doubling their quotes', () => {
    expect(quoteField('plain text')).toBe('plain text');
    expect(quoteField('a, b')).toBe('"a, b"');
    expect(quoteField('say "no"')).toBe('"say ""no"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('neutralises cells a spreadsheet would run as a formula, and only those', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseFormula('A = B')).toBe('A = B');
    expect(neutraliseFormula("'quoted")).toBe("'quoted");
    expect(cellText(['=one', 'two'])).toBe("'=one; two");
  });

  it('writes numbers as numbers, so a negative amount is not mangled, and booleans as true/false', () => {
    expect(cellText(-12.5)).toBe('-12.5');
    expect(cellText(10_000_000)).toBe('10000000');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('true');
    expect(cellText(undefined)).toBe('');
    expect(cellText('-12.5')).toBe("'-12.5");
  });

  it('writes a BOM, one header row and CRLF after every row, and papaparse reads it back', () => {
    const csv = toCsv(
      ['id', 'text', 'amount'],
      [
        ['a', 'x, "y"\nz', -3],
        ['b', '@home', undefined],
      ],
    );
    expect(csv.startsWith('\uFEFFid,text,amount\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['id', 'text', 'amount'],
      ['a', 'x, "y"\nz', '-3'],
      ['b', "'@home", ''],
    ]);
  });
});
