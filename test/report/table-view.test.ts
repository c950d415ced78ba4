import { describe, expect, it } from 'vitest';
import { tableView } from '../../src/report/table-view.js';
import { bench, row } from './sample-document.js';

describe('tableView', () => {
  it('benchmark-style table: an LA column when rows come from several LAs; texts per cell', () => {
    const v = tableView({
      id: 't', title: 'T',
      rows: [
        row({ la: '998', id: 'ks4_att8', unit: 'mean', numerator: 400, denominator: 20, value: 20, benchmarks: [bench('england_cla_12m', '2023/24', 19.5, 0.5)] }),
        row({ la: '999', id: 'ks4_att8', unit: 'mean', symbol: 'c', benchmarks: [bench('england_cla_12m', '2023/24', 19.5, null)] }),
      ],
    });
    expect(v.headers).toEqual(['LA', 'Measure', 'Numerator', 'Denominator', 'Value', 'England CLA', 'Gap vs England CLA']);
    expect(v.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['998', 'Attainment 8', '400', '20', '20.0', '19.5', '+0.5'],
      ['999', 'Attainment 8', 'c', 'c', 'c', '19.5', 'c'],
    ]);
    expect(v.rows[0]!.map((c) => c.number)).toEqual([null, null, 400, 20, 20, 19.5, 0.5]);
  });

  it("never shows another year's benchmark: a 2022/23 figure on a 2023/24 row is x", () => {
    const v = tableView({
      id: 't', title: 'T',
      rows: [row({ id: 'ks4_em_4plus', unit: 'percent', numerator: 10, denominator: 40, value: 25, benchmarks: [bench('england_cla_12m', '2022/23', 23.1, 1.9)] })],
    });
    expect(v.rows[0]!.slice(-2).map((c) => c.text)).toEqual(['x', 'x']);
  });

  it('a non-finite value becomes x, never NaN', () => {
    const v = tableView({ id: 't', title: 'T', rows: [row({ id: 'ks4_att8', unit: 'mean', numerator: 0, denominator: 0, value: Number.NaN })] });
    expect(v.rows[0]!.map((c) => c.text)).toEqual(['Attainment 8', 'x', 'x', 'x']); // the whole row is not available
  });

  it('column options override the defaults', () => {
    const v = tableView({
      id: 't', title: 'T', columns: { counts: false, gaps: false, benchmarks: ['england_all'], breakdown: true },
      rows: [row({ id: 'sen_ehcp', unit: 'percent', numerator: 30, denominator: 100, value: 30, benchmarks: [bench('england_all', '2023/24', 4.8, 25.2)] })],
    });
    expect(v.headers).toEqual(['Measure', 'Breakdown', 'Value', 'England all pupils']);
    expect(v.rows[0]!.map((c) => c.text)).toEqual(['EHC plan', 'All', '30.0%', '4.8%']);
  });
});
