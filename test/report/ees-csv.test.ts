/**
 * The CSV outputs checked against rules written from the DfE's published standard for files on its
 * statistics platform, "Open data standards" (explore education statistics, EES:
 * https://dfe-analytical-services.github.io/analysts-guide/statistics-production/ud.html), and the
 * GSS symbols (c, x, z). The rules, each a check below:
 *  1. the first columns are time_period, time_identifier, geographic_level, country_code, country_name;
 *     Local authority rows also carry region_code, region_name, old_la_code, new_la_code, la_name;
 *  2. an "Academic year" time_period is six digits, two consecutive years (202324);
 *  3. geographic_level and time_identifier are from the standard's lists; England is E92000001;
 *     region codes E12…, new LA codes E06/E07/E08/E09/E10 + 6 digits, old LA codes 3 digits;
 *  4. column names are lower snake case, at most 50 characters;
 *  5. no blank cell; an indicator cell is a number or a GSS symbol (c, x, z, low, u);
 *  6. the metadata file has exactly the columns col_name, col_type, label, indicator_grouping,
 *     indicator_unit, indicator_dp, filter_hint, filter_grouping_column; one line per filter and
 *     indicator column of the data file and none for the time and geography columns; col_type Filter
 *     or Indicator; labels at most 80 characters; indicator_unit blank, %, £, £m or pp;
 *     indicator_dp blank or a whole number; a filter_grouping_column names a filter column;
 *  7. every filter has a Total item (breakdown_topic/breakdown "Total" on whole-cohort rows).
 * And the project's own: numbers at the measure's precision, no float noise; the same symbol for the
 * same case in the report and the benchmark CSV.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsv, renderCsvMeta } from '../../src/report/render-csv.js';
import { renderBenchmarkCsv, renderBenchmarkCsvMeta } from '../../src/benchmark/render-csv.js';
import type { BenchmarkOutput } from '../../src/benchmark/schema.js';
import type { ReportDocument } from '../../src/report/document.js';
import { isGenericTable } from '../../src/report/document.js';
import { sampleDocument, row } from './sample-document.js';

const GEO = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name', 'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name'];
const TIME_IDENTIFIERS = ['Academic year', 'Calendar year', 'Financial year', 'Reporting year', 'Tax year'];
const LEVELS = ['National', 'Regional', 'Local authority', 'Local authority district', 'Parliamentary constituency', 'School', 'Provider', 'Institution'];
const SYMBOLS = ['c', 'x', 'z', 'low', 'u'];
const META_COLUMNS = ['col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'indicator_dp', 'filter_hint', 'filter_grouping_column'];

function checkEes(data: string, meta: string): Record<string, string>[] {
  const header = data.split('\r\n')[0]!.split(',');
  const rows = parse(data, { columns: true }) as Record<string, string>[];
  const metaRows = parse(meta, { columns: true }) as Record<string, string>[];
  // 1, 4
  expect(header.slice(0, GEO.length)).toEqual(GEO);
  for (const h of header) { expect(h).toMatch(/^[a-z][a-z0-9_]*$/); expect(h.length).toBeLessThanOrEqual(50); }
  expect(new Set(header).size).toBe(header.length);
  // 6
  expect(meta.split('\r\n')[0]!.split(',')).toEqual(META_COLUMNS);
  expect(metaRows.map((m) => m.col_name)).toEqual(header.slice(GEO.length));
  const filters = metaRows.filter((m) => m.col_type === 'Filter').map((m) => m.col_name);
  for (const m of metaRows) {
    expect(['Filter', 'Indicator']).toContain(m.col_type);
    expect(m.label!.length).toBeGreaterThan(0);
    expect(m.label!.length).toBeLessThanOrEqual(80);
    expect(['', '%', '£', '£m', 'pp']).toContain(m.indicator_unit);
    expect(m.indicator_dp).toMatch(/^(\d+)?$/);
    if (m.filter_grouping_column) expect(filters).toContain(m.filter_grouping_column);
    if (m.col_type === 'Filter') expect(m.indicator_unit! + m.indicator_dp!).toBe('');
  }
  const indicators = metaRows.filter((m) => m.col_type === 'Indicator').map((m) => m.col_name!);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    // 2, 3
    expect(TIME_IDENTIFIERS).toContain(r.time_identifier);
    expect(LEVELS).toContain(r.geographic_level);
    if (r.time_identifier === 'Academic year') { expect(r.time_period).toMatch(/^\d{6}$/); expect((+r.time_period!.slice(0, 4) + 1) % 100).toBe(+r.time_period!.slice(4)); }
    expect([r.country_code, r.country_name]).toEqual(['E92000001', 'England']);
    expect(r.geographic_level).toBe('Local authority');
    expect(r.region_code).toMatch(/^E12\d{6}$/);
    expect(r.new_la_code).toMatch(/^E(06|07|08|09|10)\d{6}$/);
    expect(r.old_la_code).toMatch(/^\d{3}$/);
    // 5, and numbers without float noise
    for (const [k, v] of Object.entries(r)) expect(v, k).not.toBe('');
    for (const k of indicators) {
      const v = r[k]!;
      if (SYMBOLS.includes(v)) continue;
      expect(v, `${k}=${v}`).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
  }
  // 7
  for (const f of filters) if (f.startsWith('breakdown')) expect(rows.some((r) => r[f] === 'Total'), f).toBe(true);
  return rows;
}

/** The sample document moved to LA 855 (Leicestershire), which the bundled LA directory holds. */
function docFor855(): ReportDocument {
  const doc = sampleDocument();
  doc.la = '855';
  for (const s of doc.sections) for (const t of s.tables) if (!isGenericTable(t)) t.rows = t.rows.map((r) => ({ ...r, la: '855' }));
  return doc;
}

