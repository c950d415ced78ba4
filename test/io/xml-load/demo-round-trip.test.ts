/**
 * Issue 7, end to end on the built CLI: the bundled demo with its 903 CSVs converted to one XML return
 * per year gives the same report, byte for byte, and the same findings; and a folder holding both forms
 * of the same return reads it once (file-conflict), whichever form comes first in path order.
 */
import { readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert903FolderToXml } from '../../../src/synth/to-xml.js';
import { DEMO, copyOf, findingCounts, removeTemps, runCli } from './helpers.js';

interface FileAccount { file: string; table: string | null; year: number | null; rowsRead: number; rowsAccepted: number; rowsRejected: number;
  rejectedBy: Record<string, number>; children?: { read: number; accepted: number; reported: number } }
interface ValidateJson { findingCounts: Record<string, number>; findingsTruncated: boolean;
  findings: Array<{ ruleId: string; severity: string; table: string | null; file: string; message: string; value: string | null }>; files: FileAccount[] }
interface ReportRow { id: string; year: string; la: string; cohort: string | null; breakdown: unknown; value: unknown }

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const report = (folder: string) => runCli(['report', folder, '--la', '855', '--format', 'json']);
const validate = (folder: string) => runCli(['validate', folder, '--json']);
/** Findings without their place (file, line, column differ between the forms): what was found, and why. */
const what = (v: ValidateJson) => v.findings.map((f) => [f.ruleId, f.severity, f.table, f.message, f.value].join('|')).sort();

let csvReport: string;
let csvValidate: ValidateJson;
let xmlFolder: string;
let xmlFiles: string[];

beforeAll(async () => {
  const r = report(DEMO);
  expect(r.code, r.stderr).toBe(0);
  csvReport = r.stdout;
  csvValidate = JSON.parse(validate(DEMO).stdout) as ValidateJson;
  xmlFolder = copyOf(DEMO, 'demo-xml');
  const t0 = Date.now();
  xmlFiles = await convert903FolderToXml(xmlFolder, { removeCsv: true });
  process.stderr.write(`[timing] convert903FolderToXml demo ${Date.now() - t0} ms\n`);
});
afterAll(removeTemps);

describe('the demo as XML returns (convert903FolderToXml, removeCsv)', () => {
  it('writes one XML return per year in 903/855/<year>/ and leaves no 903 CSV', () => {
    expect(xmlFiles.map((p) => p.slice(xmlFolder.length + 1))).toEqual(YEARS.map((y) => `903/855/${y}/ssda903_${y}.xml`));
    for (const y of YEARS) expect(readdirSync(join(xmlFolder, `903/855/${y}`))).toEqual([`ssda903_${y}.xml`]);
    expect(readdirSync(join(xmlFolder, 'npd')).length).toBe(readdirSync(join(DEMO, 'npd')).length);
  });

  it('report --format json is byte-identical to the CSV demo', () => {
    const r = report(xmlFolder);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(r.stdout).toBe(csvReport);
  });

  it('validate --json finds the same, rule for rule, and accounts for every child and row', () => {
    const r = validate(xmlFolder);
    expect(r.code).toBe(csvValidate.findings.some((f) => f.severity === 'error') ? 1 : 0);
    const v = JSON.parse(r.stdout) as ValidateJson;
    expect(v.findingCounts).toEqual(csvValidate.findingCounts);
    expect(findingCounts(r.stdout)).toEqual(csvValidate.findingCounts);
    if (!v.findingsTruncated && !csvValidate.findingsTruncated) expect(what(v)).toEqual(what(csvValidate));
    // each year's XML return holds the rows of that year's CSVs, bar a second PrevPerm row of a child
    // (the XSD has one PERMANENCE per child: the converter keeps the latest)
    for (const y of YEARS) {
      const xml = v.files.find((f) => f.file === `903/855/${y}/ssda903_${y}.xml`)!;
      const csv = csvValidate.files.filter((f) => f.file.startsWith(`903/855/${y}/`));
      const csvRows = csv.reduce((n, f) => n + f.rowsRead, 0);
      expect(xml.rowsRead, String(y)).toBe(csvRows - secondPrevPermRows(y));
      expect(xml.rowsRead).toBe(xml.rowsAccepted + xml.rowsRejected);
      const header = csv.find((f) => f.table === 'Header')!;
      expect(xml.children).toEqual({ read: header.rowsRead, accepted: header.rowsRead, reported: 0 });
    }
  });
});

