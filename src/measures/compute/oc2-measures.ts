/**
 * OC2 outcome measures (DfE "Outcomes for children looked after"): % of the OC2 cohort with each
 * flag, convictions among those aged 10+, development checks among those under 5, and the SDQ
 * (aged 5–16 at 31 March with a score, the DfE's publication range; bands normal 0–13, borderline 14–16, cause for concern 17–40).
 * Ages are on 31 March of the return year.
 */
import { type Db, queryRows } from '../../io/duck.js';
import { censusYearOf } from '../../domain/years.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureRequest } from './context.js';
import type { MeasureDefinition } from '../define.js';
import { declaredMeasures, declaredRows, declaredSelect } from './declared.js';

/** `defs`: the measure definitions (default the registry's; a test adds one to show a new definition is computed with no other code). */
export async function oc2Measures(db: Db, tables: Set<string>, req: MeasureRequest, defs?: readonly MeasureDefinition[]): Promise<MeasureRow[]> {
  if (!tables.has('OC2')) return [];
  // every measure of family oc2, each from its definition's `aggregate` (compute/declared.ts)
  const measures = declaredMeasures('oc2', defs);
  const rows: MeasureRow[] = [];
  for (const year of req.years) {
    const y = censusYearOf(year);
    const age = `(date_diff('year', DOB::DATE, DATE '${y}-03-31') - CASE WHEN strftime(DOB::DATE, '%m-%d') > '03-31' THEN 1 ELSE 0 END)`;
    const [r] = await queryRows<Record<string, string | null>>(db, `SELECT
        ${declaredSelect(measures)}
      FROM (SELECT *, ${age} AS age FROM p_OC2 WHERE NOT _reject AND _la = '${req.la}' AND _year = ${y} AND DOB IS NOT NULL)`);
    rows.push(...declaredRows(measures, r, { year, la: req.la, cohort: 'cla_12m', breakdown: null }));
  }
  return rows;
}
