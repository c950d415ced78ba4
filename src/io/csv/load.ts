/**
 * Loads one CSV file into the table's raw staging table (every cell VARCHAR), with the physical
 * line of every row. Rows DuckDB cannot split (too many or too few fields, unterminated quotes)
 * come back as findings; they are counted, never lost.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, queryRows, sqlIdent, sqlString } from '../duck.js';
import { appendAll, type Finding, type RuleId } from '../../domain/finding.js';
import type { TableSpec } from '../../schemas/index.js';
import { decodedBytes, normaliseLineEnds, nulCells, rowsOf, scanRecords, type RecordScan, type Sniffed } from './sniff.js';
import type { Recognised } from '../recognise.js';
import { sumTimer } from '../timing.js';

/** Where ingest time goes, summed over files (CLA_ANALYSE_TIMING). */
export const ingestTimes = sumTimer();

export interface LoadedFile { rowsAccepted: number; rowsRejected: number; findings: Finding[] }

/** Characters DuckDB's read_csv takes as a file pattern. */
export function hasGlobCharacters(path: string): boolean {
  return /[*?[\]{}]/.test(path);
}

/** One warning per cell holding NUL bytes (removed on loading), and one for NUL padding at the end. */
function nulFindings(utf8: Buffer, sniff: Sniffed, spec: TableSpec, rel: string): Finding[] {
  const { cells, trailing } = nulCells(utf8, sniff.delimiter);
  const out: Finding[] = cells.map((c) => ({ ruleId: 'cell-nul-byte', severity: 'warning' as const, table: spec.name, file: rel, line: c.line,
    column: c.line === 1 ? null : (sniff.header[c.cell]?.trim() || `column ${c.cell + 1}`), value: null,
    message: `${c.count} NUL byte(s) in this ${c.line === 1 ? 'header' : 'cell'}; removed, the rest of the value is read`, remedy: 'Re-export the file from its source system; NUL bytes come from a damaged copy or a fixed-width export.' }));
  if (trailing) out.push({ ruleId: 'cell-nul-byte', severity: 'warning', table: spec.name, file: rel, line: null, column: null, value: null,
    message: `${trailing} NUL byte(s) pad the end of the file; removed`, remedy: 'Re-export the file from its source system; NUL padding comes from a damaged copy.' });
  return out;
}

/**
 * The raw rows of a table are a view (`raw_<Table>`) over one part per file: a CSV file's part reads
 * its own loaded table in place (no copy); rows from XML returns are appended to `raw_<Table>_rows`.
 */
export function addRawPart(db: Db, table: string, select: string): void {
  const parts = db.rawParts.get(table) ?? [];
  parts.push(select);
  db.rawParts.set(table, parts);
}

/** Creates the appendable raw table of a spec (for rows that do not come from a CSV file) and returns its name. */
export async function ensureRawTable(db: Db, spec: TableSpec): Promise<string> {
  const name = `raw_${spec.name}_rows`;
  if (db.rawParts.get(spec.name)?.includes(`SELECT * FROM ${name}`)) return name;
  const cols = Object.keys(spec.columns).map((c) => `${sqlIdent(c)} VARCHAR`).join(', ');
  await db.con.run(`CREATE TABLE IF NOT EXISTS ${name} (_file INTEGER, _line INTEGER, _path VARCHAR, _la VARCHAR, _year VARCHAR, ${cols})`);
  addRawPart(db, spec.name, `SELECT * FROM ${name}`);
  return name;
}

/** Defines every `raw_<Table>` view once all files are loaded. */
export async function createRawViews(db: Db): Promise<void> {
  for (const [table, parts] of db.rawParts) await db.con.run(`CREATE OR REPLACE VIEW raw_${table} AS ${parts.join(' UNION ALL ')}`);
}

