/**
 * The annual report of the bundled demo LA, in every format, from the built CLI: golden files (the
 * committed example report in reports/annual-report/ for json, csv, md and html; the xlsx cell values in
 * test/golden/demo/report.xlsx.json; UPDATE_GOLDEN=1 rewrites them, to be reviewed in the diff like
 * code, and `npm run reports` rewrites every file of reports/), byte-for-byte determinism,
 * and a privacy scan for every UPN, CHILD id and date of birth of the demo data.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findIdentifiers } from '../../src/report/privacy.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DEMO = join(process.cwd(), 'fixtures', 'demo');
const GOLDEN = join(process.cwd(), 'test', 'golden', 'demo');
/** The committed example report (npm run reports, scripts/reports.mjs): must be what the CLI writes now. */
const REPORTS = join(process.cwd(), 'reports', 'annual-report');
const REGENERATE = 'reports/ has drifted from what the tool now writes: run "npm run reports" and commit reports/';
const FORMATS = ['json', 'csv', 'md', 'html', 'xlsx'] as const;

function runReport(out: string): void {
  execFileSync(process.execPath, [CLI, 'report', DEMO, '--la', '855', '--year', '2023/24', '--format', FORMATS.join(','), '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function xlsxCells(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[ws.name] = rows;
  });
  return JSON.stringify(sheets, null, 1);
}

/** Every identifier of the demo data: CHILD ids and dates of birth from the 903 files, UPNs from all files. */
function demoIdentifiers(): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      const [head, ...lines] = readFileSync(p, 'utf8').split(/\r?\n/);
      const cols = head!.split(',').map((c) => c.trim().toUpperCase().replace(/^KS[124]_/, ''));
      const want = cols.map((c, i) => (['CHILD', 'UPN', 'DOB', 'FORMERUPN', 'MC_DOB'].includes(c) ? i : -1)).filter((i) => i >= 0);
      for (const l of lines) for (const i of want) { const v = l.split(',')[i]?.trim(); if (v && !/^UN[1-5]$/.test(v)) ids.add(v); }
    }
  };
  walk(DEMO);
  return [...ids];
}

describe('demo annual report (fixtures/demo, LA 855, 2023/24)', () => {
  let out1 = '';
  let out2 = '';
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    out1 = mkdtempSync(join(tmpdir(), 'demo-report-a-'));
    out2 = mkdtempSync(join(tmpdir(), 'demo-report-b-'));
    runReport(out1);
    runReport(out2);
  });

  it('writes every format, byte-identical on a second run', () => {
    for (const f of FORMATS) {
      const name = `cla-report-855-2023-24.${f}`;
      expect(readFileSync(join(out1, name)).equals(readFileSync(join(out2, name))), name).toBe(true);
    }
  });

  it.each(['json', 'csv', 'md', 'html'])('matches the golden %s file', (f) => {
    const got = readFileSync(join(out1, `cla-report-855-2023-24.${f}`), 'utf8');
    const golden = join(REPORTS, `cla-report-855-2023-24.${f}`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
    expect(existsSync(golden), `missing golden file ${golden}: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(got, `${f}: ${REGENERATE}`).toBe(readFileSync(golden, 'utf8'));
  });

  it('matches the golden xlsx cell values', async () => {
    const got = await xlsxCells(join(out1, 'cla-report-855-2023-24.xlsx'));
    const golden = join(GOLDEN, 'report.xlsx.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, got);
    expect(got).toBe(readFileSync(golden, 'utf8'));
  });

  it('every sheet name of the demo workbook (and of the committed benchmark workbook) is at most 31 characters, not cut with "…", and unique', async () => {
    for (const path of [join(out1, 'cla-report-855-2023-24.xlsx'), join(REPORTS, '../benchmark-overview/cla-benchmark.xlsx')]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const names = wb.worksheets.map((w) => w.name);
      expect(names.length, path).toBeGreaterThan(10);
      for (const n of names) {
        expect(n.length, n).toBeLessThanOrEqual(31);
        expect(n, n).not.toContain('…');
        expect(n, n).not.toMatch(/[\\/?*[\]:]/);
      }
      expect(new Set(names.map((n) => n.toLowerCase())).size, path).toBe(names.length);
    }
  });

  it('reports/annual-report/ holds this report in every format (md, html, csv, json: the golden test above; meta.csv byte for byte; xlsx cell by cell; pdf in pdf.test.ts)', async () => {
    expect(readdirSync(REPORTS).sort()).toEqual(['json', 'csv', 'meta.csv', 'md', 'html', 'xlsx', 'pdf'].map((f) => `cla-report-855-2023-24.${f}`).sort());
    for (const f of ['meta.csv'])
      expect(readFileSync(join(REPORTS, `cla-report-855-2023-24.${f}`), 'utf8') === readFileSync(join(out1, `cla-report-855-2023-24.${f}`), 'utf8'), `${f}: ${REGENERATE}`).toBe(true);
    expect(await xlsxCells(join(REPORTS, 'cla-report-855-2023-24.xlsx')) === await xlsxCells(join(out1, 'cla-report-855-2023-24.xlsx')), `xlsx: ${REGENERATE}`).toBe(true);
  });

  it('holds no UPN, CHILD id or date of birth of the demo data in any format', async () => {
    const ids = demoIdentifiers();
    expect(ids.length).toBeGreaterThan(1000);
    for (const f of FORMATS) {
      const text = f === 'xlsx' ? await xlsxCells(join(out1, `cla-report-855-2023-24.${f}`)) : readFileSync(join(out1, `cla-report-855-2023-24.${f}`), 'utf8');
      const hits = findIdentifiers(text, ids);
      expect(hits.map((h) => `${f}: ${h.kind} at ${h.index}`)).toEqual([]);
    }
  });

  it('never writes NaN, Infinity or undefined', () => {
    for (const f of ['json', 'csv', 'md', 'html']) {
      const text = readFileSync(join(out1, `cla-report-855-2023-24.${f}`), 'utf8');
      expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
    }
  });
});
