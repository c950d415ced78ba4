/**
 * The benchmark document's charts, on an in-memory run of three LAs over two years (no database):
 * the Progress 8 chart as before, then a by-LA chart of each headline measure the run has, for the
 * latest year with a shown value. The real 3-LA run is checked the same way in run.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BY_LA_MEASURES, buildBenchmarkDocument, lasByMeasuresSection } from '../../src/benchmark/document.js';
import type { BenchmarkOutput } from '../../src/benchmark/schema.js';
import { MEASURES } from '../../src/measures/registry.js';
import type { MeasureRow, MeasureUnit } from '../../src/measures/row.js';
import { renderCharts } from '../../src/report/charts.js';
import type { ChartSpec, GenericTable } from '../../src/report/document.js';
import { renderHtml } from '../../src/report/render-html.js';
import { rankRows } from '../../src/benchmark/rank-rows.js';
import { directionOf, measureTitle } from '../../src/measures/registry.js';

const LAS = ['855', '856', '857'];
const YEARS = ['2022/23', '2023/24'];

function total(id: string, unit: MeasureUnit, la: string, year: string, value: number | null, symbol: 'c' | null = null): MeasureRow {
  return {
    id, year, la, cohort: 'cla_12m', breakdown: null, numerator: null, denominator: 30, children: 30, value, unit, symbol,
    ci: id === 'ks4_p8' && value !== null ? [value - 0.3, value + 0.3] : null, note: null,
    benchmarks: [{ scope: 'england_cla_12m', year, value: 10, symbol: null, gap: null, source: 'test' }],
  };
}

/** Every LA in both years; `suppressed` says which (LA, year) pairs are c. */
function measure(id: string, unit: MeasureUnit, suppressed: (la: string, year: string) => boolean = () => false): MeasureRow[] {
  return YEARS.flatMap((year, y) => LAS.map((la, i) => (suppressed(la, year) ? total(id, unit, la, year, null, 'c') : total(id, unit, la, year, 10 + i + y))));
}

const TOTALS: MeasureRow[] = [
  ...measure('cla_31mar', 'count'),
  ...measure('ks4_att8', 'mean'),
  ...measure('ks4_p8', 'score'),
  ...measure('ks4_em_4plus', 'percent', (la, year) => la === '856' && year === '2023/24'),
  ...measure('absence_overall', 'percent', (_la, year) => year === '2023/24'),
  ...measure('suspension_one_plus', 'percent', () => true),
];

function output(ids: string[]): BenchmarkOutput {
  return {
    tool: 'cla-analyse', command: 'benchmark', schemaVersion: 1, toolVersion: 'test', cohort: 'cla_12m', years: YEARS,
    suppressionThreshold: 5, neighbourGrouping: 2021, settings: { suppressionThreshold: 5, audience: 'public', placementChange: 'default', statisticalNeighbours: 2021, benchmarkFiles: {}, p8Tables: {} },
    validation: { failOn: 'error', ok: true, findings: { error: 0, warning: 0, info: 0 } },
    las: LAS.map((la) => ({ la, name: null, regionCode: null, regionName: null, statisticalNeighbours: [] })),
    measures: ids.map((id) => ({ id, unit: 'mean', direction: 'neutral' })),
    rows: [],
    expectedObserved: null,
  };
}

function charts(ids: string[], totals: readonly MeasureRow[] = TOTALS): ChartSpec[] {
  return buildBenchmarkDocument(output(ids), totals).sections.flatMap((s) => s.charts ?? []);
}

