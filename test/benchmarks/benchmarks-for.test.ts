/**
 * Figures written literally from the raw DfE files in /work/shared/reference/dfe-benchmarks
 * (looked up by hand with grep), checked against the bundled tables through benchmarksFor.
 */
import { describe, expect, it } from 'vitest';
import { allLaCodes, benchmarksFor, childPopulation, createBenchmarkStore, laInfo, readPublishedCell, statisticalNeighbours } from '../../src/benchmarks/index.js';
import type { MeasureBenchmarks } from '../../src/domain/benchmark-column.js';
import { MEASURE_BY_ID } from '../../src/measures/registry.js';

/** The published columns of a measure, as its definition names them (none for an unknown id). */
const m = (id: string): MeasureBenchmarks => MEASURE_BY_ID.get(id) ?? { benchmark: null };

const byScope = (rows: ReturnType<typeof benchmarksFor>) => Object.fromEntries(rows.map((r) => [r.scope, r]));

describe('benchmarksFor', () => {
  it('returns the scopes in a fixed order, and nothing for an unmapped measure', () => {
    expect(benchmarksFor(m('ks4_att8'), '2023/24', '855', 20).map((b) => b.scope)).toEqual(
      ['england_cla_12m', 'england_all', 'region_cla_12m', 'sn_cla_12m_2021', 'sn_cla_12m_2025', 'la_published']);
    // a measure with no all-pupil figure (a care measure) has no england_all scope at all
    expect(benchmarksFor(m('stability_3plus_year'), '2023/24', '855', 10).map((b) => b.scope)).not.toContain('england_all');
    expect(benchmarksFor(m('no_such_measure'), '2023/24', '855', 20)).toEqual([]);
  });

  it('KS4 Attainment 8, 2023/24, Leicestershire (ks4_la.csv, time_period 202324)', () => {
    const b = byScope(benchmarksFor(m('ks4_att8'), '2023/24', '855', 25.7));
    expect(b.england_cla_12m!.value).toBe(18.2); // National, CLA 12 months, avg_att8
    expect(b.england_cla_12m!.gap).toBe(7.5);
    expect(b.england_cla_12m!.source).toContain('ks4_la.csv');
    expect(b.england_cla_12m!.source).toContain('time_period 202324');
    expect(b.england_cla_12m!.source).toContain('Outcomes for children in need');
    expect(b.region_cla_12m!.value).toBe(18.1); // East Midlands E12000004
    expect(b.la_published!.value).toBe(25.7);
    expect(b.la_published!.gap).toBe(0);
    // 2021 neighbours of 855: 803 24.6, 937 17.3, 823 18.4, 885 19.4, 850 15.7, 881 19, 938 14.2,
    // 802 15.4, 860 21, 895 20.9 → 185.9 / 10 = 18.59
    expect(b.sn_cla_12m_2021!.value).toBe(18.59);
    expect(b.sn_cla_12m_2021!.gap).toBe(7.11);
    expect(b.sn_cla_12m_2021!.source).toContain('mean of 10 of 10');
  });

  it('Progress 8 2023/24 national -1.31; LA figure x in 2024/25 (no P8 that year)', () => {
    expect(byScope(benchmarksFor(m('ks4_p8'), '2023/24', '855', null)).england_cla_12m).toMatchObject({ value: -1.31, gap: null });
    const later = byScope(benchmarksFor(m('ks4_p8'), '2024/25', '855', -1));
    expect(later.la_published).toMatchObject({ value: null, symbol: 'x', gap: null });
  });

  it('EBacc entry 2023/24: national 11.4; no neighbour has a figure, so the SN mean is x', () => {
    const b = byScope(benchmarksFor(m('ks4_ebacc_entry'), '2023/24', '855', 10));
    expect(b.england_cla_12m!.value).toBe(11.4);
    expect(b.sn_cla_12m_2021).toMatchObject({ value: null, symbol: 'x', gap: null });
    expect(b.la_published!.symbol).toBe('x');
  });

  it('SN mean over the neighbours with a figure only (2025 group of 855, E&M 5+, 2023/24)', () => {
    // ks4_la.csv 202324 pt_l2basics_95: 916 15.6, 850 5.1; 803 937 802 865 933 938 811 891 are c
    // → (15.6 + 5.1) / 2 = 10.35
    const b = byScope(benchmarksFor(m('ks4_em_5plus'), '2023/24', '855', 21.2)).sn_cla_12m_2025!;
    expect(b.value).toBe(10.35);
    expect(b.gap).toBe(10.85);
    expect(b.source).toContain('mean of 2 of 10 2025 statistical neighbours of LA 855');
    expect(b.source).toContain('(916, 850)');
  });

  it('a year missing from the files is x everywhere, never a neighbouring year', () => {
    for (const b of benchmarksFor(m('ks4_att8'), '2015/16', '855', 20)) {
      expect(b).toMatchObject({ value: null, symbol: 'x', gap: null, year: '2015/16' });
    }
    // placement stability starts with the 2021 reporting year (2020/21)
    for (const b of benchmarksFor(m('stability_3plus_year'), '2019/20', '855', 10)) expect(b.symbol).toBe('x');
  });

  it('care leavers in education, employment or training, 2023/24 (la_care_leavers_activity.csv, time_period 2024, over every care leaver of the age)', () => {
    // grep of the raw file: England 17 to 18 "Total in education, employment or training" 9170, 64%; East Midlands 760, 65%;
    // Leicestershire 115 of 157, 73%; 19 to 21: England 54%, Leicestershire 185 of 312, 59%
    const y = byScope(benchmarksFor(m('oc3_eet_17_18'), '2023/24', '855', 42.3));
    expect([y.england_cla_12m!.value, y.region_cla_12m!.value, y.la_published!.value]).toEqual([64, 65, 73]);
    expect(y.england_cla_12m!.gap).toBeCloseTo(42.3 - 64, 9);
    expect(y.england_cla_12m!.source).toContain('la_care_leavers_activity.csv');
    const o = byScope(benchmarksFor(m('oc3_eet_19_21'), '2023/24', '855', 37.1));
    expect([o.england_cla_12m!.value, o.la_published!.value]).toEqual([54, 59]);
    // suitable accommodation has none: the published denominator is not every care leaver
    expect(benchmarksFor(m('oc3_accom_suitable_17_18'), '2023/24', '855', 80)).toEqual([]);
  });

  it('reporting year 2024 is 2023/24: placement stability for Leicestershire; absence on the DfE population, total and by phase', () => {
    const s = byScope(benchmarksFor(m('stability_3plus_year'), '2023/24', '855', 10));
    expect(s.england_cla_12m!.value).toBe(11); // 2024, National, CLA on 31 March, 3+ placements: 11%
    expect(s.la_published!.value).toBe(9);
    expect(s.la_published!.gap).toBe(1);
    expect(s.la_published!.source).toContain('time_period 2024');
    expect(byScope(benchmarksFor(m('stability_long_term'), '2023/24', '855', null)).la_published!.value).toBe(77);
    // absence is on the DfE's population (school-age, one academic year: issue 12 item 2), so the
    // published figures are set beside it: 2023/24 persistently absent England 20.8%, Leicestershire 17.5%
    const pa = byScope(benchmarksFor(m('absence_persistent'), '2023/24', '855', null));
    expect([pa.england_cla_12m!.value, pa.la_published!.value]).toEqual([20.8, 17.5]);
    // by phase (absence_la.csv, State-funded secondary): England 27.9%
    expect(byScope(benchmarksFor(m('absence_persistent'), '2023/24', '855', 30, 'secondary')).england_cla_12m).toMatchObject({ value: 27.9, gap: 2.1 });
    // no phase columns, no figure for a phase row
    expect(benchmarksFor(m('stability_3plus_year'), '2023/24', '855', 10, 'secondary')).toEqual([]);
  });

  it('OC2 and CLA numbers, 2024 (2023/24)', () => {
    const h = byScope(benchmarksFor(m('oc2_health_assessment'), '2023/24', '855', null));
    expect(h.england_cla_12m!.value).toBe(89);
    expect(h.la_published!.value).toBe(82);
    expect(byScope(benchmarksFor(m('sdq_mean'), '2023/24', '855', null)).england_cla_12m!.value).toBe(14.7);
    expect(byScope(benchmarksFor(m('cla_rate_per_10k'), '2023/24', '855', 55)).la_published).toMatchObject({ value: 50, gap: 5 });
    expect(byScope(benchmarksFor(m('cla_31mar'), '2023/24', '855', null)).england_cla_12m!.value).toBe(83530);
    expect(childPopulation('855', '2023/24')).toBe(145610);
    expect(childPopulation('855', '2015/16')).toBeNull();
  });

  it('a suppressed published cell stays c (ks4_la.csv 202324: Camden avg_att8 c, Rutland all c)', () => {
    expect(byScope(benchmarksFor(m('ks4_att8'), '2023/24', '202', 20)).la_published).toMatchObject({ value: null, symbol: 'c', gap: null });
    expect(byScope(benchmarksFor(m('ks4_p8'), '2023/24', '202', null)).la_published!.value).toBe(-2.88);
    expect(byScope(benchmarksFor(m('ks4_att8'), '2023/24', '857', 20)).la_published!.symbol).toBe('c');
  });

  it('an unknown LA has no region and no neighbours', () => {
    const b = byScope(benchmarksFor(m('ks4_att8'), '2023/24', '999', 20));
    expect(b.england_cla_12m!.value).toBe(18.2);
    expect(b.region_cla_12m!.symbol).toBe('x');
    expect(b.sn_cla_12m_2021!.symbol).toBe('x');
  });

  it('a user-supplied newer file replaces a bundled table', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const file = join(dir, 'ks4.csv');
    writeFileSync(file, '\uFEFFtime_period,year,level,code,name,avg_att8\n202526,2025/26,national,E92000001,England,19.9\n');
    const store = createBenchmarkStore({ files: { 'ks4_cla12m.csv': file } });
    const b = byScope(store.benchmarksFor(m('ks4_att8'), '2025/26', '855', 20));
    expect(b.england_cla_12m).toMatchObject({ value: 19.9, gap: 0.1 });
    expect(b.england_cla_12m!.source).toContain('(user file ks4.csv)'); // by name: no machine path in an output
    expect(b.england_cla_12m!.source).not.toContain(dir);
    expect(b.la_published!.symbol).toBe('x');
  });
});

