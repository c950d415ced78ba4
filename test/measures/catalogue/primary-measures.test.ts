/**
 * KS1 and KS2 measures of the catalogue fixture (fixtures/measures/catalogue/README.md) by cohort,
 * against values worked out by hand. Year 2023/24: care status on 31 March 2024.
 *
 * KS2 2023/24 (scaled scores; expected = 100+, higher = 110+ in reading and maths and greater depth
 * in writing; flags in the file are used where given, else derived from the scores):
 * | pupil | cohort            | read      | writ | maths      | RWM              | higher             | progress r/w/m (not used: x) |
 * |-------|-------------------|-----------|------|------------|------------------|--------------------|----------------|
 * | Jay   | 12m, 31mar, ever  | flag 1    | 1    | flag 0     | flag 0           | flag 0             | 2, 1, −1       |
 * | Nia   | 12m, 31mar, ever  | 112 → 1   | 1    | 110 → 1    | derived 1        | 112, 110, GD → 1   | 4, 3, 2        |
 * | P3    | all only          | 100 → 1   | 1    | 99 → 0     | derived 0        | derived 0          | —              |
 * | P6    | none (census 2023/24 at a school in LA 856: not in 855's `all`; 90/90 would add 0s)             |
 * KS1 2023/24: Oli (12m, 31mar, ever) EXS, GDS, EXS → 1; P4 (all only; no census record: kept) EXS, WTS,
 * EXS → 0; P7 GDS ×3
 * at a school in LA 856: not in 855's `all`.
 * `all` = pupils of the files, less those whose latest census record of the year is at a school of
 * another LA (README: the LA's pupils; KS1/KS2 files carry no LA, so no census record = kept), each once:
 * Jay is also linked to LA 856's child D02 and still counts once.
 * No KS1 or KS2 pupil is cla_under_12m: every figure is x there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundTo } from '../../../src/report/format.js';

// the row keeps the unrounded value; the hand figures are to 2 decimals, as every output rounds it
const r2 = (v: number | null) => (v === null ? null : roundTo(v, 2));
import type { Cohort } from '../../../src/measures/compute/context.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, rowOf, type Session } from './fixture.js';
import { NO_KS2_PROGRESS_YEARS } from '../../../src/domain/years.js';

let session: Session;
const byCohort = new Map<Cohort, MeasureRow[]>();
beforeAll(async () => {
  session = await openFixture();
  for (const c of ['cla_12m', 'cla_31mar', 'ever_cla', 'cla_under_12m', 'all'] as const) byCohort.set(c, await session.rows(c));
});
afterAll(() => session.close());

const LOOKED_AFTER = ['cla_12m', 'cla_31mar', 'ever_cla'] as const;

describe('KS2 expected and higher standard', () => {
  it.each([
    // Jay 1 (flag), Nia 1 (112) | + P3 1 (100: exactly the expected standard)
    ['ks2_read_expected', [2, 2, 100], [3, 3, 100]],
    ['ks2_writ_expected', [2, 2, 100], [3, 3, 100]],
    // Jay 0 (flag), Nia 1 (110) | + P3 0 (99)
    ['ks2_mat_expected', [1, 2, 50], [1, 3, 33.33]],
    // Jay 0 (RWMEXP flag), Nia 1 (all three) | + P3 0 (maths 99)
    ['ks2_rwm_expected', [1, 2, 50], [1, 3, 33.33]],
    // Jay 0 (RWMHIGH flag), Nia 1 (112 ≥ 110, 110 ≥ 110, greater depth) | + P3 0
    ['ks2_rwm_higher', [1, 2, 50], [1, 3, 33.33]],
  ] as const)('%s: looked-after cohorts %j, all %j', (id, looked, all) => {
    for (const c of LOOKED_AFTER) expect([rowOf(byCohort.get(c)!, id).numerator, rowOf(byCohort.get(c)!, id).denominator, r2(rowOf(byCohort.get(c)!, id).value)], c).toEqual(looked);
    const a = rowOf(byCohort.get('all')!, id);
    expect([a.numerator, a.denominator, r2(a.value)]).toEqual(all);
    const u = rowOf(byCohort.get('cla_under_12m')!, id);
    expect([u.numerator, u.denominator, u.value, u.symbol]).toEqual([0, 0, null, 'x']);
  });
});

describe('KS2 progress 2023/24: x, as the DfE publishes none (no KS1 baseline: KS1 assessments cancelled in 2019/20)', () => {
  // the file holds progress scores for Jay (2, 1, −1) and Nia (4, 3, 2): they would give reading 3 ± 1.96,
  // but the DfE calculates no KS1–KS2 progress for 2023/24, so no number is shown (src/domain/years.ts)
  it.each(['ks2_read_progress', 'ks2_writ_progress', 'ks2_mat_progress'])('%s is x with the reason in every cohort', (id) => {
    for (const c of [...LOOKED_AFTER, 'all', 'cla_under_12m'] as const) {
      const r = rowOf(byCohort.get(c)!, id);
      expect([r.value, r.ci, r.symbol, r.note], c).toEqual([null, null, 'x', NO_KS2_PROGRESS_YEARS['2023/24']]);
    }
  });
});

describe('KS1 reading, writing and maths at the expected standard (EXS or GDS in all three)', () => {
  it('Oli (EXS, GDS, EXS) meets it: 1/1 in the looked-after cohorts; with P4 (WTS in writing) 1/2 in all', () => {
    for (const c of LOOKED_AFTER) {
      const r = rowOf(byCohort.get(c)!, 'ks1_rwm_expected');
      expect([r.numerator, r.denominator, r.value], c).toEqual([1, 1, 100]);
    }
    const a = rowOf(byCohort.get('all')!, 'ks1_rwm_expected');
    expect([a.numerator, a.denominator, a.value]).toEqual([1, 2, 50]);
    const u = rowOf(byCohort.get('cla_under_12m')!, 'ks1_rwm_expected');
    expect([u.numerator, u.denominator, u.value, u.symbol]).toEqual([0, 0, null, 'x']);
  });
});