const bench: BenchmarkOutput = {
  tool: 'cla-analyse', command: 'benchmark', schemaVersion: 1, toolVersion: 't', cohort: 'cla_12m', years: ['2023/24'], suppressionThreshold: 5, neighbourGrouping: 2025, settings: { suppressionThreshold: 5, audience: 'public', placementChange: 'default', statisticalNeighbours: 2025, benchmarkFiles: {}, p8Tables: {} },
  validation: { failOn: 'error', ok: true, findings: { error: 0, warning: 0, info: 0 } },
  las: [{ la: '855', name: 'Leicestershire', regionCode: null, regionName: null, statisticalNeighbours: [] }, { la: '202', name: 'Camden', regionCode: null, regionName: null, statisticalNeighbours: [] }],
  measures: [{ id: 'ks4_att8', unit: 'mean', direction: 'higher' }, { id: 'cla_count', unit: 'count', direction: 'neutral' }],
  rows: [
    { id: 'ks4_att8', year: '2023/24', la: '855', cohort: 'cla_12m', breakdown: null, numerator: 636.3300000000002, denominator: 20, value: 31.816500000000005, unit: 'mean', symbol: null, ci: null, note: null, basis: null, basisNote: null,
      benchmarks: [{ scope: 'england_cla_12m', year: '2023/24', value: 20.1, symbol: null, gap: 2.4, source: 's' }],
      direction: 'higher', rankInRun: { rank: 1, of: 2, quartile: 1 }, rankAmongPublished: { rank: 12, of: 150, quartile: 1 }, gapToNeighbours: 1.5499999999 },
    { id: 'ks4_att8', year: '2023/24', la: '202', cohort: 'cla_12m', breakdown: null, numerator: null, denominator: null, value: null, unit: 'mean', symbol: 'c', ci: null, note: null, basis: null, basisNote: null,
      benchmarks: [], direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null },
    { id: 'cla_count', year: '2023/24', la: '855', cohort: 'cla_12m', breakdown: null, numerator: null, denominator: null, value: 700, unit: 'count', symbol: null, ci: null, note: null, basis: null, basisNote: null,
      benchmarks: [], direction: 'neutral', rankInRun: { rank: 1, of: 2, quartile: 1 }, rankAmongPublished: null, gapToNeighbours: null },
  ],
  expectedObserved: null,
};

describe('EES tidy CSV (DfE open data standards)', () => {
  it('the report CSV and its metadata file follow the standard', () => {
    const doc = docFor855();
    const rows = checkEes(renderCsv(doc), renderCsvMeta(doc));
    expect(rows[0]).toMatchObject({ time_period: '202324', time_identifier: 'Academic year', old_la_code: '855', new_la_code: 'E10000018', la_name: 'Leicestershire', region_code: 'E12000004', region_name: 'East Midlands' });
  });

  it('the benchmark CSV and its metadata file follow the standard; numbers at the measure\'s precision; no ranks for a neutral measure', () => {
    const rows = checkEes(renderBenchmarkCsv(bench), renderBenchmarkCsvMeta());
    expect(rows.map((r) => r.la_name)).toEqual(['Leicestershire', 'Camden', 'Leicestershire']);
    expect(rows[0]).toMatchObject({ numerator: '636.33', denominator: '20', value: '31.8', gap_to_neighbours: '1.5', rank_in_run: '1', england_cla_12m: '20.1', ci_lower: 'z' });
    expect(rows[1]).toMatchObject({ numerator: 'c', value: 'c', rank_in_run: 'c', rank_among_published: 'c', gap_to_neighbours: 'c' });
    expect(rows[2]).toMatchObject({ numerator: 'z', denominator: 'z', value: '700', rank_in_run: 'z', quartile_in_run: 'z', rank_among_published: 'z' });
  });

  it('the same symbol for the same case in both CSVs: a count has no numerator (z); a suppressed figure is c', () => {
    const doc = docFor855();
    doc.sections = [{ id: 's', title: 's', tables: [{ id: 't', title: 't', sheet: 't', rows: [
      row({ id: 'cla_count', unit: 'count', la: '855', value: 700 }),
      row({ id: 'ks4_att8', unit: 'mean', la: '855', symbol: 'c' }),
    ] }] }];
    const report = parse(renderCsv(doc), { columns: true }) as Record<string, string>[];
    const benchmark = parse(renderBenchmarkCsv(bench), { columns: true }) as Record<string, string>[];
    expect([report[0]!.numerator, benchmark[2]!.numerator]).toEqual(['z', 'z']);
    expect([report[0]!.ci_lower, benchmark[2]!.ci_lower]).toEqual(['z', 'z']);
    expect([report[1]!.value, benchmark[1]!.value]).toEqual(['c', 'c']);
    expect([report[1]!.numerator, benchmark[1]!.numerator]).toEqual(['c', 'c']);
  });
});
