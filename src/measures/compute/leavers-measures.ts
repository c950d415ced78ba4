/**
 * Care leavers (OC3) and missing from care (Missing), from the 903 returns of the year (DfE
 * "Children looked after in England including adoptions"):
 * - OC3 holds the care leavers whose 17th to 21st birthday fell in the year; the age is the one
 *   reached at that birthday, i.e. the age on 31 March of the return year. Percentages are of every
 *   care leaver of the age group in the table (the DfE's denominator: those not in touch and those
 *   whose activity or accommodation is not known stay in it). In touch: IN_TOUCH YES; in education,
 *   employment or training: ACTIV F1, P1 (higher education), F2, P2 (other education), F4, P4
 *   (training or employment), F5, P5 (apprenticeship) — G4, G5, G6 are not, 0 is not known;
 *   suitable accommodation: ACCOM ending in 1.
 * - Missing: episodes (MISSING M: missing; A: away from placement without authorisation) that
 *   started in the year ending 31 March, counted as episodes (a child and start date once, though it
 *   appear in two returns) and as distinct children.
 * A table absent from the returns gives `x` rows saying so, never zeros.
 */
import { type Db, queryRows } from '../../io/duck.js';
import { april1, censusYearOf } from '../../domain/years.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureRequest } from './context.js';
import type { MeasureDefinition } from '../define.js';
import { absentRows, declaredMeasures, declaredRows, declaredSelect } from './declared.js';

/** `defs`: the measure definitions (default the registry's). */
export async function leaversMeasures(db: Db, tables: Set<string>, req: MeasureRequest, defs?: readonly MeasureDefinition[]): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  const la = req.la.replace(/'/g, "''");
  // every measure of families leavers and missing, each from its definition's `aggregate` (compute/declared.ts)
  const leavers = declaredMeasures('oc3', defs);
  const missing = declaredMeasures('missing', defs);
  for (const year of req.years) {
    const y = censusYearOf(year);
    const base = { year, la: req.la, cohort: 'care_leavers', breakdown: null };
    if (!tables.has('OC3')) {
      rows.push(...absentRows(leavers, base, 'No OC3 (care leavers) table in the returns.'));
    } else {
      const age = `(date_diff('year', DOB::DATE, DATE '${y}-03-31') - CASE WHEN strftime(DOB::DATE, '%m-%d') > '03-31' THEN 1 ELSE 0 END)`;
      const [r] = await queryRows<Record<string, string | number | null>>(db, `SELECT
          ${declaredSelect(leavers)}
        FROM (SELECT *, ${age} AS age FROM p_OC3 WHERE NOT _reject AND _la = '${la}' AND _year = ${y} AND DOB IS NOT NULL)`);
      rows.push(...declaredRows(leavers, r, base));
    }
    const mbase = { year, la: req.la, cohort: 'cla_in_year', breakdown: null };
    if (!tables.has('Missing')) {
      rows.push(...absentRows(missing, mbase, 'No Missing table in the returns.'));
      continue;
    }
    const [m] = await queryRows<Record<string, string | number | null>>(db, `SELECT
        ${declaredSelect(missing)}
      FROM p_Missing WHERE NOT _reject AND _la = '${la}' AND MIS_START::DATE BETWEEN DATE '${april1(y - 1)}' AND DATE '${y}-03-31'`);
    rows.push(...declaredRows(missing, m, mbase));
  }
  return rows;
}
