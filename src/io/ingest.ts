/**
 * Ingest: every CSV (and XML) file below the input folder is recognised by its header and loaded,
 * cell for cell as text, into the raw staging table of its table, with file, line, LA and year.
 * File-level problems are findings; only a folder that cannot be read at all is an InputError.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type Config, DEFAULT_CONFIG, parseConfig } from '../schemas/config.js';
import { appendAll, type Finding, type RuleBook, type RuleId } from '../domain/finding.js';
import { InputError, ConfigError } from '../errors.js';
import type { Db } from './duck.js';
import { discoverFiles, type DiscoveryNote, type InputFile } from './discover.js';
import { laFromPath, yearFromPath } from './paths.js';
import { normaliseHeaderName, recogniseHeader } from './recognise.js';
import { ALL_TABLES } from '../schemas/index.js';

/** Every column name of every table, with and without its KS1_/KS2_/KS4_ prefix, and LA / YEAR. */
const KNOWN_COLUMNS = new Set(['LA', 'YEAR', ...ALL_TABLES.flatMap((t) => Object.keys(t.columns).flatMap((c) => (t.prefix ? [c, t.prefix + c] : [c])))]);
import { normaliseLineEnds, rowsOf, scanRecords, sniffCsv } from './csv/sniff.js';
import { type BatchFile, batchable, hasGlobCharacters, batchKey, createRawViews, ingestTimes, loadCsvBatch, loadCsvFile, type LoadedFile } from './csv/load.js';
import type { Sniffed } from './csv/sniff.js';
import type { Recognised } from './recognise.js';
import { loadXmlFile } from './xml-load.js';

export interface FileAccount {
  file: string;
  table: string | null;
  la: string | null;
  year: number | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejected rows by rule id. */
  rejectedBy: Record<string, number>;
  /** XML returns: <CHILD> elements read = accepted + reported (broken, each with a finding). */
  children?: { read: number; accepted: number; reported: number };
}

export interface IngestOptions { folder: string; la?: string; year?: number; config?: Config }
export interface Ingested {
  files: FileAccount[];
  findings: Finding[];
  fileNames: string[];
  tables: Set<string>;
  config: Config;
}

export function loadConfig(folder: string): Config {
  const p = join(folder, 'cla-analyse.json');
  if (!existsSync(p)) return DEFAULT_CONFIG;
  let value: unknown;
  // a UTF-8 byte-order mark (Notepad's "UTF-8 with BOM") is not part of the JSON
  try { value = JSON.parse(readFileSync(p, 'utf8').replace(/^\uFEFF/, '')); } catch (e) {
    throw new ConfigError(`cla-analyse.json: not valid JSON (${(e as Error).message})`, [], 'fix the JSON syntax (a trailing comma or a missing quote is the usual cause)');
  }
  const config = parseConfig(value, 'cla-analyse.json');
  checkConfigPaths(folder, config);
  return config;
}

/**
 * Files a configuration names (benchmarkFiles, p8Tables, p8LowerThresholds) are relative to the input folder and must
 * stay inside it: a path that leaves it (`../../etc/passwd`, an absolute path elsewhere) or names no
 * file is a configuration error, never silently ignored.
 */
function checkConfigPaths(folder: string, config: Config): void {
  const named: Array<[string, string]> = [];
  for (const [file, path] of Object.entries(config.benchmarkFiles ?? {})) if (path) named.push([`$.benchmarkFiles.${file}`, path]);
  for (const [year, t] of Object.entries(config.p8Tables)) named.push([`$.p8Tables.${year}.splits`, t.splits], [`$.p8Tables.${year}.stdev`, t.stdev]);
  for (const [year, path] of Object.entries(config.p8LowerThresholds)) named.push([`$.p8LowerThresholds.${year}`, path]);
  const issues: string[] = [];
  const root = resolve(folder);
  for (const [where, path] of named) {
    const full = resolve(root, path);
    const rel = relative(root, full);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) issues.push(`${where}: the path leaves the input folder; give a file inside it (relative to the folder)`);
    else if (!existsSync(full)) issues.push(`${where}: no such file in the input folder`);
  }
  if (issues.length) throw new ConfigError(`cla-analyse.json: ${issues.length} problem(s) with the files it names`, issues, 'put the file inside the input folder and name it relative to the folder, e.g. "benchmarks/cla-benchmarks-2025.csv"');
}

