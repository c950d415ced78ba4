/**
 * The data and vega-lite specs of the four chart kinds. Inline data only (never `url`), no
 * `$schema` (it is a URL), fixed sizes and colours, so the SVG is the same on every run.
 *  - benchmarks: horizontal bars, this LA first, then each benchmark scope;
 *  - trend: lines over years, this LA and one benchmark scope (default England CLA);
 *  - progress: Progress 8 points with a 95 % CI error bar, and a rule at zero;
 *  - by-la: horizontal bars, one per LA, best first, with dashed rules at England CLA and England
 *    all pupils (the benchmark overview).
 * A row or benchmark without a value (c, x, z, null) is left out and named in `leftOut`.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MeasureRow } from '../measures/row.js';
import { directionOf } from '../measures/registry.js';
import type { BenchmarkBarsChart, ByLaChart, ChartSpec, ProgressIntervalChart, TrendChart } from './document.js';
import { DISPLAY_DECIMALS, formatValue, roundTo } from './format.js';
import { measureTitle } from '../measures/registry.js';
import { CHART } from './messages.js';
import { normaliseRow } from './normalise.js';
import { breakdownLabel, scopeLabel, scopeLabelFor, scopesOf } from './table-view.js';

export interface ChartPoint {
  label: string;
  series: string;
  value: number;
  lo: number | null;
  hi: number | null;
  text: string;
  /** By-la charts with a focus LA: the group's label (the focus LA's name, its neighbours, the other LAs). */
  group?: string;
}

export interface ChartData {
  points: ChartPoint[];
  leftOut: string[];
  description: string;
  axisTitle: string;
}

const LA_COLOUR = '#1d70b8';
const BENCH_COLOUR = '#6f777b';
const WIDTH = 420;
/** Plot height of the charts over years (trend, progress): ten of them fit the report's A4 pages. */
const TREND_HEIGHT = 170;

function axisTitleOf(r: MeasureRow | undefined): string {
  if (!r) return '';
  const title = measureTitle(r.id);
  // "Overall absence (% sessions)" already says it is a percentage
  return r.unit === 'percent' && !title.includes('%') ? `${title} (%)` : title;
}

function shown(v: number | null, symbol: string | null): v is number {
  return symbol === null && v !== null && Number.isFinite(v);
}

/** How charts name the report's LA: its name, else "This LA (855)". */
export function laSeriesLabel(la: string, laName?: string | null): string {
  return laName ?? CHART.thisLa(la);
}

export function chartData(chart: ChartSpec, la: string, laName?: string | null): ChartData {
  const laLabel = laSeriesLabel(la, laName);
  switch (chart.kind) {
    case 'benchmarks':
      return benchmarksData(chart, laLabel);
    case 'trend':
      return trendData(chart, laLabel);
    case 'progress':
      return progressData(chart, laLabel);
    case 'by-la':
      return byLaData(chart);
  }
}

/** A benchmark's label in a chart: the statistical-neighbour groupings say they are groupings, the LA's published figure says whose. */
function chartScopeLabel(scope: string, laLabel: string, row: Pick<MeasureRow, 'cohort'>): string {
  const sn = /^sn_cla_12m_(\d{4})$/.exec(scope);
  if (sn) return row.cohort === 'care_leavers' ? CHART.neighboursScope(sn[1]!).replace(/\bCLA\b/, 'care leavers') : CHART.neighboursScope(sn[1]!);
  return scope === 'la_published' ? CHART.laPublished(laLabel) : scopeLabelFor(scope, [row]);
}

/**
 * What a chart over years leaves out, grouped by series and symbol: "England CLA 2019/20, 2020/21 (x)",
 * or "England CLA, every year (x)" when the series has no point in any of the chart's `years`.
 */
function groupedLeftOut(items: readonly { series: string; year: string; symbol: string }[], years: number): string[] {
  const groups = new Map<string, string[]>();
  for (const i of items) groups.set(JSON.stringify([i.series, i.symbol]), [...(groups.get(JSON.stringify([i.series, i.symbol])) ?? []), i.year]);
  return [...groups].map(([k, ys]) => {
    const [series, symbol] = JSON.parse(k) as [string, string];
    return ys.length === years && years > 2 ? CHART.everyYear(series, symbol) : `${series} ${ys.join(', ')} (${symbol})`;
  });
}

