/** Rounding once, on the unrounded value, half away from zero on the decimal value (issue 12, item 10). */
import { describe, expect, it } from 'vitest';
import { jsonNumberReplacer, roundHalfAwayFromZero, withoutFloatNoise } from '../../src/domain/round.js';
import { roundTo as benchmarkRound } from '../../src/benchmarks/round.js';
import { measureRow } from '../../src/measures/compute/row-builder.js';
import { formatGap, formatValue, roundTo } from '../../src/report/format.js';

describe('half away from zero on the decimal value', () => {
  it.each([
    [-0.605, 2, -0.61], [0.605, 2, 0.61], [-0.6049, 2, -0.6], [1.005, 2, 1.01], [2.675, 2, 2.68], [-2.5, 0, -3], [2.5, 0, 3],
    [0.045, 2, 0.05], [1234.5, 0, 1235], [12.345679012345679, 1, 12.3], [-0.004, 2, 0], [0.125, 2, 0.13], [99.995, 2, 100],
  ])('%d to %d places is %d', (x, d, expected) => {
    expect(roundHalfAwayFromZero(x, d)).toBe(expected);
    expect(roundTo(x, d)).toBe(expected);
    expect(benchmarkRound(x, d)).toBe(expected);
  });
  it('never gives -0, keeps non-finite values', () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(roundHalfAwayFromZero(Infinity, 2)).toBe(Infinity);
  });
  it('Math.round would round −0.605 to −0.6 (the old behaviour): the binary value is below the half', () => {
    expect(Math.round(-0.605 * 100) / 100).toBe(-0.6);
  });
});

describe('a measure row keeps the unrounded value; every output rounds it once', () => {
  const row = measureRow({ id: 'x', year: '2023/24', la: '855', cohort: 'cla_12m', breakdown: null, unit: 'percent', numerator: 10, denominator: 81, children: 81, value: (100 * 10) / 81 });
  it('10/81 = 12.345679…% is kept, shown as 12.3% (not 12.35 rounded again to 12.4%), 12.35 in JSON', () => {
    expect(row.value).toBe((100 * 10) / 81);
    expect(formatValue(row.value, 'percent', null)).toBe('12.3%');
    expect(roundTo(row.value!, 2)).toBe(12.35);
  });
  it('a gap from the unrounded value: 66.666…% against 66.665% is 0.00 (from the rounded 66.67 it would be 0.01)', () => {
    const la = (100 * 2) / 3;
    expect(benchmarkRound(la - 66.665, 2)).toBe(0);
    expect(formatGap(la - 66.665, 'percent')).toBe('0.0');
  });
  it('a gap of binary noise around a half is cleaned first: 66.67 − 66.665 (0.0049999…) is 0.01', () => {
    expect(benchmarkRound(benchmarkRound(66.67 - 66.665, 10), 2)).toBe(0.01);
  });
});

describe('gaps kept unrounded until output', () => {
  it('91.946% (137/149) against 89.0%: the gap 2.946 shows as +2.9, as the printed figures subtract (2.95 rounded again gave +3.0)', () => {
    const gap = (100 * 137) / 149 - 89;
    expect(formatGap(benchmarkRound(gap, 10), 'percent')).toBe('+2.9');
    expect(formatGap(benchmarkRound(gap, 2), 'percent')).toBe('+3.0');
  });
});

describe('JSON numbers without float noise (issue 14 item 4)', () => {
  it('a points total summed in binary is written as the decimal it stands for', () => {
    const total = [45.33, 12.8, 30.04, 41.92].reduce((a, b) => a + b, 0); // 130.08999999999997 in binary
    expect(String(total)).not.toBe('130.09');
    expect(withoutFloatNoise(total)).toBe(130.09);
    expect(JSON.stringify({ numerator: total, denominator: 4, value: 0.1 + 0.2 }, jsonNumberReplacer)).toBe('{"numerator":130.09,"denominator":4,"value":0.3}');
  });
  it('whole numbers, large counts and non-finite values are unchanged', () => {
    expect(withoutFloatNoise(600000)).toBe(600000);
    expect(withoutFloatNoise(54000000.25)).toBe(54000000.25);
    expect(withoutFloatNoise(Number.NaN)).toBeNaN();
  });
});
