import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tQuantile, twoSidedTPValue } from '../../src/model/student-t.js';
import { referenceEstimatesPath, relativeDifference } from './reference-rows.js';

const quantiles = (JSON.parse(readFileSync(referenceEstimatesPath, 'utf8')) as { quantiles: Record<string, number> }).quantiles;

describe('Student t against R', () => {
  it.each([
    // [df, expected, R call]
    [1, 12.7062047361746941, 'qt(0.975, 1)'],
    [3, 3.1824463052837078, 'qt(0.975, 3)'],
    [59, 2.000995378088267, 'qt(0.975, 59)'],
    [2801, 1.9608112816594663, 'qt(0.975, 2801)'],
    [1e6, 1.9599663568141066, 'qt(0.975, 1e6)'],
    [Infinity, 1.959963984540054, 'qnorm(0.975)'],
  ])('tQuantile(0.975, %s) = %s (%s)', (df, expected) => {
    expect(relativeDifference(tQuantile(0.975, df), expected)).toBeLessThan(1e-10);
    expect(relativeDifference(tQuantile(0.025, df), -expected)).toBeLessThan(1e-10);
  });

  it.each([
    [0.5, 1, 7.0483276469913358e-1, '2*pt(-0.5, 1)'],
    [2.1, 7, 7.3871196212922596e-2, '2*pt(-2.1, 7)'],
    [12, 30, 5.5801854151992606e-13, '2*pt(-12, 30)'],
    [1.7, Infinity, 0.089130925517086082, '2*pnorm(-1.7)'],
  ])('twoSidedTPValue(%s, %s) = %s (%s)', (t, df, expected) => {
    expect(relativeDifference(twoSidedTPValue(t, df), expected)).toBeLessThan(1e-9);
    expect(relativeDifference(twoSidedTPValue(-t, df), expected)).toBeLessThan(1e-9);
  });

  it('matches the quantiles written by scripts/model-reference.R', () => {
    expect(relativeDifference(tQuantile(0.975, 59), quantiles.qt_975_df_59!)).toBeLessThan(1e-10);
    expect(relativeDifference(tQuantile(0.975, 2), quantiles.qt_975_df_2!)).toBeLessThan(1e-10);
    expect(relativeDifference(tQuantile(0.975, Infinity), quantiles.qnorm_975!)).toBeLessThan(1e-10);
    expect(relativeDifference(twoSidedTPValue(2.1, 7), quantiles['p_t_2.1_df_7']!)).toBeLessThan(1e-9);
    expect(relativeDifference(twoSidedTPValue(0.3, 1), quantiles['p_t_0.3_df_1']!)).toBeLessThan(1e-9);
    expect(relativeDifference(twoSidedTPValue(5, 2900), quantiles.p_t_5_df_2900!)).toBeLessThan(1e-8);
    expect(relativeDifference(twoSidedTPValue(3.2, Infinity), quantiles['p_z_3.2']!)).toBeLessThan(1e-9);
    expect(relativeDifference(twoSidedTPValue(40, 10), quantiles.p_t_40_df_10!)).toBeLessThan(1e-8);
  });

  it('gives p = 1 at t = 0 and 0 at infinity, never NaN', () => {
    expect(twoSidedTPValue(0, 5)).toBe(1);
    expect(twoSidedTPValue(Infinity, 5)).toBe(0);
    expect(tQuantile(0.5, 3)).toBe(0);
  });
});