describe('benchmark document charts', () => {
  const all = ['cla_31mar', 'ks4_att8', 'ks4_p8', 'ks4_em_4plus', 'absence_overall', 'suspension_one_plus'];

  it('charts by LA only catalogue measures', () => {
    const ids = new Set<string>(MEASURES.map((m) => m.id));
    expect(BY_LA_MEASURES.filter((id) => !ids.has(id))).toEqual([]);
    expect(BY_LA_MEASURES).toEqual(['ks4_att8', 'ks4_em_4plus', 'ks2_rwm_expected', 'absence_overall', 'absence_persistent', 'suspension_one_plus']);
  });

  it('keeps the Progress 8 chart first (points with CIs by LA), then one by-LA chart per headline measure in the run with a shown value', () => {
    const c = charts(all);
    expect(c.map((x) => [x.kind, x.id])).toEqual([
      ['by-la', 'benchmark-p8-by-la'],
      ['by-la', 'benchmark-ks4_att8-by-la'],
      ['by-la', 'benchmark-ks4_em_4plus-by-la'],
      ['by-la', 'benchmark-absence_overall-by-la'],
    ]);
    expect(c[0]!.title).toBe('Progress 8 by LA, 2023/24, with 95% confidence intervals');
    expect(c[0]!.kind === 'by-la' && c[0]!.interval).toBe(true);
  });

  it('takes each measure\'s latest year with a shown value, and keeps its suppressed LAs for the note', () => {
    const byId = new Map(charts(all).filter((x) => x.kind === 'by-la').map((x) => [x.id, x]));
    const rowsOf = (id: string) => {
      const chart = byId.get(`benchmark-${id}-by-la`);
      return chart?.kind === 'by-la' ? chart.rows.map((r) => `${r.la} ${r.year} ${r.symbol ?? r.value}`) : [];
    };
    expect(rowsOf('ks4_att8')).toEqual(['855 2023/24 11', '856 2023/24 12', '857 2023/24 13']);
    expect(rowsOf('ks4_em_4plus')).toEqual(['855 2023/24 11', '856 2023/24 c', '857 2023/24 13']);
    expect(rowsOf('absence_overall')).toEqual(['855 2022/23 10', '856 2022/23 11', '857 2022/23 12']);
    expect(byId.get('benchmark-absence_overall-by-la')!.title).toBe('Overall absence (% sessions) by LA, 2022/23');
  });

  it('skips headline measures missing from the run even when rows exist', () => {
    const byLa = (ids: string[]) => charts(ids).filter((x) => x.kind === 'by-la' && !x.interval).map((x) => x.id);
    expect(byLa(['ks4_att8', 'absence_overall'])).toEqual(['benchmark-ks4_att8-by-la', 'benchmark-absence_overall-by-la']);
    expect(byLa(['cla_31mar'])).toEqual([]);
  });

  it('renders every by-LA chart with each shown LA labelled and no warning', async () => {
    const rendered = await renderCharts(charts(all).filter((x) => x.kind === 'by-la' && !x.interval), LAS.join(', '));
    expect(rendered).toHaveLength(3);
    for (const r of rendered) {
      expect(r.warnings).toEqual([]);
      for (const la of LAS.filter((l) => !(r.id === 'benchmark-ks4_em_4plus-by-la' && l === '856'))) expect(r.svg).toContain(`>${la}</text>`);
    }
    expect(rendered[1]!.notes).toEqual(['Not plotted (suppressed or not available, never drawn as zero): 856 (c).']);
  });
});

