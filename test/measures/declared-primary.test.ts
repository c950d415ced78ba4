/**
 * "Adding a measure is one new file" for KS1 and KS2 (issue 11): the expected-standard percentages
 * are computed from their definitions' `aggregate` by the family's one pass (compute/declared.ts,
 * compute/primary-measures.ts). A new measure defined only by a definition object gets its row; the
 * registry's own figures come out of the same pass. Hand-built pupils in DuckDB, figures worked by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { defineMeasure, POP, DFE_OUT, type MeasureDefinition } from '../../src/measures/define.js';
import { CATALOGUE_ORDER, MEASURE_BY_ID } from '../../src/measures/registry.js';
import { declaredMeasures } from '../../src/measures/compute/declared.js';
import { primaryMeasures, progressMeasures } from '../../src/measures/compute/primary-measures.js';
import { NO_KS2_PROGRESS_YEARS } from '../../src/domain/years.js';

/** A new KS2 measure, as its file would hold it: reading and maths both at the expected standard, of pupils with both known. */
const KS2_NEW = defineMeasure({
  id: 'ks2_rm_expected', family: 'ks2', title: 'KS2 reading and maths expected', shortTitle: 'KS2 RM expected', unit: 'percent',
  definition: '% at the expected standard in reading and in maths, of pupils with both known.', source: DFE_OUT, population: POP.KS2,
  denominatorUnit: 'pupils', suppressionCount: 'denominator', direction: 'higher', benchmark: null,
  report: { section: 'ks2', table: 'ks2-headline', order: 99 },
  aggregate: { numerator: 'count(*) FILTER (WHERE rd = 1 AND ma = 1)', denominator: 'count(*) FILTER (WHERE rd IS NOT NULL AND ma IS NOT NULL)' },
}) as MeasureDefinition;
/** A new KS1 measure: greater depth in at least one of reading, writing and maths. */
const KS1_NEW = defineMeasure({
  id: 'ks1_gds_any', family: 'ks1', title: 'KS1 greater depth in a subject', shortTitle: 'KS1 GDS any', unit: 'percent',
  definition: '% working at greater depth in reading, writing or maths.', source: DFE_OUT, population: POP.KS1,
  denominatorUnit: 'pupils', suppressionCount: 'denominator', direction: 'higher', benchmark: null,
  report: { section: 'ks1', table: 'ks1-headline', order: 99 },
  aggregate: { numerator: "count(*) FILTER (WHERE 'GDS' IN (p.READ_OUTCOME, p.WRIT_OUTCOME, p.MATH_OUTCOME))", denominator: 'count(*)' },
}) as MeasureDefinition;

/** A new KS2 progress mean: the mean of each pupil's reading and maths progress scores, with its interval (no national σ: the cohort's own). */
const KS2_PROGRESS_NEW = defineMeasure({
  id: 'ks2_rm_progress', family: 'ks2', title: 'KS2 reading and maths progress', shortTitle: 'KS2 RM progress', unit: 'score',
  definition: 'Mean of the pupils\' average of their reading and maths progress scores.', source: DFE_OUT, population: POP.KS2,
  denominatorUnit: 'pupils', suppressionCount: 'denominator', direction: 'higher', benchmark: null,
  report: { section: 'ks2', table: 'ks2-progress', order: 99 },
  progressMean: { column: '(rp + mp) / 2', subject: 'reading and maths' },
}) as MeasureDefinition;

const DEFS = [...CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!), KS2_NEW, KS1_NEW, KS2_PROGRESS_NEW];
const REQ = { la: '855', years: ['2023/24'], cohort: 'cla_12m' as const, breakdowns: [] };

