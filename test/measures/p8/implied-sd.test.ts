/**
 * Progress 8 for a KS4 year without ready reckoner files (2016/17–2018/19, pupil P8 supplied as
 * KS4_P8SCORE) gets its interval from the national σ the DfE's published intervals imply (issue 12
 * item 6, second half), instead of x: data/p8/sd_from_published.csv (scripts/build-p8-sd.mjs).
 *   2018/19: σ 1.283 (median over 154 published rows of ks4_cla12m.csv). Scores −1.5, −0.5, 0.2, −1.0:
 *   mean −2.8 / 4 = −0.7; half-width 1.96 × 1.283 / √4 = 1.25734 → [−1.95734, 0.55734].
 *   England CLA 2018/19 (ks4_cla12m.csv): mean −1.27, n 4200, published CI −1.31 to −1.23;
 *   1.96 × 1.283 / √4200 = 0.03880 gives −1.3088 and −1.2312, the published figures to 2 decimals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { impliedP8Sd, meanP8WithCi } from '../../../src/measures/p8/mean-p8.js';
import { p8TablesWith } from '../../../src/derive/attainment/index.js';
import { figureBasis } from '../../../src/report/render-csv.js';

describe('P8 interval from the σ implied by the published intervals', () => {
  it('2018/19: mean −0.7, CI ± 1.25734, and says where σ comes from', () => {
    const m = meanP8WithCi([-1.5, -0.5, 0.2, -1.0], '2018/19', p8TablesWith());
    expect(m.symbol).toBeNull();
    expect(m.mean).toBeCloseTo(-0.7, 9);
    expect(m.ci![0]).toBeCloseTo(-0.7 - (1.96 * 1.283) / 2, 9);
    expect(m.ci![1]).toBeCloseTo(-0.7 + (1.96 * 1.283) / 2, 9);
    expect(m.symbol === null && m.sdNote).toContain('1.283');
    // the row's note carries it (pupil-measures.ts p8Row); the CSVs, without notes, say "Estimated interval"
    const note = `DfE Progress 8 band: Average. ${m.symbol === null ? m.sdNote : ''}`;
    expect(figureBasis({ id: 'ks4_p8', symbol: null, note })).toBe('Estimated interval');
    expect(figureBasis({ id: 'ks4_p8', symbol: null, note: 'DfE Progress 8 band: Average' })).toBe('As defined');
  });
  it('the derived σ reproduces the published England 2018/19 interval; bundled ready reckoner years are not in the file', () => {
    expect(impliedP8Sd('2018/19')).toBe(1.283);
    expect(impliedP8Sd('2023/24')).toBeNull();
    expect(impliedP8Sd('2017/18')).toBeNull();
    const csv = readFileSync(new URL('../../../data/benchmarks/ks4_cla12m.csv', import.meta.url), 'utf8').split('\n');
    const head = csv[0]!.split(',');
    const eng = csv.find((l) => l.startsWith('201819,2018/19,national'))!.split(',');
    const get = (c: string) => Number(eng[head.indexOf(c)]);
    const h = (1.96 * 1.283) / Math.sqrt(get('t_inp8calc'));
    expect(Math.round((get('avg_p8score') - h) * 100) / 100).toBeCloseTo(get('p8score_CI_low'), 9);
    expect(Math.round((get('avg_p8score') + h) * 100) / 100).toBeCloseTo(get('p8score_CI_upp'), 9);
  });
  it('a year with neither stays x with the reason', () => {
    const m = meanP8WithCi([0.1], '2017/18', p8TablesWith());
    expect([m.symbol, m.mean]).toEqual(['x', null]);
  });
});
