/** The model's rows: one per pupil and year, even when the pupil links to children of two LAs (issue 12, item 11). */
import { describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/io/duck.js';
import { FACTOR_COLUMNS } from '../../src/link/factor-table.js';
import { readFactorRows } from '../../src/link/read-factors.js';

const TEXT = new Set(['pupil_key', 'ks4_year', 'la', 'school_la', 'school_urn', 'placement_group_y11', 'sen_y11', 'school_type_y11', 'sex', 'ethnic_group']);

async function withFactors(rows: Array<Partial<Record<string, string | number | null>>>, run: (db: Awaited<ReturnType<typeof openDb>>) => Promise<void>) {
  const db = await openDb({ threads: 1 });
  try {
    await db.con.run(`CREATE TABLE factors (${FACTOR_COLUMNS.map((c) => `${c} ${TEXT.has(c) ? 'VARCHAR' : 'DOUBLE'}`).join(', ')})`);
    for (const r of rows) {
      const v = FACTOR_COLUMNS.map((c) => { const x = r[c] ?? null; return x === null ? 'NULL' : typeof x === 'number' ? String(x) : `'${x}'`; });
      await db.con.run(`INSERT INTO factors VALUES (${v.join(', ')})`);
    }
    await run(db);
  } finally {
    closeDb(db);
  }
}

describe('readFactorRows: one row per pupil', () => {
  // P1 is linked to a child of LA 855 (12 months in care at 31 March) and of LA 856 (an earlier spell);
  // P2 was never looked after; P3 is looked after by 857 only
  const base = { ks4_year: '2023/24', school_la: '855', att8: 40 };
  const rows = [
    { ...base, pupil_key: 'P1', la: '856', cla_12m: 0, cla_31mar: 0, ever_cla: 1, days_in_care: 200 },
    { ...base, pupil_key: 'P1', la: '855', cla_12m: 1, cla_31mar: 1, ever_cla: 1, days_in_care: 500 },
    { ...base, pupil_key: 'P2', la: null, cla_12m: 0, cla_31mar: 0, ever_cla: 0 },
    { ...base, pupil_key: 'P3', la: '857', cla_12m: 0, cla_31mar: 1, ever_cla: 1, days_in_care: 100 },
  ];

  it('all: three pupils, three rows; P1 by the LA that looked after it at 31 March (855)', async () => {
    await withFactors(rows, async (db) => {
      const r = await readFactorRows(db, 'all');
      expect(r.map((x) => [x.pupil_key, x.la])).toEqual([['P1', '855'], ['P3', '857'], ['P2', null]]);
    });
  });

  it('ever_cla: P1 once and P3 (two rows, not three)', async () => {
    await withFactors(rows, async (db) => {
      const r = await readFactorRows(db, 'ever_cla');
      expect(r.map((x) => [x.pupil_key, x.la, x.days_in_care])).toEqual([['P1', '855', 500], ['P3', '857', 100]]);
    });
  });
});