let db: Db;
beforeAll(async () => {
  db = await openDb({ threads: 1 });
  // care status of 2023/24: A, B, C, D, F, G, H, J looked after 12 months by LA 855; E not (cla_31mar only)
  await db.con.run(`CREATE TABLE child_status (pupil VARCHAR, acadyr VARCHAR, la VARCHAR, cla_12m INTEGER, cla_31mar INTEGER, ever_cla INTEGER, dob VARCHAR)`);
  await db.con.run(`INSERT INTO child_status VALUES ${['A', 'B', 'C', 'D', 'F', 'G', 'H', 'J', 'K'].map((u) => `('${u}', '2023/24', '855', 1, 1, 1, NULL)`).join(', ')}, ('E', '2023/24', '855', 0, 1, 1, NULL)`);
  await db.con.run(`INSERT INTO child_status VALUES ${['P1', 'P2', 'P3', 'P4'].map((u) => `('${u}', '2025/26', '855', 1, 1, 1, NULL)`).join(', ')}`);
  await db.con.run(`CREATE TABLE p_KS2Pupil (_reject BOOLEAN, UPN VARCHAR, ACADYR VARCHAR, READEXP VARCHAR, READSCORE VARCHAR, WRITTAEXP VARCHAR, MATEXP VARCHAR, MATSCORE VARCHAR,
    RWMHIGH VARCHAR, WRITTADEPTH VARCHAR, RWMEXP VARCHAR, READPROGSCORE VARCHAR, WRITPROGSCORE VARCHAR, MATPROGSCORE VARCHAR)`);
  // rd, wr, ma (the flag, else scaled score 100+):  A 1,1,1   B 0,1,1 (reading 99)   C 1,0,0 (maths 95)   D null,null,1 (maths only)
  // E (not cla_12m) 1,1,1 and a rejected row of A: neither counted
  await db.con.run(`INSERT INTO p_KS2Pupil VALUES
    (false, 'A', '2023/24', '1', '105', '1', '1', '112', NULL, '1', NULL, NULL, NULL, NULL),
    (false, 'B', '2023/24', NULL, '99', '1', NULL, '101', NULL, '0', NULL, NULL, NULL, NULL),
    (false, 'C', '2023/24', NULL, '110', '0', NULL, '95', NULL, '0', NULL, NULL, NULL, NULL),
    (false, 'D', '2023/24', NULL, NULL, NULL, NULL, '100', NULL, NULL, NULL, NULL, NULL, NULL),
    (false, 'E', '2023/24', '1', '108', '1', '1', '108', NULL, '0', NULL, NULL, NULL, NULL),
    (true,  'A', '2023/24', '1', '105', '1', '1', '112', NULL, '1', NULL, NULL, NULL, NULL)`);
  // 2025/26 (no national σ bundled), progress scores reading, maths: P1 2, 1   P2 −1, 1   P3 0.5, −2   P4 none, 3
  await db.con.run(`INSERT INTO p_KS2Pupil VALUES
    (false, 'P1', '2025/26', NULL, '100', NULL, NULL, '100', NULL, NULL, NULL, '2', NULL, '1'),
    (false, 'P2', '2025/26', NULL, '100', NULL, NULL, '100', NULL, NULL, NULL, '-1', NULL, '1'),
    (false, 'P3', '2025/26', NULL, '100', NULL, NULL, '100', NULL, NULL, NULL, '0.5', NULL, '-2'),
    (false, 'P4', '2025/26', NULL, '100', NULL, NULL, '100', NULL, NULL, NULL, NULL, NULL, '3')`);
  await db.con.run(`CREATE TABLE p_KS1Pupil (_reject BOOLEAN, UPN VARCHAR, ACADYR VARCHAR, READ_OUTCOME VARCHAR, WRIT_OUTCOME VARCHAR, MATH_OUTCOME VARCHAR)`);
  // F EXS EXS EXS, G GDS GDS WTS, H WTS WTS WTS, J EXS WTS GDS, K GDS EXS EXS; E (not cla_12m) and a pupil with a missing outcome are not counted
  await db.con.run(`INSERT INTO p_KS1Pupil VALUES
    (false, 'F', '2023/24', 'EXS', 'EXS', 'EXS'), (false, 'G', '2023/24', 'GDS', 'GDS', 'WTS'), (false, 'H', '2023/24', 'WTS', 'WTS', 'WTS'),
    (false, 'J', '2023/24', 'EXS', 'WTS', 'GDS'), (false, 'K', '2023/24', 'GDS', 'EXS', 'EXS'), (false, 'E', '2023/24', 'GDS', 'GDS', 'GDS'),
    (false, 'A', '2023/24', 'GDS', NULL, 'GDS')`);
});
afterAll(async () => { await closeDb(db); });

