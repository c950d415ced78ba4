/**
 * Settings resolved once (issue 11 item 2): `resolveSettings(config, flags, folder)` is the one place
 * where flags override the folder's cla-analyse.json over the documented defaults, and the settings it
 * returns are recorded in every human-readable output. `p8Tables` (a newer DfE ready-reckoner pair
 * for a KS4 year) replaces the bundled table in the pupils' Progress 8 scores.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/schemas/config.js';
import { resolveSettings, settingsLine, settingsRecord } from '../../src/settings.js';
import { CARER_CHANGE, DEFAULT_PLACEMENT_CHANGE } from '../../src/derive/care/placement-changes.js';
import { renderMarkdown } from '../../src/report/render-md.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderXlsx } from '../../src/report/render-xlsx.js';
import type { ReportDocument } from '../../src/report/document.js';
import { sampleDocument } from '../report/sample-document.js';
import { closeDb, openDb, queryRows } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';

const config = (o: object) => ConfigSchema.parse(o);

describe('resolveSettings', () => {
  it('the defaults of the config schema when nothing is configured or given', () => {
    const s = resolveSettings(config({}), {}, '/data');
    expect(settingsRecord(s)).toEqual({ suppressionThreshold: 5, audience: 'public', placementChange: 'default', statisticalNeighbours: 2025, benchmarkFiles: {}, p8Tables: {} });
    expect(s.placementChangeOptions).toEqual(DEFAULT_PLACEMENT_CHANGE);
  });
  it('the configuration over the defaults: a configured threshold of 10 and the board audience', () => {
    const s = resolveSettings(config({ suppression: 10, audience: 'board', placementChange: 'carer' }), {}, '/data');
    expect([s.suppressionThreshold, s.audience]).toEqual([10, 'board']);
    expect(s.placementChangeOptions).toEqual(CARER_CHANGE);
  });
  it('flags over the configuration, --suppress 0 included', () => {
    const s = resolveSettings(config({ suppression: 10, audience: 'board' }), { suppress: 0, audience: 'public' }, '/data');
    expect([s.suppressionThreshold, s.audience]).toEqual([0, 'public']);
    expect(settingsLine(settingsRecord(s))).toMatch(/suppression threshold 0 \(internal: no suppression\)/);
  });
  it('files are resolved against the folder, and recorded as configured (no machine paths in outputs)', () => {
    const s = resolveSettings(config({ benchmarkFiles: { 'ks4_cla12m.csv': 'b/ks4.csv' }, p8Tables: { '2024/25': { splits: 'p8/s.csv', stdev: 'p8/d.csv' } } }), {}, '/data');
    expect(s.benchmarkFiles).toEqual({ 'ks4_cla12m.csv': resolve('/data', 'b/ks4.csv') });
    expect(s.p8Tables['2024/25']!.splits).toBe(resolve('/data', 'p8/s.csv'));
    const r = settingsRecord(s);
    expect(r.benchmarkFiles).toEqual({ 'ks4_cla12m.csv': 'b/ks4.csv' });
    expect(settingsLine(r)).toMatch(/benchmark files bundled, except ks4_cla12m\.csv from b\/ks4\.csv · Progress 8 tables bundled, except 2024\/25 from p8\/s\.csv/);
  });
});

describe('the settings used appear in every human-readable format of the report', () => {
  const settings = settingsRecord(resolveSettings(config({ suppression: 10, placementChange: ['P', 'B'] }), {}, '/data'));
  const doc: ReportDocument = { ...sampleDocument(), suppressionThreshold: 10, settings };
  const line = 'Settings used: suppression threshold 10 · audience public · placement change RNE P, B · statistical neighbours 2025';
  it('Markdown and HTML (so the PDF) print them in the notes', async () => {
    expect(await renderMarkdown(doc)).toContain(line);
    expect(await renderHtml(doc)).toContain(line);
  });
  it('the XLSX Notes sheet lists them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx(doc) as unknown as ArrayBuffer);
    const notes: string[] = [];
    wb.getWorksheet('Notes')!.eachRow((r) => notes.push(String(r.getCell(2).value ?? '')));
    expect(notes.some((n) => n.startsWith(line))).toBe(true);
  });
  it('a hand-built document without settings prints no settings line', async () => {
    expect(await renderMarkdown(sampleDocument())).not.toContain('Settings used');
  });
});

describe('p8Tables: a ready-reckoner pair for a KS4 year replaces the bundled one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cla-p8tables-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('every Attainment 8 estimate 1.0 higher lowers each computed 2023/24 Progress 8 score by exactly 0.1; scores given in the KS4 file and other years unchanged', async () => {
    cpSync(join(import.meta.dirname, '../../fixtures/measures/catalogue'), dir, { recursive: true });
    mkdirSync(join(dir, 'p8'));
    const bundled = join(import.meta.dirname, '../../data/p8/2023-24');
    const lines = readFileSync(join(bundled, 'p8_att8_splits.csv'), 'utf8').split('\n');
    // the header spans three physical lines (quoted line breaks); data lines start with the prior attainment group
    const shifted = lines.map((l) => (/^\d+,/.test(l) ? l.split(',').map((c, i) => (i === 2 ? (Number(c) + 1).toFixed(2) : c)).join(',') : l));
    expect(shifted.filter((l, i) => l !== lines[i]).length).toBeGreaterThan(30);
    writeFileSync(join(dir, 'p8', 'splits.csv'), shifted.join('\n'));
    cpSync(join(bundled, 'p8_stdev_file.csv'), join(dir, 'p8', 'stdev.csv'));

    const p8 = async () => {
      const db = await openDb();
      try {
        await linkFolder(db, { folder: dir });
        // ks4_att: the per-pupil attainment table the factor table is built from (p8_file: a P8 the KS4 file gives, used as given)
        return await queryRows<{ k: string; y: string; p8: number; given: boolean }>(db, `SELECT pupil AS k, ks4_year AS y, p8, p8_file IS NOT NULL AS given FROM ks4_att WHERE p8 IS NOT NULL ORDER BY 1, 2`);
      } finally { closeDb(db); }
    };
    const before = await p8();
    writeFileSync(join(dir, 'cla-analyse.json'), JSON.stringify({ p8Tables: { '2023/24': { splits: 'p8/splits.csv', stdev: 'p8/stdev.csv' } } }));
    const after = await p8();
    expect(after.map((r) => [r.k, r.y])).toEqual(before.map((r) => [r.k, r.y]));
    expect(before.filter((r) => r.y === '2023/24' && !r.given).length).toBeGreaterThan(2);
    before.forEach((b, i) => {
      const want = b.y === '2023/24' && !b.given ? b.p8 - 0.1 : b.p8;
      expect(after[i]!.p8, `${b.y} pupil ${i}`).toBeCloseTo(want, 6);
    });
  });
});
