/**
 * Loads the benchmark tables (the only file access of this folder). By default the bundled files
 * under data/benchmarks/; a user may name a newer file of the same format for any table
 * (`files: { 'ks4_cla12m.csv': '/path/to/newer.csv' }`). Tables load on first use and are cached.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { type BenchmarkData, computeBenchmarks } from './benchmarks-for.js';
import { parseBenchmarkSources, type BenchmarkSources } from './benchmark-sources.js';
import { parseBenchmarkTable, type BenchmarkTable } from './benchmark-table.js';
import { type BenchmarkFile, bundledBenchmarkUrl } from './bundled-files.js';
import { type LaDirectory, type LaInfo, type NeighbourGrouping, parseLaDirectory } from './la-directory.js';
import type { BenchmarkValue } from '../domain/measure-row.js';
import type { MeasureBenchmarks } from '../domain/benchmark-column.js';
import { readPublishedCell } from './published-cell.js';

export interface BenchmarkStoreOptions {
  /** A newer file of the same format for any bundled table, by the bundled file's name. */
  files?: Partial<Record<BenchmarkFile, string>>;
}

export interface BenchmarkStore {
  /** The published figures set beside a measure's value (`measure`: its definition, or its two columns). `phase`: the figure of that school phase (breakdown `phase`); none where the measure has no phase columns. */
  benchmarksFor(measure: MeasureBenchmarks, academicYear: string, la: string, laValue: number | null, phase?: string): BenchmarkValue[];
  laInfo(la: string): LaInfo | null;
  statisticalNeighbours(la: string, grouping: NeighbourGrouping): string[];
  allLaCodes(): string[];
  /** Published population aged 0–17 (ONS mid-year estimate used by the DfE for the CLA rate), or null. */
  childPopulation(la: string, academicYear: string): number | null;
}

export function createBenchmarkStore(options: BenchmarkStoreOptions = {}): BenchmarkStore {
  const tables = new Map<string, BenchmarkTable>();
  let directory: LaDirectory | undefined;
  let sources: BenchmarkSources | undefined;
  const dir = (): LaDirectory =>
    (directory ??= parseLaDirectory(readBundled('la_info.csv'), readBundled('statistical_neighbours.csv')));
  const data: BenchmarkData = {
    table(file) {
      let t = tables.get(file);
      if (!t) {
        const userPath = options.files?.[file];
        t = userPath ? parseBenchmarkTable(readUserFile(userPath), userPath) : parseBenchmarkTable(readBundled(file), file, true);
        tables.set(file, t);
      }
      return t;
    },
    get sources() {
      return (sources ??= parseBenchmarkSources(readBundled('sources.json').toString('utf8')));
    },
    get directory() {
      return dir();
    },
  };
  return {
    benchmarksFor: (measure, year, la, laValue, phase) => computeBenchmarks(data, measure, year, la, laValue, phase),
    laInfo: (la) => dir().info(la),
    statisticalNeighbours: (la, grouping) => dir().neighbours(la, grouping),
    allLaCodes: () => dir().codes(),
    childPopulation(la, year) {
      const row = data.table('cla_numbers.csv').row(year, 'la', la);
      return row ? readPublishedCell(row.population_0_17).value : null;
    },
  };
}

function readBundled(file: string): Buffer {
  return readFileSync(bundledBenchmarkUrl(file));
}

function readUserFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`Cannot read the benchmark file ${path}: ${(e as Error).message}`, path,
      'Check the path, or leave it out to use the bundled benchmarks.');
  }
}
