/**
 * The bundled benchmark files (data/benchmarks/, built by scripts/build-benchmarks.mjs from the
 * DfE underlying data, Open Government Licence v3.0). Paths resolve from this module's location, so
 * they work from src/ (tests) and dist/ (the built CLI) alike.
 */
export const BENCHMARK_FILES = [
  'ks4_cla12m.csv',
  'ks2_cla12m.csv',
  'absence_cla12m.csv',
  'placement_stability.csv',
  'school_moves.csv',
  'oc2_health.csv',
  'cla_numbers.csv',
  'england_all_pupils.csv',
] as const;
export type BenchmarkFile = (typeof BENCHMARK_FILES)[number];

export function bundledBenchmarkUrl(file: string): URL {
  return new URL(`../../data/benchmarks/${file}`, import.meta.url);
}
