import type { MeasureCohort } from '../domain/cohort.js';

/** SQL condition selecting a cohort's rows of the factor table for LA `la`. */
export function cohortCondition(cohort: MeasureCohort, la: string): string {
  const l = `'${la.replace(/'/g, "''")}'`;
  switch (cohort) {
    case 'cla_12m': return `la = ${l} AND cla_12m = 1`;
    case 'cla_31mar': return `la = ${l} AND cla_31mar = 1`;
    case 'ever_cla': return `la = ${l} AND ever_cla = 1`;
    case 'cla_under_12m': return `la = ${l} AND cla_31mar = 1 AND cla_12m = 0`;
    // `all` = every pupil whose school is in the LA (README), each pupil ONCE: the factor table holds one
    // row per pupil, year and responsible LA, so a pupil linked to children of two LAs has two rows and
    // was counted twice here. Keep the row of this LA if there is one, else the lowest LA's (la null =
    // never looked after: the pupil's only row). Fixture: test/measures/catalogue (Amy, also LA 856's).
    case 'all': return `school_la = ${l} AND la IS NOT DISTINCT FROM (SELECT CASE WHEN bool_or(f2.la = ${l}) THEN ${l} ELSE min(f2.la) END
      FROM factors f2 WHERE f2.pupil_key = factors.pupil_key AND f2.ks4_year = factors.ks4_year)`;
    case 'non_cla': return `${cohortCondition('all', la)} AND NOT EXISTS (SELECT 1 FROM factors f3
      WHERE f3.pupil_key = factors.pupil_key AND f3.ks4_year = factors.ks4_year AND f3.cla_12m = 1)`;
  }
}
