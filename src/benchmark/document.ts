/**
 * The benchmark run as a ReportDocument, so the report renderers (csv, md, xlsx, html) write it:
 *   - an overview of the LAs in the run (name, region, statistical neighbours);
 *   - one measure table per measure: every LA and year side by side with England, region,
 *     statistical-neighbour and published figures and the gaps to them;
 *   - ranks and quartiles (in the run and among all published LAs) as a generic table;
 *   - expected versus observed per LA when a model was used;
 *   - a chart of Progress 8 by LA with 95 % CIs for the latest year that has it;
 *   - a bar chart by LA (best first, England CLA and all-pupil figures as dashed lines) of each
 *     headline measure in BY_LA_MEASURES that the run has, for its latest year with a shown value.
 * Pure. Rows are already suppressed (run.ts).
 */
import type { MeasureRow } from '../measures/row.js';
import type { ChartSpec, GenericTable, ReportDocument, ReportSection } from '../report/document.js';
import { MEASURE_BY_ID, measureTitle } from '../measures/registry.js';
import { BUILD_TEXT } from '../report/messages.js';
import type { BenchmarkOutput } from './schema.js';

/** Headline measures charted by LA, in this order (catalogue ids; ones the run lacks are skipped). */
export const BY_LA_MEASURES: readonly string[] = [
  'ks4_att8',
  'ks4_em_4plus',
  'ks2_rwm_expected',
  'absence_overall',
  'absence_persistent',
  'suspension_one_plus',
];

export function buildBenchmarkDocument(output: BenchmarkOutput, totals: readonly MeasureRow[]): ReportDocument {
  const las = output.las.map((l) => l.la);
  const yearSpan = output.years.length > 1 ? `${output.years[0]} to ${output.years[output.years.length - 1]}` : (output.years[0] ?? '');
  // charts first (one section), then the tables by measure, then the ranks: a reader sees the
  // comparison before 100,000 pixels of tables
  const measures = measuresSection(output, totals);
  const chartSection: ReportSection[] = measures.charts?.length ? [{ id: 'benchmark-charts', title: 'Charts by LA', tables: [], charts: measures.charts }] : [];
  delete measures.charts;
  const sections: ReportSection[] = [overviewSection(output), ...chartSection, measures, ranksSection(output)];
  const eo = expectedObservedSection(output);
  if (eo) sections.push(eo);
  return {
    title: `Benchmark of ${las.length} local ${las.length === 1 ? 'authority' : 'authorities'}, ${yearSpan}`,
    la: las.length <= 6 ? las.join(', ') : `${las.slice(0, 5).join(', ')} and ${las.length - 5} more`,
    laName: null,
    year: yearSpan,
    cohort: output.cohort,
    suppressionThreshold: output.suppressionThreshold,
    toolVersion: output.toolVersion,
    sections,
  };
}

function overviewSection(output: BenchmarkOutput): ReportSection {
  const table: GenericTable = {
    kind: 'generic', id: 'benchmark-las', title: 'Local authorities in the run',
    headers: ['LA', 'Name', 'Region', `Statistical neighbours (${output.neighbourGrouping})`],
    rows: output.las.map((l) => [l.la, l.name, l.regionName, l.statisticalNeighbours.join(' ')]),
  };
  return {
    id: 'benchmark-overview', title: 'Overview',
    intro: `Every measure for ${output.las.length} LA${output.las.length === 1 ? '' : 's'}, ${output.years.join(', ')}, cohort ${output.cohort}. ` +
      `Ranks: 1 = best where a better direction is known (else the highest value); tied LAs share the best rank; quartile = floor(4 × (rank − 1) ÷ LAs ranked) + 1, so quartile 1 means fewer than a quarter of the ranked LAs do better. ` +
      `Suppressed figures are not ranked.`,
    tables: [table],
  };
}

function measuresSection(output: BenchmarkOutput, totals: readonly MeasureRow[]): ReportSection {
  const ids = output.measures.map((m) => m.id);
  const byId = new Map<string, MeasureRow[]>();
  for (const r of totals) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const charts: ChartSpec[] = [];
  const p8Year = [...output.years].reverse().find((y) => totals.some((r) => r.id === 'ks4_p8' && r.year === y && r.symbol === null));
  if (p8Year) {
    const rows = totals.filter((r) => r.id === 'ks4_p8' && r.year === p8Year).map((r) => ({ ...r, breakdown: { LA: r.la } }));
    charts.push({ kind: 'progress', id: 'benchmark-p8-by-la', title: `${measureTitle('ks4_p8')} by LA, ${p8Year}, with 95% confidence intervals`, rows });
  }
  for (const id of BY_LA_MEASURES.filter((m) => ids.includes(m))) {
    const rows = byId.get(id) ?? [];
    const year = [...output.years].reverse().find((y) => rows.some((r) => r.year === y && isShown(r)));
    if (year) charts.push({ kind: 'by-la', id: `benchmark-${id}-by-la`, title: BUILD_TEXT.byLaChartTitle(measureTitle(id), year), rows: rows.filter((r) => r.year === year) });
  }
  return {
    id: 'benchmark-measures', title: 'Measures by LA',
    tables: ids.map((id) => ({
      id: `benchmark-${id}`, title: measureTitle(id),
      rows: [...(byId.get(id) ?? [])].sort((a, b) => cmp(a.year, b.year) || cmp(a.cohort, b.cohort) || cmp(a.la, b.la)),
      columns: { la: true, year: true, measure: false },
    })),
    ...(charts.length ? { charts } : {}),
  };
}

