/**
 * What a published benchmark column is (ground floor, issue 11 item 3): the bundled DfE files, the
 * population a figure counts, and the column of a file a measure is set beside. Measure definitions
 * (src/measures/<family>/<id>.ts) name their columns with these types; the benchmark store
 * (src/benchmarks) reads them; neither imports the other.
 */

/** The bundled benchmark files (data/benchmarks/, built by scripts/build-benchmarks.mjs). */
export const BENCHMARK_FILES = [
  'ks4_cla12m.csv',
  'ks2_cla12m.csv',
  'absence_cla12m.csv',
  'placement_stability.csv',
  'school_moves.csv',
  'oc2_health.csv',
  'cla_numbers.csv',
  'care_leavers.csv',
  'england_all_pupils.csv',
] as const;
export type BenchmarkFile = (typeof BENCHMARK_FILES)[number];

/** Who is counted. Two populations are the same exactly when every field is equal. */
export interface Population {
  /** The care cohort the figure is about (the row's `cohort` when the benchmark is attached). */
  cohort: 'cla_31mar' | 'cla_12m' | 'ever_cla' | 'care_leavers' | 'cla_in_year' | 'report';
  /** The further condition on the children, in words (age, time in care, key stage). */
  who: string;
  /** School phase or key stage: 'all ages', 'KS1', 'KS2', 'KS4', 'Years 10–11', 'school age'. */
  phase: string;
  /** The period the figure covers. */
  period: string;
}

export interface BenchmarkColumn {
  /** Bundled DfE file (data/benchmarks/) and its column. */
  file: BenchmarkFile;
  column: string;
  /** The published definition, shown in the benchmark's source text. */
  label: string;
  /** The published figure's population: must equal the measure's (the registry test checks). */
  population: Population;
  /**
   * The same figure per school phase, as the DfE publishes it (absence: state-funded primary,
   * secondary, special, alternative provision), set beside the measure's `phase` breakdown rows.
   */
  phaseColumns?: Partial<Record<SchoolPhase, string>>;
}

/** School phases of the DfE's absence, exclusion and SEN tables (breakdown `phase`). */
export const SCHOOL_PHASES = ['primary', 'secondary', 'special', 'alternative_provision'] as const;
export type SchoolPhase = (typeof SCHOOL_PHASES)[number];

/** The published figures a measure is set beside: its own cohort's column, and England's all-pupil figure. */
export interface MeasureBenchmarks {
  benchmark: BenchmarkColumn | null;
  allPupils?: BenchmarkColumn;
}

export function samePopulation(a: Population, b: Population): boolean {
  return a.cohort === b.cohort && a.who === b.who && a.phase === b.phase && a.period === b.period;
}