function fileFinding(rules: RuleBook, ruleId: RuleId, file: string, message: string, table: string | null = null, column: string | null = null, line: number | null = null): Finding {
  const r = rules.get(ruleId)!;
  return { ruleId, severity: r.severity, table, file, line, column, value: null, message, remedy: r.remedy };
}

/**
 * The files cla-analyse.json names (benchmarkFiles, p8Tables, p8LowerThresholds), relative to the
 * folder with / separators: configuration, read where it is used, so not read again as input data
 * (a newer DfE benchmark file is no table of the returns).
 */
export function configNamedFiles(folder: string, config: Config): Set<string> {
  const paths = [...Object.values(config.benchmarkFiles ?? {}), ...Object.values(config.p8Tables).flatMap((t) => [t.splits, t.stdev]), ...Object.values(config.p8LowerThresholds)];
  const root = resolve(folder);
  return new Set(paths.filter((p): p is string => !!p).map((p) => relative(root, resolve(root, p)).split(sep).join('/')));
}

/** Reads every file of the folder. `rules`: the validation rules by id (validate passes its registry in). */
export async function ingest(db: Db, opts: IngestOptions, rules: RuleBook): Promise<Ingested> {
  const config = opts.config ?? loadConfig(opts.folder);
  const notes: DiscoveryNote[] = [];
  const configured = configNamedFiles(opts.folder, config);
  const inputs = discoverFiles(opts.folder, notes).filter((f) => f.rel !== 'cla-analyse.json' && !configured.has(f.rel));
  if (inputs.length === 0) throw new InputError(`no .csv or .xml files under ${opts.folder}${notes.length ? ` (${notes.map((n) => `${n.rel}: ${n.message}`).join('; ')})` : ''}`, opts.folder, 'point the command at the folder holding the exported 903 and pupil files');
  const findings: Finding[] = notes.map((n) => fileFinding(rules, n.ruleId, n.rel, n.message));
  const files: FileAccount[] = [];
  const fileNames: string[] = [];
  const tables = new Set<string>();
  const claimed = new Map<string, string>(); // table|la|year -> first file
  const batches = new Map<string, { sniff: Sniffed; rec: Recognised; files: BatchFile[]; accounts: FileAccount[] }>();
  for (const f of inputs) {
    const fileId = fileNames.length;
    fileNames.push(f.rel);
    const account: FileAccount = { file: f.rel, table: null, la: null, year: null, rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rejectedBy: {} };
    files.push(account);
    if (f.kind === 'xml') {
      const r = await loadXmlFile(db, fileId, f, { la: opts.la ?? config.la ?? null, year: opts.year ?? config.year ?? null }, claimed, rules);
      appendAll(findings, r.findings);
      Object.assign(account, r.account);
      for (const t of r.tables) tables.add(t);
      continue;
    }
    const pending = await ingestCsv(db, fileId, f, opts, config, account, findings, tables, claimed, rules);
    if (pending) {
      const key = batchKey(pending.sniff, pending.rec);
      const batch = batches.get(key) ?? { sniff: pending.sniff, rec: pending.rec, files: [], accounts: [] };
      batch.files.push(pending.file);
      batch.accounts.push(account);
      batches.set(key, batch);
    }
  }
  // plain files of one table and header: one read for all of them (in the order they were found)
  let batchId = 0;
  for (const batch of batches.values()) {
    const loaded = await loadCsvBatch(db, batchId++, batch.files, batch.sniff, batch.rec);
    batch.files.forEach((file, i) => recordLoaded(batch.rec.table!.name, file.rel, loaded.get(file.fileId)!, batch.accounts[i]!, findings, rules));
  }
  await createRawViews(db);
  ingestTimes.report('ingest');
  return { files, findings, fileNames, tables, config };
}