const REJECT_RULE: Record<string, { ruleId: RuleId; message: string; remedy: string }> = {
  'TOO MANY COLUMNS': { ruleId: 'csv-too-many-fields', message: 'this row has more fields than the header', remedy: 'check for an unquoted comma inside a value, or a value split across columns; quote values that contain the delimiter' },
  'MISSING COLUMNS': { ruleId: 'csv-too-few-fields', message: 'this row has fewer fields than the header', remedy: 'check for a row cut short or a value holding an unquoted line break; every row needs one field per header column' },
  'UNQUOTED VALUE': { ruleId: 'csv-unterminated-quote', message: 'a quoted value is not closed, or text follows its closing quote', remedy: 'close the quote (a value that contains a double quote must write it twice: "")' },
  'INVALID UNICODE': { ruleId: 'file-encoding', message: 'this row has bytes that are not valid text', remedy: 'save the file as UTF-8 (CSV UTF-8 in Excel)' },
};

/** _path, _la, _year and the table's columns from a stage table `s` of c0..cN (la, year: SQL for the path's values). */
function rawColumns(rec: Recognised, width: number, la: string, year: string): string {
  const target = Object.keys(rec.table!.columns);
  const sel = target.map((c) => {
    const i = rec.mapping.indexOf(c);
    return i >= 0 && i < width ? `s.c${i}` : 'NULL';
  });
  const laSel = rec.context.la !== null ? `coalesce(nullif(trim(s.c${rec.context.la}), ''), ${la})` : la;
  const yearSel = rec.context.year !== null ? `coalesce(nullif(trim(s.c${rec.context.year}), ''), ${year})` : year;
  return `NULL::VARCHAR AS _path, ${laSel}::VARCHAR AS _la, ${yearSel}::VARCHAR AS _year, ${sel.map((x, i) => `${x}::VARCHAR AS ${sqlIdent(target[i]!)}`).join(', ')}`;
}

/** Header positions with no name (trailing commas in Excel exports): values there are reported. */
function unnamedColumns(sniff: Sniffed, rec: Recognised): number[] {
  return rec.mapping.map((m, i) => (m === null && sniff.header[i]!.trim() === '' ? i : -1)).filter((i) => i >= 0);
}

/**
 * Plain files (UTF-8 without BOM, one kind of line end, no quote character, no blank line, no unnamed
 * column) need none of the per-file repairs, so files of one table with the same header are read by
 * one read_csv (loadCsvBatch): a national extract has thousands of small 903 files, and one read
 * each costs more than the rows (15,150 files of ten years: 104 s one by one).
 */
export function batchable(sniff: Sniffed, rec: Recognised): boolean {
  return sniff.kind === 'text' && sniff.encoding === 'utf-8' && !sniff.nul && !sniff.bom && !sniff.mixedLineEnds && !sniff.hasQuotesOrBlankLines && unnamedColumns(sniff, rec).length === 0;
}

/** Files that can share a read: same table, delimiter and header (so the same column mapping). */
export function batchKey(sniff: Sniffed, rec: Recognised): string {
  return JSON.stringify([rec.table!.name, sniff.delimiter, sniff.header, rec.mapping, rec.context]);
}

export interface BatchFile { fileId: number; abs: string; rel: string; la: string | null; year: string | null }

/**
 * Loads batchable files with one header into one stage table. Rows keep their file's order (DuckDB
 * preserves insertion order: each file's rows are contiguous, in file and line order), so a row's
 * line is its place in its file, counted past the rejected lines of that file, as loadCsvFile does.
 */
