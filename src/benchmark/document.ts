/**
 * The benchmark run as a ReportDocument, so the report renderers (csv, md, xlsx, html) write it:
 *   - an overview of the LAs in the run (code, name, region, statistical neighbours by name);
 *   - the charts, before any long table: Progress 8 by LA with 95 % CIs for the latest year that has
 *     it, then a bar chart by LA of each headline measure in BY_LA_MEASURES that the run has, for its
 *     latest year with a shown value; LA names on the axis, best first, England CLA and all-pupil
 *     figures as dashed lines;
 *   - one table per measure (every LA and year: value, CI, children, England CLA and all pupils,
 *     region, statistical neighbours, gap to neighbours, rank and quartile in the run and among
 *     published LAs; no rank for a neutral measure), folded in the HTML so the page stays short;
 *   - expected versus observed per LA when a model was used.
 * With a focus LA, it and its statistical neighbours are highlighted in every chart and table, and
 * come first in each table's year. Pure. Rows are already suppressed (run.ts).
 */
import type { MeasureRow } from '../measures/row.js';
import type { ChartSpec, GenericTable, ReportDocument, ReportSection, RowMark } from '../report/document.js';
import { MEASURE_BY_ID, directionOf, measureTitle } from '../measures/registry.js';
import { BUILD_TEXT } from '../report/messages.js';
import { DISPLAY_DECIMALS, formatGap, formatInterval, formatValue } from '../report/format.js';
import { cohortLabel } from '../report/breakdown-labels.js';
import { laInfo } from '../benchmarks/index.js';
import type { BenchmarkOutput, BenchmarkRowOut, RankOut } from './schema.js';

/** Headline measures charted by LA, in this order (catalogue ids; ones the run lacks are skipped). */
export const BY_LA_MEASURES: readonly string[] = [
  'ks4_att8',
  'ks4_em_4plus',
  'ks2_rwm_expected',
  'absence_overall',
  'absence_persistent',
  'suspension_one_plus',
];

export interface BenchmarkDocumentOptions {
  /** An LA of the run to highlight with its statistical neighbours (the run's grouping). */
  focus?: string;
}

/** The focus LA and its statistical neighbours, and every LA's display name. */
interface Context {
  output: BenchmarkOutput;
  names: Record<string, string>;
  focus: { la: string; neighbours: string[]; grouping: number } | undefined;
}

