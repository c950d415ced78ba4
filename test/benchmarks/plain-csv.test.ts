/**
 * The small CSV reader of the bundled benchmark files (src/benchmarks/benchmark-table.ts) reads every
 * bundled file exactly as csv-parse does, and gives up (null: csv-parse reads it) on what it does not know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { plainCsvRecords } from '../../src/benchmarks/benchmark-table.js';

const dir = join(import.meta.dirname, '../../data/benchmarks');
const csvParse = (t: string) => parse(t, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];

describe('plainCsvRecords', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  it.each(files)('reads the bundled %s as csv-parse does', (f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const fast = plainCsvRecords(text);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(csvParse(text));
    expect(fast!.length).toBeGreaterThan(0);
  });

  it('quoted fields (commas, doubled quotes, line ends), trimming, blank lines, a BOM, CRLF, no last line end', () => {
    const text = '\ufeffa,b , c\r\n"x, y","no",  z \r\n\r\n"say ""hi""","line\nbreak",\r\n1,2,3';
    const read = plainCsvRecords(text);
    expect(read).toEqual(csvParse(text));
    expect(read).toEqual([{ a: 'x, y', b: 'no', c: 'z' }, { a: 'say "hi"', b: 'line\nbreak', c: '' }, { a: '1', b: '2', c: '3' }]);
    expect(plainCsvRecords('a,b\n1,2\n')).toEqual([{ a: '1', b: '2' }]);
    expect(plainCsvRecords('')).toEqual([]);
  });

  it('gives up on what it does not read (csv-parse reads or refuses it)', () => {
    expect(plainCsvRecords('a,b\n1,2,3\n')).toBeNull(); // another width
    expect(plainCsvRecords('a,b\nx"y,2\n')).toBeNull(); // a quote inside an unquoted field
    expect(plainCsvRecords('a,b\n"x"y,2\n')).toBeNull(); // text after a closing quote
    expect(plainCsvRecords('a,b\n"open,2\n')).toBeNull(); // an unterminated quote
  });
});
