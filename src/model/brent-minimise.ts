/**
 * Brent's method for a one-dimensional minimum on [lower, upper] (golden-section steps with
 * parabolic interpolation; Brent 1973, "Algorithms for Minimization without Derivatives", ch. 5;
 * the same algorithm as R's optimize()).
 *
 * Converges to |x − x*| ≲ relativeTolerance · |x| + absoluteTolerance.
 */
export interface MinimumFound {
  x: number;
  value: number;
  evaluations: number;
}

export function brentMinimise(
  f: (x: number) => number,
  lower: number,
  upper: number,
  relativeTolerance = 1e-10,
  absoluteTolerance = 1e-14,
  maxIterations = 500,
): MinimumFound {
  const golden = 0.381966011250105; // (3 − √5) / 2
  let a = lower;
  let b = upper;
  let x = a + golden * (b - a);
  let w = x;
  let v = x;
  let fx = f(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  let evaluations = 1;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const middle = (a + b) / 2;
    const tol1 = relativeTolerance * Math.abs(x) + absoluteTolerance;
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - (b - a) / 2) break;
    let useGolden = true;
    if (Math.abs(e) > tol1) {
      const r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      if (Math.abs(p) < Math.abs(0.5 * q * e) && p > q * (a - x) && p < q * (b - x)) {
        e = d;
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = x < middle ? tol1 : -tol1;
        useGolden = false;
      }
    }
    if (useGolden) {
      e = x < middle ? b - x : a - x;
      d = golden * e;
    }
    const u = Math.abs(d) >= tol1 ? x + d : x + (d > 0 ? tol1 : -tol1);
    const fu = f(u);
    evaluations++;
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w; fv = fw;
      w = x; fw = fx;
      x = u; fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w; fv = fw;
        w = u; fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u; fv = fu;
      }
    }
  }
  return { x, value: fx, evaluations };
}
