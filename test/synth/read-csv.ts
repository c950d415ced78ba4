import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Test helper: a CSV file as header + rows of records (all strings). */
export function readCsv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8');
  const header = text.slice(0, text.indexOf('\n')).split(',');
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return { header, rows };
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/** dd/mm/yyyy → day number. */
export function dayOfText(text: string): number {
  const [dd, mm, yyyy] = text.split('/').map(Number);
  return Math.floor(Date.UTC(yyyy!, mm! - 1, dd!) / 86400000);
}