function benchmarksData(chart: BenchmarkBarsChart, laLabel: string): ChartData {
  const points: ChartPoint[] = [];
  const leftOut: string[] = [];
  const r = normaliseRow(chart.row);
  const d = DISPLAY_DECIMALS[r.unit];
  const add = (label: string, series: string, v: number | null, sym: string | null) => {
    if (shown(v, sym)) points.push({ label, series, value: roundTo(v, d), lo: null, hi: null, text: formatValue(v, r.unit, null) });
    else leftOut.push(`${label} (${sym ?? 'x'})`);
  };
  add(laLabel, 'la', r.value, r.symbol);
  for (const s of chart.scopes ?? scopesOf([r])) {
    const b = r.benchmarks.find((x) => x.scope === s && x.year === r.year);
    add(chartScopeLabel(s, laLabel, r), 'benchmark', b?.value ?? null, b ? b.symbol : 'x');
  }
  const values = points.map((p) => `${p.label} ${p.text}`);
  return { points, leftOut, description: `${CHART.benchmarksDesc(measureTitle(r.id), laLabel, r.year)}${values.length ? ` ${CHART.valuesDesc(values, [])}` : ''}`, axisTitle: axisTitleOf(r) };
}

/** The benchmark scopes a trend chart draws as lines. */
function trendScopes(chart: TrendChart): string[] {
  return chart.scopes ?? [chart.scope ?? 'england_cla_12m'];
}

function trendData(chart: TrendChart, laLabel: string): ChartData {
  const points: ChartPoint[] = [];
  const missing: { series: string; year: string; symbol: string }[] = [];
  const rows = chart.rows.map(normaliseRow).sort((a, b) => compareText(a.year, b.year));
  const scopes = trendScopes(chart);
  for (const r of rows) {
    const d = DISPLAY_DECIMALS[r.unit];
    if (shown(r.value, r.symbol)) points.push({ label: r.year, series: laLabel, value: roundTo(r.value, d), lo: null, hi: null, text: formatValue(r.value, r.unit, null) });
    else missing.push({ series: laLabel, year: r.year, symbol: r.symbol ?? 'x' });
    for (const scope of scopes) {
      const b = r.benchmarks.find((x) => x.scope === scope && x.year === r.year);
      if (b && shown(b.value, b.symbol)) points.push({ label: r.year, series: scopeLabel(scope), value: roundTo(b.value, d), lo: null, hi: null, text: formatValue(b.value, r.unit, null) });
      else missing.push({ series: scopeLabel(scope), year: r.year, symbol: b?.symbol ?? 'x' });
    }
  }
  const title = measureTitle(rows[0]?.id ?? '');
  const series = [laLabel, ...scopes.map(scopeLabel)];
  const values = series.map((name) => ({ name, pts: points.filter((p) => p.series === name) })).filter((x) => x.pts.length).map((x) => `${x.name}: ${x.pts.map((p) => `${p.label} ${p.text}`).join(', ')}`);
  const description = `${CHART.trendDesc(title, laLabel, scopes.map(scopeLabel))}${values.length ? ` ${CHART.seriesValuesDesc(values)}` : ''}`;
  return { points, leftOut: groupedLeftOut(missing, new Set(rows.map((r) => r.year)).size), description, axisTitle: axisTitleOf(rows[0]) };
}

