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
import { measureRow } from './row-builder.js';

const EET = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5'];
const LEAVER_MEASURES = [['17_18', 17, 18], ['19_21', 19, 21]] as const;

export async function leaversMeasures(db: Db, tables: Set<string>, req: MeasureRequest): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  const la = req.la.replace(/'/g, "''");
  for (const year of req.years) {
    const y = censusYearOf(year);
    const base = { year, la: req.la, cohort: 'care_leavers', breakdown: null, unit: 'percent' as const };
    if (!tables.has('OC3')) {
      for (const [band] of LEAVER_MEASURES) for (const what of ['in_touch', 'eet', 'accom_suitable'])
        rows.push(measureRow({ ...base, id: `oc3_${what}_${band}`, numerator: null, denominator: 0, children: 0, value: null, symbol: 'x', note: 'No OC3 (care leavers) table in the returns.' }));
    } else {
      const age = `(date_diff('year', DOB::DATE, DATE '${y}-03-31') - CASE WHEN strftime(DOB::DATE, '%m-%d') > '03-31' THEN 1 ELSE 0 END)`;
      const eet = EET.map((c) => `'${c}'`).join(', ');
      const found = await queryRows<Record<string, string | number | null>>(db, `SELECT CASE WHEN ${age} BETWEEN 17 AND 18 THEN '17_18' WHEN ${age} BETWEEN 19 AND 21 THEN '19_21' END AS band,
          count(*) AS d, count(*) FILTER (WHERE IN_TOUCH = 'YES') AS touch, count(*) FILTER (WHERE ACTIV IN (${eet})) AS eet,
          count(*) FILTER (WHERE ACCOM LIKE '_1') AS accom
        FROM p_OC3 WHERE NOT _reject AND _la = '${la}' AND _year = ${y} AND DOB IS NOT NULL GROUP BY 1`);
      for (const [band] of LEAVER_MEASURES) {
        const r = found.find((x) => x.band === band);
        const d = Number(r?.d ?? 0);
        for (const [what, key] of [['in_touch', 'touch'], ['eet', 'eet'], ['accom_suitable', 'accom']] as const) {
          const n = Number(r?.[key] ?? 0);
          rows.push(measureRow({ ...base, id: `oc3_${what}_${band}`, numerator: n, denominator: d, children: d, value: d ? (100 * n) / d : null }));
        }
      }
    }
    const mbase = { year, la: req.la, cohort: 'cla_in_year', breakdown: null, unit: 'count' as const, denominator: null };
    if (!tables.has('Missing')) {
      for (const id of ['missing_children', 'missing_episodes', 'away_children'])
        rows.push(measureRow({ ...mbase, id, numerator: null, children: 0, value: null, symbol: 'x', note: 'No Missing table in the returns.' }));
      continue;
    }
    const [m] = await queryRows<Record<string, string | number | null>>(db, `SELECT
        count(DISTINCT CHILD) FILTER (WHERE MISSING = 'M') AS mc, count(DISTINCT CHILD || '|' || MIS_START) FILTER (WHERE MISSING = 'M') AS me,
        count(DISTINCT CHILD) FILTER (WHERE MISSING = 'A') AS ac
      FROM p_Missing WHERE NOT _reject AND _la = '${la}' AND MIS_START::DATE BETWEEN DATE '${april1(y - 1)}' AND DATE '${y}-03-31'`);
    for (const [id, key] of [['missing_children', 'mc'], ['missing_episodes', 'me'], ['away_children', 'ac']] as const) {
      const n = Number(m?.[key] ?? 0);
      rows.push(measureRow({ ...mbase, id, numerator: n, children: n, value: n }));
    }
  }
  return rows;
}
