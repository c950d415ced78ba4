/**
 * Measures computed from their definition alone (`aggregate` in define.ts): a family's one batched
 * SQL pass selects, for every measure of the family that declares an aggregate, its numerator,
 * denominator and count of children as SQL aggregates over the pass's rows, and turns them into
 * measure rows here. Adding such a measure is one definition file; the pass, its row count (one per
 * year, or per year and breakdown) and its speed do not change.
 *
 * The passes and the columns their rows offer (docs/adding-a-measure.md shows a measure of each):
 * - `school_age` (families absence, exclusions, sen; compute/school-age-measures.ts): one row per
 *   pupil of the school-age population and academic year: `poss`, `auth`, `unauth` (sessions possible,
 *   authorised and unauthorised absence), `n_susp` (suspensions), `susp_sessions`, `perm` (0/1),
 *   `in_census` (boolean), `sen` (SEN provision: E, S, K or null), `phase`, `nc_year`, `age`.
 * - `oc2` (family oc2; compute/oc2-measures.ts): the OC2 rows of the LA and year with a date of birth,
 *   with `age` on 31 March of the return year; the OC2 columns (HEALTH_ASSESSMENT, IMMUNISATIONS,
 *   TEETH_CHECK, HEALTH_CHECK, CONVICTED, SUBSTANCE_MISUSE: '1', '0' or null; SDQ_SCORE).
 * - `oc3` (family leavers; compute/leavers-measures.ts): the OC3 rows of the LA and year with a date
 *   of birth, with `age` on 31 March of the return year; IN_TOUCH, ACTIV, ACCOM.
 * - `missing` (family missing; compute/leavers-measures.ts): the Missing rows of the LA whose episode
 *   started in the year ending 31 March; CHILD, MISSING ('M' or 'A'), MIS_START.
 * - `ks2` (family ks2; compute/primary-measures.ts): one row per KS2 pupil of the cohort and year
 *   with a reading, maths or writing result: `rd`, `wr`, `ma` (1/0 at the expected standard in
 *   reading, writing TA, maths: the file's flag, else scaled score 100+; null when not known),
 *   `rwm_flag`, `hi_flag` (the file's RWMEXP, RWMHIGH), `rs`, `ms` (reading, maths scaled scores),
 *   `wd` (writing at greater depth), `rp`, `wp`, `mp` (progress scores). Grouped by year. The
 *   progress means are declared with `progressMean` instead (their interval needs the national σ),
 *   and taken in the same statement.
 * - `ks1` (family ks1; compute/primary-measures.ts): the KS1Pupil rows (alias `p`) of the cohort and
 *   year with all three outcomes (READ_OUTCOME, WRIT_OUTCOME, MATH_OUTCOME: EXS, GDS, …). Grouped by year.
 */
import type { MeasureRow } from '../../domain/measure-row.js';
import type { MeasureDefinition, MeasureFamily } from '../define.js';
import { CATALOGUE_ORDER, MEASURE_BY_ID } from '../registry.js';
import { measureRow } from './row-builder.js';

export type DeclaredPass = 'school_age' | 'oc2' | 'oc3' | 'missing' | 'ks1' | 'ks2';

/** Which pass computes a family's declared measures. */
export const PASS_OF_FAMILY: Partial<Record<MeasureFamily, DeclaredPass>> = {
  absence: 'school_age', exclusions: 'school_age', sen: 'school_age', oc2: 'oc2', leavers: 'oc3', missing: 'missing', ks1: 'ks1', ks2: 'ks2',
};

export interface DeclaredMeasure { def: MeasureDefinition; numerator: string; denominator: string; children: string }

/**
 * The measures a pass computes from their definitions, in catalogue order. `defs`: the definitions
 * (the registry's; a test passes its own to show a new definition is computed with no other code).
 */
export function declaredMeasures(pass: DeclaredPass, defs: readonly MeasureDefinition[] = CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!)): DeclaredMeasure[] {
  return defs.flatMap((def) => {
    const a = def.aggregate;
    if (!a || PASS_OF_FAMILY[def.family] !== pass) return [];
    // a count has no denominator; the children behind a figure are its denominator, or a count's value
    const denominator = def.unit === 'count' ? 'NULL' : a.denominator ?? 'NULL';
    return [{ def, numerator: a.numerator, denominator, children: a.children ?? (def.unit === 'count' ? a.numerator : denominator) }];
  });
}

/** The SELECT list of a pass: n<i>, d<i>, k<i> for each declared measure. */
export function declaredSelect(measures: readonly DeclaredMeasure[]): string {
  return measures.map((m, i) => `${m.numerator} AS n${i}, ${m.denominator} AS d${i}, ${m.children} AS k${i}`).join(',\n        ');
}

type Base = { year: string; la: string; cohort: string; breakdown: Record<string, string> | null };

/**
 * The rows of the declared measures from one result row of the pass (`r` undefined: no record, so
 * every count is 0 and every rate has no value). Percent: 100 × numerator ÷ denominator; mean:
 * numerator ÷ denominator; count: the numerator. A missing aggregate counts as 0.
 */
export function declaredRows(measures: readonly DeclaredMeasure[], r: Record<string, unknown> | undefined, base: Base): MeasureRow[] {
  const num = (k: string) => (r?.[k] === null || r?.[k] === undefined ? 0 : Number(r[k]));
  return measures.map((m, i) => {
    const n = num(`n${i}`), d = num(`d${i}`), children = num(`k${i}`);
    const unit = m.def.unit;
    if (unit === 'count') return measureRow({ ...base, id: m.def.id, unit, numerator: n, denominator: null, children, value: n });
    const value = d ? (unit === 'percent' ? (100 * n) / d : n / d) : null;
    return measureRow({ ...base, id: m.def.id, unit, numerator: n, denominator: d, children, value });
  });
}

/** The rows of the declared measures when the pass's table is not in the returns: `x`, saying so. */
export function absentRows(measures: readonly DeclaredMeasure[], base: Base, note: string): MeasureRow[] {
  return measures.map((m) => measureRow({ ...base, id: m.def.id, unit: m.def.unit, numerator: null, denominator: m.def.unit === 'count' ? null : 0, children: 0, value: null, symbol: 'x', note }));
}
