/**
 * The data and vega-lite specs of the three chart kinds. Inline data only (never `url`), no
 * `$schema` (it is a URL), fixed sizes and colours, so the SVG is the same on every run.
 *  - benchmarks: horizontal bars, this LA first, then each benchmark scope;
 *  - trend: lines over years, this LA and one benchmark scope (default England CLA);
 *  - progress: Progress 8 points with a 95 % CI error bar, and a rule at zero.
 * A row or benchmark without a value (c, x, z, null) is left out and named in `leftOut`.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MeasureRow } from '../measures/row.js';
import type { ChartSpec } from './document.js';
import { DISPLAY_DECIMALS, formatValue, roundTo } from './format.js';
import { measureTitle } from './measure-titles.js';
import { CHART } from './messages.js';
import { normaliseRow } from './normalise.js';
import { breakdownLabel, scopeLabel, scopesOf } from './table-view.js';

export interface ChartPoint {
  label: string;
  series: string;
  value: number;
  lo: number | null;
  hi: number | null;
  text: string;
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

function axisTitleOf(r: MeasureRow | undefined): string {
  if (!r) return '';
  return r.unit === 'percent' ? `${measureTitle(r.id)} (%)` : measureTitle(r.id);
}

function shown(v: number | null, symbol: string | null): v is number {
  return symbol === null && v !== null && Number.isFinite(v);
}

export function chartData(chart: ChartSpec, la: string): ChartData {
  const laSeries = CHART.thisLa(la);
  const points: ChartPoint[] = [];
  const leftOut: string[] = [];
  if (chart.kind === 'benchmarks') {
    const r = normaliseRow(chart.row);
    const d = DISPLAY_DECIMALS[r.unit];
    const add = (label: string, series: string, v: number | null, sym: string | null) => {
      if (shown(v, sym)) points.push({ label, series, value: roundTo(v, d), lo: null, hi: null, text: formatValue(v, r.unit, null) });
      else leftOut.push(`${label} (${sym ?? 'x'})`);
    };
    add(laSeries, 'la', r.value, r.symbol);
    for (const s of chart.scopes ?? scopesOf([r])) {
      const b = r.benchmarks.find((x) => x.scope === s && x.year === r.year);
      add(scopeLabel(s), 'benchmark', b?.value ?? null, b ? b.symbol : 'x');
    }
    return { points, leftOut, description: CHART.benchmarksDesc(measureTitle(r.id)), axisTitle: axisTitleOf(r) };
  }
  if (chart.kind === 'trend') {
    const rows = chart.rows.map(normaliseRow).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
    const scope = chart.scope ?? 'england_cla_12m';
    for (const r of rows) {
      const d = DISPLAY_DECIMALS[r.unit];
      if (shown(r.value, r.symbol)) points.push({ label: r.year, series: laSeries, value: roundTo(r.value, d), lo: null, hi: null, text: '' });
      else leftOut.push(`${laSeries} ${r.year} (${r.symbol ?? 'x'})`);
      const b = r.benchmarks.find((x) => x.scope === scope && x.year === r.year);
      if (b && shown(b.value, b.symbol)) points.push({ label: r.year, series: scopeLabel(scope), value: roundTo(b.value, d), lo: null, hi: null, text: '' });
      else leftOut.push(`${scopeLabel(scope)} ${r.year} (${b?.symbol ?? 'x'})`);
    }
    const title = measureTitle(rows[0]?.id ?? '');
    return { points, leftOut, description: CHART.trendDesc(title, scopeLabel(scope)), axisTitle: axisTitleOf(rows[0]) };
  }
  const rows = chart.rows.map(normaliseRow);
  for (const r of rows) {
    const label = r.breakdown ? `${r.year} ${breakdownLabel(r.breakdown)}` : r.year;
    if (shown(r.value, r.symbol)) {
      const [lo, hi] = r.ci ?? [r.value, r.value];
      points.push({ label, series: laSeries, value: roundTo(r.value, 2), lo: roundTo(lo, 2), hi: roundTo(hi, 2), text: '' });
    } else leftOut.push(`${label} (${r.symbol ?? 'x'})`);
  }
  return { points, leftOut, description: `${CHART.progressDesc} ${CHART.zeroLine}`, axisTitle: measureTitle('ks4_p8') };
}

const config = {
  font: 'sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11 },
  title: { fontSize: 13, anchor: 'start' as const },
};

export function vegaLiteSpec(chart: ChartSpec, data: ChartData, la: string): TopLevelSpec {
  const values = data.points.map((p) => ({ ...p }));
  if (chart.kind === 'benchmarks') {
    return {
      title: chart.title,
      width: WIDTH,
      height: { step: 26 },
      config,
      data: { values },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 200 } },
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
  if (chart.kind === 'trend') {
    return {
      title: chart.title,
      width: WIDTH,
      height: 200,
      config,
      data: { values },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'label', type: 'ordinal', title: 'Year', sort: 'ascending', axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: data.axisTitle, scale: { zero: true } },
        color: {
          field: 'series',
          type: 'nominal',
          title: null,
          scale: { domain: [CHART.thisLa(la), scopeLabel(chart.scope ?? 'england_cla_12m')], range: [LA_COLOUR, BENCH_COLOUR] },
          legend: { orient: 'bottom' },
        },
      },
    } as TopLevelSpec;
  }
  const x = { field: 'label', type: 'ordinal', title: null, sort: null, axis: { labelAngle: 0 } } as const;
  return {
    title: chart.title,
    width: WIDTH,
    height: 200,
    config,
    data: { values },
    // x is set per layer, not shared: the zero line must span the whole width.
    layer: [
      {
        mark: { type: 'rule', color: LA_COLOUR, strokeWidth: 2 },
        encoding: { x, y: { field: 'lo', type: 'quantitative', title: data.axisTitle }, y2: { field: 'hi' } },
      },
      { mark: { type: 'point', filled: true, size: 60, color: LA_COLOUR }, encoding: { x, y: { field: 'value', type: 'quantitative' } } },
      { data: { values: [{ zero: 0 }] }, mark: { type: 'rule', color: '#0b0c0c', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
    ],
  } as TopLevelSpec;
}