function progressData(chart: ProgressIntervalChart, laLabel: string): ChartData {
  const points: ChartPoint[] = [];
  const leftOut: string[] = [];
  const missing: { series: string; year: string; symbol: string }[] = [];
  const rows = chart.rows.map(normaliseRow);
  // benchmark lines only over years (rows without breakdowns)
  const scopes = rows.every((r) => r.breakdown === null) ? chart.scopes ?? [] : [];
  for (const r of rows) {
    const label = r.breakdown ? `${r.year} ${breakdownLabel(r.breakdown)}` : r.year;
    if (shown(r.value, r.symbol)) {
      const [lo, hi] = r.ci ?? [r.value, r.value];
      points.push({ label, series: laLabel, value: roundTo(r.value, 2), lo: roundTo(lo, 2), hi: roundTo(hi, 2), text: formatValue(r.value, r.unit, null) });
    } else if (r.breakdown) leftOut.push(`${label} (${r.symbol ?? 'x'})`);
    else missing.push({ series: laLabel, year: r.year, symbol: r.symbol ?? 'x' });
    for (const scope of scopes) {
      const b = r.benchmarks.find((x) => x.scope === scope && x.year === r.year);
      if (b && shown(b.value, b.symbol)) points.push({ label, series: scopeLabel(scope), value: roundTo(b.value, 2), lo: null, hi: null, text: formatValue(b.value, r.unit, null) });
      else missing.push({ series: scopeLabel(scope), year: r.year, symbol: b?.symbol ?? 'x' });
    }
  }
  const la = points.filter((p) => p.series === laLabel);
  const parts: string[] = [CHART.progressDesc, CHART.zeroLine];
  if (scopes.length) parts.push(CHART.progressLinesDesc(scopes.map(scopeLabel)));
  if (la.length) parts.push(CHART.valuesDesc(la.map((p) => `${p.label} ${p.text} (${formatValue(p.lo, 'score', null)} to ${formatValue(p.hi, 'score', null)})`), []));
  // nothing to plot when the LA has no shown score: benchmark lines alone say nothing about the LA
  return { points: la.length ? points : [], leftOut: [...leftOut, ...groupedLeftOut(missing, new Set(rows.map((r) => r.year)).size)], description: parts.join(' '), axisTitle: measureTitle('ks4_p8') };
}

/** The England scopes a by-la chart draws as rules: England CLA always, all pupils when the rows carry it. */
const BY_LA_SCOPES = ['england_cla_12m', 'england_all'] as const;

/** The three groups of a by-la chart with a focus LA, in legend order. */
type FocusGroup = 'focus' | 'neighbour' | 'other';
const GROUP_COLOURS: Readonly<Record<FocusGroup, string>> = { focus: '#f47738', neighbour: '#1d70b8', other: '#b1b4b6' };

function focusGroupOf(chart: ByLaChart, la: string): FocusGroup | null {
  if (!chart.focus) return null;
  return la === chart.focus.la ? 'focus' : chart.focus.neighbours.includes(la) ? 'neighbour' : 'other';
}

function groupLabel(chart: ByLaChart, g: FocusGroup): string {
  const focus = chart.focus!;
  return g === 'focus' ? laName(chart, focus.la) : g === 'neighbour' ? CHART.neighboursGroup(focus.grouping) : CHART.otherLas;
}

function laName(chart: ByLaChart, la: string): string {
  return chart.names?.[la] ?? la;
}

/**
 * One bar (or, with `interval`, one point and CI) per LA with a shown value (series 'la', label the
 * LA's name, else its code; `group` its focus group's label when the chart has a focus), best
 * first, equal plotted values by label; then one point per England scope for the rules (label the
 * scope id, series its human label, for the legend). "Best" comes from each measure's `direction`
 * (src/measures/registry.ts), as the ranks use, so the bars read in rank order. A benchmark is the
 * first shown figure of that scope for the rows' own year, rows taken in LA order. No LA shown: no
 * points at all, so the chart says there is nothing to plot rather than drawing rules alone.
 */
