/**
 * Care leavers (OC3) and missing from care (Missing), from hand-built return tables, against figures
 * worked out by hand. Return year 2024 (year ending 31 March 2024), LA 855.
 *
 * OC3 (age on 31 March 2024 = the age reached at the birthday in the year):
 * | child | DOB        | age | IN_TOUCH | ACTIV | ACCOM | counted in                       |
 * |-------|------------|-----|----------|-------|-------|----------------------------------|
 * | L1    | 2006-05-01 | 17  | YES      | F2    | B1    | 17–18: touch, EET, suitable      |
 * | L2    | 2005-04-01 | 18  | YES      | G5    | B2    | 17–18: touch                     |
 * | L3    | 2005-04-02 | 18  | NO       | 0     | 0     | 17–18: none (stays in the denominator) |
 * | L4    | 2004-03-31 | 20  | YES      | P5    | S1    | 19–21: touch, EET, suitable      |
 * | L5    | 2002-06-30 | 21  | REFU     | F4    | Z1    | 19–21: EET, suitable             |
 * | L6    | 2005-03-31 | 19  | YES      | G6    | Y2    | 19–21: touch                     |
 * | L7    | 2004-01-01 | 20  | YES      | F1    | T1    | LA 856: not counted              |
 * | L8    | 2006-01-01 | 18  | YES      | F1    | T1    | rejected row: not counted        |
 * 17–18: in touch 2 of 3, EET 1 of 3, suitable 1 of 3; 19–21: in touch 2 of 3, EET 2 of 3, suitable 2 of 3.
 * (L2, born 1 April 2005, is 18 on 31 March 2024 until the next day; L3, born 2 April 2005, is 18 too.)
 *
 * Missing (episodes starting 1 April 2023 to 31 March 2024 count):
 * M1 M 2023-04-01 (in), M1 M 2023-06-10 (in), M1 M 2023-06-10 again in the 2023 return's table (the
 * same episode: once), M2 M 2024-03-31 (in), M3 M 2023-03-31 (before the year: out), M3 A 2023-09-01
 * (away), M4 A 2023-10-01, M4 A 2023-11-01, M5 M 2023-05-05 of LA 856 (out).
 * Missing: children M1, M2 = 2; episodes M1 ×2, M2 = 3. Away: children M3, M4 = 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { leaversMeasures } from '../../src/measures/compute/leavers-measures.js';
import type { MeasureRow } from '../../src/measures/row.js';

let db: Db;
let rows: MeasureRow[] = [];
beforeAll(async () => {
  db = await openDb();
  await db.con.run(`CREATE TABLE p_OC3 AS SELECT * FROM (VALUES
    (false, '855', 2024, 'L1', '2006-05-01', 'YES', 'F2', 'B1'),
    (false, '855', 2024, 'L2', '2005-04-01', 'YES', 'G5', 'B2'),
    (false, '855', 2024, 'L3', '2005-04-02', 'NO', '0', '0'),
    (false, '855', 2024, 'L4', '2004-03-31', 'YES', 'P5', 'S1'),
    (false, '855', 2024, 'L5', '2002-06-30', 'REFU', 'F4', 'Z1'),
    (false, '855', 2024, 'L6', '2005-03-31', 'YES', 'G6', 'Y2'),
    (false, '856', 2024, 'L7', '2004-01-01', 'YES', 'F1', 'T1'),
    (true, '855', 2024, 'L8', '2006-01-01', 'YES', 'F1', 'T1')
  ) AS t(_reject, _la, _year, CHILD, DOB, IN_TOUCH, ACTIV, ACCOM)`);
  await db.con.run(`CREATE TABLE p_Missing AS SELECT * FROM (VALUES
    (false, '855', 2024, 'M1', 'M', '2023-04-01'), (false, '855', 2024, 'M1', 'M', '2023-06-10'), (false, '855', 2023, 'M1', 'M', '2023-06-10'),
    (false, '855', 2024, 'M2', 'M', '2024-03-31'), (false, '855', 2023, 'M3', 'M', '2023-03-31'), (false, '855', 2024, 'M3', 'A', '2023-09-01'),
    (false, '855', 2024, 'M4', 'A', '2023-10-01'), (false, '855', 2024, 'M4', 'A', '2023-11-01'), (false, '856', 2024, 'M5', 'M', '2023-05-05')
  ) AS t(_reject, _la, _year, CHILD, MISSING, MIS_START)`);
  rows = await leaversMeasures(db, new Set(['OC3', 'Missing']), { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
});
afterAll(() => closeDb(db));

const ndv = (id: string) => {
  const r = rows.find((x) => x.id === id)!;
  return [r.numerator, r.denominator, r.value === null ? null : Math.round(r.value * 100) / 100];
};

describe('care leavers (OC3)', () => {
  it.each([
    ['oc3_in_touch_17_18', [2, 3, 66.67]],
    ['oc3_eet_17_18', [1, 3, 33.33]],
    ['oc3_accom_suitable_17_18', [1, 3, 33.33]],
    ['oc3_in_touch_19_21', [2, 3, 66.67]],
    ['oc3_eet_19_21', [2, 3, 66.67]],
    ['oc3_accom_suitable_19_21', [2, 3, 66.67]],
  ] as const)('%s = %j', (id, want) => {
    expect(ndv(id)).toEqual(want);
    expect(rows.find((x) => x.id === id)!.cohort).toBe('care_leavers');
  });
});

describe('missing from care', () => {
  it.each([
    ['missing_children', 2],
    ['missing_episodes', 3],
    ['away_children', 2],
  ] as const)('%s = %d', (id, n) => {
    const r = rows.find((x) => x.id === id)!;
    expect([r.value, r.numerator, r.denominator, r.symbol, r.unit]).toEqual([n, n, null, null, 'count']);
  });
});

describe('returns without the tables', () => {
  it('give x with a note, never zeros', async () => {
    const none = await leaversMeasures(db, new Set(), { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
    expect(none).toHaveLength(9);
    for (const r of none) {
      expect(r.symbol).toBe('x');
      expect(r.value).toBeNull();
      expect(r.note).toMatch(/^No (OC3|Missing)/);
    }
  });
});
