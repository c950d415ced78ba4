import { describe, expect, it } from 'vitest';
import { BENCHMARK_CSV_HEADER, renderBenchmarkCsv } from '../../src/benchmark/render-csv.js';
import type { BenchmarkOutput } from '../../src/benchmark/schema.js';

const output: BenchmarkOutput = {
  tool: 'cla-analyse', command: 'benchmark', schemaVersion: 1, toolVersion: 't', cohort: 'cla_12m', years: ['2023/24'], suppressionThreshold: 5, neighbourGrouping: 2025, settings: { suppressionThreshold: 5, audience: 'public', placementChange: 'default', statisticalNeighbours: 2025, benchmarkFiles: {}, p8Tables: {} },
  validation: { failOn: 'error', ok: true, findings: { error: 0, warning: 0, info: 0 } },
  las: [{ la: '855', name: 'Leicestershire', regionCode: null, regionName: null, statisticalNeighbours: [] }, { la: '856', name: '=cmd', regionCode: null, regionName: null, statisticalNeighbours: [] }],
  measures: [{ id: 'ks4_att8', unit: 'mean', direction: 'higher' }],
  rows: [
    { id: 'ks4_att8', year: '2023/24', la: '855', cohort: 'cla_12m', breakdown: null, numerator: 450, denominator: 20, value: 22.5, unit: 'mean', symbol: null, ci: null, note: null, basis: null, basisNote: null,
      benchmarks: [{ scope: 'england_cla_12m', year: '2023/24', value: 20.1, symbol: null, gap: 2.4, source: 's, with comma' }],
      direction: 'higher', rankInRun: { rank: 1, of: 1, quartile: 1 }, rankAmongPublished: { rank: 12, of: 150, quartile: 1 }, gapToNeighbours: 1.5 },
    { id: 'ks4_att8', year: '2023/24', la: '856', cohort: 'cla_12m', breakdown: null, numerator: null, denominator: null, value: null, unit: 'mean', symbol: 'c', ci: null, note: null, basis: null, basisNote: null,
      benchmarks: [], direction: 'higher', rankInRun: null, rankAmongPublished: null, gapToNeighbours: null },
  ],
  expectedObserved: null,
};

describe('renderBenchmarkCsv', () => {
  it('writes one EES tidy line per row (time, geography, filters, indicators), symbols for what is not shown, CRLF', () => {
    const lines = renderBenchmarkCsv(output).split('\r\n');
    expect(lines[0]).toBe('time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,' +
      'measure,cohort,breakdown_topic,breakdown,figure_basis,numerator,denominator,value,ci_lower,ci_upper,rank_in_run,ranked_in_run,quartile_in_run,' +
      'rank_among_published,ranked_among_published,quartile_among_published,gap_to_neighbours,england_cla_12m,region_cla_12m,sn_cla_12m_2021,sn_cla_12m_2025,la_published');
    expect(lines[1]).toBe('202324,Academic year,Local authority,E92000001,England,E12000004,East Midlands,855,E10000018,Leicestershire,ks4_att8,cla_12m,Total,Total,As defined,450,20,22.5,z,z,1,1,1,12,150,1,1.5,20.1,x,x,x,x');
    // names and codes come from the bundled LA directory (856 is Leicester, a unitary: E06); the row is suppressed (c)
    expect(lines[2]).toBe('202324,Academic year,Local authority,E92000001,England,E12000004,East Midlands,856,E06000016,Leicester,ks4_att8,cla_12m,Total,Total,As defined,c,c,c,c,c,c,c,c,c,c,c,c,x,x,x,x,x');
    expect(lines[3]).toBe('');
    expect(lines).toHaveLength(4);
  });
});

describe('benchmark CSV symbols mean what they mean in the report CSV', () => {
  const base = output.rows[0]!;
  const csvOf = (rows: BenchmarkOutput['rows']) => renderBenchmarkCsv({ ...output, rows }).split('\r\n').slice(1, -1).map((l) => l.split(','));
  // numerator, denominator, value, CI, the six rank cells and the gap to neighbours (the LA's own figures)
  const from = BENCHMARK_CSV_HEADER.indexOf('numerator');
  const own = (cells: string[]) => cells.slice(from, from + 12);

  it('a c row is c in every figure of its own, ranks included; a z row z; x x (as cellSymbol, the report CSV rule)', () => {
    for (const symbol of ['c', 'x', 'z'] as const) {
      const [cells] = csvOf([{ ...base, numerator: null, denominator: null, value: null, symbol, rankInRun: null, rankAmongPublished: null, gapToNeighbours: null, benchmarks: [] }]);
      expect(own(cells!)).toEqual(Array(12).fill(symbol));
    }
  });

  it('a shown row: a rank that could not be made is x, a measure with no better direction has z ranks, a count has z numerator and denominator', () => {
    const [unranked] = csvOf([{ ...base, rankAmongPublished: null }]);
    expect(own(unranked!).slice(8, 11)).toEqual(['x', 'x', 'x']);
    const [neutral] = csvOf([{ ...base, direction: 'neutral', rankInRun: null, rankAmongPublished: null }]);
    expect(own(neutral!).slice(5, 11)).toEqual(Array(6).fill('z'));
    const [count] = csvOf([{ ...base, unit: 'count', numerator: null, denominator: null, value: 12 }]);
    expect(own(count!).slice(0, 2)).toEqual(['z', 'z']);
  });
});
