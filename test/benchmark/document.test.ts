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
import type { ChartSpec } from '../../src/report/document.js';

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
    suppressionThreshold: 5, neighbourGrouping: 2021,
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

  it('keeps the Progress 8 chart first, then one by-LA chart per headline measure in the run with a shown value', () => {
    const c = charts(all);
    expect(c.map((x) => [x.kind, x.id])).toEqual([
      ['progress', 'benchmark-p8-by-la'],
      ['by-la', 'benchmark-ks4_att8-by-la'],
      ['by-la', 'benchmark-ks4_em_4plus-by-la'],
      ['by-la', 'benchmark-absence_overall-by-la'],
    ]);
    expect(c[0]!.title).toBe('Progress 8 by LA, 2023/24, with 95% confidence intervals');
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
    const byLa = (ids: string[]) => charts(ids).filter((x) => x.kind === 'by-la').map((x) => x.id);
    expect(byLa(['ks4_att8', 'absence_overall'])).toEqual(['benchmark-ks4_att8-by-la', 'benchmark-absence_overall-by-la']);
    expect(byLa(['cla_31mar'])).toEqual([]);
  });

  it('renders every by-LA chart with each shown LA labelled and no warning', async () => {
    const rendered = await renderCharts(charts(all).filter((x) => x.kind === 'by-la'), LAS.join(', '));
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
  it('charts come before the tables; the tables section has none', () => {
    const doc = buildBenchmarkDocument(output(all), TOTALS);
    expect(doc.sections.map((s) => s.id).slice(0, 4)).toEqual(['benchmark-overview', 'benchmark-charts', 'benchmark-measures', 'benchmark-ranks']);
    expect(doc.sections[1]!.charts!.length).toBeGreaterThan(0);
    expect(doc.sections[1]!.tables).toEqual([]);
    expect(doc.sections[2]!.charts).toBeUndefined();
  });

  it('no ranks for a measure with no better direction', () => {
    const o = output(['cla_31mar', 'ks4_att8']);
    const rank = { rank: 1, of: 3, quartile: 1 as const };
    o.rows = [
      { ...total('cla_31mar', 'count', '855', '2023/24', 10), direction: 'neutral', rankInRun: rank, rankAmongPublished: null, gapToNeighbours: null },
      { ...total('ks4_att8', 'mean', '855', '2023/24', 20), direction: 'higher', rankInRun: rank, rankAmongPublished: null, gapToNeighbours: null },
    ];
    const ranks = buildBenchmarkDocument(o, TOTALS).sections.find((s) => s.id === 'benchmark-ranks')!.tables[0] as { rows: unknown[][] };
    expect(ranks.rows).toHaveLength(1);
    expect(ranks.rows[0]![5]).toBe('higher'); // the Attainment 8 row; the neutral count is not ranked
  });
});

describe('benchmark workbook: LAs by measures', () => {
  it('one sheet per year: a row per LA with its name, a column per measure (short title), values or symbols', async () => {
    const o = output(['ks4_att8', 'cla_31mar']);
    o.las = o.las.map((l) => ({ ...l, name: l.la === '855' ? 'Leicestershire' : null }));
    o.rows = [
      { ...total('ks4_att8', 'mean', '855', '2023/24', 21.25), direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null },
      { ...total('ks4_att8', 'mean', '856', '2023/24', null, 'c'), direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null },
      { ...total('cla_31mar', 'count', '855', '2023/24', 700), direction: 'neutral', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null },
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
