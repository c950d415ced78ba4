/** Shared by the validation tests: run a folder, count its records independently, collect personal values. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { closeDb, openDb, queryRows, type Db } from '../../src/io/duck.js';
import type { IngestOptions } from '../../src/io/ingest.js';
import { validateFolder } from '../../src/store/validate-folder.js';
import type { Validated } from '../../src/validate/run.js';

export interface Run { v: Validated; rows: <T = Record<string, unknown>>(sql: string) => Promise<T[]> }

/** Validates a folder; `inspect` may query the run's database (p_<Table>) before it is closed. */
export async function validate(folder: string, opts: Partial<IngestOptions> = {}, inspect?: (r: Run) => Promise<void>): Promise<Validated> {
  const db = await openDb({ threads: 1 });
  try {
    const v = await validateFolder(db, { folder, ...opts });
    if (inspect) await inspect({ v, rows: (sql) => queryRows(db, sql) });
    return v;
  } finally {
    closeDb(db);
  }
}

export interface SharedValidator {
  validate(folder: string, opts?: Partial<IngestOptions>, inspect?: (r: Run) => Promise<void>): Promise<Validated>;
  close(): void;
}

/**
 * One DuckDB for many small validations (opening and closing one per folder costs more than
 * validating a tiny folder). Each folder gets a fresh connection on its own in-memory catalog, so its
 * tables, views and the CSV reader's temporary reject tables are its own; both go when it is done.
 * The result is what `validate` gives for the folder alone (test/validate/rule-fixtures.test.ts).
 */
export async function sharedValidator(): Promise<SharedValidator> {
  const db = await openDb({ threads: 1 });
  let n = 0;
  return {
    async validate(folder, opts = {}, inspect) {
      const catalog = `folder_${n++}`;
      await db.con.run(`ATTACH ':memory:' AS ${catalog}`);
      const con = await db.instance.connect();
      try {
        await con.run(`USE ${catalog}`);
        const own: Db = { ...db, con, rawParts: new Map(), versions: new Map() };
        const v = await validateFolder(own, { folder, ...opts });
        if (inspect) await inspect({ v, rows: (sql) => queryRows(own, sql) });
        return v;
      } finally {
        con.closeSync();
        await db.con.run(`DETACH ${catalog}`);
      }
    },
    close: () => closeDb(db),
  };
}

/** Every .csv file below a folder, as paths relative to it with forward slashes. */
export function csvFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      // a sub-folder holding the tool's own output manifest is not input (folder-own-output)
      if (statSync(p).isDirectory()) { if (!existsSync(join(p, 'cla-analyse-output.json'))) walk(p); }
      else if (e.toLowerCase().endsWith('.csv')) out.push(relative(folder, p).split(sep).join('/'));
    }
  };
  walk(folder);
  return out;
}

/**
 * The data records of a CSV file, counted independently of the engine: quote-aware (a quote opens a
 * quoted value only at the start of a field, RFC 4180, and a quoted value may span lines), blank
 * lines skipped, the header not counted. A quote still open at the end of the file swallows nothing
 * here: from the line it opened on, every non-blank physical line is a row the engine must report as
 * rejected; so is every line a quoted value in the header draws into it. Binary files have no records.
 */
export function countRecords(buf: Buffer): number {
  if (buf.length === 0 || (buf[0] === 0x50 && buf[1] === 0x4b) || (buf[0] === 0xd0 && buf[1] === 0xcf)) return 0;
  // UTF-16 with a byte-order mark is text (decoded); NUL bytes are removed, not a reason to drop the file
  const decoded = buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2).toString('utf16le')
    : buf[0] === 0xfe && buf[1] === 0xff ? Buffer.from(buf.subarray(2)).swap16().toString('utf16le') : buf.toString('latin1');
  const text = decoded.replace(/\0/g, '');
  const first = text.split(/\r|\n/, 1)[0]!;
  const delimiter = [',', ';', '\t', '|'].map((d) => [d, first.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  // a line ends at LF, CRLF or a lone CR, as any editor shows it
  const lines = text.split(/\r\n|\r|\n/);
  let records = 0, inQuote = false, openedOn = 0, recordHasText = false, headerExtra = 0;
  lines.forEach((line, i) => {
    // lines a quoted header value draws into the header are rows lost with it
    if (records === 0 && inQuote && line !== '') headerExtra++;
    if (!inQuote) { recordHasText = false; openedOn = i; }
    else recordHasText = true; // the line break inside a quoted value
    let fieldStart = !inQuote;
    for (let k = 0; k < line.length; k++) {
      const c = line[k]!;
      recordHasText = true;
      if (inQuote) {
        if (c === '"' && line[k + 1] === '"') k++;
        else if (c === '"') inQuote = false;
      } else if (c === '"' && fieldStart) { inQuote = true; fieldStart = false; }
      else fieldStart = c === delimiter;
    }
    if (!inQuote && recordHasText) records++;
  });
  // a quote open at the end: the record it opened and every later non-blank line are rows
  if (inQuote) {
    const after = lines.slice(openedOn + 1).filter((l) => l !== '').length;
    // open in the header: the lines after it are the rows; open in a row: that row and the lines after it
    return records === 0 ? after : records + after;
  }
  return Math.max(0, records - 1) + headerExtra;
}

const PERSONAL = new Set(['CHILD', 'UPN', 'KS4_UPN', 'KS2_UPN', 'KS1_UPN', 'FORMERUPN', 'DOB', 'MC_DOB', 'HOME_POST', 'PL_POST']);

/** The values of personal columns (ids, UPNs, dates of birth, postcodes; not the UN1–UN5 placeholders) in every CSV file of a folder. */
export function personalValues(folder: string): Set<string> {
  const out = new Set<string>();
  for (const rel of csvFiles(folder)) {
    const buf = readFileSync(join(folder, rel));
    if (countRecords(buf) === 0) continue;
    const text = buf.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
    const first = text.split('\n', 1)[0]!;
    const delimiter = [',', ';', '\t'].sort((a, b) => first.split(b).length - first.split(a).length)[0]!;
    let rows: string[][];
    try { rows = parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][]; } catch { continue; }
    const header = rows[0]!.map((h) => h.trim().toUpperCase());
    for (const row of rows.slice(1)) row.forEach((cell, i) => { if (PERSONAL.has(header[i] ?? '') && cell.trim() !== '' && !/^UN[1-5]$/i.test(cell.trim())) out.add(cell.trim()); });
  }
  return out;
}
