import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import type { MeasureRow } from '../../src/measures/row.js';
import { chartData, vegaLiteSpec } from '../../src/report/chart-specs.js';
import { offlineLoader, renderChart, renderVegaLiteSvg } from '../../src/report/charts.js';
import type { ByLaChart } from '../../src/report/document.js';
import { suppress } from '../../src/report/suppress.js';
import { buildReportDocument } from '../../src/report/build-document.js';
import { renderHtml } from '../../src/report/render-html.js';
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
    expect(a.notes).toEqual(['Not plotted (suppressed or not available, never drawn as zero): Stat. neighbours CLA (2021 grouping) (x).']);
  });

  it('benchmark bars name the LA (bold on the axis), each neighbour grouping with its year, and the LA\'s own published figure; the description lists the values', async () => {
    const r = KS4_ROWS[0]!;
    const withSn = { ...r, benchmarks: [...r.benchmarks.filter((b) => !b.scope.startsWith('sn_')), bench('sn_cla_12m_2021', r.year, 20.5, null), bench('sn_cla_12m_2025', r.year, 21.25, null)] };
    const c = await renderChart({ kind: 'benchmarks', id: 'em4', title: 'E&M 4+', row: withSn }, '999', 'Synthshire');
    expect(c.warnings).toEqual([]);
    expect(c.svg).toMatch(/font-weight="bold"[^>]*>Synthshire<\/text>/);
    expect(c.svg).toContain('>Stat. neighbours CLA (2021 grouping)</text>');
    expect(c.svg).toContain('>Stat. neighbours CLA (2025 grouping)</text>');
    expect(c.svg).toContain('>Synthshire, DfE published</text>');
    expect(c.svg).not.toContain('This LA');
    expect(c.description).toMatch(/^Bar chart of English and maths grade 4\+ in 2023\/24: Synthshire \(the first bar.*Values in order: Synthshire [\d.]+%; England CLA/);
    expect(c.description).toContain('Stat. neighbours CLA (2025 grouping) 21.3%');
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
    expect(markCount(c.svg!, 'symbol')).toBe(2); // the LA's 2 points; England CLA is a dashed line
    expect(c.notes[0]).toContain('This LA (999) 2021/22 (x)');
  });

  it('trend over years with England CLA and all-pupil lines: the LA named, thick and solid, each benchmark dashed, one legend; values in the description', async () => {
    const rows = TREND_ROWS.map((r) => ({ ...r, benchmarks: [...r.benchmarks.filter((b) => b.scope !== 'england_all'), bench('england_all', r.year, r.year === '2023/24' ? null : 46.2, null, r.year === '2023/24' ? 'x' : null)] }));
    const chart = { kind: 'trend' as const, id: 'tr', title: 'A8', rows, scopes: ['england_cla_12m', 'england_all'] };
    const a = await renderChart(chart, '999', 'Synthshire');
    expect((await renderChart(chart, '999', 'Synthshire')).svg).toBe(a.svg);
    expect(a.warnings).toEqual([]);
    const lines = [...a.svg!.matchAll(/<g class="mark-line role-mark[^>]*>(.*?)<\/g>/g)].map((m) => m[1]!);
    expect(lines).toHaveLength(3); // a path per series: England CLA, England all pupils, then the LA's on top
    expect(lines.map((l) => /stroke-width="3"/.test(l))).toEqual([false, false, true]);
    expect(lines.map((l) => /stroke-dasharray="(?!1,0)/.test(l))).toEqual([true, true, false]);
    for (const label of ['Synthshire', 'England CLA', 'England all pupils']) expect(a.svg!.match(new RegExp(`>${label}</text>`, 'g'))?.length).toBe(1);
    expect(a.description).toContain('Synthshire as a thick solid blue line');
    expect(a.description).toContain('England CLA: 2021/22 20.3, 2022/23 19.4, 2023/24 ');
    expect(a.description).toContain('England all pupils: 2021/22 46.2, 2022/23 46.2.');
    expect(a.notes[0]).toContain('Synthshire 2021/22 (x), England all pupils 2023/24 (x)');
  });

  it('a series missing in every year of a chart is named once', () => {
    const rows = TREND_ROWS.map((r) => ({ ...r, benchmarks: [] }));
    const d = chartData({ kind: 'trend', id: 'tr', title: 'A8', rows, scopes: ['england_cla_12m'] }, '999', 'Synthshire');
    expect(d.leftOut).toEqual(['Synthshire 2021/22 (x)', 'England CLA, every year (x)']);
  });

  it('progress over years with England CLA and all-pupil lines (dashed), a solid zero line, the LA\'s values in the description', async () => {
    const rows = P8_ROWS.map((r) => ({ ...r, benchmarks: [bench('england_cla_12m', r.year, -1.3, null), bench('england_all', r.year, -0.03, null)] }));
    const c = await renderChart({ kind: 'progress', id: 'p8', title: 'P8', rows, scopes: ['england_cla_12m', 'england_all'] }, '999', 'Synthshire');
    expect(c.warnings).toEqual([]);
    expect(markCount(c.svg!, 'symbol')).toBe(2);
    const lines = c.svg!.match(/<g class="mark-line role-mark[^>]*>(.*?)<\/g>/g)?.join('') ?? '';
    expect(lines.match(/stroke-dasharray/g)?.length).toBe(2);
    for (const label of ['Synthshire', 'England CLA', 'England all pupils']) expect(c.svg).toContain(`>${label}</text>`);
    expect(c.description).toContain('Dashed lines show England CLA and England all pupils each year.');
    expect(c.description).toMatch(/Values in order: 2022\/23 -1\.02 \(-1\.35 to -0\.69\)/);
    expect(c.notes[0]).toContain('Synthshire 2019/20 (z)');
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

describe('the annual report\'s charts over years (buildReportDocument)', () => {
  const years = ['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];
  const benches = (y: string) => [bench('england_cla_12m', y, 20, null), bench('england_all', y, 46, null)];
  const rows: MeasureRow[] = [
    ...years.map((year, i) => row({ id: 'ks4_att8', year, unit: 'mean', numerator: 600, denominator: 30, value: 20 + i, benchmarks: [...benches(year), bench('la_all_pupils', year, 44, null)] })),
    // shown in one year only: no line to draw
    row({ id: 'absence_overall', year: '2023/24', unit: 'percent', value: null, symbol: 'c', benchmarks: [] }),
    row({ id: 'absence_overall', year: '2024/25', unit: 'percent', numerator: 10, denominator: 100, value: 10, benchmarks: [] }),
    row({ id: 'ks4_p8', year: '2023/24', unit: 'score', numerator: -10, denominator: 30, value: -0.33, ci: [-0.7, 0.04], benchmarks: benches('2023/24') }),
    row({ id: 'ks4_p8', year: '2024/25', unit: 'score', symbol: 'z', value: null, benchmarks: [] }),
    // a later year than the report's is not charted
    row({ id: 'ks4_att8', year: '2025/26', unit: 'mean', numerator: 600, denominator: 30, value: 99, benchmarks: benches('2025/26') }),
  ];
  const doc = buildReportDocument({ rows, la: '999', laName: 'Synthshire', year: '2024/25', cohort: 'cla_12m', suppressionThreshold: 5, toolVersion: 'test' });
  const charts = doc.sections.find((s) => s.id === 'trends')!.charts!;

  it('each headline measure shown in two or more of the last five years: LA, England CLA and England all-pupil lines; Progress 8 with its CIs', () => {
    expect(charts.map((c) => [c.kind, c.id, c.title])).toEqual([
      ['trend', 'trend-ks4_att8', 'Attainment 8, 2020/21 to 2024/25'],
      ['progress', 'trend-ks4_p8', 'Progress 8, 2023/24 to 2024/25, with 95% confidence intervals'],
    ]);
    const a8 = charts[0]!;
    // the LA's own all pupils only where the rows carry them
    expect(a8.kind === 'trend' ? [a8.rows.map((r) => r.year), a8.scopes] : null).toEqual([years.slice(3), ['england_cla_12m', 'england_all', 'la_all_pupils']]);
    expect(charts[1]!.kind === 'progress' ? charts[1]!.scopes : null).toEqual(['england_cla_12m', 'england_all']);
  });

  it('renders with the LA\'s name, never its code, and a description for screen readers', async () => {
    const html = await renderHtml(doc);
    expect(html).toContain('>Synthshire</text>');
    expect(html).toContain('>LA all pupils</text>');
    expect(html).not.toContain('This LA (999)');
    for (const c of charts) expect(html).toMatch(new RegExp(`<svg [^>]*role="img" aria-labelledby="chart-${c.id}-title chart-${c.id}-desc"><title [^>]*>[^<]+</title><desc [^>]*>[^<]{80,}</desc>`));
    expect(html).toContain('Synthshire: 2020/21 23.0, 2021/22 24.0, 2022/23 25.0, 2023/24 26.0, 2024/25 27.0; England CLA: 2020/21 20.0');
    expect(await renderHtml(doc)).toBe(html);
  });
});
