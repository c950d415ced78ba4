/**
 * OC2 outcome measures (DfE "Outcomes for children looked after"): % of the OC2 cohort with each
 * flag, convictions among those aged 10+, development checks among those under 5, and the SDQ
 * (aged 4–16 with a score; bands normal 0–13, borderline 14–16, cause for concern 17–40).
 * Ages are on 31 March of the return year.
 */
import { type Db, queryRows } from '../../io/duck.js';
import { censusYearOf } from '../../domain/years.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';

export async function oc2Measures(db: Db, tables: Set<string>, req: MeasureRequest): Promise<MeasureRow[]> {
  if (!tables.has('OC2')) return [];
  const rows: MeasureRow[] = [];
  for (const year of req.years) {
    const y = censusYearOf(year);
    const age = `(date_diff('year', DOB::DATE, DATE '${y}-03-31') - CASE WHEN strftime(DOB::DATE, '%m-%d') > '03-31' THEN 1 ELSE 0 END)`;
    const [r] = await queryRows<Record<string, string | null>>(db, `SELECT
        count(*) FILTER (WHERE HEALTH_ASSESSMENT IS NOT NULL) AS d_ha, count(*) FILTER (WHERE HEALTH_ASSESSMENT = '1') AS n_ha,
        count(*) FILTER (WHERE IMMUNISATIONS IS NOT NULL) AS d_im, count(*) FILTER (WHERE IMMUNISATIONS = '1') AS n_im,
        count(*) FILTER (WHERE TEETH_CHECK IS NOT NULL) AS d_te, count(*) FILTER (WHERE TEETH_CHECK = '1') AS n_te,
        count(*) FILTER (WHERE HEALTH_CHECK IS NOT NULL AND ${age} < 5) AS d_hc, count(*) FILTER (WHERE HEALTH_CHECK = '1' AND ${age} < 5) AS n_hc,
        count(*) FILTER (WHERE CONVICTED IS NOT NULL AND ${age} >= 10) AS d_cv, count(*) FILTER (WHERE CONVICTED = '1' AND ${age} >= 10) AS n_cv,
        count(*) FILTER (WHERE SUBSTANCE_MISUSE IS NOT NULL) AS d_sm, count(*) FILTER (WHERE SUBSTANCE_MISUSE = '1') AS n_sm,
        count(*) FILTER (WHERE SDQ_SCORE IS NOT NULL AND ${age} BETWEEN 5 AND 16) AS d_sdq, sum(SDQ_SCORE::INTEGER) FILTER (WHERE SDQ_SCORE IS NOT NULL AND ${age} BETWEEN 5 AND 16) AS s_sdq,
        count(*) FILTER (WHERE SDQ_SCORE::INTEGER >= 17 AND ${age} BETWEEN 5 AND 16) AS n_concern
      FROM p_OC2 WHERE NOT _reject AND _la = '${req.la}' AND _year = ${y} AND DOB IS NOT NULL`);
    const base = { year, la: req.la, cohort: 'cla_12m', breakdown: null };
    const n = (k: string) => Number(r?.[k] ?? 0);
    for (const [id, key] of [['oc2_health_assessment', 'ha'], ['oc2_immunisations', 'im'], ['oc2_teeth_check', 'te'], ['oc2_health_check', 'hc'], ['oc2_convicted', 'cv'], ['oc2_substance_misuse', 'sm']] as const) {
      rows.push(measureRow({ ...base, id, unit: 'percent', numerator: n(`n_${key}`), denominator: n(`d_${key}`), children: n(`d_${key}`), value: n(`d_${key}`) ? (100 * n(`n_${key}`)) / n(`d_${key}`) : null }));
    }
    rows.push(measureRow({ ...base, id: 'sdq_mean', unit: 'mean', numerator: n('s_sdq'), denominator: n('d_sdq'), children: n('d_sdq'), value: n('d_sdq') ? n('s_sdq') / n('d_sdq') : null }));
    rows.push(measureRow({ ...base, id: 'sdq_band_concern', unit: 'percent', numerator: n('n_concern'), denominator: n('d_sdq'), children: n('d_sdq'), value: n('d_sdq') ? (100 * n('n_concern')) / n('d_sdq') : null }));
  }
  return rows;
}
