import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/**
 * Two census records of one pupil in the same term at different schools: dual registration. Both
 * are kept (the main registration is not known); school moves are then counted on URN order.
 */
export const censusDuplicateTerm = defineRule({
  id: 'census-duplicate-term', severity: 'warning', stage: 'row', title: 'Two schools in one census term',
  description: 'A pupil has two census records for the same academic year and term at different schools (dual registration or a mid-term move).',
  remedy: 'Nothing to do if the pupil is dual registered; otherwise keep the main registration only.', rejectsRow: false, tables: ['Census'],
  async check(ctx) {
    if (!ctx.hasTable('Census')) return [];
    return findingsFromQuery(ctx, this, 'Census', 'URN',
      `WITH d AS (SELECT UPN, ACADEMICYEAR, CENSUSTERM FROM p_Census WHERE NOT _reject GROUP BY ALL HAVING count(DISTINCT URN) > 1)
       SELECT _file, _line, _path FROM (SELECT _file, _line, _path, row_number() OVER w AS k
         FROM p_Census SEMI JOIN d USING (UPN, ACADEMICYEAR, CENSUSTERM) WHERE NOT _reject WINDOW w AS (PARTITION BY UPN, ACADEMICYEAR, CENSUSTERM ORDER BY _file, _line)) WHERE k > 1 ORDER BY _file, _line`,
      () => 'the pupil has another census record at a different school in the same term');
  },
});
