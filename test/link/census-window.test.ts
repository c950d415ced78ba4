/**
 * The census part of the education factors (src/link/education.ts) counts a school move in Years 10
 * and 11 from the pupil's last census row before them to its last row of Year 11, and takes the Year 11
 * school from its latest row: a move into Year 10 is still seen from the row before the window, an
 * older row is not taken for it, and rows after KS4 change nothing. Checked against the lag() over the
 * whole sequence. Hand-built pupil tables, no validation: fast.
 */
import { describe, expect, it } from 'vitest';
import { closeDb, openDb, queryRows } from '../../src/io/duck.js';
import { buildEducationFactors } from '../../src/link/education.js';

describe('education factors on the narrowed census window', () => {
  it('school change in Years 10-11 and the Year 11 school, as over the whole sequence', async () => {
    const db = await openDb({ threads: 1 });
    try {
      await db.con.run(`CREATE TABLE p_KS4Pupil AS SELECT * FROM (VALUES
        ('P1', '2023/24', '300', '855', 1, 1), ('P2', '2023/24', '400', '855', 1, 2), ('P3', '2023/24', '600', '855', 1, 3), ('P4', '2022/23', '700', '855', 2, 1),
        ('P5', '2023/24', '510', '855', 2, 2), ('P6', '2023/24', '520', '855', 2, 3), ('P7', '2023/24', '530', '855', 2, 4))
        t(UPN, ACADYR, URN, LA, _file, _line)`);
      await db.con.run(`ALTER TABLE p_KS4Pupil ADD COLUMN _reject BOOLEAN DEFAULT false`);
      for (const c of ['ATT8', 'P8SCORE', 'INP8CALC', 'KS2EMSS', 'L2BASICS_94', 'L2BASICS_95', 'EBACC_E_PTQ_EE', 'EBACC_94', 'EBACC_95', 'EBACCAPS']) await db.con.run(`ALTER TABLE p_KS4Pupil ADD COLUMN ${c} VARCHAR`);
      // y = the year of the academic year's end: KS4 2023/24 reads 2022/23 and 2023/24
      await db.con.run(`CREATE TABLE p_Census AS SELECT *, false AS _reject FROM (VALUES
        ('P1', '2019/20', 'SUM', '300', 1), ('P1', '2021/22', 'SUM', '200', 2), ('P1', '2022/23', 'AUT', '300', 3), ('P1', '2023/24', 'AUT', '300', 4),
        ('P2', '2021/22', 'SUM', '400', 5), ('P2', '2022/23', 'AUT', '400', 6), ('P2', '2022/23', 'SUM', '400', 7), ('P2', '2023/24', 'SPR', '400', 8),
        ('P3', '2023/24', 'AUT', '600', 9), ('P3', '2023/24', 'SPR', '650', 10), ('P3', '2024/25', 'AUT', '999', 11),
        ('P4', '2020/21', 'SUM', '100', 12), ('P4', '2021/22', 'AUT', '700', 13), ('P4', '2022/23', 'SUM', '700', 14), ('P4', '2023/24', 'AUT', '800', 15),
        ('P5', '2023/24', 'AUT', '500', 16), ('P5', '2023/24', 'AUT', '510', 17),
        ('P6', '2022/23', 'SPR', '520', 18), ('P6', '2023/24', 'SUM', '520', 19), ('P6', '2023/24', 'AUT', '520', 20),
        ('P7', '2020/21', 'SUM', '530', 21), ('P7', '2021/22', 'SUM', '531', 22), ('P7', '2022/23', 'AUT', '530', 23), ('P7', '2023/24', 'AUT', '530', 24))
        t(UPN, ACADEMICYEAR, CENSUSTERM, URN, _line)`);
      await db.con.run(`ALTER TABLE p_Census ADD COLUMN _file INTEGER DEFAULT 3`);
      for (const c of ['LA', 'SENPROVISION', 'SCHOOLTYPE']) await db.con.run(`ALTER TABLE p_Census ADD COLUMN ${c} VARCHAR`);
      await buildEducationFactors(db, new Set(['KS4Pupil', 'Census']));
      const rows = await queryRows<{ pupil: string; moved: number; urn: string }>(db,
        'SELECT pupil, school_change_y10_y11 AS moved, census_urn AS urn FROM ks4_edu ORDER BY pupil');
      expect(rows.map((r) => [r.pupil, Number(r.moved), r.urn])).toEqual([
        ['P1', 1, '300'], // 200 (2021/22, before the window) -> 300: a move; the older 300 of 2019/20 is not the previous school
        ['P2', 0, '400'],
        ['P3', 1, '650'], // AUT 600 -> SPR 650 in Year 11; the 2024/25 row after KS4 changes nothing
        ['P4', 1, '700'], // 2020/21's 100 is the row just before Year 10: a move into 2021/22's 700; 2023/24 (after KS4) not read
        ['P5', 1, '510'], // two schools in one term (dual registration): a change; the later line is the latest row
        ['P6', 0, '520'], // one school throughout; the latest row of 2023/24 is SUM, read before AUT in the file
        ['P7', 1, '530'], // 531 (2021/22) -> 530 (2022/23): the row just before Year 10 differs, though Years 10-11 hold one URN
      ]);
      // the same as over every census row of the pupil (the sequence before the window was narrowed)
      const whole = await queryRows<{ pupil: string; moved: number }>(db, `WITH c AS (SELECT UPN, CAST(left(ACADEMICYEAR, 4) AS INTEGER) + 1 AS y,
          CASE CENSUSTERM WHEN 'AUT' THEN 1 WHEN 'SPR' THEN 2 ELSE 3 END AS t, URN, _file, _line FROM p_Census),
        s AS (SELECT *, lag(URN) OVER (PARTITION BY UPN ORDER BY y, t, _file, _line) AS prev FROM c)
        SELECT k.pupil, max(CASE WHEN s.prev IS NOT NULL AND s.prev <> s.URN THEN 1 ELSE 0 END) AS moved
        FROM ks4 k JOIN s ON s.UPN = k.pupil AND s.y IN (k.y, k.y - 1) GROUP BY ALL ORDER BY 1`);
      expect(whole.map((r) => [r.pupil, Number(r.moved)])).toEqual(rows.map((r) => [r.pupil, Number(r.moved)]));
    } finally { closeDb(db); }
  });
});
