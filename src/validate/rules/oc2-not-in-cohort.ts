import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/**
 * OC2 is returned only for children looked after continuously for 12 months at 31 March (the OC2
 * cohort, definitions.md 6): non-respite episodes covering every day from 1 April to 31 March, and
 * no V3/V4 short-break episode in the year. As in the DfE rule, a period that ends on 31 March itself
 * still counts.
 */
export const oc2NotInCohort = defineRule({
  id: 'oc2-not-in-cohort', severity: 'error', stage: 'row', title: 'OC2 row for a child outside the OC2 cohort',
  description: 'OC2 outcomes are collected only for children looked after continuously for at least 12 months at 31 March; this child\u2019s episodes in the return do not cover the whole year.',
  remedy: 'Remove the OC2 row, or correct the child\u2019s episodes if they are incomplete.', rejectsRow: true, tables: ['OC2'],
  async check(ctx) {
    if (!ctx.hasTable('OC2')) return [];
    const episodes = ctx.hasTable('Episodes') ? 'p_Episodes' : '(SELECT NULL::VARCHAR AS _la, NULL::INTEGER AS _year, NULL::VARCHAR AS CHILD, NULL::VARCHAR AS LS, NULL::VARCHAR AS DECOM, NULL::VARCHAR AS DEC, false AS _reject WHERE false)';
    return findingsFromQuery(ctx, this, 'OC2', 'CHILD',
      `WITH cover AS (
         SELECT _la, _year, CHILD,
           sum(CASE WHEN LS IN ('V3','V4') THEN 0 ELSE greatest(0, date_diff('day',
             greatest(DECOM::DATE, make_date(_year - 1, 4, 1)),
             least(CASE WHEN DEC IS NULL OR DEC::DATE >= make_date(_year, 3, 31) THEN make_date(_year, 4, 1) ELSE DEC::DATE END, make_date(_year, 4, 1)))) END) AS days,
           bool_or(LS IN ('V3','V4') AND DECOM::DATE <= make_date(_year, 3, 31) AND (DEC IS NULL OR DEC::DATE >= make_date(_year - 1, 4, 1))) AS respite
         FROM ${episodes} WHERE NOT _reject GROUP BY ALL)
       SELECT o._file, o._line, o._path FROM p_OC2 o LEFT JOIN cover c ON c._la IS NOT DISTINCT FROM o._la AND c._year = o._year AND c.CHILD = o.CHILD
       WHERE NOT o._reject AND (c.days IS NULL OR c.days < date_diff('day', make_date(o._year - 1, 4, 1), make_date(o._year, 4, 1)) OR c.respite)
       ORDER BY o._file, o._line`,
      () => 'the child was not looked after continuously for the 12 months to 31 March in this return');
  },
});