function byLaData(chart: ByLaChart): ChartData {
  const rows = chart.rows.map(normaliseRow).sort((a, b) => compareText(a.la, b.la));
  const first = rows[0];
  const id = first?.id ?? '';
  const direction = directionOf(id);
  const points: ChartPoint[] = [];
  const leftOut: string[] = [];
  for (const r of rows) {
    const d = chart.interval ? 2 : DISPLAY_DECIMALS[r.unit];
    const g = focusGroupOf(chart, r.la);
    if (shown(r.value, r.symbol)) {
      const [lo, hi] = chart.interval ? r.ci ?? [r.value, r.value] : [null, null];
      points.push({
        label: laName(chart, r.la), series: 'la', value: roundTo(r.value, d), lo: lo === null ? null : roundTo(lo, d), hi: hi === null ? null : roundTo(hi, d),
        text: formatValue(r.value, r.unit, null), ...(g ? { group: groupLabel(chart, g) } : {}),
      });
    } else leftOut.push(`${laName(chart, r.la)} (${r.symbol ?? 'x'})`);
  }
  const better = direction === 'lower' ? 1 : -1;
  points.sort((a, b) => better * (a.value - b.value) || compareText(a.label, b.label));
  const scopes = BY_LA_SCOPES.filter((s) => s === 'england_cla_12m' || rows.some((r) => r.benchmarks.some((b) => b.scope === s && b.year === r.year)));
  const drawn: string[] = [];
  for (const s of scopes) {
    const found = rows.flatMap((r) => r.benchmarks.filter((b) => b.scope === s && b.year === r.year));
    const b = found.find((x) => shown(x.value, x.symbol)) ?? found[0];
    if (!b || !shown(b.value, b.symbol)) leftOut.push(`${scopeLabel(s)} (${b?.symbol ?? 'x'})`);
    else if (points.length > 0) {
      points.push({ label: s, series: scopeLabel(s), value: roundTo(b.value, chart.interval ? 2 : DISPLAY_DECIMALS[first!.unit]), lo: null, hi: null, text: formatValue(b.value, first!.unit, null) });
      drawn.push(scopeLabel(s));
    }
  }
  const order = direction === 'neutral' ? CHART.highestFirst : CHART.bestFirst(direction);
  const bars = points.filter((p) => p.series === 'la');
  const parts = [chart.interval ? CHART.intervalByLaDesc(measureTitle(id), order, drawn) : CHART.byLaDesc(measureTitle(id), order, drawn)];
  if (chart.focus && bars.length) {
    const inRun = chart.focus.neighbours.filter((la) => rows.some((r) => r.la === la));
    parts.push(CHART.focusDesc(laName(chart, chart.focus.la), inRun.length, chart.focus.grouping));
  }
  if (bars.length) parts.push(CHART.valuesDesc(bars.map((p) => `${p.label} ${p.text}`), points.filter((p) => p.series !== 'la').map((p) => `${p.series} ${p.text}`)));
  return { points, leftOut, description: parts.join(' '), axisTitle: axisTitleOf(first) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const config = {
  font: 'sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11 },
  title: { fontSize: 13, anchor: 'start' as const },
};

/** What every chart spec starts with: its title, the fixed width, its height and the shared config. */
function frame(chart: ChartSpec, height: number | { step: number }): { title: string; width: number; height: number | { step: number }; config: typeof config } {
  return { title: chart.title, width: WIDTH, height, config };
}

export function vegaLiteSpec(chart: ChartSpec, data: ChartData, la: string, laName?: string | null): TopLevelSpec {
  const laLabel = laSeriesLabel(la, laName);
  switch (chart.kind) {
    case 'benchmarks':
      return benchmarksSpec(chart, data, laLabel);
    case 'trend':
      return trendSpec(chart, data, laLabel);
    case 'progress':
      return progressSpec(chart, data, laLabel);
    case 'by-la':
      return byLaSpec(chart, data);
  }
}

/** The LA's own label in bold on an axis, so it is found without colour. */
function boldWhen(label: string): { condition: { test: string; value: 'bold' }; value: 'normal' } {
  return { condition: { test: `datum.value === ${JSON.stringify(label)}`, value: 'bold' }, value: 'normal' };
}

function benchmarksSpec(chart: BenchmarkBarsChart, data: ChartData, laLabel: string): TopLevelSpec {
  return {
    ...frame(chart, { step: 26 }),
    data: { values: valuesOf(data.points) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: LABEL_LIMIT, labelFontWeight: boldWhen(laLabel) } },
      x: { field: 'value', type: 'quantitative', title: data.axisTitle, scale: { zero: true } },
    },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          color: { field: 'series', type: 'nominal', scale: { domain: ['la', 'benchmark'], range: [LA_COLOUR, BENCH_COLOUR] }, legend: null },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 3 }, encoding: { text: { field: 'text', type: 'nominal' } } },
    ],
  } as TopLevelSpec;
}

