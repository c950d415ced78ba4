/**
 * KS4 and school-move measures over the factor table (one SQL pass per
 * year and breakdown). Percentages keep exact numerators and denominators; Progress 8 gets its DfE
 * confidence interval and band (src/measures/p8).
 */
import { type Db, queryRows } from '../../io/duck.js';
import { NO_P8_YEARS } from '../../domain/years.js';
import type { P8TableLookup } from '../../derive/attainment/index.js';
import { a8ApproximateNote, meanP8WithCi, p8Band, p8UnadjustedNote } from '../p8/index.js';
import type { MeasureRow } from '../../domain/measure-row.js';
import { CATALOGUE_ORDER, MEASURE_BY_ID } from '../registry.js';
import { cohortCondition } from '../../link/cohort-condition.js';
import { breakdownExpression, type MeasureRequest } from './context.js';
import { measureRow } from './row-builder.js';

/** `kids`: SQL counting the pupils behind the figure; `approx`: SQL counting those of them whose figure is approximate. */
interface Agg { id: string; num: string; den: string; kids: string; approx?: string }

/**
 * The per-pupil column saying a KS4 figure was computed from results with two results in one subject
 * (the better counts; the DfE's first-entry rule needs entry dates the input lacks): the figure is then
 * labelled Approximate. English, maths and five-passes flags are always from the results; English and
 * maths and EBacc flags and Attainment 8 only where the KS4 pupil file lacks them (src/link/attainment.ts).
 */
const APPROX_COLUMN: Readonly<Record<string, string>> = {
  att8: 'att8_approx', eng4: 'results_repeat', eng5: 'results_repeat', mat4: 'results_repeat', mat5: 'results_repeat',
  pass5_em4: 'results_repeat', pass5_em5: 'results_repeat', em4: 'em_approx', em5: 'em_approx',
  ebacc_entry: 'ebacc_approx', ebacc4: 'ebacc_approx', ebacc5: 'ebacc_approx', ebaccaps: 'ebacc_approx',
};

/**
 * The family's aggregates: the pupil count, then every measure whose definition names its factor-table
 * column (`factorColumn`: the share with 1 of a 0/1 column, or the mean of a number, over the pupils
 * with a value), in catalogue order. Absence, exclusions and SEN are on the DfE's school-age
 * population (school-age-measures.ts); Progress 8 has its own interval (p8Row).
 */
const AGGS: Agg[] = [
  { id: 'ks4_pupils', num: 'count(*)', den: 'NULL', kids: 'count(*)' },
  ...CATALOGUE_ORDER.flatMap((id) => {
    const c = MEASURE_BY_ID.get(id)!.factorColumn;
    const x = c === undefined ? undefined : APPROX_COLUMN[c];
    return c === undefined ? [] : [{ id, num: `sum(${c})`, den: `count(${c})`, kids: `count(${c})`, ...(x ? { approx: `coalesce(sum(${x}) FILTER (WHERE ${c} IS NOT NULL), 0)` } : {}) }];
  }),
];

