/**
 * The bundled benchmark files (data/benchmarks/, built by scripts/build-benchmarks.mjs from the
 * DfE underlying data, Open Government Licence v3.0). Paths resolve from this module's location, so
 * they work from src/ (tests) and dist/ (the built CLI) alike.
 */
export { BENCHMARK_FILES, type BenchmarkFile } from '../domain/benchmark-column.js';

export function bundledBenchmarkUrl(file: string): URL {
  return new URL(`../../data/benchmarks/${file}`, import.meta.url);
}
