/**
 * Progress 8 lower thresholds (issue 12 item 6, first half). From 2018 the DfE raises a pupil P8 score
 * below its prior attainment group's lower threshold (the group's sd of pupil P8 × −2.8948556948) to
 * the threshold. The tool takes a year's thresholds from cla-analyse.json `p8LowerThresholds`; without
 * them a mean of scores it computed is labelled "Unadjusted" in every format.
 *
 * Hand-computed:
 * * Table "T" (hand-built): group 1 "59 to 90" estimate 20, group 2 "90.5 to 120" estimate 50, sd 1.2.
 *   Thresholds: group 1 −2.0; group 2 from sd 1.0: 1.0 × −2.8948556948 = −2.8948556948.
 *   A8 0, KS2 80  → (0 − 20) ÷ 10 = −2.0: not below −2.0, unchanged.
 *   A8 0, KS2 100 → (0 − 50) ÷ 10 = −5.0 < −2.8948556948: raised to −2.8948556948.
 *   A8 45, KS2 100 → −0.5, unchanged.
 * * fixtures/measures/ks4-no-results (2023/24 bundled estimates): N2 (0 − 35.46) ÷ 10 = −3.546 (group 14),
 *   N3 (40 − 57.6) ÷ 10 = −1.76 (group 24). With every group at −3.1 except group 14 given as sd 1.1
 *   (1.1 × −2.8948556948 = −3.18434126428): N2 → −3.18434126428, N3 unchanged; mean
 *   (−3.18434126428 − 1.76) ÷ 2 = −2.47217063214. Without a table: mean −2.653, "Unadjusted: 2 of 2".
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, queryRows, type Db } from '../../../src/io/duck.js';
import { linkFolder } from '../../../src/link/pipeline.js';
import { measureRows } from '../../../src/pipeline/analyse.js';
import { parseP8EstimateTable, parseP8LowerThresholds, p8TablesWith, pupilP8, useP8LowerThresholds, useP8Tables } from '../../../src/derive/attainment/index.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { buildKeyMessages } from '../../../src/report/key-messages.js';
import { renderCsv } from '../../../src/report/render-csv.js';
import { renderHtml } from '../../../src/report/render-html.js';
import { renderJson } from '../../../src/report/render-json.js';
import { renderMarkdown } from '../../../src/report/render-md.js';
import { renderXlsx } from '../../../src/report/render-xlsx.js';
import ExcelJS from 'exceljs';
import { sampleDocument } from '../../report/sample-document.js';

const T = parseP8EstimateTable('2030/31', 'KS2 prior attainment group,KS2 average scaled score range,Attainment 8 average\n1,59 to 90,20\n2,90.5 to 120,50\n', 'p8stdev\n1.2\n', 'hand-built');
const THRESHOLDS = parseP8LowerThresholds('2030/31', 'KS2 prior attainment group,P8 lower threshold,P8 group standard deviation\n1,-2.0,\n2,,1.0\n', 'hand-built thresholds');

afterEach(() => { useP8Tables([]); useP8LowerThresholds([]); });

describe('pupil P8 with the DfE lower thresholds', () => {
  it('raises a score below its group\'s threshold to the threshold, and leaves the others', () => {
    const tables = p8TablesWith([T], [THRESHOLDS]);
    expect(pupilP8(0, 80, '2030/31', tables)).toMatchObject({ value: -2.0, unadjustedValue: -2.0, lowerThreshold: -2.0, group: 1 });
    expect(pupilP8(0, 100, '2030/31', tables)).toMatchObject({ value: -2.8948556948, unadjustedValue: -5, lowerThreshold: -2.8948556948, group: 2 });
    expect(pupilP8(45, 100, '2030/31', tables)).toMatchObject({ value: -0.5, lowerThreshold: -2.8948556948 });
  });
  it('without a thresholds table the score is the unadjusted one and says it has no threshold', () => {
    expect(pupilP8(0, 100, '2030/31', p8TablesWith([T]))).toMatchObject({ value: -5, unadjustedValue: -5, lowerThreshold: null });
  });
  it('a table lacking a group of the estimate table, a positive threshold or a repeated group is an input error naming the file', () => {
    const partial = parseP8LowerThresholds('2030/31', 'KS2 prior attainment group,P8 lower threshold\n1,-2\n', 'thr.csv');
    expect(() => p8TablesWith([T], [partial])('2030/31')).toThrow(/thr\.csv for 2030\/31 lack prior attainment group\(s\) 2/);
    expect(() => parseP8LowerThresholds('2030/31', 'KS2 prior attainment group,P8 lower threshold\n1,2\n', 'thr.csv')).toThrow(/thr\.csv, line 2/);
    expect(() => parseP8LowerThresholds('2030/31', 'KS2 prior attainment group,P8 lower threshold\n1,-2\n1,-3\n', 'thr.csv')).toThrow(/group 1 given twice/);
  });
});

const FIXTURE = fileURLToPath(new URL('../../../fixtures/measures/ks4-no-results/', import.meta.url));
const N2 = 'G855240000302';

async function run(folder: string): Promise<{ rows: MeasureRow[]; n2: { p8: number; p8_unadjusted: number } }> {
  const db: Db = await openDb();
  try {
    const linked = await linkFolder(db, { folder });
    const rows = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
    const [n2] = await queryRows<{ p8: number; p8_unadjusted: number }>(db, `SELECT p8, p8_unadjusted FROM factors WHERE pupil_key = '${N2}'`);
    return { rows, n2: { p8: Number(n2!.p8), p8_unadjusted: Number(n2!.p8_unadjusted) } };
  } finally { closeDb(db); }
}

describe('the cohort mean on a linked folder', () => {
  let dir: string;
  let adjusted: Awaited<ReturnType<typeof run>>;
  let unadjusted: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cla-p8thr-'));
    cpSync(FIXTURE, dir, { recursive: true });
    unadjusted = await run(dir);
    mkdirSync(join(dir, 'p8'));
    const lines = ['KS2 prior attainment group,P8 lower threshold,P8 group standard deviation'];
    for (let g = 1; g <= 34; g++) lines.push(g === 14 ? '14,,1.1' : `${g},-3.1,`);
    writeFileSync(join(dir, 'p8', 'thresholds.csv'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'cla-analyse.json'), JSON.stringify({ p8LowerThresholds: { '2023/24': 'p8/thresholds.csv' } }));
    adjusted = await run(dir);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const p8 = (rows: MeasureRow[]) => rows.find((r) => r.id === 'ks4_p8' && r.breakdown === null)!;

  it('with the thresholds: N2 −3.546 is raised to −3.18434126428; the mean is −2.47217063214 with no "Unadjusted" note', () => {
    expect(adjusted.n2.p8).toBeCloseTo(1.1 * -2.8948556948, 10);
    expect(adjusted.n2.p8_unadjusted).toBe(0);
    expect(p8(adjusted.rows).value).toBeCloseTo((-3.18434126428 - 1.76) / 2, 10);
    expect(p8(adjusted.rows).note).not.toMatch(/Unadjusted/);
    expect(p8(adjusted.rows).basis).toBeUndefined();
  });
  it('without them: the unadjusted mean −2.653, and its note says 2 of the 2 scores are not capped', () => {
    expect(unadjusted.n2.p8).toBeCloseTo(-3.546, 10);
    expect(unadjusted.n2.p8_unadjusted).toBe(1);
    expect(p8(unadjusted.rows).value).toBeCloseTo((-3.546 - 1.76) / 2, 10);
    expect(p8(unadjusted.rows).note).toBe('DfE Progress 8 band: Well below average. Unadjusted: 2 of 2 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)');
    expect(p8(unadjusted.rows).basis).toBe('Unadjusted');
    // the basis in words, set with the basis (the key messages read it, not the note)
    expect(p8(unadjusted.rows).basisNote).toBe('Unadjusted: 2 of 2 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)');
    expect(p8(adjusted.rows).basisNote).toBeUndefined();
  });
});

describe('"Unadjusted" in every output format', () => {
  const basisNote = 'Unadjusted: 33 of 33 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)';
  const note = `DfE Progress 8 band: Well below average. ${basisNote}`;
  const doc = sampleDocument();
  for (const s of doc.sections) for (const t of s.tables) if ('rows' in t && Array.isArray(t.rows)) {
    t.rows = (t.rows as MeasureRow[]).map((r) => (r.id === 'ks4_p8' && r.year === '2023/24' && r.breakdown === null && r.symbol === null ? { ...r, note, basis: 'Unadjusted' as const, basisNote } : r)); // as p8Row sets them
  }
  it('Markdown, HTML (and so the PDF printed from it) and JSON carry the note', async () => {
    expect(renderMarkdown(doc)).toContain('Unadjusted: 33 of 33');
    expect(await renderHtml(doc)).toContain('Unadjusted: 33 of 33');
    expect(renderJson(doc)).toContain('Unadjusted: 33 of 33');
  });
  it('the CSV has figure_basis "Unadjusted" on that row only, "As defined" elsewhere', () => {
    const lines = renderCsv(doc).split('\r\n').filter(Boolean);
    const header = lines[0]!.split(',');
    const at = header.indexOf('figure_basis');
    const measure = header.indexOf('measure');
    const period = header.indexOf('time_period');
    const cells = lines.slice(1).map((l) => l.split(','));
    const basis = cells.filter((c) => c[at] === 'Unadjusted').map((c) => [c[measure], c[period]]);
    expect(basis.length).toBeGreaterThan(0);
    for (const b of basis) expect(b).toEqual(['ks4_p8', '202324']);
    expect(cells.filter((c) => c[at] === 'As defined').length).toBe(cells.length - basis.length);
  });
  it('the spreadsheet shows the note', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx(doc) as unknown as ArrayBuffer);
    const text: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => { text.push(String(c.value)); })));
    expect(text.some((t) => t.includes('Unadjusted: 33 of 33'))).toBe(true);
  });
  it('the key messages mark the figure "(unadjusted)" and say why beneath the table', () => {
    const rows = doc.sections.flatMap((s) => s.tables.flatMap((t) => ('rows' in t && Array.isArray(t.rows) ? t.rows as MeasureRow[] : [])));
    const km = buildKeyMessages({ rows, year: '2023/24', cohort: 'cla_12m' })!;
    const p8Line = km.table.rows.find((r) => String(r[0]).includes('Progress 8'))!;
    expect(p8Line[1]).toMatch(/\(unadjusted\)$/);
    expect(km.notes.some((n) => /Progress 8, 2023\/24: Unadjusted: 33 of 33/.test(n))).toBe(true);
    expect(km.sentences.some((s) => /Progress 8 \(unadjusted\) was -?[\d.]+/.test(s))).toBe(true);
  });
});
