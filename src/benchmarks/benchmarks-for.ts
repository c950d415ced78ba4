/**
 * The benchmarks of one measure row (shared/spec/measures.md, "Benchmarks"): in this fixed order
 *   england_cla_12m  England, CLA 12 months at 31 March (or the publication's CLA cohort)
 *   region_cla_12m   the LA's region (Inner/Outer London LAs: London)
 *   sn_cla_12m_2021  mean of the published figures of the LA's 10 statistical neighbours (April 2021
 *                    groupings) that have a figure for that year; `source` says how many and which
 *   sn_cla_12m_2025  the same with the 2025 statistical neighbour model
 *   la_published     the LA's own published figure
 *   england_all      England, all pupils (state-funded schools): england_all_pupils.csv, for the
 *                    measures whose definition names an `allPupils` column (the CIN files hold social
 *                    care groups only)
 * Which column benchmarks which measure is each measure's definition (src/measures/<family>/<id>.ts),
 * passed in by the caller (`measure`: its `benchmark` and `allPupils` columns).
 * A benchmark with no figure for that exact year is `x` (never a neighbouring year's figure);
 * a suppressed published cell stays `c`, not applicable `z`. `gap` = laValue − value, unrounded (outputs round it),
 * null when either is missing. The statistical-neighbour mean is rounded to 2 decimals.
 */
import { basename } from 'node:path';
import type { BenchmarkValue, GssSymbol } from '../domain/measure-row.js';
import type { BenchmarkColumn as MeasureColumn, MeasureBenchmarks } from '../domain/benchmark-column.js';
import { ENGLAND_CODE, type AreaLevel, type BenchmarkTable } from './benchmark-table.js';
import type { BenchmarkSources } from './benchmark-sources.js';
import type { LaDirectory, NeighbourGrouping } from './la-directory.js';
import { readPublishedCell } from './published-cell.js';
import { roundTo } from './round.js';

export interface BenchmarkData {
  table(file: MeasureColumn['file']): BenchmarkTable;
  sources: BenchmarkSources;
  directory: LaDirectory;
}

export function computeBenchmarks(
  data: BenchmarkData, measure: MeasureBenchmarks, academicYear: string, la: string, laValue: number | null, phase?: string,
): BenchmarkValue[] {
  const measureColumn = measure.benchmark;
  if (!measureColumn) return [];
  // a phase row (breakdown `phase`) is set beside the published figure of that phase, when there is one
  let mapping = measureColumn;
  if (phase !== undefined) {
    const column = (measureColumn.phaseColumns as Record<string, string> | undefined)?.[phase];
    if (!column) return [];
    mapping = { ...measureColumn, column, label: `${measureColumn.label}, ${phase.replaceAll('_', ' ')} phase` };
  }
  const table = data.table(mapping.file);
  const describe = describer(data, mapping, table);
  const region = data.directory.info(la);
  const single = (scope: string, level: AreaLevel, code: string | null, area: string): BenchmarkValue => {
    if (code === null) return missing(scope, academicYear, laValue, `${area}: unknown local authority ${la}, no region`);
    const row = table.row(academicYear, level, code);
    if (!row) return missing(scope, academicYear, laValue, `${describe.base()}: no ${area} figure for ${academicYear}`);
    const cell = readPublishedCell(row[mapping.column]);
    const note = cell.note ? ` (${cell.note})` : '';
    return withGap(scope, academicYear, cell.value, cell.symbol, laValue,
      `${describe.base()}, time_period ${row.time_period}, ${row.name ?? area}: ${mapping.label}${note}`);
  };
  const neighbours = (grouping: NeighbourGrouping): BenchmarkValue => {
    const scope = `sn_cla_12m_${grouping}`;
    const list = data.directory.neighbours(la, grouping);
    if (list.length === 0) {
      return missing(scope, academicYear, laValue, `no ${grouping} statistical neighbour group for LA ${la}`);
    }
    const found: { la: string; value: number }[] = [];
    let timePeriod = '';
    for (const n of list) {
      const row = table.row(academicYear, 'la', n);
      if (!row) continue;
      const cell = readPublishedCell(row[mapping.column]);
      if (cell.value !== null) {
        found.push({ la: n, value: cell.value });
        timePeriod = row.time_period ?? timePeriod;
      }
    }
    const who = `${grouping} statistical neighbours of LA ${la}`;
    if (found.length === 0) {
      return missing(scope, academicYear, laValue,
        `${describe.base()}: none of the ${list.length} ${who} has a published figure for ${academicYear}`);
    }
    const mean = roundTo(found.reduce((s, f) => s + f.value, 0) / found.length, 2);
    return withGap(scope, academicYear, mean, null, laValue,
      `${describe.base()}, time_period ${timePeriod}: mean of ${found.length} of ${list.length} ${who} with a published figure ` +
      `(${found.map((f) => f.la).join(', ')}): ${mapping.label}`);
  };
  const allPupils = (): BenchmarkValue[] => {
    const m = measure.allPupils;
    if (!m || phase !== undefined) return [];
    const t = data.table(m.file);
    const base = describer(data, m, t).base();
    const row = t.row(academicYear, 'national', ENGLAND_CODE);
    if (!row || row[m.column] === undefined)
      return [missing('england_all', academicYear, laValue, `${base}: no England all-pupil figure for ${academicYear}`)];
    const cell = readPublishedCell(row[m.column]);
    const note = cell.note ? ` (${cell.note})` : '';
    return [withGap('england_all', academicYear, cell.value, cell.symbol, laValue, `${base}, time_period ${row.time_period}, England: ${m.label}${note}`)];
  };
  return [
    single('england_cla_12m', 'national', ENGLAND_CODE, 'England'),
    ...allPupils(),
    single('region_cla_12m', 'regional', region?.regionCode ?? null, region?.regionName ?? 'region'),
    neighbours(2021),
    neighbours(2025),
    single('la_published', 'la', la, `LA ${la}`),
  ];
}

function describer(data: BenchmarkData, mapping: MeasureColumn, table: BenchmarkTable) {
  const src = data.sources[mapping.file];
  // the user's file by its name only: no machine path in an output (the settings line gives it relative to the folder)
  const user = table.origin === mapping.file ? '' : ` (user file ${basename(table.origin)})`;
  return {
    base: () => src
      ? `DfE, ${src.publication}, ${src.source_file}${user}, ${src.licence}`
      : `benchmark file ${table.origin}`,
  };
}

function withGap(scope: string, year: string, value: number | null, symbol: GssSymbol | null,
  laValue: number | null, source: string): BenchmarkValue {
  // from the unrounded LA value, and kept unrounded (each output rounds it once: 2.946 shows as 2.9,
  // not 2.95 rounded again to 3.0); only binary noise is cleaned, at 10 decimals (66.67 − 66.665 is
  // 0.0049999999999954… in binary, the decimal 0.005)
  const gap = value !== null && laValue !== null && Number.isFinite(laValue) ? roundTo(laValue - value, 10) : null;
  return { scope, year, value, symbol: value === null ? (symbol ?? 'x') : null, gap, source };
}

function missing(scope: string, year: string, laValue: number | null, source: string): BenchmarkValue {
  return withGap(scope, year, null, 'x', laValue, source);
}