/** Colour and dash of each series of a line chart over years: the LA solid (and drawn thick), each benchmark dashed (and thin). One legend. */
function seriesStyles(data: ChartData, laLabel: string, scopes: readonly string[]) {
  const present = new Set(data.points.map((p) => p.series));
  const series = [{ name: laLabel, colour: LA_COLOUR, dash: [1, 0] as [number, number] }, ...scopes.map((s) => ({ name: scopeLabel(s), ...(RULE_STYLES[s] ?? { colour: BENCH_COLOUR, dash: [4, 3] as [number, number] }) }))]
    .filter((x) => present.has(x.name));
  const legend = { orient: 'bottom', title: null, labelLimit: 260 } as const;
  return {
    color: { field: 'series', type: 'nominal', title: null, scale: { domain: series.map((x) => x.name), range: series.map((x) => x.colour) }, legend },
    strokeDash: { field: 'series', type: 'nominal', title: null, scale: { domain: series.map((x) => x.name), range: series.map((x) => x.dash) }, legend },
  };
}

function trendSpec(chart: TrendChart, data: ChartData, laLabel: string): TopLevelSpec {
  const x = { field: 'label', type: 'ordinal', title: 'Year', sort: 'ascending', axis: { labelAngle: 0 } } as const;
  const y = { field: 'value', type: 'quantitative', title: data.axisTitle, scale: { zero: true } } as const;
  const styles = seriesStyles(data, laLabel, trendScopes(chart));
  const onlyLa = { filter: { field: 'series', equal: laLabel } };
  return {
    ...frame(chart, TREND_HEIGHT),
    data: { values: valuesOf(data.points) },
    layer: [
      { transform: [{ filter: { not: onlyLa.filter } }], mark: { type: 'line', strokeWidth: 1.5 }, encoding: { x, y, color: styles.color, strokeDash: styles.strokeDash } },
      { transform: [onlyLa], mark: { type: 'line', strokeWidth: 3 }, encoding: { x, y, color: styles.color, strokeDash: styles.strokeDash } },
      // the LA's own points and values on top of the lines
      { transform: [onlyLa], mark: { type: 'point', filled: true, size: 50, opacity: 1, color: LA_COLOUR }, encoding: { x, y } },
      { transform: [onlyLa], mark: { type: 'text', dy: -9, fontSize: 10, color: LA_COLOUR }, encoding: { x, y, text: { field: 'text', type: 'nominal' } } },
    ],
  } as TopLevelSpec;
}

function progressSpec(chart: ProgressIntervalChart, data: ChartData, laLabel: string): TopLevelSpec {
  const x = { field: 'label', type: 'ordinal', title: null, sort: null, axis: { labelAngle: 0 } } as const;
  const onlyLa = { filter: { field: 'series', equal: laLabel } };
  const benchmarks = data.points.some((p) => p.series !== laLabel);
  const styles = seriesStyles(data, laLabel, chart.scopes ?? []);
  return {
    ...frame(chart, TREND_HEIGHT),
    data: { values: valuesOf(data.points) },
    // x is set per layer, not shared: the zero line must span the whole width.
    layer: [
      {
        transform: [onlyLa],
        mark: { type: 'rule', color: LA_COLOUR, strokeWidth: 2 },
        encoding: { x, y: { field: 'lo', type: 'quantitative', title: data.axisTitle }, y2: { field: 'hi' } },
      },
      { transform: [onlyLa], mark: { type: 'point', filled: true, size: 60, opacity: 1, color: LA_COLOUR }, encoding: { x, y: { field: 'value', type: 'quantitative' } } },
      ...(benchmarks
        ? [{ transform: [{ filter: { not: onlyLa.filter } }], mark: { type: 'line', strokeWidth: 1.5 }, encoding: { x, y: { field: 'value', type: 'quantitative' }, color: styles.color, strokeDash: styles.strokeDash } }]
        : []),
      // zero, the national average of all pupils: solid grey, told apart from the dashed benchmark lines
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#505a5f', strokeWidth: 1 }, encoding: { y: { datum: 0 } } },
    ],
  } as TopLevelSpec;
}

/** Above this many LAs the bars get the dense step, so 150 LAs make a chart about 1,800 px tall. */
const BY_LA_DENSE_FROM = 31;
const BY_LA_STEP = 20;
const BY_LA_DENSE_STEP = 12;
/**
 * Room for a label on a bar chart's axis: vega in Node measures text by an estimate (about 0.8 em a
 * character), so this lets "Bournemouth, Christchurch and Poole" and "Stat. neighbours CLA (2025
 * grouping)" through whole.
 */
