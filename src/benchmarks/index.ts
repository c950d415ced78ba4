/**
 * Published DfE benchmarks for measure rows, from the bundled files (data/benchmarks/). These
 * functions use one default store over the bundled files; `benchmarkStoreFor(files)` gives the store of
 * a run's settings (newer files in place of bundled ones). The pipeline (src/pipeline) attaches them.
 */
import type { BenchmarkValue } from '../domain/measure-row.js';
import type { MeasureBenchmarks } from '../domain/benchmark-column.js';
import { createBenchmarkStore, type BenchmarkStore, type BenchmarkStoreOptions } from './benchmark-store.js';
import type { LaInfo, NeighbourGrouping } from './la-directory.js';

export { createBenchmarkStore } from './benchmark-store.js';
export type { BenchmarkStore, BenchmarkStoreOptions } from './benchmark-store.js';
export type { LaInfo, NeighbourGrouping } from './la-directory.js';
export { readPublishedCell } from './published-cell.js';

let defaultStore: BenchmarkStore | undefined;
const store = (): BenchmarkStore => (defaultStore ??= createBenchmarkStore());

/** The store of a run: these files in place of the bundled ones (the config's `benchmarkFiles`), else the bundled store. */
export function benchmarkStoreFor(files: BenchmarkStoreOptions['files']): BenchmarkStore {
  return files && Object.keys(files).length > 0 ? createBenchmarkStore({ files }) : store();
}

export function benchmarksFor(measure: MeasureBenchmarks, academicYear: string, la: string, laValue: number | null, phase?: string): BenchmarkValue[] {
  return store().benchmarksFor(measure, academicYear, la, laValue, phase);
}
export function laInfo(la: string): LaInfo | null {
  return store().laInfo(la);
}
export function statisticalNeighbours(la: string, grouping: NeighbourGrouping): string[] {
  return store().statisticalNeighbours(la, grouping);
}
export function allLaCodes(): string[] {
  return store().allLaCodes();
}
export function childPopulation(la: string, academicYear: string): number | null {
  return store().childPopulation(la, academicYear);
}
