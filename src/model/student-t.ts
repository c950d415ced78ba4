import { complementaryErrorFunction, regularisedIncompleteBeta } from './special-functions.js';

/**
 * Student's t distribution: two-sided p-values and quantiles, for any positive degrees of freedom.
 *
 * P(|T| > t) = I_x(df/2, 1/2) with x = df / (df + t²), the regularised incomplete beta function
 * (Abramowitz & Stegun 26.7.1; evaluated by Lentz's continued fraction, Numerical Recipes 3rd ed.
 * §6.4). Checked against R: 2 * pt(-abs(t), df) and qt(p, df) (test/model/student-t.test.ts).
 * Infinite df gives the standard normal.
 */

/** Two-sided p-value P(|T| > |t|) for T ~ t(df); df = Infinity gives the normal. */
export function twoSidedTPValue(t: number, degreesOfFreedom: number): number {
  const absolute = Math.abs(t);
  if (absolute === Infinity) return 0;
  if (degreesOfFreedom === Infinity) return normalTwoSided(absolute);
  const x = degreesOfFreedom / (degreesOfFreedom + absolute * absolute);
  return Math.min(1, Math.max(0, regularisedIncompleteBeta(x, degreesOfFreedom / 2, 0.5)));
}

/** The q-quantile (0 < q < 1) of t(df), by bisection then Newton on the p-value. */
export function tQuantile(q: number, degreesOfFreedom: number): number {
  if (q === 0.5) return 0;
  const upper = q > 0.5;
  const tailTwoSided = 2 * (upper ? 1 - q : q);
  let lo = 0;
  let hi = 1;
  while (twoSidedTPValue(hi, degreesOfFreedom) > tailTwoSided) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (twoSidedTPValue(mid, degreesOfFreedom) > tailTwoSided) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  return upper ? t : -t;
}

/** Two-sided normal tail 2(1 − Φ(z)) = erfc(z/√2). */
function normalTwoSided(z: number): number {
  return complementaryErrorFunction(z / Math.SQRT2);
}
