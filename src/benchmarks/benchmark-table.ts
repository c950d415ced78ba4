/**
 * A bundled benchmark table in memory: rows keyed by academic year, level and area code.
 * Format (data/benchmarks/README.md): `time_period,year,level,code,name,<published columns…>`,
 * level `national` | `regional` | `la`, code the country / region code or the 3-digit LA number.
 */
import { parse } from 'csv-parse/sync';
import { InputError } from '../errors.js';

export type AreaLevel = 'national' | 'regional' | 'la';
export const ENGLAND_CODE = 'E92000001';

export interface BenchmarkTable {
  /** Where the table was read from (a bundled file name or a user's path). */
  origin: string;
  columns: readonly string[];
  row(year: string, level: AreaLevel, code: string): Readonly<Record<string, string>> | undefined;
  /** Academic years present in the table, sorted. */
  years(): string[];
}

const KEY_COLUMNS = ['time_period', 'year', 'level', 'code'] as const;

/**
 * `bundled`: one of the files shipped in data/benchmarks, read by the small parser below (every report
 * reads most of them: csv-parse took 0.3-2 s of a warm report for their 680 KB); a user's file, or a
 * bundled one the small parser cannot read, goes through csv-parse.
 */
export function parseBenchmarkTable(text: string | Buffer, origin: string, bundled = false): BenchmarkTable {
  const records = (bundled ? plainCsvRecords(typeof text === 'string' ? text : text.toString('utf8')) : null)
    ?? parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const columns = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = KEY_COLUMNS.filter((c) => records.length > 0 && !columns.includes(c));
  if (missing.length > 0) {
    throw new InputError(`Benchmark file ${origin} lacks the column(s) ${missing.join(', ')}.`, origin,
      'Give a file in the format of the bundled data/benchmarks files (see data/benchmarks/README.md).');
  }
  const byKey = new Map<string, Record<string, string>>();
  for (const r of records) byKey.set(keyOf(r.year!, r.level!, r.code!), r);
  const years = [...new Set(records.map((r) => r.year!))].sort();
  return {
    origin,
    columns,
    row: (year, level, code) => byKey.get(keyOf(year, level, code)),
    years: () => [...years],
  };
}

function keyOf(year: string, level: string, code: string): string {
  return `${year}|${level}|${code}`;
}

/**
 * The records of a plain RFC 4180 file (comma, double quotes doubled inside quoted fields, CRLF or LF)
 * as objects by its header, unquoted fields trimmed and blank lines skipped, as csv-parse reads them
 * with { bom, columns, skip_empty_lines, trim } (test/benchmarks/plain-csv.test.ts checks every bundled
 * file); null for anything else (a quote inside an unquoted field, text after a closing quote, rows of
 * another width), which the caller then gives to csv-parse.
 */
export function plainCsvRecords(text: string): Record<string, string>[] | null {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    let field: string;
    if (text[i] === '"') {
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return null;
        out += text.slice(j, q);
        if (text[q + 1] === '"') { out += '"'; j = q + 2; continue; }
        i = q + 1;
        break;
      }
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') return null;
      field = out;
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      field = text.slice(i, j).trim();
      if (field.includes('"')) return null;
      i = j;
    }
    row.push(field);
    if (i < n && text[i] === ',') { i++; continue; }
    // end of a line (or of the text)
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    if (i < n && text[i] === '\r') i++;
    if (i < n && text[i] === '\n') i++;
    if (i >= n) break;
  }
  if (rows.length === 0) return [];
  const header = rows[0]!;
  const records: Record<string, string>[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.length !== header.length) return null;
    const rec: Record<string, string> = {};
    header.forEach((h, k) => { rec[h] = cells[k]!; });
    records.push(rec);
  }
  return records;
}