describe('England all pupils (england_all_pupils.csv)', () => {
  it('KS4 A8 2022/23 is 46.3 (KS4 performance, All state-funded, revised), with a gap and its source; E&M 4+ 65.1%, 5+ 45.3%', () => {
    const b = byScope(benchmarksFor(m('ks4_att8'), '2022/23', '855', 21.4));
    expect(b.england_all).toMatchObject({ value: 46.3, symbol: null, gap: -24.9 });
    expect(byScope(benchmarksFor(m('ks4_em_4plus'), '2022/23', '855', 20)).england_all).toMatchObject({ value: 65.1 });
    expect(byScope(benchmarksFor(m('ks4_em_5plus'), '2022/23', '855', 20)).england_all).toMatchObject({ value: 45.3 });
    expect(b.england_all!.source).toContain('Key stage 4 performance');
  });
  it('KS2 RWM 2023/24 is 61%; a year with no published figure is x, a year with no measure z', () => {
    expect(byScope(benchmarksFor(m('ks2_rwm_expected'), '2023/24', '855', 30)).england_all).toMatchObject({ value: 61, gap: -31 });
    expect(byScope(benchmarksFor(m('ks4_att8'), '2023/24', '855', 20)).england_all).toMatchObject({ value: null, symbol: 'x', gap: null });
    expect(byScope(benchmarksFor(m('ks4_p8'), '2020/21', '855', -1)).england_all).toMatchObject({ value: null, symbol: 'z' });
    expect(byScope(benchmarksFor(m('ks4_att8'), '2030/31', '855', 20)).england_all).toMatchObject({ symbol: 'x' });
  });
  it('a fuller user file replaces the bundled one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'all.csv');
    writeFileSync(file, 'time_period,year,level,code,name,avg_att8\n202324,2023/24,national,E92000001,England,45.9\n');
    const b = byScope(createBenchmarkStore({ files: { 'england_all_pupils.csv': file } }).benchmarksFor(m('ks4_att8'), '2023/24', '855', 21.4));
    expect(b.england_all).toMatchObject({ value: 45.9, gap: -24.5 });
  });
  it('absence has an England all-pupil column too: x in the bundled file (no citable table), a user file\'s figure when given (made-up test values)', async () => {
    expect(byScope(benchmarksFor(m('absence_overall'), '2023/24', '855', 7.5)).england_all).toMatchObject({ value: null, symbol: 'x' });
    expect(byScope(benchmarksFor(m('absence_persistent'), '2022/23', '855', 20)).england_all).toMatchObject({ value: null, symbol: 'x' });
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'bench-')), 'all.csv');
    writeFileSync(file, 'time_period,year,level,code,name,pt_overall,pt_pupils_pa_10_exact\n202324,2023/24,national,E92000001,England,7.0,20.0\n');
    const store = createBenchmarkStore({ files: { 'england_all_pupils.csv': file } });
    expect(byScope(store.benchmarksFor(m('absence_overall'), '2023/24', '855', 7.5)).england_all).toMatchObject({ value: 7, gap: 0.5 });
    expect(byScope(store.benchmarksFor(m('absence_persistent'), '2023/24', '855', 25)).england_all).toMatchObject({ value: 20, gap: 5 });
  });
});