describe('benchmark document layout', () => {
  const all = ['cla_31mar', 'ks4_att8', 'ks4_p8', 'ks4_em_4plus', 'absence_overall', 'suspension_one_plus'];
  /** output(...) with its rows ranked as the run ranks them, and names for the LAs. */
  function ranked(ids: string[]): BenchmarkOutput {
    const o = output(ids);
    o.las = o.las.map((l, i) => ({ ...l, name: ['Leicestershire', 'Leicester', 'Rutland'][i]!, statisticalNeighbours: l.la === '855' ? ['857', '900'] : [] }));
    o.measures = ids.map((id) => ({ id, unit: TOTALS.find((r) => r.id === id)!.unit, direction: directionOf(id) }));
    o.rows = rankRows(TOTALS.filter((r) => ids.includes(r.id)), { measureOrder: ids, neighbourGrouping: 2021 });
    return o;
  }

  it('the settings the run used are in the notes of every format (md, html, xlsx), as in the annual report', async () => {
    const o = { ...ranked(all), settings: { ...ranked(all).settings, placementChange: ['P', 'B'] as ('P' | 'B' | 'T' | 'U')[], p8Tables: { '2023/24': { splits: 'p8/s.csv', stdev: 'p8/d.csv' } } } };
    const doc = buildBenchmarkDocument(o, TOTALS);
    expect(doc.settings).toEqual(o.settings);
    const { documentFootnotes } = await import('../../src/report/preamble.js');
    const line = documentFootnotes(doc).find((n) => n.startsWith('Settings used:'));
    expect(line).toMatch(/suppression threshold 5/);
    expect(line).toMatch(/placement change RNE P, B/);
    expect(line).toMatch(/statistical neighbours 2021/);
    expect(line).toMatch(/Progress 8 tables bundled, except 2023\/24 from p8\/s.csv/);
  });

  it('charts come before the tables; one folded table per measure with its title, no separate ranks table', () => {
    const doc = buildBenchmarkDocument(ranked(all), TOTALS);
    expect(doc.sections.map((s) => s.id)).toEqual(['benchmark-overview', 'benchmark-charts', 'benchmark-measures']);
    expect(doc.sections[1]!.charts!.length).toBeGreaterThan(0);
    expect(doc.sections[1]!.tables).toEqual([]);
    const tables = doc.sections[2]!.tables as GenericTable[];
    expect(tables.map((t) => t.title)).toEqual(all.map((id) => measureTitle(id)));
    for (const t of tables) expect(t.collapsed).toMatch(new RegExp(`^${measureTitle(t.id.replace('benchmark-', '')).replace(/[+()]/g, '\\$&')} \\(6 rows`));
  });

  it('no ranks for a measure with no better direction: its table has no rank column and says why', () => {
    const tables = buildBenchmarkDocument(ranked(all), TOTALS).sections[2]!.tables as GenericTable[];
    const count = tables.find((t) => t.id === 'benchmark-cla_31mar')!;
    expect(count.headers.filter((h) => h.startsWith('Rank'))).toEqual([]);
    expect(count.caption).toBe('Not ranked: this measure has no better direction.');
    const att8 = tables.find((t) => t.id === 'benchmark-ks4_att8')!;
    const rank = att8.headers.indexOf('Rank in run');
    expect(rank).toBeGreaterThan(0);
    // latest year first; Rutland 12 > Leicester 11 > Leicestershire 10 in 2022/23, 13 > 12 > 11 in 2023/24
    expect(att8.rows.map((r) => [r[0], r[1], r[rank]])).toEqual([
      ['Leicester', '2023/24', '2 of 3 (Q2)'], ['Leicestershire', '2023/24', '3 of 3 (Q3)'], ['Rutland', '2023/24', '1 of 3 (Q1)'],
      ['Leicester', '2022/23', '2 of 3 (Q2)'], ['Leicestershire', '2022/23', '3 of 3 (Q3)'], ['Rutland', '2022/23', '1 of 3 (Q1)'],
    ]);
    // a suppressed figure: c in the value and the rank
    const em = tables.find((t) => t.id === 'benchmark-ks4_em_4plus')!;
    expect(em.rows.find((r) => r[0] === 'Leicester' && r[1] === '2023/24')!.slice(2, 3)).toEqual(['c']);
    expect(em.rows.find((r) => r[0] === 'Leicester' && r[1] === '2023/24')![em.headers.indexOf('Rank in run')]).toBe('c');
  });

  it('--focus: the LA and its neighbours in the run are marked and first in every table, and carried by every chart', () => {
    const doc = buildBenchmarkDocument(ranked(all), TOTALS, { focus: '855' });
    const tables = doc.sections.flatMap((s) => s.tables) as GenericTable[];
    for (const t of tables) {
      expect(t.rowMarks?.length).toBe(t.rows.length);
      expect(t.rows[0]![0]).toBe('Leicestershire (focus)');
      expect(t.rowMarks![0]).toBe('focus');
    }
    const att8 = tables.find((t) => t.id === 'benchmark-ks4_att8')!;
    expect(att8.rows.map((r) => r[0]).slice(0, 3)).toEqual(['Leicestershire (focus)', 'Rutland (neighbour)', 'Leicester']);
    expect(att8.rowMarks!.slice(0, 3)).toEqual(['focus', 'neighbour', null]);
    expect(att8.collapsed).toBe('Attainment 8 (6 rows); Leicestershire 2023/24: 11.0, rank 3 of 3');
    const charts = doc.sections.flatMap((s) => s.charts ?? []);
    expect(charts.length).toBe(4);
    for (const c of charts) {
      expect(c.kind).toBe('by-la');
      if (c.kind === 'by-la') expect([c.focus, c.names?.['857']]).toEqual([{ la: '855', neighbours: ['857', '900'], grouping: 2021 }, 'Rutland']);
    }
    expect(() => buildBenchmarkDocument(ranked(all), TOTALS, { focus: '999' })).toThrow(/not in the run/);
  });

  it('renders to HTML a short page: charts first, only the LA list outside the folded tables, LA names on the axes, the focus highlighted, no raw ids in captions', async () => {
    const html = await renderHtml(buildBenchmarkDocument(ranked(all), TOTALS, { focus: '855' }));
    const outside = html.replace(/<details[\s\S]*?<\/details>/g, '');
    expect(outside.match(/<tr[ >]/g)!.length).toBe(1 + 3); // the LA list: header and 3 LAs
    expect(html.match(/<details class="table-details"/g)!.length).toBe(all.length);
    expect(html.indexOf('<figure')).toBeLessThan(html.indexOf('<details'));
    expect(html.match(/<figure/g)!.length).toBe(4);
    const captions = [...html.matchAll(/<(caption|figcaption|summary)[^>]*>([^<]*)/g)].map((m) => m[2]!);
    expect(captions.length).toBeGreaterThan(10);
    for (const c of captions) expect(c).not.toMatch(/\b(ks4|ks2|cla|absence|suspension)_[a-z0-9_]+/);
    // LA names, never codes, label the bars; the focus LA's label is bold; its rows carry the highlight class
    for (const name of ['Leicestershire', 'Leicester', 'Rutland']) expect(html).toContain(`>${name}</text>`);
    expect(html).not.toMatch(/>85[567]<\/text>/);
    expect(html).toMatch(/font-weight="bold"[^>]*>Leicestershire<\/text>/);
    expect(html.match(/<tr class="row-focus">/g)!.length).toBe(1 + 2 * all.length);
    expect(html).toContain('<tr class="row-neighbour">');
    expect(html).toContain('Leicestershire is highlighted (bold label, orange) with its 1 statistical neighbour in the run (2021 grouping) in blue');
  });
});

