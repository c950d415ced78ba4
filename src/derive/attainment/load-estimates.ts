/**
 * Finds the P8 estimate table of a KS4 year: a user-supplied table first (for years newer than the
 * bundle), else the bundled DfE table (data/p8/<2023-24>/). Bundled years: 2021/22, 2022/23, 2023/24.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { InputError } from '../../errors.js';
import { parseP8EstimateTable, type P8EstimateTable } from './estimate-table.js';
import { loadP8LowerThresholds, type P8LowerThresholds } from './lower-thresholds.js';

export type P8TableLookup = (year: string) => P8EstimateTable | null;

const bundledCache = new Map<string, P8EstimateTable | null>();

/** `2023/24` → data/p8/2023-24/ (relative to the package root). */
export function bundledP8Table(year: string): P8EstimateTable | null {
  if (!/^\d{4}\/\d{2}$/.test(year)) return null;
  if (!bundledCache.has(year)) {
    const folder = year.replace('/', '-');
    const splits = new URL(`../../../data/p8/${folder}/p8_att8_splits.csv`, import.meta.url);
    const sd = new URL(`../../../data/p8/${folder}/p8_stdev_file.csv`, import.meta.url);
    bundledCache.set(year, existsSync(splits) && existsSync(sd)
      ? parseP8EstimateTable(year, readFileSync(splits), readFileSync(sd), `data/p8/${folder}`)
      : null);
  }
  return bundledCache.get(year) ?? null;
}

/** Reads a user's pair of files (same format as the DfE ready reckoner files) for one KS4 year. */
export function loadP8EstimateTable(year: string, splitsPath: string, stdevPath: string): P8EstimateTable {
  const read = (p: string): Buffer => {
    try {
      return readFileSync(p);
    } catch (e) {
      throw new InputError(`Cannot read the P8 estimate file ${p}: ${(e as Error).message}`, p,
        'Give the path of a DfE ready reckoner p8_att8_splits.csv / p8_stdev_file.csv.');
    }
  };
  return parseP8EstimateTable(year, read(splitsPath), read(stdevPath), splitsPath);
}

/** The tables of the folder's cla-analyse.json `p8Tables` for this run (set by the pipeline, useP8Tables). */
let configuredTables: readonly P8EstimateTable[] = [];

/** Sets the run's own P8 estimate tables (cla-analyse.json `p8Tables`), used before the bundled ones. */
export function useP8Tables(tables: readonly P8EstimateTable[]): void {
  configuredTables = tables;
}

/** Reads the `p8Tables` of a configuration, paths relative to the input folder (already held inside it by ingest). */
export function p8TablesOfConfig(p8Tables: Record<string, { splits: string; stdev: string }>, folder: string): P8EstimateTable[] {
  return Object.entries(p8Tables).sort(([a], [b]) => a.localeCompare(b))
    .map(([year, t]) => loadP8EstimateTable(year, resolvePath(folder, t.splits), resolvePath(folder, t.stdev)));
}

/** The lower thresholds of the folder's cla-analyse.json `p8LowerThresholds` for this run. */
let configuredThresholds: readonly P8LowerThresholds[] = [];

/** Sets the run's P8 lower thresholds (cla-analyse.json `p8LowerThresholds`), attached to the year's estimate table. */
export function useP8LowerThresholds(thresholds: readonly P8LowerThresholds[]): void {
  configuredThresholds = thresholds;
}

/** Reads the `p8LowerThresholds` of a configuration, paths relative to the input folder. */
export function p8LowerThresholdsOfConfig(p8LowerThresholds: Record<string, string>, folder: string): P8LowerThresholds[] {
  return Object.entries(p8LowerThresholds).sort(([a], [b]) => a.localeCompare(b))
    .map(([year, path]) => loadP8LowerThresholds(year, resolvePath(folder, path), path));
}

/**
 * A lookup preferring the given tables, then the run's configured ones, then the bundled ones; each
 * with the year's lower thresholds attached when given (every group of the table must have one).
 */
export function p8TablesWith(userTables: readonly P8EstimateTable[] = [], userThresholds: readonly P8LowerThresholds[] = []): P8TableLookup {
  const byYear = new Map([...configuredTables, ...userTables].map((t) => [t.year, t]));
  const thresholds = new Map([...configuredThresholds, ...userThresholds].map((t) => [t.year, t]));
  const withThresholds = new Map<string, P8EstimateTable | null>();
  return (year) => {
    if (!withThresholds.has(year)) {
      const table = byYear.get(year) ?? bundledP8Table(year);
      const t = thresholds.get(year);
      if (table && t) {
        const missing = table.groups.filter((g) => !t.byGroup.has(g.group)).map((g) => g.group);
        if (missing.length) {
          throw new InputError(`P8 lower thresholds ${t.origin} for ${year} lack prior attainment group(s) ${missing.join(', ')} of the estimate table ${table.origin}.`,
            t.origin, 'Give a threshold for every group of that year\'s p8_att8_splits.csv.');
        }
      }
      withThresholds.set(year, table && t ? { ...table, lowerThresholds: t } : table);
    }
    return withThresholds.get(year) ?? null;
  };
}
