import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { offlineLoader, renderChart, renderVegaLiteSvg } from '../../src/report/charts.js';
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
    await expect(offlineLoader().load('https://example.org/data.csv')).rejects.toThrow(/external data is disabled/);
    const spec = { data: { url: 'https://example.org/data.csv' }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' } } } as TopLevelSpec;
    const { warnings } = await renderVegaLiteSvg(spec);
    expect(warnings.join(' ')).toMatch(/external data is disabled/);
  });
});
