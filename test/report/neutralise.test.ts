import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/document.js';
import { neutraliseText } from '../../src/report/neutralise.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { bench, row } from './sample-document.js';

describe('formula neutralisation', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-0.35', "'-0.35"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['safe', 'safe'],
    ['(−0.5, 0.2)', '(−0.5, 0.2)'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseText(input)).toBe(expected);
  });

  it('CSV: text cells are neutralised and quoted per RFC 4180; numbers like -0.35 stay numbers', () => {
    const doc: ReportDocument = {
      title: 't', la: '999', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: '0',
      sections: [{
        id: 's', title: 's', tables: [{
          id: 't', title: 't', sheet: 't', rows: [
            row({ id: 'ks4_p8', unit: 'score', numerator: -11.55, denominator: 33, value: -0.35, ci: [-0.69, -0.01], note: '=HYPERLINK("a","b")',
              benchmarks: [{ ...bench('england_cla_12m', '2023/24', -1.25, 0.9), source: '+source, with "quotes"\nand a newline' }] }),
            row({ id: '@id', unit: 'count', value: 7, breakdown: { sex: '-F' } }),
          ],
        }],
      }],
    };
    const csv = renderCsv(doc);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parse(csv, { columns: true, cast: false }) as Record<string, string>[];
    expect(records[0]!.value).toBe('-0.35');
    expect(records[0]!.ci_lower).toBe('-0.69');
    expect(records[0]!.numerator).toBe('-11.55');
    expect(records[0]!.england_cla_12m_gap).toBe('0.9');
    // the EES tidy CSV has no text indicators (notes and sources are in the other formats)
    expect(csv).not.toContain('HYPERLINK');
    expect(records[1]!.measure).toBe("'@id");
    expect(records[1]!.breakdown).toBe("'-F");
    // raw line: numbers are unquoted bare numbers
    expect(csv.split('\r\n')[1]).toContain(',-0.35,-0.69,-0.01,');
    // every data cell begins with something a spreadsheet will not evaluate
    for (const r of records) for (const [k, v] of Object.entries(r)) {
      if (/^-?\d/.test(v) && !Number.isNaN(Number(v))) continue;
      expect(v, k).not.toMatch(/^[=+\-@\t\r]/);
      expect(v, k).not.toBe('');
    }
  });

  it('property: any breakdown text survives the CSV round trip (RFC 4180), neutralised, and numbers stay numbers (rounded to the measure\'s decimals)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (note, value) => {
        const doc: ReportDocument = {
          title: 't', la: '999', laName: null, year: '2023/24', cohort: 'cla_12m', suppressionThreshold: 0, toolVersion: '0',
          sections: [{ id: 's', title: 's', tables: [{ id: 't', title: 't', sheet: 't', rows: [row({ id: 'ks4_att8', unit: 'mean', numerator: 1, denominator: 1, value, breakdown: { sex: note } })] }] }],
        };
        const [rec] = parse(renderCsv(doc), { columns: true }) as Record<string, string>[];
        expect(rec!.breakdown).toBe(note === '' ? 'x' : neutraliseText(note));
        expect(Math.abs(Number(rec!.value) - value)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