/**
 * Recognises one CSV file and reports its file-level findings. A plain file (batchable) is returned
 * to be read with the others of its header; any other file is loaded here, one by one.
 */
async function ingestCsv(db: Db, fileId: number, f: InputFile, opts: IngestOptions, config: Config, account: FileAccount,
  findings: Finding[], tables: Set<string>, claimed: Map<string, string>, rules: RuleBook): Promise<{ sniff: Sniffed; rec: Recognised; file: BatchFile } | null> {
  let t0 = performance.now();
  const sniff = sniffCsv(f.abs);
  ingestTimes.add('sniff', performance.now() - t0);
  if (sniff.kind === 'empty') { findings.push(fileFinding(rules, 'file-empty', f.rel, 'the file is empty')); return null; }
  if (sniff.kind === 'binary') { findings.push(fileFinding(rules, 'file-not-csv', f.rel, 'the file is not text: it looks like a spreadsheet or other binary file saved with a .csv name')); return null; }
  const rec = recogniseHeader(sniff.header, config.columnRenames);
  if (!rec.table) {
    // a file exported without its header row has a data row (ids, dates of birth, UPNs, postcodes)
    // where the header should be: only known column names and digit-free words are echoed
    const names = sniff.header.map((h) => h.trim()).filter((h) => KNOWN_COLUMNS.has(normaliseHeaderName(h)) || /^[A-Za-z_ ]{1,40}$/.test(h));
    const shown = names.length ? `: ${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}` : '';
    const hint = sniff.header.some((h) => KNOWN_COLUMNS.has(normaliseHeaderName(h))) ? '' : '; none of its cells is a known column name: is the header row missing?';
    findings.push(fileFinding(rules, 'file-unrecognised-table', f.rel, `the first row (${sniff.header.length} column(s)${shown}) matches no known table${hint}`, null, null, 1));
    rejectWholeFile(account, f.abs, 'file-unrecognised-table', sniff.delimiter);
    return null;
  }
  if (rec.ambiguous.length) {
    findings.push(fileFinding(rules, 'file-ambiguous-table', f.rel, `the header fits ${rec.ambiguous.join(' and ')} equally well`, null, null, 1));
    rejectWholeFile(account, f.abs, 'file-ambiguous-table', sniff.delimiter);
    return null;
  }
  const spec = rec.table;
  account.table = spec.name;
  if (sniff.encoding !== 'utf-8') findings.push(fileFinding(rules, 'file-encoding', f.rel, sniff.encoding === 'windows-1252' ? 'the file is not UTF-8; it was read as Windows-1252' : `the file is ${sniff.encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'}, not UTF-8; it was decoded as such`, spec.name));
  if (sniff.delimiter !== ',') findings.push(fileFinding(rules, 'file-delimiter', f.rel, `the file is separated by ${sniff.delimiter === ';' ? 'semicolons' : sniff.delimiter === '\t' ? 'tabs' : 'bars'}; it was read as such`, spec.name));
  for (const m of rec.missing) {
    const field = spec.columns[m]!;
    findings.push({ ...fileFinding(rules, 'file-missing-column', f.rel, `column ${m} is missing; its cells are treated as blank${field.required ? ' (it is required, so every row fails)' : ''}`, spec.name, m, 1), severity: field.required ? 'error' : 'warning' });
  }
  for (const u of rec.unknown) findings.push(fileFinding(rules, 'file-unknown-column', f.rel, `column ${u} is not part of ${spec.name}; it is ignored`, spec.name, u, 1));
  let la: string | null = null;
  let year: number | null = null;
  if (spec.family === '903') {
    la = laFromPath(f.rel) ?? opts.la ?? config.la ?? null;
    year = yearFromPath(f.rel) ?? opts.year ?? config.year ?? null;
    if (year === null && rec.context.year === null) {
      throw new InputError(`${f.rel}: no return year for this ${spec.name} file`, f.rel,
        'put the year in the folder or file name (e.g. 903/2024/episodes.csv), add a YEAR column, or pass --year 2024 (the year of the 31 March the return ends on)');
    }
    if (la === null && rec.context.la === null) {
      throw new InputError(`${f.rel}: no local authority for this ${spec.name} file`, f.rel,
        'put the 3-digit LA number in the path (e.g. 903/855/2024/episodes.csv), add an LA column, set "la" in cla-analyse.json or pass --la 855');
    }
    if (spec.fromYear && year !== null && year < spec.fromYear) findings.push(fileFinding(rules, 'file-table-not-in-year', f.rel, `${spec.name} is collected from the ${spec.fromYear} return; this file is for ${year}`, spec.name));
    if (rec.context.la === null && rec.context.year === null) {
      const key = `${spec.name}|${la}|${year}`;
      const first = claimed.get(key);
      if (first) {
        account.la = la; account.year = year;
        rejectWholeFile(account, f.abs, 'file-conflict', sniff.delimiter);
        findings.push(fileFinding(rules, 'file-conflict', f.rel, `${spec.name} for LA ${la}, ${year} is already read from ${first}; this file is not used`, spec.name));
        return null;
      }
      claimed.set(key, f.rel);
    }
  }
  account.la = la; account.year = year;
  tables.add(spec.name);
  const ctx = { la, year: year === null ? null : String(year) };
  if (batchable(sniff, rec) && !hasGlobCharacters(f.abs)) return { sniff, rec, file: { fileId, abs: f.abs, rel: f.rel, ...ctx } };
  t0 = performance.now();
  const loaded = await loadCsvFile(db, fileId, f.abs, f.rel, sniff, rec, ctx);
  ingestTimes.add(`load ${spec.name}`, performance.now() - t0);
  recordLoaded(spec.name, f.rel, loaded, account, findings, rules);
  return null;
}

