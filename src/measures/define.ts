/**
 * What a measure definition says (one file per measure, src/measures/<family>/<id>.ts). Every fact
 * about a measure lives in its file: title, unit, definition and source, who is counted (population),
 * what the denominator counts, which count of children decides suppression, which way is better,
 * the published figure it is set beside (and that figure's population), and where the report shows
 * it. The catalogue, report layout, titles, directions, benchmark columns, spreadsheet sheet names
 * and `cla-analyse measures` are all derived from these files (registry.ts).
 */
import type { MeasureUnit } from '../domain/measure-row.js';
import type { BenchmarkColumn, Population } from '../domain/benchmark-column.js';
import type { CareHistory, ChildInfo, StabilityResult } from '../derive/care/types.js';
import type { PlacementChangeOptions } from '../derive/care/placement-changes.js';

export { SCHOOL_PHASES, samePopulation, type BenchmarkColumn, type Population, type SchoolPhase } from '../domain/benchmark-column.js';

export type MeasureFamily = 'care' | 'oc2' | 'leavers' | 'missing' | 'ks1' | 'ks2' | 'ks4' | 'absence' | 'exclusions' | 'sen' | 'school' | 'moves' | 'linkage';
export type Direction = 'higher' | 'lower' | 'neutral';

export interface ReportPlace {
  /** Section and table ids of SECTIONS (sections.ts). */
  section: string;
  table: string;
  /** Order within the table (ascending). */
  order: number;
  /** Drawn as "this LA beside its benchmarks" bars in its section. */
  benchmarkChart?: boolean;
  /** Followed over the years in the Trends section, as a table row or also as a chart. */
  trend?: 'table' | 'chart';
}

export interface MeasureDefinition<Id extends string = string> {
  id: Id;
  family: MeasureFamily;
  /** Row label in tables and chart axes. */
  title: string;
  /** At most 31 characters, unique: spreadsheet sheet names. */
  shortTitle: string;
  unit: MeasureUnit;
  definition: string;
  source: string;
  population: Population;
  /** What the denominator counts: children, pupils, sessions, or none (a count). */
  denominatorUnit: 'children' | 'pupils' | 'sessions' | 'none';
  /**
   * The number of children behind the row, used for small-number suppression: the denominator
   * (children or pupils), the value itself (a count of children), the numerator (a rate's count),
   * or the row's separate `children` count (when the denominator is not children, e.g. sessions).
   */
  suppressionCount: 'denominator' | 'value' | 'numerator' | 'children';
  direction: Direction;
  benchmark: BenchmarkColumn | null;
  /**
   * England's figure for all pupils (state-funded schools) on the same measure, key stage and year,
   * set beside the cohort's as the headline comparison of a virtual school report. Its population
   * differs from the cohort's by design (all pupils, not children looked after): the registry test
   * checks it is the same phase and period.
   */
  allPupils?: BenchmarkColumn;
  report: ReportPlace;
  /**
   * For a measure over the factor table's KS4 pupils (families ks4 and moves): the factor-table column
   * it aggregates in that family's one batched SQL pass (compute/pupil-measures.ts), so the definition
   * is all the measure needs. A `percent` measure takes a 0/1 column (the share with 1 among the pupils
   * with a value), a `mean` a number (its mean over the pupils with a value).
   */
  factorColumn?: string;
  /**
   * For a measure of a family whose one batched SQL pass is driven by the definitions (absence,
   * exclusions, sen, oc2, leavers, missing, ks1, ks2: compute/declared.ts lists each pass and the columns of its
   * rows): SQL aggregates over the pass's rows, so the definition is all the measure needs.
   * `numerator` (a count's value), `denominator` (a percent or mean; ignored for a count) and
   * `children`, the count of children behind the figure (default: the denominator, or a count's value).
   * Value: percent = 100 × numerator ÷ denominator, mean = numerator ÷ denominator, count = numerator.
   */
  aggregate?: { numerator: string; denominator?: string; children?: string };
  /**
   * For a KS2 progress measure (family ks2, unit `score`): the mean of a progress-score column of the
   * ks2 pass (`rp`, `wp`, `mp`: compute/declared.ts), or an SQL expression of its columns, over the
   * pupils with a value, with the DfE's 95%
   * interval mean ± 1.96 × σ ÷ √n, σ the national σ of `subject` and the year
   * (data/ks2/progress_sd.csv), else the cohort's own (basis Estimated interval). In the years the
   * DfE calculates no KS1–KS2 progress (src/domain/years.ts) it is x, basis Not calculated by the DfE.
   * Computed in the same pass as the expected-standard aggregates (compute/primary-measures.ts).
   */
  progressMean?: { column: string; subject: string };
  /**
   * For a measure of the family `care`: how it counts each child's care history on 31 March, in the
   * family's one pass over the LA's histories per year (compute/care-measures.ts), so the definition
   * is all the measure needs (CareComputation).
   */
  care?: CareComputation;
}

/** What a care measure says of one child on 31 March of a year (the stability functions of src/derive/care/ return it). */
export type CareChildResult = StabilityResult;

/**
 * How a care measure is computed over the children's care histories (family `care`;
 * compute/care-measures.ts calls `perChild` for every history of the LA, once per 31 March year).
 * By unit: a `count` is the children with `inNumerator`; a `percent` is 100 × the children with
 * `inNumerator` and `inDenominator` ÷ those with `inDenominator` (children behind it: the
 * denominator); a `rate` is the children with `inNumerator` per `perPopulation` of the LA's published
 * child population aged 0–17 (x with a note when none is published). The rows carry the cohort of the
 * measure's population, whatever the report's cohort.
 */