export async function loadCsvBatch(db: Db, batchId: number, files: readonly BatchFile[], sniff: Sniffed, rec: Recognised): Promise<Map<number, LoadedFile>> {
  const spec = rec.table!;
  const width = sniff.header.length;
  const colDefs = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const stage = `stageb_${batchId}`;
  const t0 = performance.now();
  await db.con.run(`CREATE TABLE ${stage} AS SELECT * FROM read_csv([${files.map((f) => sqlString(f.abs)).join(', ')}], auto_detect=false, header=true,
    delim=${sqlString(sniff.delimiter)}, quote='"', escape='"', columns={${colDefs}}, store_rejects=true,
    rejects_table='rejb_${batchId}', rejects_scan='scanb_${batchId}', null_padding=false, filename=true)`);
  const counts = await queryRows<{ path: string; n: string; r0: string }>(db, `SELECT filename AS path, count(*) AS n, min(rowid) AS r0 FROM ${stage} GROUP BY filename`);
  const rejects = await queryRows<{ path: string; line: string; error_type: string }>(db,
    `SELECT sc.file_path AS path, e.line, min(e.error_type) AS error_type FROM rejb_${batchId} e JOIN scanb_${batchId} sc USING (scan_id, file_id)
     GROUP BY sc.file_path, e.line ORDER BY sc.file_path, e.line`);
  ingestTimes.add(`read_csv batch ${spec.name}`, performance.now() - t0);
  const byPath = new Map(files.map((f) => [f.abs, f]));
  const out = new Map<number, LoadedFile>(files.map((f) => [f.fileId, { rowsAccepted: 0, rowsRejected: 0, findings: [] }]));
  const firstRow = new Map<number, bigint>();
  for (const c of counts) {
    const f = byPath.get(c.path)!;
    out.get(f.fileId)!.rowsAccepted = Number(c.n);
    firstRow.set(f.fileId, BigInt(c.r0));
  }
  // per file, the rejected lines as (line − rows rejected before it): the shift table of loadCsvFile
  await db.con.run(`CREATE TABLE rejlines_${batchId} (file INTEGER, sv INTEGER)`);
  const shifts = await db.con.createAppender(`rejlines_${batchId}`);
  let before = 0, prev: string | null = null;
  for (const r of rejects) {
    const f = byPath.get(r.path)!;
    if (r.path !== prev) { before = 0; prev = r.path; }
    const line = Number(r.line);
    const rule = REJECT_RULE[r.error_type] ?? { ruleId: 'csv-unreadable-row', message: `this row could not be read (${r.error_type.toLowerCase()})`, remedy: 'check the row against the header' };
    const loaded = out.get(f.fileId)!;
    loaded.rowsRejected += 1;
    loaded.findings.push({ ruleId: rule.ruleId, severity: 'error', table: spec.name, file: f.rel, line, column: null, value: null, message: rule.message, remedy: rule.remedy });
    shifts.appendInteger(f.fileId); shifts.appendInteger(line - before); shifts.endRow();
    before += 1;
  }
  shifts.closeSync();
  await db.con.run(`CREATE TABLE filemap_${batchId} (path VARCHAR, file INTEGER, r0 BIGINT, la VARCHAR, year VARCHAR)`);
  const app = await db.con.createAppender(`filemap_${batchId}`);
  for (const f of files) {
    app.appendVarchar(f.abs); app.appendInteger(f.fileId);
    const r0 = firstRow.get(f.fileId);
    r0 === undefined ? app.appendNull() : app.appendBigInt(r0);
    f.la === null ? app.appendNull() : app.appendVarchar(f.la);
    f.year === null ? app.appendNull() : app.appendVarchar(f.year);
    app.endRow();
  }
  app.closeSync();
  const index = 's.rowid - m.r0 + 2';
  const lineExpr = rejects.length ? `(${index} + (SELECT count(*) FROM rejlines_${batchId} v WHERE v.file = m.file AND v.sv <= ${index}))::INTEGER` : `(${index})::INTEGER`;
  addRawPart(db, spec.name, `SELECT m.file AS _file, ${lineExpr} AS _line, ${rawColumns(rec, width, 'm.la', 'm.year')} FROM ${stage} s JOIN filemap_${batchId} m ON m.path = s.filename`);
  return out;
}

