/**
 * KS2 progress intervals use the national σ of the subject and year (issue 12 item 7): the DfE's
 * 95% CI is mean ± 1.96 × σ ÷ √n with one σ per subject and year, which its published LA intervals
 * for children looked after imply (data/ks2/progress_sd.csv, scripts/build-ks2-progress-sd.mjs:
 * 2022/23 reading 6.29, writing 6.05, maths 5.91). Fixture: fixtures/measures/ks2-progress/README.md.
 *   reading (1 − 3 + 2 − 4) / 4 = −1; 1.96 × 6.29 / √4 = 6.1642 → [−7.1642, 5.1642]
 *   writing (−2 + 1 + 0) / 3 = −1/3; 1.96 × 6.05 / √3 = 6.84623… → [−7.17957, 6.51290]
 *   maths (0.5 − 1.5 + 4 − 1) / 4 = 0.5; 1.96 × 5.91 / 2 = 5.7918 → [−5.2918, 6.2918]
 * (the cohort's own sd would give reading 1.96 × 2.9439 / 2 = 2.885: a far narrower interval)
 *
 * The same children three years on (KS2 2025/26, when the DfE means to publish progress again; no σ
 * bundled): the interval falls back to the cohort's own sd, reading √((4 + 4 + 9 + 9) ÷ 3) = 2.94392 →
 * −1 ± 1.96 × 2.94392 ÷ 2 = ± 2.88504, and says so. In 2023/24 (no KS1 baseline: the DfE calculates
 * no KS2 progress) the file's scores give x with the DfE's reason, not a number.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import { ks2ProgressSd } from '../../src/measures/compute/primary-measures.js';
import type { MeasureRow } from '../../src/measures/row.js';
import { NO_KS2_PROGRESS_YEARS } from '../../src/domain/years.js';
import { figureBasis } from '../../src/report/render-csv.js';

const FOLDER = fileURLToPath(new URL('../../fixtures/measures/ks2-progress/', import.meta.url));
let db: Db;
let rows: MeasureRow[];
beforeAll(async () => {
  db = await openDb();
  const linked = await linkFolder(db, { folder: FOLDER });
  rows = await measureRows(db, linked, { la: '855', years: ['2022/23'], cohort: 'cla_12m', breakdowns: [] });
});
afterAll(() => closeDb(db));

const row = (id: string) => rows.find((r) => r.id === id && r.breakdown === null)!;

describe('KS2 progress with the national σ', () => {
  it.each([
    ['ks2_read_progress', 4, -1, 6.29],
    ['ks2_writ_progress', 3, -1 / 3, 6.05],
    ['ks2_mat_progress', 4, 0.5, 5.91],
  ] as const)('%s: n %d, mean %d, half-width 1.96 × %d ÷ √n', (id, n, mean, sd) => {
    const r = row(id);
    const h = (1.96 * sd) / Math.sqrt(n);
    expect([r.denominator, r.note]).toEqual([n, null]);
    expect(figureBasis(r)).toBe('As defined');
    expect(r.value).toBeCloseTo(mean, 9);
    expect(r.ci![0]).toBeCloseTo(mean - h, 9);
    expect(r.ci![1]).toBeCloseTo(mean + h, 9);
  });
  it('the bundled σ are those the published 2022/23 intervals imply (England reading: 0.04 ± 1.96 × 6.29 ÷ √2880 = [−0.19, 0.27], as published)', () => {
    expect([ks2ProgressSd('2022/23', 'reading'), ks2ProgressSd('2022/23', 'writing'), ks2ProgressSd('2022/23', 'maths')]).toEqual([6.29, 6.05, 5.91]);
    expect(ks2ProgressSd('2023/24', 'reading')).toBeNull();
    // one published row checked by hand: the derivation reproduces its interval to the published 2 decimals
    const csv = readFileSync(new URL('../../data/benchmarks/ks2_cla12m.csv', import.meta.url), 'utf8').split('\n');
    const head = csv[0]!.split(',');
    const eng = csv.find((l) => l.startsWith('202223,2022/23,national'))!.split(',');
    const get = (c: string) => Number(eng[head.indexOf(c)]);
    const half = (1.96 * 6.29) / Math.sqrt(get('t_read_progress_eligible_pupils'));
    expect(Math.round((get('avg_read_progress_score') - half) * 100) / 100).toBeCloseTo(get('avg_read_progress_score_lower_CI'), 9);
    expect(Math.round((get('avg_read_progress_score') + half) * 100) / 100).toBeCloseTo(get('avg_read_progress_score_upper_CI'), 9);
  });
});

/** The fixture moved to KS2 year `ks2` (903 return of its 31 March, children in care since three years before, born ten years before). */
async function rowsIn(ks2: string): Promise<MeasureRow[]> {
  const shift = Number(ks2.slice(0, 4)) - 2022;
  const dir = mkdtempSync(join(tmpdir(), 'cla-ks2prog-'));
  const db2 = await openDb();
  try {
    cpSync(FOLDER, dir, { recursive: true });
    const ret = String(2023 + shift);
    renameSync(join(dir, '903', '855', '2023'), join(dir, '903', '855', ret));
    const edit = (f: string, from: RegExp, to: string) => writeFileSync(f, readFileSync(f, 'utf8').replace(from, to));
    edit(join(dir, '903', '855', ret, 'episodes.csv'), /01\/01\/2020/g, `01/01/${2020 + shift}`);
    edit(join(dir, '903', '855', ret, 'header.csv'), /\/2012,/g, `/${2012 + shift},`);
    for (const f of readdirSync(join(dir, 'npd'))) edit(join(dir, 'npd', f), /2022\/23/g, ks2);
    const linked = await linkFolder(db2, { folder: dir });
    return await measureRows(db2, linked, { la: '855', years: [ks2], cohort: 'cla_12m', breakdowns: [] });
  } finally { closeDb(db2); rmSync(dir, { recursive: true, force: true }); }
}