const LABEL_LIMIT = 360;
/** England CLA short black dashes, England all pupils longer purple dashes, the LA's all pupils green dots: told apart without colour too. */
const RULE_STYLES: Readonly<Record<string, { colour: string; dash: [number, number] }>> = {
  england_cla_12m: { colour: '#0b0c0c', dash: [4, 3] },
  england_all: { colour: '#4c2c92', dash: [8, 4] },
  la_all_pupils: { colour: '#00703c', dash: [2, 2] },
};

function byLaSpec(chart: ByLaChart, data: ChartData): TopLevelSpec {
  const bars = data.points.filter((p) => p.series === 'la');
  const rules = data.points.filter((p) => p.series !== 'la');
  const dense = bars.length >= BY_LA_DENSE_FROM;
  const fontSize = dense ? 9 : 11;
  const focusLabel = chart.focus ? laName(chart, chart.focus.la) : null;
  // the focus LA's name is bold on the axis, so it is found without colour
  const labelFontWeight = focusLabel ? { condition: { test: `datum.value === ${JSON.stringify(focusLabel)}`, value: 'bold' }, value: 'normal' } : 'normal';
  const y = { field: 'label', type: 'nominal', sort: null, title: 'LA', axis: { labelFontSize: fontSize, labelLimit: LABEL_LIMIT, labelFontWeight } } as const;
  const x = { field: 'value', type: 'quantitative', title: data.axisTitle, scale: { zero: !chart.interval } } as const;
  const styles = rules.map((p) => RULE_STYLES[p.label] ?? { colour: BENCH_COLOUR, dash: [4, 3] as [number, number] });
  const legend = { field: 'series', type: 'nominal', title: null, legend: { orient: 'bottom' } } as const;
  const domain = rules.map((p) => p.series);
  const groups = (['focus', 'neighbour', 'other'] as const).filter((g) => chart.focus && bars.some((p) => p.group === groupLabel(chart, g)));
  const colour = chart.focus
    ? { field: 'group', type: 'nominal', title: null, scale: { domain: groups.map((g) => groupLabel(chart, g)), range: groups.map((g) => GROUP_COLOURS[g]) }, legend: { orient: 'top', labelLimit: 260 } }
    : { value: LA_COLOUR };
  const ruleLayer = {
    data: { values: valuesOf(rules) },
    mark: { type: 'rule', strokeWidth: 1.5 },
    encoding: {
      x: { field: 'value', type: 'quantitative' },
      // stroke, not color: the bars' colour scale (focus groups) stays their own, and the rules' legend is one
      stroke: { ...legend, scale: { domain, range: styles.map((st) => st.colour) } },
      strokeDash: { ...legend, scale: { domain, range: styles.map((st) => st.dash) } },
    },
  };
  const marks = chart.interval
    ? [
        // zero is the national average of all pupils: a solid thin line, under the intervals
        { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#505a5f', strokeWidth: 1 }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        { data: { values: valuesOf(bars) }, mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'lo', type: 'quantitative', title: data.axisTitle, scale: { zero: false } }, x2: { field: 'hi' }, color: colour } },
        { data: { values: valuesOf(bars) }, mark: { type: 'point', filled: true, size: 50, opacity: 1 }, encoding: { y, x, color: colour } },
      ]
    : [
        { data: { values: valuesOf(bars) }, mark: { type: 'bar' }, encoding: { y, x, color: colour } },
      ];
  // Layer order: bars (or intervals), then the rules over them, then the value labels over both.
  return {
    ...frame(chart, { step: dense ? BY_LA_DENSE_STEP : BY_LA_STEP }),
    layer: [
      ...marks,
      ...(rules.length ? [ruleLayer] : []),
      ...(chart.interval ? [] : [{ data: { values: valuesOf(bars) }, mark: { type: 'text', align: 'left', dx: 3, fontSize }, encoding: { y, x, text: { field: 'text', type: 'nominal' } } }]),
    ],
  } as TopLevelSpec;
}

function valuesOf(points: readonly ChartPoint[]): Record<string, unknown>[] {
  return points.map((p) => ({ ...p }));
}