/** A loaded file's findings and row accounting. */
function recordLoaded(table: string, rel: string, loaded: LoadedFile, account: FileAccount, findings: Finding[], rules: RuleBook): void {
  appendAll(findings, loaded.findings);
  // judged on what was read, not on the file size: a header followed by blank lines has no rows either
  if (loaded.rowsAccepted + loaded.rowsRejected === 0) findings.push(fileFinding(rules, 'file-header-only', rel, 'the file has a header and no rows', table));
  account.rowsRead = loaded.rowsAccepted + loaded.rowsRejected;
  account.rowsAccepted = loaded.rowsAccepted;
  account.rowsRejected = loaded.rowsRejected;
  for (const fd of loaded.findings) if (rules.get(fd.ruleId)?.rejectsRow) account.rejectedBy[fd.ruleId] = (account.rejectedBy[fd.ruleId] ?? 0) + 1;
  // one finding can stand for many rows (lines swallowed by an open quote, rows the reader lost)
  const counted = Object.values(account.rejectedBy).reduce((a, b) => a + b, 0);
  if (loaded.rowsRejected > counted) {
    const by = account.rejectedBy['csv-unterminated-quote'] ? 'csv-unterminated-quote' : 'csv-unreadable-row';
    account.rejectedBy[by] = (account.rejectedBy[by] ?? 0) + loaded.rowsRejected - counted;
  }
}

/**
 * A file that is not loaded (unrecognised, ambiguous, or a second copy of a table) still has its
 * rows counted, all rejected under the file's rule: every row read is either used or reported.
 * Records are counted quote-aware (a quoted value may span lines), as the loader counts them.
 */
function rejectWholeFile(account: FileAccount, path: string, ruleId: RuleId, delimiter: string): void {
  const records = rowsOf(scanRecords(normaliseLineEnds(readFileSync(path)), delimiter));
  account.rowsRead = records;
  account.rowsAccepted = 0;
  account.rowsRejected = records;
  if (records > 0) account.rejectedBy[ruleId] = records;
}
