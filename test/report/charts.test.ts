import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import type { MeasureRow } from '../../src/measures/row.js';
import { chartData, vegaLiteSpec } from '../../src/report/chart-specs.js';
import { offlineLoader, renderChart, renderVegaLiteSvg } from '../../src/report/charts.js';
import type { ByLaChart } from '../../src/report/document.js';
import { suppress } from '../../src/report/suppress.js';
import { bench, KS4_ROWS, P8_ROWS, row, TREND_ROWS } from './sample-document.js';

/** Number of marks drawn in the vega group of the given mark type (e.g. 'rect', 'symbol'). */
function markCount(svg: string, mark: string): number {
  const groups = [...svg.matchAll(new RegExp(`<g class="mark-${mark} role-mark[^"]*"[^>]*>(.*?)</g>`, 'g'))];
  return groups.reduce((n, g) => n + (g[1]!.match(/<path /g)?.length ?? 0), 0);
}

describe('charts', () => {
  it('benchmark bars: the same SVG twice, accessible, no URL', async () => {
    const spec = { kind: 'benchmarks' as const, id: 'em4', title: 'English & maths <4+>', row: KS4_ROWS[0]! };
    const a = await renderChart(spec, '999');
    const b = await renderChart(spec, '999');
    expect(a.svg).toBe(b.svg);
    expect(a.warnings).toEqual([]);
    expect(a.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-em4-title chart-em4-desc"><title id="chart-em4-title">English &amp; maths &lt;4\+&gt;<\/title><desc /);
    expect(a.svg).not.toMatch(/xmlns|https?:|url\(/);
    // LA + england CLA + england all + region + LA published; the sn benchmark is x and left out
    expect(markCount(a.svg!, 'rect')).toBe(5);
    expect(a.notes).toEqual(['Not plotted (suppressed or not available, never drawn as zero): Stat. neighbours CLA (2021) (x).']);
  });

  it('a suppressed LA value is left out of the bars with a note, never drawn as zero', async () => {
    const [sup] = suppress([KS4_ROWS[1]!], 5);
    expect(sup!.symbol).toBe('c');
    const c = await renderChart({ kind: 'benchmarks', id: 'em5', title: 'E&M 5+', row: sup! }, '999');
    expect(markCount(c.svg!, 'rect')).toBe(2);
    expect(c.notes[0]).toContain('This LA (999) (c)');
    expect(c.svg).not.toContain('>0.0%<');
  });

  it('trend: the x year is left out of the LA line', async () => {
    const c = await renderChart({ kind: 'trend', id: 'tr', title: 'A8', rows: TREND_ROWS }, '999');
    expect(c.warnings).toEqual([]);
    expect(markCount(c.svg!, 'symbol')).toBe(5); // 2 LA points + 3 England CLA points
    expect(c.notes[0]).toContain('This LA (999) 2021/22 (x)');
  });

  it('progress: points with intervals and a zero line; the z year is left out', async () => {
    const c = await renderChart({ kind: 'progress', id: 'p8', title: 'P8', rows: P8_ROWS }, '999');
    expect(c.warnings).toEqual([]);
    expect(markCount(c.svg!, 'symbol')).toBe(2);
    expect(markCount(c.svg!, 'rule')).toBe(0); // rules are <line>, counted below
    expect(c.svg!.match(/<g class="mark-rule role-mark[^>]*>(.*?)<\/g>/g)?.join('').match(/<line /g)?.length).toBe(3); // 1 zero line + 2 intervals
    expect(c.notes[0]).toContain('2019/20 (z)');
  });

  it('nothing to plot gives no SVG and says so', async () => {
    const c = await renderChart({ kind: 'benchmarks', id: 'n', title: 'n', row: row({ id: 'ks4_att8', unit: 'mean', symbol: 'c', benchmarks: [bench('england_cla_12m', '2023/24', null, null, 'x')] }) }, '999');
    expect(c.svg).toBeNull();
    expect(c.notes.join(' ')).toContain('No figure in this chart can be shown');
  });

  it('refuses external data: the loader throws and the warning is collected, nothing is fetched', async () => {
    await expect((await offlineLoader()).load('https://example.org/data.csv')).rejects.toThrow(/external data is disabled/);
    const spec = { data: { url: 'https://example.org/data.csv' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } } as TopLevelSpec;
    const { warnings } = await renderVegaLiteSvg(spec);
    expect(warnings.join(' ')).toMatch(/external data is disabled/);
  });
});

/** One total row per LA of one measure in 2023/24, with England CLA (both years), England all and region benchmarks. */
function byLaRows(id: string, values: Record<string, number | null>, extra: Record<string, Partial<MeasureRow>> = {}): MeasureRow[] {
  return Object.entries(values).map(([la, value]) =>
    row({
      id, la, unit: 'percent', value,
      benchmarks: [bench('england_cla_12m', '2022/23', 99, null), bench('england_cla_12m', '2023/24', 12.34, null), bench('england_all', '2023/24', 6.5, null), bench('region_cla_12m', '2023/24', 50, null)],
      ...extra[la],
    }),
  );
}

const byLa = (rows: MeasureRow[]): ByLaChart => ({ kind: 'by-la', id: 'by-la', title: 'By LA', rows });
const bars = (rows: MeasureRow[]) => chartData(byLa(rows), '999').points.filter((p) => p.series === 'la').map((p) => p.label);

describe('by-la chart data', () => {
  it('orders LAs best first: lower is better for absence, higher for Attainment 8, highest first with no direction; ties by LA code', () => {
    const values = { '855': 12, '856': 9, '857': 15, '858': 9 };
    expect(bars(byLaRows('absence_overall', values))).toEqual(['856', '858', '855', '857']);
    expect(bars(byLaRows('ks4_att8', values))).toEqual(['857', '855', '856', '858']);
    expect(bars(byLaRows('cla_31mar', values))).toEqual(['857', '855', '856', '858']);
    // input order does not matter
    expect(bars(byLaRows('absence_overall', values).reverse())).toEqual(['856', '858', '855', '857']);
  });

  it('leaves out suppressed, missing and non-finite values and names them by LA code', () => {
    const rows = byLaRows('absence_persistent', { '855': 20, '856': null, '857': Number.NaN, '858': 31, '859': null }, { '856': { symbol: 'c' }, '859': { symbol: 'z' } });
    const d = chartData(byLa(rows), '999');
    expect(d.points.filter((p) => p.series === 'la').map((p) => [p.label, p.value, p.text])).toEqual([['855', 20, '20.0%'], ['858', 31, '31.0%']]);
    expect(d.leftOut).toEqual(['856 (c)', '857 (x)', '859 (z)']);
  });

  it('draws England CLA and England all pupils of the rows\' year as rules, never region or another year', () => {
    const d = chartData(byLa(byLaRows('ks4_em_4plus', { '855': 20, '856': 30 })), '999');
    expect(d.points.filter((p) => p.series !== 'la').map((p) => [p.label, p.series, p.value])).toEqual([
      ['england_cla_12m', 'England CLA', 12.3],
      ['england_all', 'England all pupils', 6.5],
    ]);
    expect(d.leftOut).toEqual([]);
    expect(d.description).toBe('Bar chart of English and maths grade 4+ for each local authority, best first (higher is better); dashed vertical lines mark England CLA and England all pupils. ' +
      'Values in order: 856 30.0%; 855 20.0%. Reference lines: England CLA 12.3%; England all pupils 6.5%.');
  });

  it('takes the benchmark from a row that has it; names a missing England CLA figure and skips an absent all-pupils one', () => {
    const rows = byLaRows('ks4_att8', { '855': 20, '856': 30 }, {
      '855': { benchmarks: [bench('england_cla_12m', '2023/24', null, null, 'x')] },
      '856': { benchmarks: [bench('england_cla_12m', '2023/24', 19.87, null)] },
    });
    expect(chartData(byLa(rows), '999').points.filter((p) => p.series !== 'la').map((p) => [p.label, p.value])).toEqual([['england_cla_12m', 19.9]]);
    const none = chartData(byLa(rows.map((r) => ({ ...r, benchmarks: [] }))), '999');
    expect(none.points.map((p) => p.series)).toEqual(['la', 'la']);
    expect(none.leftOut).toEqual(['England CLA (x)']);
  });

  it('uses a 20 px step up to 30 LAs and 12 px above, so 150 LAs stay readable', () => {
    const height = (n: number) => {
      const rows = byLaRows('ks4_att8', Object.fromEntries(Array.from({ length: n }, (_, i) => [String(800 + i), i])));
      const chart = byLa(rows);
      return (vegaLiteSpec(chart, chartData(chart, '999'), '999') as { height: unknown }).height;
    };
    expect(height(30)).toEqual({ step: 20 });
    expect(height(31)).toEqual({ step: 12 });
    expect(height(150)).toEqual({ step: 12 });
  });
});

describe('by-la chart rendering', () => {
  const rows = byLaRows('absence_overall', { '855': 12, '856': 9, '857': 15, '858': null }, { '858': { symbol: 'c' } });

  it('draws a bar per shown LA labelled with its code, two dashed rules, the same SVG twice', async () => {
    const a = await renderChart(byLa(rows), '999');
    const b = await renderChart(byLa(rows), '999');
    expect(a.svg).toBe(b.svg);
    expect(a.warnings).toEqual([]);
    for (const la of ['855', '856', '857']) expect(a.svg).toContain(`>${la}</text>`);
    expect(a.svg).not.toContain('>858</text>');
    expect(markCount(a.svg!, 'rect')).toBe(3);
    const rules = a.svg!.match(/<g class="mark-rule role-mark[^>]*>(.*?)<\/g>/g)?.join('') ?? '';
    expect(rules.match(/<line /g)?.length).toBe(2);
    expect(rules.match(/stroke-dasharray/g)?.length).toBe(2);
    expect(a.svg).toContain('>England CLA</text>');
    expect(a.svg).toContain('>England all pupils</text>');
    expect(a.svg).not.toMatch(/xmlns|https?:|url\(/);
    expect(a.notes).toEqual(['Not plotted (suppressed or not available, never drawn as zero): 858 (c).']);
  });

  it('every LA suppressed: no SVG, and it says so', async () => {
    const c = await renderChart(byLa(rows.map((r) => ({ ...r, value: null, symbol: 'c' as const }))), '999');
    expect(c.svg).toBeNull();
    expect(c.notes.join(' ')).toContain('No figure in this chart can be shown');
  });
});
