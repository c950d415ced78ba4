/**
 * Pupils at the end of KS4 with no results rows count in every KS4 denominator (issue 12 item 3):
 * with the results file covering the year, a pupil with no row there and no attainment in the KS4
 * pupil file sat nothing: Attainment 8 0 and every threshold flag 0. Fixture and per-pupil figures:
 * fixtures/measures/ks4-no-results/README.md (N1 results English 5, maths 4; N2 no rows at all; N3
 * no rows but ATT8 40 in the KS4 file).
 *   A8 (13 + 0 + 40) / 3 = 17.667 (it was (13 + 40) / 2 = 26.5, N2 left out, beside /2 for English)
 *   English 4+: N1 1, N2 0 → 1/2 (N3's English is unknown: the file shows results the results file lacks)
 *   maths 5+: 0/2; E&M 4+: N1 1, N2 0 → 1/2; EBacc entry 0/2; 5 passes inc E&M 4+: 0/2
 *   P8: N2 (0 − 35.46) ÷ 10 = −3.546 (group "99.5 to 100", 2023/24), N3 (40 − 57.6) ÷ 10 = −1.76: mean −2.653
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, queryRows, type Db } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import type { MeasureRow } from '../../src/measures/row.js';

const FOLDER = fileURLToPath(new URL('../../fixtures/measures/ks4-no-results/', import.meta.url));
let db: Db;
let rows: MeasureRow[];
beforeAll(async () => {
  db = await openDb();
  const linked = await linkFolder(db, { folder: FOLDER });
  rows = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
});
afterAll(() => closeDb(db));

const row = (id: string) => rows.find((r) => r.id === id && r.breakdown === null)!;
const ndv = (id: string) => [row(id).numerator, row(id).denominator, row(id).value];

describe('KS4 pupils with no results rows', () => {
  it('Attainment 8 counts the pupil who sat nothing as 0', () => {
    expect(row('ks4_pupils').value).toBe(3);
    expect(row('ks4_att8').numerator).toBe(53);
    expect(row('ks4_att8').denominator).toBe(3);
    expect(row('ks4_att8').value).toBeCloseTo(53 / 3, 9);
  });
  it('every threshold flag is 0 for that pupil, unknown for a pupil the KS4 file shows with results', () => {
    expect(ndv('ks4_eng_4plus')).toEqual([1, 2, 50]);
    expect(ndv('ks4_eng_5plus')).toEqual([1, 2, 50]);
    expect(ndv('ks4_mat_4plus')).toEqual([1, 2, 50]);
    expect(ndv('ks4_mat_5plus')).toEqual([0, 2, 0]);
    expect(ndv('ks4_em_4plus')).toEqual([1, 2, 50]);
    expect(ndv('ks4_ebacc_entry')).toEqual([0, 2, 0]);
    expect(ndv('ks4_5passes_em_4plus')).toEqual([0, 2, 0]);
  });
  it('the factor table holds A8 0 and P8 −3.546 for N2', async () => {
    const [r] = await queryRows<{ att8: number; p8: number; ebaccaps: number }>(db, "SELECT att8, p8, ebaccaps FROM factors WHERE pupil_key = 'G855240000302'");
    expect([r!.att8, r!.ebaccaps]).toEqual([0, 0]);
    expect(r!.p8).toBeCloseTo(-3.546, 9);
  });
  it('Progress 8 includes the pupil with no results', () => {
    expect(row('ks4_p8').denominator).toBe(2);
    expect(row('ks4_p8').value).toBeCloseTo((-3.546 - 1.76) / 2, 9);
  });
});
