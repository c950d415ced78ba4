/**
 * End to end on a small 3-LA synthetic set: the benchmark run in-process (every LA present, ranks
 * consistent with values, suppression, no identifiers) and the built CLI (exit codes 0, 1, 2).
 */
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticData } from '../../src/synth/index.js';
import { closeDb, openDb } from '../../src/io/duck.js';
import { runBenchmark, type BenchmarkRun } from '../../src/benchmark/run.js';
import { benchmarkOutputSchema } from '../../src/benchmark/schema.js';
import { BY_LA_MEASURES, buildBenchmarkDocument } from '../../src/benchmark/document.js';
import { findIdentifiers } from '../../src/report/privacy.js';

const run = promisify(execFile);
/** The built CLI (npm run build first). */
const CLI = process.env.CLA_ANALYSE_TEST_CLI ?? new URL('../../dist/cli.js', import.meta.url).pathname;
const LAS = ['855', '856', '857'];

let dir: string;
let data: string;
let result: BenchmarkRun;
let identifiers: string[];

/** UPNs and CHILD ids of every 903 and pupil file (header columns UPN, CHILD). */
function collectIdentifiers(root: string): string[] {
  const ids = new Set<string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.csv')) {
        const [head, ...lines] = readFileSync(p, 'utf8').split(/\r?\n/);
        const cols = head!.split(',').map((c, i) => [c, i] as const).filter(([c]) => c === 'UPN' || c === 'CHILD' || c === 'FORMERUPN');
        for (const l of lines) { const cells = l.split(','); for (const [, i] of cols) if (cells[i]) ids.add(cells[i]!); }
      }
    }
  };
  walk(root);
  return [...ids];
}

/** Every sheet's cell values, for comparing two workbooks (the zip bytes carry nothing else we compare). */
async function xlsxText(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheets: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[ws.name] = rows;
  });
  return JSON.stringify(sheets);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cla-bench-'));
  data = join(dir, 'data');
  const t0 = Date.now();
  await generateSyntheticData({ out: data, las: LAS, years: { from: 2022, to: 2023 }, seed: 7, childrenInCarePerLa: 80, pupilsPerKs4Year: 900 });
  identifiers = collectIdentifiers(data);
  const db = await openDb();
  try {
    result = await runBenchmark(db, { folder: data, cohort: 'cla_12m', breakdowns: [], failOn: 'error', toolVersion: 'test' });
  } finally {
    closeDb(db);
  }
  process.stderr.write(`[timing] 3-LA synth + benchmark run: ${Date.now() - t0} ms\n`);
}, 240_000);

afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