/** `p8Tables`: the run's Progress 8 estimate tables (the configured ones before the bundled). */
export async function pupilMeasures(db: Db, req: MeasureRequest, p8Tables: P8TableLookup): Promise<MeasureRow[]> {
  const rows: MeasureRow[] = [];
  const cond = cohortCondition(req.cohort, req.la);
  const groupings: { name: string | null; expr: string }[] = [{ name: null, expr: "'all'" }];
  for (const b of req.breakdowns) { const e = breakdownExpression(b); if (e) groupings.push({ name: b, expr: e }); }
  const yearList = req.years.map((y) => `'${y}'`).join(', ');
  if (!yearList) return rows;
  for (const g of groupings) {
    const select = AGGS.map((a, i) => `${a.num} AS n${i}, ${a.den} AS d${i}, ${a.kids} AS k${i}${a.approx ? `, ${a.approx} AS x${i}` : ''}`).join(', ');
    const result = await queryRows<Record<string, string | number | null>>(db,
      `SELECT ks4_year, ${g.expr} AS cat, ${select}, list(p8) FILTER (WHERE p8 IS NOT NULL) AS p8s, coalesce(sum(p8_unadjusted) FILTER (WHERE p8 IS NOT NULL), 0) AS p8u
       FROM factors WHERE ${cond} AND ks4_year IN (${yearList}) GROUP BY ALL ORDER BY ks4_year, cat`);
    for (const year of req.years) {
      const cats = result.filter((r) => r.ks4_year === year);
      if (g.name === null && cats.length === 0) cats.push({ ks4_year: year, cat: 'all' });
      for (const r of cats) {
        const breakdown = g.name === null ? null : { [g.name]: String(r.cat) };
        AGGS.forEach((a, i) => {
          const unit = MEASURE_BY_ID.get(a.id)!.unit;
          const num = r[`n${i}`] === null || r[`n${i}`] === undefined ? null : Number(r[`n${i}`]);
          const den = r[`d${i}`] === null || r[`d${i}`] === undefined ? null : Number(r[`d${i}`]);
          const kids = r[`k${i}`] === null || r[`k${i}`] === undefined ? 0 : Number(r[`k${i}`]);
          if (a.id === 'ks4_pupils') rows.push(measureRow({ id: a.id, year, la: req.la, cohort: req.cohort, breakdown, unit, numerator: num ?? 0, denominator: null, children: kids, value: num ?? 0 }));
          else {
            // a figure from results of pupils with two results in one subject: approximate (src/derive/attainment/result.ts)
            const approx = a.approx && den ? Number(r[`x${i}`] ?? 0) : 0;
            rows.push(measureRow({ id: a.id, year, la: req.la, cohort: req.cohort, breakdown, unit, numerator: num, denominator: den ?? 0, children: kids, value: den ? (unit === 'percent' ? (100 * (num ?? 0)) / den : (num ?? 0) / den) : null,
              ...(approx > 0 ? { note: a8ApproximateNote(approx, den ?? 0), basis: 'Approximate' as const, basisNote: a8ApproximateNote(approx, den ?? 0) } : {}) }));
          }
        });
        rows.push(p8Row(year, req, breakdown, (r.p8s as unknown as (string | number)[] | undefined)?.map(Number) ?? [], p8Tables, Number(r.p8u ?? 0)));
      }
    }
  }
  return rows;
}

/** `unadjusted`: how many of the scores were computed here without the year's DfE lower thresholds (the figure then says so). */
function p8Row(year: string, req: MeasureRequest, breakdown: Record<string, string> | null, scores: number[], tables: P8TableLookup, unadjusted = 0): MeasureRow {
  const base = { id: 'ks4_p8', year, la: req.la, cohort: req.cohort, breakdown, unit: 'score' as const };
  const noP8 = NO_P8_YEARS[year];
  if (noP8) return measureRow({ ...base, numerator: null, denominator: null, children: null, value: null, symbol: 'z', note: `${noP8} Attainment 8 is compared with the national figure for children looked after instead.` });
  if (scores.length === 0) return measureRow({ ...base, numerator: null, denominator: 0, children: 0, value: null, symbol: 'x', note: 'No pupil in the cohort has a Progress 8 score.' });
  const m = meanP8WithCi(scores, year, tables);
  if (m.mean === null || !m.ci) return measureRow({ ...base, numerator: null, denominator: scores.length, children: scores.length, value: null, symbol: m.symbol ?? 'x', note: m.reason ?? null });
  const unadjustedNote = unadjusted > 0 ? p8UnadjustedNote(year, unadjusted, scores.length) : null;
  const note = [`DfE Progress 8 band: ${p8Band(m.mean, m.ci)}`, ...(unadjustedNote ? [unadjustedNote] : []), ...(m.sdNote ? [m.sdNote] : [])].join('. ');
  // the basis is set here, with the sentence that says it in words: unadjusted scores first, then an estimated σ
  const basis = unadjustedNote ? 'Unadjusted' as const : m.sdNote ? 'Estimated interval' as const : null;
  const basisNote = unadjustedNote ?? m.sdNote ?? null;
  return measureRow({ ...base, numerator: null, denominator: scores.length, children: scores.length, value: m.mean, ci: m.ci, note, basis, basisNote });
}
