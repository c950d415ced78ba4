/**
 * The benchmark as one EES tidy data file and its metadata file, with the same columns, rounding and
 * symbols as the report CSV (src/report/render-csv.ts, which cites the DfE's standard): time and
 * geography columns (one line per measure, year, cohort and LA), the filters, the figures, then the
 * ranks (z for a measure with no better direction: it is not ranked), the gap to the neighbours and
 * the benchmark figures. Pure.
 */
import {
  EES_GEOGRAPHY_COLUMNS, FIGURE_META, FILTER_META, cellSymbol, figureBasis, countDecimals, csvField, eesNumber, geographyCells, renderMeta, valueDecimals, type MetaLine,
} from '../report/render-csv.js';
import { scopeLabel } from '../report/table-view.js';
import type { MeasureUnit } from '../measures/row.js';
import type { BenchmarkOutput, RankOut } from './schema.js';

const SCOPES = ['england_cla_12m', 'region_cla_12m', 'sn_cla_12m_2021', 'sn_cla_12m_2025', 'la_published'] as const;

const RANK_META: MetaLine[] = [
  { col_name: 'rank_in_run', col_type: 'Indicator', label: 'Rank among the LAs of this run (1 = best)', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'ranked_in_run', col_type: 'Indicator', label: 'LAs ranked in this run', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'quartile_in_run', col_type: 'Indicator', label: 'Quartile among the LAs of this run (1 = best)', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'rank_among_published', col_type: 'Indicator', label: 'Rank among the LA figures the DfE published (1 = best)', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'ranked_among_published', col_type: 'Indicator', label: 'LAs ranked among the published figures', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'quartile_among_published', col_type: 'Indicator', label: 'Quartile among the published LA figures (1 = best)', indicator_grouping: 'Rank', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'gap_to_neighbours', col_type: 'Indicator', label: 'Gap to the statistical neighbours (LA minus their mean)', indicator_grouping: 'Gap', indicator_unit: '', indicator_dp: '' },
];
const SCOPE_META: MetaLine[] = SCOPES.map((s) => ({ col_name: s, col_type: 'Indicator', label: scopeLabel(s), indicator_grouping: 'Benchmark', indicator_unit: '', indicator_dp: '' }));

export const BENCHMARK_CSV_HEADER = [...EES_GEOGRAPHY_COLUMNS, ...FILTER_META.map((m) => m.col_name), ...FIGURE_META.map((m) => m.col_name),
  ...RANK_META.map((m) => m.col_name), ...SCOPES];

const rankCells = (r: RankOut | null): (number | null)[] => (r ? [r.rank, r.of, r.quartile] : [null, null, null]);

export function renderBenchmarkCsv(output: BenchmarkOutput): string {
  const lines = [BENCHMARK_CSV_HEADER.join(',')];
  for (const r of output.rows) {
    const dp = valueDecimals(r.unit as MeasureUnit);
    const row = { symbol: r.symbol, unit: r.unit, direction: r.direction };
    const cells: (string | number)[] = [
      ...geographyCells(r.year, r.la), r.id, r.cohort, 'Total', 'Total', figureBasis(r),
      eesNumber(r.numerator, countDecimals(r.numerator), cellSymbol('count', row)),
      eesNumber(r.denominator, countDecimals(r.denominator), cellSymbol('count', row)),
      eesNumber(r.value, dp, cellSymbol('value', row)),
      eesNumber(r.ci?.[0], dp, cellSymbol('ci', row)),
      eesNumber(r.ci?.[1], dp, cellSymbol('ci', row)),
      ...rankCells(r.direction === 'neutral' ? null : r.rankInRun).map((v) => eesNumber(v, 0, cellSymbol('rank', row))),
      // the same rule as the rank in the run (a c row's rank among published figures is c, not x: it is the LA's own figure)
      ...rankCells(r.direction === 'neutral' ? null : r.rankAmongPublished).map((v) => eesNumber(v, 0, cellSymbol('rank', row))),
      eesNumber(r.gapToNeighbours, dp, cellSymbol('gap', row)),
      ...SCOPES.map((s) => { const b = r.benchmarks.find((x) => x.scope === s); return eesNumber(b?.value, dp, b?.symbol ?? 'x'); }),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The metadata file of the benchmark CSV. */
export function renderBenchmarkCsvMeta(): string {
  return renderMeta([...FILTER_META, ...FIGURE_META, ...RANK_META, ...SCOPE_META]);
}
