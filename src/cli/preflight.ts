/**
 * Fail fast with the fix: before any heavy work (loading, validating, linking), a cheap survey of the
 * input folder says which LAs and years the data can hold, so `--la 999`, `--year 2031/32` or a
 * multi-LA folder without `--la` is an exit-2 usage error in well under a second, listing what the
 * data hold.
 *
 * The survey reads file names and header lines only, plus one column of the few files whose path
 * does not say it (an LA or YEAR column of a pooled 903 file, the KS4 year of KS4 pupil files), with
 * one read each (in JavaScript up to 32 MB of files, so a small folder never waits for DuckDB to open; a
 * DuckDB `SELECT DISTINCT` beyond that). It is a superset of what the full run finds (every LA of an
 * Episodes file, every 903 return year, every KS4 year): it never refuses what the run would accept.
 * What it cannot see cheaply (an XML return with neither LA nor year in its path, a file DuckDB cannot
 * read as plain CSV) makes that part "unknown", and the run's own check after loading applies.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { discoverFiles } from '../io/discover.js';
import { laFromPath, yearFromPath } from '../io/paths.js';
import { recogniseHeader } from '../io/recognise.js';
import { DEFAULT_CONFIG } from '../schemas/config.js';
// DuckDB is loaded only when a scan needs it (over 32 MB of files): the survey of a small folder never waits for it
import type { Db } from '../io/duck.js';
import { academicYearEnding, censusYearOf, march31, parseAcademicYear, type AcademicYear } from '../domain/years.js';
import { dayNumber } from '../domain/dates.js';
import { cla12MonthsAt31March } from '../derive/care/cla-12-months.js';
import { claAt31March } from '../derive/care/cla-at-31-march.js';
import type { CareHistory } from '../derive/care/types.js';
import type { Cohort } from '../measures/compute/context.js';
import { UsageError } from '../errors.js';

export interface Survey {
  /** LAs of the Episodes files (sorted), or null when some file's LA cannot be seen cheaply. */
  las: string[] | null;
  /** 903 return years and KS4 years as academic years (sorted), or null when not all can be seen cheaply. */
  years: AcademicYear[] | null;
  /** KS4 years alone (for model --years), or null. */
  ks4Years: AcademicYear[] | null;
  /** Input files found (for progress messages). */
  files: number;
  /** Of them, NPD-style pupil files (KS4, KS2, KS1, census, absence, exclusions): the education measures' input; null when a file could not be recognised cheaply. */
  pupilFiles: number | null;
  /** Their size in bytes. */
  bytes: number;
}