describe('KS2 progress in other years', () => {
  it('2025/26, no σ bundled: reading −1 ± 1.96 × 2.94392 ÷ 2 from the cohort\'s own sd, and the note says so', async () => {
    const r = (await rowsIn('2025/26')).find((x) => x.id === 'ks2_read_progress' && x.breakdown === null)!;
    expect([r.denominator, r.symbol]).toEqual([4, null]);
    expect(r.value).toBeCloseTo(-1, 9);
    const h = (1.96 * Math.sqrt(26 / 3)) / 2;
    expect(h).toBeCloseTo(2.88504, 5);
    expect(r.ci![0]).toBeCloseTo(-1 - h, 9);
    expect(r.ci![1]).toBeCloseTo(-1 + h, 9);
    expect(r.note).toBe('CI from the cohort’s own standard deviation: no national σ bundled for 2025/26 (data/ks2/progress_sd.csv).');
    expect(figureBasis(r)).toBe('Estimated interval');
    expect(r.basisNote).toBe(r.note);
  }, 60_000);
  it('2023/24: the DfE calculates no KS1–KS2 progress (no KS1 in 2019/20): x with the reason, though the file holds scores', async () => {
    const rows2 = await rowsIn('2023/24');
    for (const id of ['ks2_read_progress', 'ks2_writ_progress', 'ks2_mat_progress']) {
      const r = rows2.find((x) => x.id === id && x.breakdown === null)!;
      expect([r.value, r.ci, r.symbol, r.note]).toEqual([null, null, 'x', NO_KS2_PROGRESS_YEARS['2023/24']]);
      // the CSVs, which carry no notes, say it in figure_basis; md, html, json and xlsx show the note
      expect(figureBasis(r)).toBe('Not calculated by the DfE');
      expect(r.basisNote).toBe(NO_KS2_PROGRESS_YEARS['2023/24']);
    }
    // the attainment measures of the same pupils are still published
    expect(rows2.find((x) => x.id === 'ks2_read_expected' && x.breakdown === null)!.denominator).toBe(4);
  }, 60_000);
});
