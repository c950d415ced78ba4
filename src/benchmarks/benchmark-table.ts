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

export function parseBenchmarkTable(text: string | Buffer, origin: string): BenchmarkTable {
  const records = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
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