describe('benchmark workbook: LAs by measures', () => {
  it('one sheet per year: a row per LA with its name, a column per measure (short title), values or symbols', async () => {
    const o = output(['ks4_att8', 'cla_31mar']);
    o.las = o.las.map((l) => ({ ...l, name: l.la === '855' ? 'Leicestershire' : null }));
    o.rows = [
      { ...total('ks4_att8', 'mean', '855', '2023/24', 21.25), direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null, breakdown: null, basis: null, basisNote: null },
      { ...total('ks4_att8', 'mean', '856', '2023/24', null, 'c'), direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null, breakdown: null, basis: null, basisNote: null },
      { ...total('cla_31mar', 'count', '855', '2023/24', 700), direction: 'neutral', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null, breakdown: null, basis: null, basisNote: null },
    ];
    const section = lasByMeasuresSection(o);
    expect(section.tables.map((t) => t.title)).toEqual(['LAs by measure, 2022/23', 'LAs by measure, 2023/24']);
    const t = section.tables[1] as { headers: string[]; rows: unknown[][] };
    expect(t.headers.slice(0, 2)).toEqual(['LA', 'LA name']);
    expect(t.rows).toEqual([['855', 'Leicestershire', 21.25, 700], ['856', 'x', 'c', 'x'], ['857', 'x', 'x', 'x']]);
    const { renderXlsx } = await import('../../src/report/render-xlsx.js');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await renderXlsx({ ...buildBenchmarkDocument(o, TOTALS), sections: [section] }) as never);
    const ws = wb.getWorksheet('LAs by measure, 2023-24')!;
    expect(ws.getCell('B2').value).toBe('Leicestershire');
    expect(ws.getCell('C3').value).toBe('[c]');
  });
});