function ranksSection(output: BenchmarkOutput): ReportSection {
  const table: GenericTable = {
    kind: 'generic', id: 'benchmark-ranks', title: 'Ranks and quartiles',
    headers: ['Measure', 'Year', 'Cohort', 'LA', 'Value', 'Better', 'Rank in run', 'Quartile in run', 'Rank among published LAs', 'Quartile among published LAs', 'Gap to neighbours'],
    // a measure with no better direction (a count of children, say) is not ranked
    rows: output.rows.filter((r) => r.direction !== 'neutral').map((r) => [
      measureTitle(r.id), r.year, r.cohort, r.la, r.value ?? r.symbol, r.direction,
      r.rankInRun ? `${r.rankInRun.rank} of ${r.rankInRun.of}` : null, r.rankInRun?.quartile ?? null,
      r.rankAmongPublished ? `${r.rankAmongPublished.rank} of ${r.rankAmongPublished.of}` : null, r.rankAmongPublished?.quartile ?? null,
      r.gapToNeighbours,
    ]),
    decimals: [null, null, null, null, 2, null, null, 0, null, 0, 2],
  };
  return { id: 'benchmark-ranks', title: 'Ranks', tables: [table] };
}

function expectedObservedSection(output: BenchmarkOutput): ReportSection | null {
  const eo = output.expectedObserved;
  if (!eo) return null;
  return {
    id: 'benchmark-expected-observed', title: 'Expected versus observed',
    intro: `${eo.outcome === 'att8' ? 'Attainment 8' : 'Progress 8'}: each LA's pupils scored with the ${eo.model === 'saved' ? 'saved' : 'fitted Rees'} factor model; residual = observed − expected, with its 95% CI.`,
    tables: [{
      kind: 'generic', id: 'benchmark-eo', title: 'Expected versus observed by LA',
      headers: ['LA', 'Pupils', 'Mean observed', 'Mean expected', 'Mean residual', 'CI low', 'CI high'],
      rows: eo.groups.map((g) => [g.la, g.pupils ?? g.symbol, g.meanObserved, g.meanExpected, g.meanResidual, g.ci?.[0] ?? null, g.ci?.[1] ?? null]),
    }],
  };
}

function isShown(r: MeasureRow): boolean {
  return r.symbol === null && r.value !== null && Number.isFinite(r.value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * For the benchmark workbook: one LAs × measures table per year (a sheet each): a row per LA with its
 * name, a column per measure (its short title) holding the LA's value or its symbol. Not part of the
 * HTML or Markdown overview, which show the same figures by measure.
 */
export function lasByMeasuresSection(output: BenchmarkOutput): ReportSection {
  const names = new Map(output.las.map((l) => [l.la, l.name]));
  const ids = output.measures.map((m) => m.id);
  const decimals = (unit: string) => (unit === 'count' ? 0 : unit === 'score' ? 2 : 1);
  const tables: GenericTable[] = output.years.map((year) => {
    const byLaId = new Map(output.rows.filter((r) => r.year === year && r.breakdown === null).map((r) => [`${r.la}|${r.id}`, r]));
    return {
      kind: 'generic', id: `benchmark-las-by-measures-${year}`, title: `LAs by measure, ${year}`,
      headers: ['LA', 'LA name', ...ids.map((id) => MEASURE_BY_ID.get(id)?.shortTitle ?? measureTitle(id))],
      rows: output.las.map((l) => [l.la, names.get(l.la) ?? 'x', ...ids.map((id) => { const r = byLaId.get(`${l.la}|${id}`); return r ? (r.value ?? r.symbol ?? 'x') : 'x'; })]),
      decimals: [null, null, ...output.measures.map((m) => decimals(m.unit))],
      numericColumns: [false, false, ...ids.map(() => true)],
    };
  });
  return { id: 'benchmark-las-by-measures', title: 'LAs by measure', tables };
}