describe('LA directory', () => {
  it('names, regions (London sub-regions are London) and codes', () => {
    expect(laInfo('855')).toEqual({ name: 'Leicestershire', newLaCode: 'E10000018', regionCode: 'E12000004', regionName: 'East Midlands' });
    expect(laInfo('202')).toEqual({ name: 'Camden', newLaCode: 'E09000007', regionCode: 'E12000007', regionName: 'London' });
    expect(laInfo('999')).toBeNull();
    expect(allLaCodes()).toContain('942');
    expect(allLaCodes().length).toBe(158);
  });
  it('statistical neighbours, 2021 and 2025, in rank order', () => {
    expect(statisticalNeighbours('855', 2021)).toEqual(['803', '937', '823', '885', '850', '881', '938', '802', '860', '895']);
    expect(statisticalNeighbours('855', 2025)).toEqual(['916', '803', '937', '802', '850', '865', '933', '938', '811', '891']);
    expect(statisticalNeighbours('942', 2021)).toEqual([]);
  });
});

describe('readPublishedCell', () => {
  it('maps GSS symbols', () => {
    expect(readPublishedCell('12.5')).toEqual({ value: 12.5, symbol: null, note: null });
    expect(readPublishedCell('-0.92').value).toBe(-0.92);
    expect(readPublishedCell('c')).toMatchObject({ value: null, symbol: 'c' });
    expect(readPublishedCell('z').symbol).toBe('z');
    expect(readPublishedCell('k')).toMatchObject({ value: 0, symbol: null });
    expect(readPublishedCell('low').value).toBe(0);
    expect(readPublishedCell('')).toMatchObject({ value: null, symbol: 'x' });
    expect(readPublishedCell('n/a').symbol).toBe('x');
  });
});