describe('the same return as CSV and as XML in one folder', () => {
  /** The demo with XML returns added beside its CSVs; `name` places the XML before or after them in path order. */
  async function mixed(name: (year: number) => string): Promise<string> {
    const folder = copyOf(DEMO, 'demo-mixed');
    for (const p of await convert903FolderToXml(folder, { removeCsv: false })) {
      const year = Number(/ssda903_(\d{4})\.xml$/.exec(p)![1]);
      renameSync(p, join(p, '..', name(year)));
    }
    return folder;
  }
  const cla31mar = (stdout: string) => (JSON.parse(stdout) as ReportRow[]).filter((r) => r.id === 'cla_31mar');

  it('CSV first: each XML return is the second copy, reported and not read; counts as with the CSVs alone', async () => {
    const folder = await mixed((y) => `ssda903_${y}.xml`); // after episodes.csv, header.csv, …
    const r = report(folder);
    expect(r.code, r.stderr).toBe(1); // the second copies are file-conflict errors: report exits 1 over them (--fail-on error)
    expect(cla31mar(r.stdout)).toEqual(cla31mar(csvReport));
    expect(cla31mar(r.stdout).length).toBeGreaterThan(0);
    expect(r.stdout).toBe(csvReport);
    const v = JSON.parse(validate(folder).stdout) as ValidateJson;
    expect(v.findingCounts).toEqual({ ...csvValidate.findingCounts, 'file-conflict': YEARS.length });
    for (const y of YEARS) {
      const xml = v.files.find((f) => f.file === `903/855/${y}/ssda903_${y}.xml`)!;
      expect(xml.rowsAccepted).toBe(0);
      expect(xml.rowsRejected).toBe(xml.rowsRead);
      expect(xml.rejectedBy).toEqual({ 'file-conflict': xml.rowsRead });
      expect(xml.children!.accepted).toBe(0);
      const conflict = v.findings.find((f) => f.ruleId === 'file-conflict' && f.file === xml.file)!;
      expect(conflict.message).toMatch(new RegExp(`^Header for LA 855, ${y} is already read from 903/855/${y}/header\\.csv;`));
    }
    for (const f of v.files.filter((a) => a.file.endsWith('.csv'))) expect(f.rejectedBy['file-conflict'], f.file).toBeUndefined();
  });

  it('XML first: the XML returns are read and every 903 CSV is the second copy; the report is the same', async () => {
    const folder = await mixed((y) => `a_${y}.xml`); // before ad1.csv
    const r = report(folder);
    expect(r.code, r.stderr).toBe(1); // the second copies are file-conflict errors: report exits 1 over them (--fail-on error)
    expect(r.stdout).toBe(csvReport);
    const v = JSON.parse(validate(folder).stdout) as ValidateJson;
    const csv903 = v.files.filter((f) => f.file.startsWith('903/') && f.file.endsWith('.csv'));
    expect(csv903.length).toBe(csvValidate.files.filter((f) => f.file.startsWith('903/')).length);
    expect(v.findingCounts['file-conflict']).toBe(csv903.length);
    for (const f of csv903) expect(f.rowsRejected, f.file).toBe(f.rowsRead);
    for (const y of YEARS) expect(v.files.find((f) => f.file === `903/855/${y}/a_${y}.xml`)!.rowsRejected).toBe(0);
  });
});

/** Rows of the year's prev_perm.csv beyond the first of their child. */
function secondPrevPermRows(year: number): number {
  const rows = parse(readFileSync(join(DEMO, `903/855/${year}/prev_perm.csv`)), { columns: true }) as Array<{ CHILD: string }>;
  return rows.length - new Set(rows.map((r) => r.CHILD)).size;
}