export interface CareComputation {
  /**
   * The child on 31 March `year` (the calendar year, e.g. 2024 for 2023/24): `history` its care
   * history, `child` its header (date of birth, sex, ethnicity; undefined when the returns have none),
   * `options` the run's placement-change definition. `censored`: the child is in the measure's
   * cohort but its care history is left-censored for the measure's window (definitions.md §3).
   */
  perChild(history: CareHistory, child: ChildInfo | undefined, year: number, options: PlacementChangeOptions): CareChildResult;
  /**
   * The first day (ISO) of the window of care the measure looks back over, for 31 March `year`: when
   * any child is `censored` and the LA's earliest return is known, the measure is `x` with a note naming
   * that day and the returns needed to publish it. Required of a measure whose perChild can say `censored`.
   */
  window?(year: number): string;
  /** A `rate`: the count per this many children of the LA's population aged 0–17 (10,000). */
  perPopulation?: number;
  /**
   * A `count` only: also a row per category of each breakdown the report asks for (sex, age band,
   * ethnic group, placement group and legal status on 31 March, UASC), its share of the total.
   */
  breakdowns?: true;
}

/** Keeps the literal id type, so `MeasureId` is a union of the registry's ids. */
export function defineMeasure<const Id extends string>(d: MeasureDefinition<Id>): MeasureDefinition<Id> {
  return d;
}

export const DFE_CLA = 'DfE, Children looked after in England including adoptions (SSDA903 guide)';
export const DFE_OUT = 'DfE, Outcomes for children in need, including children looked after by local authorities in England';
export const DFE_CARE_LEAVERS = 'DfE, Children looked after in England including adoptions: care leavers (SSDA903 OC3)';
export const DFE_KS4 = 'DfE, Secondary accountability measures guide (Attainment 8, Progress 8, EBacc)';

const YEAR = 'year ending 31 March';
const ACADEMIC = 'academic year ending in the 31 March of the cohort';

/** The populations the measures and the published figures are defined on. */
export const POP = {
  CLA_31MAR: { cohort: 'cla_31mar', who: 'looked after at 31 March (respite V3/V4 excluded)', phase: 'all ages', period: YEAR },
  CLA_12M: { cohort: 'cla_12m', who: 'looked after continuously for 12 months at 31 March', phase: 'all ages', period: YEAR },
  CLA_2Y: { cohort: 'cla_31mar', who: 'looked after continuously for 2 years at 31 March', phase: 'all ages', period: 'two years ending 31 March' },
  CLA_LONG_TERM: { cohort: 'cla_31mar', who: 'under 16 at 31 March, looked after for 2½ years or more', phase: 'all ages', period: 'two years ending 31 March' },
  OC2: { cohort: 'cla_12m', who: 'looked after continuously for 12 months at 31 March', phase: 'all ages', period: YEAR },
  OC2_UNDER5: { cohort: 'cla_12m', who: 'looked after continuously for 12 months at 31 March, aged under 5', phase: 'all ages', period: YEAR },
  OC2_10PLUS: { cohort: 'cla_12m', who: 'looked after continuously for 12 months at 31 March, aged 10 to 17', phase: 'all ages', period: YEAR },
  OC2_SDQ: { cohort: 'cla_12m', who: 'looked after continuously for 12 months at 31 March, aged 5 to 16, with an SDQ score', phase: 'all ages', period: YEAR },
  KS1: { cohort: 'cla_12m', who: 'pupils at the end of KS1 looked after continuously for 12 months at 31 March', phase: 'KS1', period: ACADEMIC },
  KS2: { cohort: 'cla_12m', who: 'pupils at the end of KS2 looked after continuously for 12 months at 31 March', phase: 'KS2', period: ACADEMIC },
  KS4: { cohort: 'cla_12m', who: 'pupils at the end of KS4 looked after continuously for 12 months at 31 March', phase: 'KS4', period: ACADEMIC },
  KS4_Y10_11: { cohort: 'cla_12m', who: 'pupils at the end of KS4 looked after continuously for 12 months at 31 March', phase: 'Years 10–11', period: 'the two academic years of Years 10 and 11' },
  // the DfE's population for absence, exclusions and SEN of children looked after (README "Absence,
  // exclusions and SEN"): NC Years 1–11 (else aged 5–15 on the 31 August the year starts), at a
  // state-funded school (census or absence record of the year), one academic year
  SCHOOL_AGE_YEAR: { cohort: 'cla_12m', who: 'school-age children (aged 5–15 at 31 August, else NC Years 1–11 when no date of birth) in state-funded schools, looked after continuously for 12 months at 31 March', phase: 'school age', period: ACADEMIC },
  KS2_ALL: { cohort: 'report', who: 'all pupils at the end of KS2 in state-funded schools', phase: 'KS2', period: ACADEMIC },
  KS4_ALL: { cohort: 'report', who: 'all pupils at the end of KS4 in state-funded schools', phase: 'KS4', period: ACADEMIC },
  SCHOOL_AGE_ALL: { cohort: 'report', who: 'all pupils of compulsory school age in state-funded primary, secondary and special schools', phase: 'school age', period: ACADEMIC },
  CARE_LEAVERS_17_18: { cohort: 'care_leavers', who: 'care leavers whose 17th or 18th birthday fell in the year (OC3)', phase: 'all ages', period: YEAR },
  CARE_LEAVERS_19_21: { cohort: 'care_leavers', who: 'care leavers whose 19th, 20th or 21st birthday fell in the year (OC3)', phase: 'all ages', period: YEAR },
  CLA_IN_YEAR: { cohort: 'cla_in_year', who: 'children looked after at any time in the year', phase: 'all ages', period: YEAR },
  EVER_CLA_SCHOOL_AGE: { cohort: 'ever_cla', who: 'children of school age in the 903 returns', phase: 'school age', period: YEAR },
} as const satisfies Record<string, Population>;
