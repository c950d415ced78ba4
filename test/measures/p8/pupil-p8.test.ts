import { describe, expect, it } from 'vitest';
import { bundledP8Table, p8TablesWith, parseP8EstimateTable, priorAttainmentGroup, pupilP8 } from '../../../src/derive/attainment/index.js';
import { meanP8WithCi, p8Band, p8HalfWidth } from '../../../src/measures/p8/index.js';

describe('bundled P8 estimate tables', () => {
  it('reads 34 groups and the national sd for each bundled year', () => {
    for (const [year, sd] of [['2021/22', 1.408359], ['2022/23', 1.414023], ['2023/24', 1.41628]] as const) {
      const t = bundledP8Table(year)!;
      expect(t.groups).toHaveLength(34);
      expect(t.p8StandardDeviation).toBe(sd);
    }
    expect(bundledP8Table('2018/19')).toBeNull();
  });
});

describe('priorAttainmentGroup (2023/24 ranges)', () => {
  const t = bundledP8Table('2023/24')!;
  it.each([
    [59, 1], [82, 1], [82.5, 2], [86, 2], [86.5, 3], [99, 13], [99.5, 14], [100, 14], [100.5, 15], [120, 34],
    [82.25, 1], // between published ranges: the lower group (documented rule)
  ])('score %f is group %i', (score, group) => {
    expect(priorAttainmentGroup(score, t)!.group).toBe(group);
  });
  it.each([58.5, 120.5, Number.NaN])('score %f has no group', (score) => {
    expect(priorAttainmentGroup(score, t)).toBeNull();
  });
});

describe('pupilP8', () => {
  it('(A8 − estimate) / 10 with the group estimate of that year', () => {
    // 2023/24 group 14 (99.5 to 100): A8 estimate 35.46 → (40 − 35.46) / 10 = 0.454
    const p = pupilP8(40, 100, '2023/24');
    expect(p.group).toBe(14);
    expect(p.att8Estimate).toBe(35.46);
    expect(p.value).toBeCloseTo(0.454, 10);
    // 2021/22 group 1 (59 to 82): estimate 18.54 → (10 − 18.54) / 10 = −0.854
    expect(pupilP8(10, 80, '2021/22').value).toBeCloseTo(-0.854, 10);
    // 2023/24 group 34 (119.5 to 120): 82.03 → (90 − 82.03) / 10 = 0.797
    expect(pupilP8(90, 120, '2023/24').value).toBeCloseTo(0.797, 10);
  });
  it('no KS2 score, no A8, no table: x with a reason', () => {
    expect(pupilP8(40, null, '2023/24')).toMatchObject({ value: null, symbol: 'x' });
    expect(pupilP8(40, null, '2023/24').reason).toMatch(/KS2/);
    expect(pupilP8(null, 100, '2023/24').symbol).toBe('x');
    expect(pupilP8(40, 100, '2018/19').reason).toMatch(/No Progress 8 estimate table for 2018\/19/);
    expect(pupilP8(40, 130, '2023/24').reason).toMatch(/outside/);
  });
  it('years with no P8 are z with the sentence', () => {
    for (const y of ['2019/20', '2020/21', '2024/25', '2025/26']) {
      const p = pupilP8(40, 100, y);
      expect(p.symbol).toBe('z');
      expect(p.reason).toMatch(/Progress 8/);
    }
  });
  it('a user-supplied table serves a newer year', () => {
    const table = parseP8EstimateTable('2026/27',
      'KS2 prior attainment group,KS2 average scaled score range,Attainment 8 average\n1,80 to 99,30\n2,99.5 to 120,50\n',
      'p8stdev\n1.5\n', 'user');
    const tables = p8TablesWith([table]);
    expect(pupilP8(45, 99, '2026/27', tables).value).toBeCloseTo(1.5, 10);
    expect(pupilP8(45, 100, '2026/27', tables).value).toBeCloseTo(-0.5, 10);
    expect(meanP8WithCi([1, 2], '2026/27', tables).ci![1]).toBeCloseTo(1.5 + (1.96 * 1.5) / Math.SQRT2, 12);
  });
});

describe('meanP8WithCi', () => {
  it('mean ± 1.96 × national sd / √n', () => {
    // 2023/24 sd 1.41628: 1.96 × 1.41628 / √3 = 1.602671692925851 (python: 1.96*1.41628/math.sqrt(3))
    const m = meanP8WithCi([-1, -2, 0.5], '2023/24');
    expect(m.mean).toBeCloseTo(-0.8333333333333334, 12);
    expect(m.ci![0]).toBeCloseTo(-0.8333333333333334 - 1.602671692925851, 12);
    expect(m.ci![1]).toBeCloseTo(-0.8333333333333334 + 1.602671692925851, 12);
    expect(m.n).toBe(3);
  });
  it('not estimable without scores; z in a year with no P8', () => {
    expect(meanP8WithCi([], '2023/24')).toMatchObject({ mean: null, symbol: 'x' });
    expect(meanP8WithCi([0.1], '2024/25')).toMatchObject({ mean: null, symbol: 'z' });
  });
  it('the national CLA 2023/24 interval: n 4810 gives half-width 0.0400 (published −1.35 to −1.27 around −1.31)', () => {
    expect(p8HalfWidth(1.41628, 4810)).toBeCloseTo(0.04002512118101032, 12);
  });
});

describe('p8Band', () => {
  it.each([
    [0.6, [0.1, 1.1], 'Well above average'],
    [0.5, [0.1, 0.9], 'Above average'],
    [0.3, [0.01, 0.59], 'Above average'],
    [0.3, [0, 0.6], 'Average'],
    [-0.1, [-0.5, 0.3], 'Average'],
    [-0.3, [-0.6, -0.01], 'Below average'],
    [-0.5, [-0.9, -0.1], 'Below average'],
    [-1.31, [-1.35, -1.27], 'Well below average'],
    [0.8, [-0.1, 1.7], 'Average'],
  ] as const)('%f %j → %s', (mean, ci, band) => {
    expect(p8Band(mean, ci)).toBe(band);
  });
});