describe('runBenchmark on 3 synthetic LAs', () => {
  it('lists every LA, with its name and neighbours, and rows for each', () => {
    expect(result.output.las.map((l) => l.la)).toEqual(LAS);
    expect(result.output.las[0]!.name).toBe('Leicestershire');
    expect(result.output.las[0]!.statisticalNeighbours).toHaveLength(10);
    for (const la of LAS) expect(result.output.rows.filter((r) => r.la === la).length).toBeGreaterThan(20);
    expect(() => benchmarkOutputSchema.parse(result.output)).not.toThrow();
  });

  it('ranks agree with the values in every measure, year and cohort', () => {
    const groups = new Map<string, typeof result.output.rows>();
    for (const r of result.output.rows) groups.set(`${r.id}|${r.year}|${r.cohort}`, [...(groups.get(`${r.id}|${r.year}|${r.cohort}`) ?? []), r]);
    let checked = 0;
    for (const rows of groups.values()) {
      const shown = rows.filter((r) => r.value !== null);
      for (const r of rows) {
        // a suppressed figure, or a measure with no better direction, is not ranked
        if (r.value === null || r.direction === 'neutral') { expect([r.rankInRun, r.rankAmongPublished]).toEqual([null, null]); continue; }
        const sign = r.direction === 'lower' ? -1 : 1;
        const better = shown.filter((o) => sign * (o.value! - r.value!) > 0).length;
        expect(r.rankInRun).toEqual({ rank: better + 1, of: shown.length, quartile: Math.floor((4 * better) / shown.length) + 1 });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('applies suppression: no shown figure rests on fewer than 5 children, and some are c', () => {
    const rows = result.output.rows;
    for (const r of rows.filter((x) => x.symbol === null)) {
      if (r.unit === 'count') expect(r.value === 0 || r.value! >= 5).toBe(true);
      else expect(r.denominator === null || r.denominator === 0 || r.denominator >= 5).toBe(true);
      if (r.unit === 'percent' && r.numerator !== null) expect(r.numerator === 0 || r.numerator >= 5).toBe(true);
    }
    const suppressed = rows.filter((r) => r.symbol === 'c');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) expect([r.value, r.numerator, r.denominator, r.gapToNeighbours, r.rankInRun, ...r.benchmarks.map((b) => b.gap)].every((v) => v === null)).toBe(true);
    expect(result.output.suppressionThreshold).toBe(5);
    // the settings used, recorded in the benchmark document (issue 11 item 2); benchmark is always public
    expect(result.output.settings).toEqual({ suppressionThreshold: 5, audience: 'public', placementChange: 'default', statisticalNeighbours: 2025, benchmarkFiles: {}, p8Tables: {} });
  });

  it('the document charts each headline measure of the run by LA, for its latest year with a shown value', () => {
    const totals = [...result.rowsByLa.values()].flatMap((rows) => rows.filter((r) => r.breakdown === null));
    const charts = buildBenchmarkDocument(result.output, totals).sections.flatMap((s) => s.charts ?? []);
    const expected = BY_LA_MEASURES.flatMap((id) => {
      const year = [...result.output.years].reverse().find((y) => totals.some((r) => r.id === id && r.year === y && r.value !== null));
      return year ? [[id, year]] : [];
    });
    // at least three headline measures have a shown value on 3 small LAs (the proved suppression hides
    // all-or-none figures and their complements, so fewer are shown than before it)
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const byLa = charts.flatMap((c) => (c.kind === 'by-la' && !c.interval ? [[c.rows[0]!.id, c.rows[0]!.year, c.rows.map((r) => r.la)] as const] : []));
    expect(byLa).toEqual(expected.map(([id, year]) => [id, year, LAS]));
    expect(charts.filter((c) => c.kind === 'by-la' && c.interval).map((c) => c.id)).toEqual(
      totals.some((r) => r.id === 'ks4_p8' && r.symbol === null) ? ['benchmark-p8-by-la'] : [],
    );
  });

  it('carries no UPN or CHILD id', () => {
    expect(identifiers.length).toBeGreaterThan(1000);
    expect(findIdentifiers(JSON.stringify(result.output), identifiers)).toEqual([]);
  });
});

describe('the built CLI', () => {
  it('exit 0: json on stdout, filtered by --las and --years; files with --out and --reports, none with an identifier', async () => {
    const out = join(dir, 'out');
    const r = await run('node', [CLI, 'benchmark', data, '--las', '855,857', '--years', '2022/23', '--format', 'json,csv,md,html,xlsx', '--out', out, '--reports'], { maxBuffer: 1 << 26 });
    expect(r.stdout).toBe('');
    const doc = benchmarkOutputSchema.parse(JSON.parse(readFileSync(join(out, 'cla-benchmark.json'), 'utf8')));
    expect(doc.las.map((l) => l.la)).toEqual(['855', '857']);
    expect(doc.years).toEqual(['2022/23']);
    expect(new Set(doc.rows.map((x) => x.year))).toEqual(new Set(['2022/23']));
    for (const f of ['csv', 'md', 'html', 'xlsx']) expect(existsSync(join(out, `cla-benchmark.${f}`))).toBe(true);
    const csv = readFileSync(join(out, 'cla-benchmark.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toContain('rank_in_run,ranked_in_run,quartile_in_run');
    expect(csv.length).toBe(doc.rows.length + 2); // header, rows, final empty line
    const reports = readdirSync(join(out, 'reports')).sort();
    expect(reports).toContain('cla-report-855-2022-23.html');
    expect(reports).toContain('cla-report-857-2022-23.json');
    for (const f of ['cla-benchmark.json', 'cla-benchmark.csv', 'cla-benchmark.md', 'cla-benchmark.html', ...reports.filter((x) => !x.endsWith('.xlsx')).map((x) => `reports/${x}`)]) {
      expect(findIdentifiers(readFileSync(join(out, f), 'utf8'), identifiers)).toEqual([]);
    }
    const stdoutRun = await run('node', [CLI, 'benchmark', data, '--las', '856'], { maxBuffer: 1 << 26 });
    expect(JSON.parse(stdoutRun.stdout).las.map((l: { la: string }) => l.la)).toEqual(['856']);
  }, 240_000);

  it('--focus on the html overview: exit 0, charts before every table, only the LA list outside the folded tables, names on the axes, the focus LA highlighted; it is reports/benchmark-overview/', async () => {
    const out = join(dir, 'focus');
    await run('node', [CLI, 'benchmark', data, '--format', 'md,html,xlsx,csv,json', '--out', out, '--focus', '856'], { maxBuffer: 1 << 26 });
    const files = readdirSync(out).filter((f) => f.startsWith('cla-benchmark')).sort();
    expect(files).toEqual(['cla-benchmark.csv', 'cla-benchmark.html', 'cla-benchmark.json', 'cla-benchmark.md', 'cla-benchmark.meta.csv', 'cla-benchmark.xlsx']);
    // the committed example (scripts/reports.mjs runs this command on the same synthetic data) is what the tool writes now
    const committed = join(process.cwd(), 'reports', 'benchmark-overview');
    const regenerate = 'reports/benchmark-overview has drifted from what the tool now writes: run "npm run reports" and commit reports/';
    expect(readdirSync(committed).sort()).toEqual(files);
    for (const f of files.filter((x) => !x.endsWith('.xlsx'))) expect(readFileSync(join(committed, f), 'utf8') === readFileSync(join(out, f), 'utf8'), `${f}: ${regenerate}`).toBe(true);
    expect(await xlsxText(join(committed, 'cla-benchmark.xlsx')) === await xlsxText(join(out, 'cla-benchmark.xlsx')), `xlsx: ${regenerate}`).toBe(true);
    const html = readFileSync(join(out, 'cla-benchmark.html'), 'utf8');
    // height proxy: table rows a reader scrolls past = the LA list (header and 3 LAs); every measure's table is folded
    const outside = html.replace(/<details[\s\S]*?<\/details>/g, '');
    expect(outside.match(/<tr[ >]/g)!.length).toBe(1 + 3);
    expect(html.match(/<details class="table-details"/g)!.length).toBe(result.output.measures.length);
    expect(html.match(/<figure/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html.indexOf('<figure')).toBeLessThan(html.indexOf('<details'));
    // captions, figure captions and summaries use measure titles, never a raw id such as ks4_att8 or cla_12m
    const captions = [...html.matchAll(/<(?:caption|figcaption|summary|h2)[^>]*>([^<]*)/g)].map((m) => m[1]!);
    expect(captions.length).toBeGreaterThan(result.output.measures.length);
    for (const c of captions) expect(c).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b/);
    // LA names label the bars, never codes; the focus LA (856 Leicester) is bold on the axis and its rows highlighted
    expect(html).toMatch(/font-weight="bold"[^>]*>Leicester<\/text>/);
    expect(html).not.toMatch(/>85[567]<\/text>/);
    expect(html).toContain('<tr class="row-focus"><th scope="row">Leicester (focus)</th>');
    expect(html.match(/<tr class="row-focus">/g)!.length).toBe(1 + result.output.rows.filter((r) => r.la === '856').length);
  }, 240_000);

  it('--schema prints the committed schema', async () => {
    const r = await run('node', [CLI, 'benchmark', '--schema']);
    expect(r.stdout).toBe(readFileSync(new URL('../../schemas/benchmark.schema.json', import.meta.url), 'utf8'));
  });

  it('exit 2: a missing folder, an LA not in the data, a year not in the data, a bad --las', async () => {
    const code = async (args: string[]) => run('node', [CLI, 'benchmark', ...args]).then(() => 0, (e: { code: number; stderr: string }) => e.code);
    expect(await code([join(dir, 'nowhere')])).toBe(2);
    expect(await code([data, '--las', '999'])).toBe(2);
    expect(await code([data, '--years', '2015/16'])).toBe(2);
    expect(await code([data, '--las', '85x'])).toBe(2);
    expect(await code([data, '--format', 'html'])).toBe(2);
    // --focus: an LA outside --las or not in the data, or with no overview format to highlight it in
    expect(await code([data, '--las', '855,856', '--focus', '857', '--format', 'html', '--out', join(dir, 'f1')])).toBe(2);
    expect(await code([data, '--focus', '999', '--format', 'html', '--out', join(dir, 'f2')])).toBe(2);
    expect(await code([data, '--focus', '855'])).toBe(2);
    expect(existsSync(join(dir, 'f1')) || existsSync(join(dir, 'f2'))).toBe(false);
  }, 240_000);

  it('exit 1 with error-level findings (and still the json); --fail-on info makes info findings fail too', async () => {
    const bad = join(dir, 'bad');
    cpSync(data, bad, { recursive: true });
    const episodes = join(bad, '903', '856', '2023', 'episodes.csv');
    const header = readFileSync(episodes, 'utf8').split('\n')[0]!.split(',');
    appendFileSync(episodes, `${header.map((c) => (c === 'DECOM' ? '31/02/2023' : c === 'CHILD' ? 'ZZ1' : '')).join(',')}\n`);
    const fail = await run('node', [CLI, 'benchmark', bad]).then(() => null, (e: { code: number; stdout: string }) => e);
    expect(fail?.code).toBe(1);
    expect(JSON.parse(fail!.stdout).validation.ok).toBe(false);
    const ok = await run('node', [CLI, 'benchmark', data]).then(() => 0, (e: { code: number }) => e.code);
    expect(ok).toBe(0);
    const infoFails = await run('node', [CLI, 'benchmark', data, '--fail-on', 'info']).then(() => 0, (e: { code: number }) => e.code);
    expect(infoFails).toBe(result.output.validation.findings.info > 0 ? 1 : 0);
  }, 240_000);
});