describe('KS1 and KS2 expected standard: computed from the definitions, one pass each', () => {
  it('the expected-standard measures declare their aggregate; the KS2 progress means their progressMean (with the DfE interval)', () => {
    expect(declaredMeasures('ks2').map((m) => m.def.id)).toEqual(CATALOGUE_ORDER.filter((id) => /^ks2_.*(expected|higher)$/.test(id)));
    expect(progressMeasures().map((m) => m.id)).toEqual(['ks2_read_progress', 'ks2_writ_progress', 'ks2_mat_progress']);
    expect(() => progressMeasures([{ ...KS2_PROGRESS_NEW, unit: 'percent' }])).toThrow(/ks2_rm_progress: a progressMean is a score/);
    expect(declaredMeasures('ks1').map((m) => m.def.id)).toEqual(['ks1_rwm_expected']);
  });

  it('a new KS2 and a new KS1 definition get their rows beside the registry\'s, worked by hand', async () => {
    const rows = await primaryMeasures(db, new Set(['KS2Pupil', 'KS1Pupil']), REQ, DEFS);
    const get = (id: string) => rows.find((r) => r.id === id)!;
    // reading and maths both known: A, B, C (D has no reading); both expected: A → 1 of 3 = 33.33%
    expect(get('ks2_rm_expected')).toMatchObject({ numerator: 1, denominator: 3, children: 3, unit: 'percent', symbol: null, cohort: 'cla_12m', breakdown: null });
    expect(get('ks2_rm_expected').value).toBeCloseTo(100 / 3, 10);
    // the registry's: reading 1 + 0 + 1 of 3 (A, B, C) = 66.67%; writing 1 + 1 + 0 of 3 = 66.67%; maths 1 + 1 + 0 + 1 of 4 = 75%
    expect(get('ks2_read_expected')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(get('ks2_writ_expected')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(get('ks2_mat_expected')).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    // RWM: A all three (1), B and C known and not all (0), D not known → 1 of 3; higher: A 105 reading < 110 → 0, B, C 0 → 0 of 3
    expect(get('ks2_rwm_expected')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(get('ks2_rwm_higher')).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
    // KS1, all three outcomes known: F, G, H, J, K. Expected in all three (EXS or GDS): F, K → 2 of 5 = 40%;
    // greater depth in one or more: G, J, K → 3 of 5 = 60%
    expect(get('ks1_rwm_expected')).toMatchObject({ numerator: 2, denominator: 5, value: 40 });
    expect(get('ks1_gds_any')).toMatchObject({ numerator: 3, denominator: 5, children: 5, value: 60 });
    // the progress means are still computed beside them (no scores: x, or the DfE's not-calculated x for 2023/24)
    expect(get('ks2_read_progress').symbol).toBe('x');
  });

  it('a new KS2 progress mean gets its row beside the registry\'s, with its interval, worked by hand', async () => {
    const rows = await primaryMeasures(db, new Set(['KS2Pupil']), { ...REQ, years: ['2025/26'] }, DEFS);
    const get = (id: string) => rows.find((r) => r.id === id)!;
    // (rp + mp) / 2: P1 1.5, P2 0, P3 −0.75 (P4 has no reading score): n 3, mean 0.75 / 3 = 0.25; deviations 1.25, −0.25, −1,
    // squares 1.5625 + 0.0625 + 1 = 2.625, ÷ 2 = 1.3125, sd 1.1456439; half-width 1.96 × 1.1456439 ÷ √3 = 1.2964181
    const r = get('ks2_rm_progress');
    expect(r).toMatchObject({ numerator: null, denominator: 3, children: 3, unit: 'score', symbol: null, basis: 'Estimated interval' });
    expect(r.value).toBeCloseTo(0.25, 10);
    expect(r.ci![0]).toBeCloseTo(0.25 - 1.2964181, 6);
    expect(r.ci![1]).toBeCloseTo(0.25 + 1.2964181, 6);
    expect(r.note).toBe('CI from the cohort’s own standard deviation: no national σ bundled for 2025/26 (data/ks2/progress_sd.csv).');
    // the registry's: reading 2, −1, 0.5: mean 0.5, sd √(4.5 ÷ 2) = 1.5, half-width 1.96 × 1.5 ÷ √3 = 1.6974097;
    // maths 1, 1, −2, 3: mean 0.75, sd √(12.75 ÷ 3) = 2.0615528, half-width 1.96 × 2.0615528 ÷ 2 = 2.0203218
    expect(get('ks2_read_progress')).toMatchObject({ denominator: 3 });
    expect(get('ks2_read_progress').value).toBeCloseTo(0.5, 10);
    expect(get('ks2_read_progress').ci![1]).toBeCloseTo(0.5 + 1.6974097, 6);
    expect(get('ks2_mat_progress').value).toBeCloseTo(0.75, 10);
    expect(get('ks2_mat_progress').ci![0]).toBeCloseTo(0.75 - 2.0203218, 6);
    // no writing scores: n 0, x
    expect(get('ks2_writ_progress')).toMatchObject({ denominator: 0, symbol: 'x', note: 'No progress scores supplied.' });
    // in a year the DfE calculates no progress, the new mean is x with the reason, as the registry's
    const none = (await primaryMeasures(db, new Set(['KS2Pupil']), REQ, DEFS)).find((x) => x.id === 'ks2_rm_progress')!;
    expect([none.symbol, none.basis, none.note]).toEqual(['x', 'Not calculated by the DfE', NO_KS2_PROGRESS_YEARS['2023/24']]);
  });

  it('a year with no pupils gives x rows for the new measures (0 of 0), not zeros', async () => {
    const rows = await primaryMeasures(db, new Set(['KS2Pupil', 'KS1Pupil']), { ...REQ, years: ['2022/23'] }, DEFS);
    for (const id of ['ks2_rm_expected', 'ks1_gds_any', 'ks2_read_expected']) expect(rows.find((r) => r.id === id), id).toMatchObject({ value: null, symbol: 'x', denominator: 0 });
  });
});
