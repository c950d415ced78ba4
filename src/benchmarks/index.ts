/**
 * Published DfE benchmarks for measure rows, from the bundled files (data/benchmarks/). These
 * functions use one default store; `createBenchmarkStore({ files })` gives one over newer files.
 */
import type { BenchmarkValue } from '../measures/row.js';
import { createBenchmarkStore, type BenchmarkStore, type BenchmarkStoreOptions } from './benchmark-store.js';
import type { LaInfo, NeighbourGrouping } from './la-directory.js';

export { createBenchmarkStore } from './benchmark-store.js';
export type { BenchmarkStore, BenchmarkStoreOptions } from './benchmark-store.js';
export type { LaInfo, NeighbourGrouping } from './la-directory.js';
export { readPublishedCell } from './published-cell.js';

let defaultStore: BenchmarkStore | undefined;
const store = (): BenchmarkStore => (defaultStore ??= createBenchmarkStore());

/** From now on, read these files in place of the bundled ones (the config's `benchmarkFiles`); `{}` restores the bundled set. */
export function useBenchmarkFiles(files: BenchmarkStoreOptions['files']): void {
  defaultStore = createBenchmarkStore(files && Object.keys(files).length > 0 ? { files } : {});
}

export function benchmarksFor(measureId: string, academicYear: string, la: string, laValue: number | null, phase?: string): BenchmarkValue[] {
  return store().benchmarksFor(measureId, academicYear, la, laValue, phase);
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