export async function loadCsvFile(db: Db, fileId: number, abs: string, rel: string, sniff: Sniffed, rec: Recognised,
  ctx: { la: string | null; year: string | null }): Promise<LoadedFile> {
  const spec = rec.table!;
  let path = abs;
  const nulFound: Finding[] = [];
  if (sniff.encoding !== 'utf-8' || sniff.mixedLineEnds || sniff.nul || hasGlobCharacters(abs)) {
    // DuckDB reads neither Windows-1252, UTF-16, NUL bytes nor mixed line ends, and takes * ? [ ] { }
    // in a path as a pattern: it gets a UTF-8, LF copy (same lines) under a plain name
    path = join(db.tempDir, `decoded-${fileId}.csv`);
    const bytes = readFileSync(abs);
    const text = decodedBytes(bytes, sniff, false);
    if (sniff.nul) appendAll(nulFound, nulFindings(text, sniff, spec, rel));
    const clean = sniff.nul ? decodedBytes(text, { encoding: 'utf-8', nul: true }) : text;
    writeFileSync(path, sniff.mixedLineEnds ? normaliseLineEnds(clean) : clean, { mode: 0o600 });
  }
  if (sniff.hasQuotesOrBlankLines) {
    // a quoted value in the header that runs over several lines, or is never closed: DuckDB takes
    // those lines (or the whole file) as the header and returns no rows and no rejects, so the rows
    // would vanish. Nothing in the file can be trusted; every row is reported as rejected.
    const scan = scanRecords(readFileSync(path), sniff.delimiter);
    if (scan.unterminatedAt === 1 || scan.headerExtraLines > 0) {
      await ensureRawTable(db, spec); // the table is known to ingest, so its raw view must exist (empty)
      const lost = rowsOf(scan);
      const what = scan.unterminatedAt === 1 ? 'a quoted value in the header is not closed' : `a quoted value in the header runs over ${scan.headerExtraLines + 1} lines`;
      return { rowsAccepted: 0, rowsRejected: lost, findings: [{ ruleId: 'csv-unterminated-quote', severity: 'error', table: spec.name, file: rel, line: 1, column: null, value: null,
        message: `${what}; the file cannot be split into rows and none of its ${lost} row(s) are used`, remedy: REJECT_RULE['UNQUOTED VALUE']!.remedy }] };
    }
  }
  const width = sniff.header.length;
  const colDefs = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const stage = `stage_${fileId}`;
  let t0 = performance.now();
  await db.con.run(`CREATE TABLE ${stage} AS SELECT * FROM read_csv(${sqlString(path)}, auto_detect=false, header=true,
    delim=${sqlString(sniff.delimiter)}, quote='"', escape='"', columns={${colDefs}}, store_rejects=true,
    rejects_table='rej_${fileId}', rejects_scan='scan_${fileId}', null_padding=false)`);
  const rejects = await queryRows<{ line: string; pos: string; error_type: string; csv_line: string | null }>(db,
    `SELECT min(line) AS line, min(line_byte_position) AS pos, min(error_type) AS error_type, min(csv_line) AS csv_line FROM rej_${fileId} GROUP BY line ORDER BY min(line)`);
  const accepted = Number((await queryRows<{ n: string }>(db, `SELECT count(*) AS n FROM ${stage}`))[0]!.n);
  ingestTimes.add(`read_csv ${spec.name}`, performance.now() - t0);

  const findings: Finding[] = [...nulFound];
  let rejected = 0;
  const rejectedLines: number[] = [];
  let buf: Buffer | null = null;
  const physicalLineOf = (bytePos: number, duckLine: number): number => {
    if (!sniff.hasQuotesOrBlankLines) return duckLine;
    buf ??= readFileSync(path);
    let n = 1;
    for (let i = 0; i < bytePos && i < buf.length; i++) if (buf[i] === 10) n++;
    return n;
  };
  let scan: RecordScan | null = null;
  const scanned = (): RecordScan => (scan ??= scanRecords((buf ??= readFileSync(path)), sniff.delimiter));
  for (const r of rejects) {
    const line = physicalLineOf(Number(r.pos), Number(r.line));
    const rule = REJECT_RULE[r.error_type] ?? { ruleId: 'csv-unreadable-row', message: `this row could not be read (${r.error_type.toLowerCase()})`, remedy: 'check the row against the header' };
    let message = rule.message;
    // DuckDB also says UNQUOTED VALUE for a closed quote followed by text ("a"b): that row alone is
    // lost. Only a quote still open at the end of the file swallows the lines after it; those are
    // counted from the file itself (csv_line may hold blank lines, which are not rows).
    if (r.error_type === 'UNQUOTED VALUE' && scanned().unterminatedAt === line) {
      const swallowed = scanned().linesSwallowed;
      if (swallowed > 0) message += `; the ${swallowed} line(s) after it were read as part of that value and are not used`;
      rejected += swallowed;
    }
    rejected += 1;
    rejectedLines.push(line);
    findings.push({ ruleId: rule.ruleId, severity: 'error', table: spec.name, file: rel, line, column: null, value: null, message, remedy: rule.remedy });
  }

  // safety net: rows the file holds that DuckDB neither returned nor rejected (a header it could not
  // read takes the file with it, silently) are reported, so that no row vanishes
  if (sniff.hasQuotesOrBlankLines) {
    const missing = rowsOf(scanned()) - (accepted + rejected);
    if (missing > 0) {
      rejected += missing;
      findings.push({ ruleId: 'csv-unreadable-row', severity: 'error', table: spec.name, file: rel, line: null, column: null, value: null,
        message: `${missing} row(s) were not returned by the CSV reader (often a stray quote in the header) and are not used`, remedy: 'check the header and the quotes in the file; a value that contains a double quote must write it twice ("")' });
    }
  }

  // physical line of each accepted row
  let lineExpr = '(rowid + 2)::INTEGER';
  let lineJoin = '';
  if (sniff.hasQuotesOrBlankLines) {
    buf ??= readFileSync(path);
    const starts = scanned().starts;
    const rejectedSet = new Set(rejectedLines);
    const lines: number[] = [];
    for (let i = 1; i < starts.length; i++) {
      const l = starts[i]!;
      if (rejectedSet.has(l)) continue;
      lines.push(l);
    }
    await db.con.run(`CREATE TABLE lines_${fileId} (k BIGINT, line INTEGER)`);
    const app = await db.con.createAppender(`lines_${fileId}`);
    for (let k = 0; k < accepted; k++) { app.appendBigInt(BigInt(k)); app.appendInteger(lines[k] ?? -1); app.endRow(); }
    app.closeSync();
    lineExpr = 'lm.line';
    lineJoin = `JOIN lines_${fileId} lm ON lm.k = s.rowid`;
  } else if (rejectedLines.length > 0) {
    const sorted = [...rejectedLines].sort((a, b) => a - b);
    const values = sorted.map((r, i) => `(${r - i})`).join(', ');
    lineExpr = `((s.rowid + 2) + (SELECT count(*) FROM (VALUES ${values}) v(sv) WHERE sv <= s.rowid + 2 + 0))::INTEGER`;
  }
  const la = ctx.la === null ? 'NULL' : sqlString(ctx.la);
  const year = ctx.year === null ? 'NULL' : sqlString(ctx.year);
  addRawPart(db, spec.name, `SELECT ${fileId}::INTEGER AS _file, ${lineExpr} AS _line, ${rawColumns(rec, width, la, year)} FROM ${stage} s ${lineJoin}`);
  // cells in the trailing unnamed columns are data nobody named: report them
  const extras = unnamedColumns(sniff, rec);
  if (extras.length) {
    const cond = extras.map((i) => `nullif(trim(s.c${i}), '') IS NOT NULL`).join(' OR ');
    const rows = await queryRows<{ line: number }>(db, `SELECT ${lineExpr} AS line FROM ${stage} s ${lineJoin} WHERE ${cond} ORDER BY 1 LIMIT 1000`);
    for (const r of rows) findings.push({ ruleId: 'csv-value-in-unnamed-column', severity: 'warning', table: spec.name, file: rel, line: Number(r.line), column: null, value: null, message: 'a value stands in a column with no header name; it is ignored', remedy: 'give the column a header name or delete the stray value' });
  }
  return { rowsAccepted: accepted, rowsRejected: rejected, findings };
}
