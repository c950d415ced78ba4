/**
 * The DfE Progress 8 descriptor (school and college performance tables; Secondary accountability
 * measures guide, "Interpreting Progress 8 scores"):
 *   Well above average: score above +0.5 and the confidence interval entirely above zero
 *   Above average:      confidence interval entirely above zero (lower limit > 0)
 *   Average:            confidence interval includes zero
 *   Below average:      confidence interval entirely below zero (upper limit < 0)
 *   Well below average: score below −0.5 and the confidence interval entirely below zero
 * A limit exactly 0 "includes zero", so it is Average.
 */
export type P8Band = 'Well above average' | 'Above average' | 'Average' | 'Below average' | 'Well below average';

export function p8Band(mean: number, ci: readonly [number, number]): P8Band {
  const [lower, upper] = ci;
  if (lower > 0) return mean > 0.5 ? 'Well above average' : 'Above average';
  if (upper < 0) return mean < -0.5 ? 'Well below average' : 'Below average';
  return 'Average';
}
