/** The factor table of a cohort (every LA) as FactorRow objects, for the model. */
import type { Db } from '../io/duck.js';
import type { Cohort } from '../domain/cohort.js';
import { cohortCondition } from './cohort-condition.js';
import type { FactorRow } from './factor-row.js';
import { FACTOR_COLUMNS } from './factor-table.js';

const NUMERIC = new Set(['cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry', 'periods_of_care', 'placement_changes_after_11', 'placements_in_year', 'not_foster_y11',
  'school_change_y10_y11', 'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'ks2_emss', 'att8', 'p8']);

const NEVER_IN_CARE_ZERO = ['days_in_care', 'periods_of_care', 'placement_changes_after_11', 'placements_in_year', 'not_foster_y11'] as const;

export async function readFactorRows(db: Db, cohort: Cohort, years?: string[]): Promise<FactorRow[]> {
  // the cohort condition of one LA, widened to every LA
  const cond = cohort === 'all' ? 'true' : cohortCondition(cohort, '__any__').replace("la = '__any__'", 'la IS NOT NULL');
  const yearCond = years?.length ? ` AND ks4_year IN (${years.map((y) => `'${y.replace(/'/g, "''")}'`).join(', ')})` : '';
  // read column-wise: a national all-pupil sample is millions of rows, and one JSON object per row
  // on the way in doubled the memory the model needs
  // one row per pupil and year: the factor table has a row per responsible LA, so a pupil linked to
  // children of two LAs has two (both in `all` and `ever_cla`); a pupil is one observation of the
  // model. Kept: the row of the LA that looked after the pupil longest into the year (12 months at
  // 31 March, then at 31 March, then the most days in care), then the lowest LA code
  const once = `QUALIFY row_number() OVER (PARTITION BY pupil_key, ks4_year ORDER BY cla_12m DESC, cla_31mar DESC, days_in_care DESC NULLS LAST, la NULLS LAST) = 1`;
  const result = await db.con.runAndReadAll(`SELECT ${FACTOR_COLUMNS.join(', ')} FROM factors WHERE ${cond}${yearCond} ${once} ORDER BY ks4_year, la, pupil_key`);
  const columns = result.getColumnsJS();
  const n = columns[0]?.length ?? 0;
  const rows: FactorRow[] = new Array(n);
  for (let r = 0; r < n; r++) {
    const out: Record<string, unknown> = {};
    FACTOR_COLUMNS.forEach((c, i) => {
      const v = columns[i]![r];
      out[c] = v === null || v === undefined ? null : NUMERIC.has(c) ? Number(v) : String(v);
    });
    // in the all-pupil sample a pupil never looked after has no placement changes, no days in care and
    // was not in residential care at 16: zeros, not missing (otherwise listwise deletion drops them all)
    if (cohort === 'all' && out.ever_cla === 0) for (const c of NEVER_IN_CARE_ZERO) out[c] = 0;
    rows[r] = out as unknown as FactorRow;
  }
  return rows;
}