export function buildBenchmarkDocument(output: BenchmarkOutput, totals: readonly MeasureRow[], options: BenchmarkDocumentOptions = {}): ReportDocument {
  const las = output.las.map((l) => l.la);
  const yearSpan = output.years.length > 1 ? `${output.years[0]} to ${output.years[output.years.length - 1]}` : (output.years[0] ?? '');
  const focusLa = options.focus ? output.las.find((l) => l.la === options.focus) : undefined;
  if (options.focus && !focusLa) throw new RangeError(`focus LA ${options.focus} is not in the run (${las.join(', ')})`);
  const cx: Context = {
    output,
    names: Object.fromEntries(output.las.map((l) => [l.la, l.name ?? l.la])),
    focus: focusLa ? { la: focusLa.la, neighbours: focusLa.statisticalNeighbours, grouping: output.neighbourGrouping } : undefined,
  };
  // charts first, then the tables by measure (folded in HTML): a reader sees the comparison at once
  const charts = chartsOf(cx, totals);
  const sections: ReportSection[] = [
    overviewSection(cx),
    ...(charts.length ? [{ id: 'benchmark-charts', title: 'Charts by LA', tables: [], charts } satisfies ReportSection] : []),
    measuresSection(cx, totals),
  ];
  const eo = expectedObservedSection(cx);
  if (eo) sections.push(eo);
  return {
    title: `Benchmark of ${las.length} local ${las.length === 1 ? 'authority' : 'authorities'}, ${yearSpan}`,
    la: ((names) => (names.length <= 6 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`))(las.map((la) => cx.names[la] ?? la)),
    laName: null,
    year: yearSpan,
    cohort: output.cohort,
    suppressionThreshold: output.suppressionThreshold,
    // every setting the run used, in the notes of every format (as the annual report's preamble)
    settings: output.settings,
    toolVersion: output.toolVersion,
    sections,
  };
}

function markOf(cx: Context, la: string): RowMark | null {
  if (!cx.focus) return null;
  return la === cx.focus.la ? 'focus' : cx.focus.neighbours.includes(la) ? 'neighbour' : null;
}

/** The LA's name as a table shows it, saying in words what the row's highlight says in colour. */
function laCell(cx: Context, la: string): string {
  const mark = markOf(cx, la);
  const name = cx.names[la] ?? la;
  return mark === 'focus' ? `${name} (focus)` : mark === 'neighbour' ? `${name} (neighbour)` : name;
}

/** Focus LA first, then its neighbours, then the rest, each by name. */
function laOrder(cx: Context): (a: string, b: string) => number {
  const weight = (la: string) => (markOf(cx, la) === 'focus' ? 0 : markOf(cx, la) === 'neighbour' ? 1 : 2);
  return (a, b) => weight(a) - weight(b) || cmp(cx.names[a] ?? a, cx.names[b] ?? b) || cmp(a, b);
}

function overviewSection(cx: Context): ReportSection {
  const { output } = cx;
  const inRun = new Set(output.las.map((l) => l.la));
  const ordered = [...output.las].sort((a, b) => laOrder(cx)(a.la, b.la));
  const table: GenericTable = {
    kind: 'generic', id: 'benchmark-las', title: 'Local authorities in the run', sheet: 'Local authorities in the run',
    headers: ['LA', 'Code', 'Region', `Statistical neighbours (${output.neighbourGrouping} grouping; * = in the run)`],
    rows: ordered.map((l) => [laCell(cx, l.la), l.la, l.regionName,
      l.statisticalNeighbours.map((n) => `${cx.names[n] ?? laInfo(n)?.name ?? n}${inRun.has(n) ? '*' : ''}`).join(', ') || `none in the ${output.neighbourGrouping} grouping`]),
    rowMarks: ordered.map((l) => markOf(cx, l.la)),
  };
  const focus = cx.focus
    ? ` ${cx.names[cx.focus.la]} (the focus) and its statistical neighbours are highlighted in every chart and table and come first in each table; ${cx.focus.neighbours.filter((n) => inRun.has(n)).length} of its ${cx.focus.neighbours.length} neighbours are in the run.`
    : '';
  return {
    id: 'benchmark-overview', title: 'Overview',
    intro: `Every measure for ${output.las.length} LA${output.las.length === 1 ? '' : 's'}, ${output.years.join(', ')}; education measures for the cohort "${cohortLabel(output.cohort)}".${focus} ` +
      'The charts come first; then one table per measure, folded: open a measure to see every LA and year. ' +
      'Ranks: 1 = best; tied LAs share the best rank; quartile (Q) = floor(4 × (rank − 1) ÷ LAs ranked) + 1, so Q1 means fewer than a quarter of the ranked LAs do better. ' +
      'A measure with no better direction (a count of children, say) is not ranked, and suppressed figures are not ranked.',
    tables: [table],
  };
}

function chartsOf(cx: Context, totals: readonly MeasureRow[]): ChartSpec[] {
  const { output } = cx;
  const ids = output.measures.map((m) => m.id);
  const extra = { names: cx.names, ...(cx.focus ? { focus: cx.focus } : {}) };
  const charts: ChartSpec[] = [];
  const p8Year = [...output.years].reverse().find((y) => totals.some((r) => r.id === 'ks4_p8' && r.year === y && isShown(r)));
  if (p8Year) {
    const rows = totals.filter((r) => r.id === 'ks4_p8' && r.year === p8Year);
    charts.push({ kind: 'by-la', interval: true, id: 'benchmark-p8-by-la', title: `${measureTitle('ks4_p8')} by LA, ${p8Year}, with 95% confidence intervals`, rows, ...extra });
  }
  for (const id of BY_LA_MEASURES.filter((m) => ids.includes(m))) {
    const rows = totals.filter((r) => r.id === id);
    const year = [...output.years].reverse().find((y) => rows.some((r) => r.year === y && isShown(r)));
    if (year) charts.push({ kind: 'by-la', id: `benchmark-${id}-by-la`, title: BUILD_TEXT.byLaChartTitle(measureTitle(id), year), rows: rows.filter((r) => r.year === year), ...extra });
  }
  return charts;
}

const rankText = (r: RankOut | null): string | null => (r ? `${r.rank} of ${r.of} (Q${r.quartile})` : null);

/** One folded table per measure: a row per LA and year (latest year first; focus LA and neighbours first within it). */
function measuresSection(cx: Context, totals: readonly MeasureRow[]): ReportSection {
  const { output } = cx;
  const childrenOf = new Map(totals.map((r) => [JSON.stringify([r.id, r.year, r.cohort, r.la]), r.children]));
  const grouping = output.neighbourGrouping;
  const byId = new Map<string, BenchmarkRowOut[]>();
  for (const r of output.rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const order = laOrder(cx);
  const tables = output.measures.map((m): GenericTable => {
    const rows = [...(byId.get(m.id) ?? [])].sort((a, b) => cmp(b.year, a.year) || cmp(a.cohort, b.cohort) || order(a.la, b.la));
    const unit = rows[0]?.unit ?? (m.unit as MeasureRow['unit']);
    const ranked = directionOf(m.id) !== 'neutral';
    const has = (scope: string) => rows.some((r) => r.benchmarks.some((b) => b.scope === scope && b.year === r.year));
    const scopes = [
      ['england_cla_12m', 'England CLA'], ['england_all', 'England all pupils'], ['region_cla_12m', 'Region CLA'], [`sn_cla_12m_${grouping}`, `Stat. neighbours CLA (${grouping})`],
    ].filter(([s]) => has(s!)) as [string, string][];
    const withCi = rows.some((r) => r.ci !== null);
    const published = ranked && rows.some((r) => r.rankAmongPublished !== null);
    const children = MEASURE_BY_ID.get(m.id)?.denominatorUnit === 'pupils' ? 'Pupils' : 'Children';
    const headers = ['LA', 'Year', 'Value', ...(withCi ? ['95% CI'] : []), children, ...scopes.map(([, h]) => h), ...(has(`sn_cla_12m_${grouping}`) ? ['Gap to neighbours'] : []),
      ...(ranked ? ['Rank in run'] : []), ...(published ? ['Rank among published LAs'] : [])];
    const body = rows.map((r) => {
      const bench = (scope: string) => { const b = r.benchmarks.find((x) => x.scope === scope && x.year === r.year); return b ? formatValue(b.value, unit, b.symbol) : 'x'; };
      const shownRow = r.symbol === null && r.value !== null;
      const n = childrenOf.get(JSON.stringify([r.id, r.year, r.cohort, r.la])) ?? null;
      return [
        laCell(cx, r.la), r.year, formatValue(r.value, unit, r.symbol),
        ...(withCi ? [formatInterval(r.ci, unit, r.symbol)] : []),
        shownRow && n !== null ? n : (r.symbol ?? 'x'),
        ...scopes.map(([s]) => bench(s)),
        ...(has(`sn_cla_12m_${grouping}`) ? [shownRow ? formatGap(r.gapToNeighbours, unit) : (r.symbol ?? 'x')] : []),
        ...(ranked ? [rankText(r.rankInRun) ?? (r.symbol ?? 'x')] : []),
        ...(published ? [rankText(r.rankAmongPublished) ?? (r.symbol ?? 'x')] : []),
      ];
    });
    const latest = rows[0]?.year;
    const focusRow = cx.focus ? rows.find((r) => r.la === cx.focus!.la && r.year === latest) : undefined;
    const focusNote = focusRow ? `; ${cx.names[focusRow.la]} ${latest}: ${formatValue(focusRow.value, unit, focusRow.symbol)}${ranked && focusRow.rankInRun ? `, rank ${focusRow.rankInRun.rank} of ${focusRow.rankInRun.of}` : ''}` : '';
    return {
      kind: 'generic', id: `benchmark-${m.id}`, title: measureTitle(m.id), sheet: MEASURE_BY_ID.get(m.id)?.shortTitle ?? m.id,
      headers,
      rows: body,
      decimals: 0,
      numericColumns: headers.map((_, j) => j >= 2),
      rowMarks: rows.map((r) => markOf(cx, r.la)),
      collapsed: `${measureTitle(m.id)} (${rows.length} rows${ranked ? '' : ', not ranked'})${focusNote}`,
      ...(ranked ? {} : { caption: 'Not ranked: this measure has no better direction.' }),
    };
  });
  return {
    id: 'benchmark-measures', title: 'Measures by LA',
    intro: `One table per measure, latest year first${cx.focus ? ', the focus LA and its neighbours first within each year' : ''}; open a measure to see its rows. Values are rounded as in the report (${DISPLAY_DECIMALS.percent} decimal for percentages).`,
    tables,
  };
}

function expectedObservedSection(cx: Context): ReportSection | null {
  const eo = cx.output.expectedObserved;
  if (!eo) return null;
  const groups = [...eo.groups].sort((a, b) => laOrder(cx)(a.la, b.la));
  return {
    id: 'benchmark-expected-observed', title: 'Expected versus observed',
    intro: `${eo.outcome === 'att8' ? 'Attainment 8' : 'Progress 8'}: each LA's pupils scored with the ${eo.model === 'saved' ? 'saved' : 'fitted Rees'} factor model; residual = observed − expected, with its 95% CI.`,
    tables: [{
      kind: 'generic', id: 'benchmark-eo', title: 'Expected versus observed by LA', sheet: 'Expected versus observed by LA',
      headers: ['LA', 'Pupils', 'Mean observed', 'Mean expected', 'Mean residual', 'CI low', 'CI high'],
      rows: groups.map((g) => [laCell(cx, g.la), g.pupils ?? g.symbol, g.meanObserved, g.meanExpected, g.meanResidual, g.ci?.[0] ?? null, g.ci?.[1] ?? null]),
      rowMarks: groups.map((g) => markOf(cx, g.la)),
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
      kind: 'generic', id: `benchmark-las-by-measures-${year}`, title: `LAs by measure, ${year}`, sheet: `LAs by measure, ${year.replace('/', '-')}`,
      headers: ['LA', 'LA name', ...ids.map((id) => MEASURE_BY_ID.get(id)?.shortTitle ?? measureTitle(id))],
      rows: output.las.map((l) => [l.la, names.get(l.la) ?? 'x', ...ids.map((id) => { const r = byLaId.get(`${l.la}|${id}`); return r ? (r.value ?? r.symbol ?? 'x') : 'x'; })]),
      decimals: [null, null, ...output.measures.map((m) => decimals(m.unit))],
      numericColumns: [false, false, ...ids.map(() => true)],
    };
  });
  return { id: 'benchmark-las-by-measures', title: 'LAs by measure', tables };
}