/** The first line of a text file, split on its likeliest delimiter; null for UTF-16 or binary files. */
const HEAD = Buffer.alloc(64 * 1024);
function headerOf(path: string): { header: string[]; delimiter: string } | null {
  const fd = openSync(path, 'r');
  let n: number;
  try { n = readSync(fd, HEAD, 0, HEAD.length, 0); } finally { closeSync(fd); }
  const head = HEAD.subarray(0, n);
  if (head.includes(0)) return null;
  // only the first line is decoded (the rest of the 64 KB is read to tell text from binary)
  const lf = head.indexOf(0x0a), cr = head.indexOf(0x0d);
  const end = Math.min(lf < 0 ? n : lf, cr < 0 ? n : cr);
  const line = head.subarray(0, end).toString('latin1').replace(/^\xEF\xBB\xBF/, '');
  const delimiter = [',', ';', '\t', '|'].map((d) => [d, line.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  return { header: line.split(delimiter).map((h) => h.replace(/^"|"$/g, '')), delimiter };
}

/**
 * Files up to this size in all are scanned in JavaScript rather than DuckDB: opening DuckDB costs more
 * than reading a few MB (a wrong --year on the demo failed after 2.7 s, almost all of it DuckDB opening).
 */
const JS_SCAN_BYTES = 32 * 1024 * 1024;

/** Distinct trimmed values of one column, read in JavaScript (csv-parse); null when a file cannot be parsed plainly or lacks the column. */
async function distinctColumnInJs(paths: string[], column: string, delimiter: string): Promise<string[] | null> {
  const { parse } = await import('csv-parse/sync');
  const out = new Set<string>();
  try {
    for (const path of paths) {
      // latin1: the values wanted (years, LA numbers) are ASCII whatever the file's encoding
      const text = readFileSync(path, 'latin1').replace(/^\xEF\xBB\xBF/, '');
      // no quote in the file: every line is one record, split on the delimiter (ten times faster than parsing)
      const rows = text.includes('"') ? parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][]
        : text.split(/\r\n|\n|\r/).filter((l) => l !== '').map((l) => l.split(delimiter));
      const at = (rows[0] ?? []).findIndex((h) => h === column || h.trim() === column.trim());
      if (at < 0) return null;
      for (let i = 1; i < rows.length; i++) { const v = rows[i]![at]?.trim(); if (v) out.add(v); }
    }
  } catch {
    return null;
  }
  return [...out];
}

/** Distinct trimmed values of one column across files of one delimiter: in JavaScript for small files, else one DuckDB read; null if neither can read them plainly. */
async function distinctColumn(getDb: () => Promise<Db>, paths: string[], column: string, delimiter: string): Promise<string[] | null> {
  const bytes = paths.reduce((a, p) => a + statSync(p).size, 0);
  if (bytes <= JS_SCAN_BYTES) {
    const values = await distinctColumnInJs(paths, column, delimiter);
    if (values) return values;
  }
  try {
    const db = await getDb();
    const { queryRows, sqlIdent, sqlString } = await import('../io/duck.js');
    const rows = await queryRows<{ v: string | null }>(db,
      `SELECT DISTINCT trim(${sqlIdent(column)}) AS v FROM read_csv([${paths.map(sqlString).join(', ')}], header = true, all_varchar = true, delim = ${sqlString(delimiter)}, quote = '"', ignore_errors = true, null_padding = true, union_by_name = true)`);
    return rows.map((r) => r.v).filter((v): v is string => v !== null && v !== '');
  } catch {
    return null;
  }
}

/** Files whose one column is to be read, grouped so that each group is one DuckDB read. */
class ColumnScans {
  private groups = new Map<string, { kind: string; column: string; delimiter: string; paths: string[]; use: (vs: string[] | null) => void }>();
  add(kind: string, path: string, column: string, delimiter: string, use: (vs: string[] | null) => void): void {
    const key = `${kind}\u0000${column}\u0000${delimiter}`;
    const g = this.groups.get(key) ?? { kind, column, delimiter, paths: [], use };
    g.paths.push(path);
    this.groups.set(key, g);
  }
  /** Runs the scans of the kinds asked for; the database is opened only if a scan needs it (over 32 MB of files, or files csv-parse cannot read plainly). */
  async run(getDb: () => Promise<Db>, kinds: string[]): Promise<void> {
    for (const g of this.groups.values()) if (kinds.includes(g.kind)) g.use(await distinctColumn(getDb, g.paths, g.column, g.delimiter));
  }
}

/**
 * The cheap survey of a folder (see the file comment). `fill` is the LA / return year given for files
 * whose path does not say it. Years are surveyed only when `need.years` (a command given no year has
 * nothing to check), and the database (`getDb`, the run's own, opened on first use) only when a
 * column must be read: an LA check on LA folders opens none.
 */
export async function surveyFolder(getDb: () => Promise<Db>, folder: string, fill: { la?: string; year?: number } = {}, need: { years: boolean } = { years: true }): Promise<Survey> {
  const config = existsSync(join(folder, 'cla-analyse.json')) ? (await import('../io/ingest.js')).loadConfig(folder) : DEFAULT_CONFIG;
  const files = discoverFiles(folder).filter((f) => f.rel !== 'cla-analyse.json');
  const las = new Set<string>();
  const years = new Set<AcademicYear>();
  const ks4 = new Set<AcademicYear>();
  let lasKnown = true;
  let yearsKnown = true;
  let ks4Known = true;
  let pupilFiles = 0;
  let pupilsKnown = true;
  const laFill = fill.la ?? config.la ?? null;
  const yearFill = fill.year ?? config.year ?? null;
  const scans = new ColumnScans();
  for (const f of files) {
    const pathLa = laFromPath(f.rel) ?? laFill;
    const pathYear = yearFromPath(f.rel) ?? yearFill;
    if (f.kind === 'xml') {
      // an XML return names its LA and year in its path, or the run finds them when it reads the file
      if (pathLa) las.add(pathLa); else lasKnown = false;
      if (pathYear) years.add(academicYearEnding(pathYear)); else yearsKnown = false;
      continue;
    }
    const h = headerOf(f.abs);
    if (!h) { lasKnown = yearsKnown = ks4Known = pupilsKnown = false; continue; }
    const rec = recogniseHeader(h.header, config.columnRenames);
    const spec = rec.table;
    if (!spec) continue;
    if (spec.family !== '903') pupilFiles++;
    if (spec.family === '903') {
      const colYear = rec.context.year !== null ? h.header[rec.context.year]! : null;
      if (yearFromPath(f.rel) === null && colYear) {
        scans.add('903 year', f.abs, colYear, h.delimiter, (vs) => {
          if (vs === null) yearsKnown = false;
          else for (const v of vs) { const y = /^\d{4}$/.test(v) ? academicYearEnding(+v) : parseAcademicYear(v); if (y) years.add(y); }
        });
      } else if (pathYear) years.add(academicYearEnding(pathYear));
      if (spec.name !== 'Episodes') continue;
      const colLa = rec.context.la !== null ? h.header[rec.context.la]! : null;
      if (laFromPath(f.rel) === null && colLa) {
        scans.add('la', f.abs, colLa, h.delimiter, (vs) => {
          if (vs === null) lasKnown = false;
          else for (const v of vs) if (/^\d{3}$/.test(v)) las.add(v);
        });
      } else if (pathLa) las.add(pathLa);
    } else if (spec.name === 'KS4Pupil') {
      const idx = rec.mapping.indexOf('ACADYR');
      if (idx < 0) continue;
      scans.add('ks4 year', f.abs, h.header[idx]!, h.delimiter, (vs) => {
        if (vs === null) { ks4Known = false; return; }
        for (const v of vs) { const y = parseAcademicYear(v); if (y) { years.add(y); ks4.add(y); } }
      });
    }
  }
  await scans.run(getDb, need.years ? ['la', '903 year', 'ks4 year'] : ['la']);
  return {
    las: lasKnown ? [...las].sort() : null,
    years: need.years && yearsKnown && ks4Known ? [...years].sort() : null,
    ks4Years: need.years && ks4Known ? [...ks4].sort() : null,
    files: files.length,
    pupilFiles: pupilsKnown ? pupilFiles : null,
    bytes: files.reduce((a, f) => a + f.size, 0),
  };
}

function listed(xs: string[]): string {
  return xs.length > 12 ? `${xs.slice(0, 12).join(', ')}, … (${xs.length} in all)` : xs.join(', ');
}

/** The LA to report on: the one asked for if the data hold it, else the only one; anything else is exit 2 listing the LAs. */
export function checkLa(s: Survey, la: string | undefined, folder: string): void {
  if (!s.las) return;
  if (s.las.length === 0) return; // no Episodes at all: the run says why (validate's findings)
  if (la !== undefined && !s.las.includes(la)) {
    throw new UsageError(`the data in ${folder} hold no care episodes for LA ${la}; they hold ${s.las.length === 1 ? 'LA' : 'LAs'} ${listed(s.las)}`,
      `pass --la ${s.las[0]}${s.las.length > 1 ? ` (or another of ${listed(s.las)})` : ''}`);
  }
  if (la === undefined && s.las.length > 1) {
    throw new UsageError(`the data in ${folder} hold ${s.las.length} LAs (${listed(s.las)}); choose one`, `pass --la ${s.las[0]}, or use \`cla-analyse benchmark\` for all of them`);
  }
}

/** LAs asked for that the data do not hold: exit 2 listing those they do. */
export function checkLas(s: Survey, asked: string[] | undefined, folder: string): void {
  if (!s.las || !asked?.length || s.las.length === 0) return;
  const missing = asked.filter((la) => !s.las!.includes(la));
  if (missing.length) throw new UsageError(`the data in ${folder} hold no care episodes for LA ${missing.join(', ')}`, `choose from ${listed(s.las)}`);
}

/** Years asked for that the data do not hold: exit 2 listing those they do. */
export function checkYears(held: AcademicYear[] | null, asked: AcademicYear[] | undefined, folder: string, what = 'data'): void {
  if (!held || !asked?.length) return;
  const missing = asked.filter((y) => !held.includes(y));
  if (missing.length) throw new UsageError(`the ${what} in ${folder} hold no ${missing.join(', ')}`, held.length ? `choose from ${listed(held)} (written as 2023/24, 202324, 23/24 or 2024)` : 'check the folder holds the files for that year');
}

/** "102 files (5.0 MB)" for progress messages. */
export function filesLabel(s: Survey): string {
  const mb = s.bytes / 1e6;
  return `${s.files.toLocaleString('en-GB')} file${s.files === 1 ? '' : 's'} (${mb >= 100 ? mb.toFixed(0) : mb.toFixed(1)} MB)`;
}

/**
 * `report`'s survey and checks, run by the CLI before the report's own code is loaded (loading it costs
 * more than the survey), so a wrong --la, --year or --cohort is exit 2 at once. DuckDB is opened (and
 * closed) only when a column scan needs it.
 */
export async function preflightReport(folder: string, ask: { la?: string; year?: AcademicYear; cohort?: Cohort; cohortChosen?: boolean }): Promise<Survey> {
  let db: Db | undefined;
  try {
    const survey = await surveyFolder(async () => (db ??= await (await import('../io/duck.js')).openDb({ input: folder })), folder, {}, { years: ask.year !== undefined });
    checkLa(survey, ask.la, folder);
    checkYears(survey.years, ask.year ? [ask.year] : undefined, folder);
    if (ask.cohort && ask.cohortChosen) checkCohortFiles(survey, ask.cohort, folder);
    return survey;
  } finally {
    if (db) (await import('../io/duck.js')).closeDb(db);
  }
}

/**
 * `--cohort` picks the pupils of the education measures: with no pupil file in the folder (903
 * returns only) no cohort has any, and the choice would change nothing, so a cohort chosen on the
 * command line is exit 2 saying what the data hold.
 */
export function checkCohortFiles(s: Survey, cohort: Cohort, folder: string): void {
  if (s.pupilFiles !== 0) return;
  throw new UsageError(`--cohort ${cohort} chooses the pupils of the education measures, but the data in ${folder} hold no pupil files (KS4, KS2, KS1, census, absence or exclusions), only 903 returns`,
    'add the NPD-style pupil files to the folder (README, "Inputs"), or leave out --cohort for the care measures alone');
}

/** Children of each care cohort in an LA at 31 March of a year (`all`, pupils of the LA's schools, is not counted here). */
export function careCohortCounts(histories: Iterable<CareHistory>, la: string, year: AcademicYear): Record<Exclude<Cohort, 'all'>, number> {
  const y = censusYearOf(year);
  const by = dayNumber(march31(y));
  const n = { cla_12m: 0, cla_31mar: 0, cla_under_12m: 0, ever_cla: 0 };
  for (const h of histories) {
    if (h.la !== la) continue;
    const at31 = claAt31March(h, y);
    const twelve = cla12MonthsAt31March(h, y);
    if (twelve) n.cla_12m++;
    if (at31) n.cla_31mar++;
    if (at31 && !twelve) n.cla_under_12m++;
    if (h.care.some((e) => e.startDay <= by)) n.ever_cla++;
  }
  return n;
}

const COHORT_WORDS: Record<Exclude<Cohort, 'all'>, string> = {
  cla_12m: 'looked after for 12 months at 31 March',
  cla_31mar: 'looked after at 31 March',
  cla_under_12m: 'looked after at 31 March for under 12 months',
  ever_cla: 'ever looked after by 31 March',
};

/**
 * A care cohort chosen with --cohort that holds no child of the LA in the report year: exit 2 listing
 * the cohorts that do hold children (a report of that cohort would be empty throughout). Checked
 * after the files are read, as the cohorts come from the care histories.
 */
export function checkCohortHeld(histories: Iterable<CareHistory>, cohort: Cohort, la: string, year: AcademicYear): void {
  if (cohort === 'all') return;
  const counts = careCohortCounts(histories, la, year);
  if (counts[cohort] > 0) return;
  const held = (Object.keys(COHORT_WORDS) as (keyof typeof COHORT_WORDS)[]).filter((c) => counts[c] > 0);
  throw new UsageError(`the data hold no child of LA ${la} ${COHORT_WORDS[cohort]} ${censusYearOf(year)} (--cohort ${cohort}, year ${year})`,
    held.length ? `choose a cohort the data hold: ${held.map((c) => `${c} (${counts[c]} ${counts[c] === 1 ? 'child' : 'children'})`).join(', ')}, or all (every pupil of the LA's schools)` : 'check the 903 returns for that year are in the folder, or choose another --year');
}
