/**
 * CR2 cluster-robust variance with Bell–McCaffrey degrees of freedom, for OLS with few clusters
 * (Bell & McCaffrey 2002; Imbens & Kolesár 2016, "Robust standard errors in small samples";
 * Pustejovsky & Tipton 2018; R clubSandwich `vcovCR(type = "CR2")` + `coef_test(test = "Satterthwaite")`).
 *
 *   V = B (Σ_g X_g' A_g e_g e_g' A_g X_g) B,   B = (X'X)^-1,   A_g = (I − H_gg)^-1/2,   H_gg = X_g B X_g'
 *
 * (a pseudo-inverse root where an eigenvalue of H_gg is 1, as clubSandwich). Nothing is n_g × n_g:
 * with M_g = B^½ W_g B^½ = V_g Λ_g V_g' (W_g = X_g'X_g), the nonzero eigenvalues of H_gg are Λ_g and
 *
 *   X_g' A_g e_g = s_g + B^-½ V_g diag(f(λ) − 1) V_g' B^½ s_g,   s_g = X_g' e_g,  f(λ) = (1 − λ)^-½
 *   X_g' A_g X_g = B^-½ V_g diag(λ f(λ)) V_g' B^-½,   X_g' A_g² X_g = B^-½ V_g diag(λ f(λ)²) V_g' B^-½
 *
 * Bell–McCaffrey df for coefficient j (working model: independent errors of equal variance): with
 * a_g = A_g X_g B ℓ_j, the G × G matrix Q_gh = δ_gh a_g'a_g − z_g' B z_h, z_g = X_g' a_g, has the
 * eigenvalues of the quadratic form V_jj = e'GG'e, and df = (tr Q)² / tr(Q²).
 */
import type { DesignMatrix } from './design.js';

/** Eigen-decomposition of a symmetric k × k matrix (cyclic Jacobi): values and column eigenvectors (row-major k × k). */
export function symmetricEigen(matrix: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q]! - a[p * k + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p]!, arq = a[r * k + q]!;
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r]!, aqr = a[q * k + r]!;
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p]!, vrq = v[r * k + q]!;
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i]!;
  return { values, vectors: v };
}

function multiply(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++) for (let l = 0; l < k; l++) {
    const ail = a[i * k + l]!;
    if (ail === 0) continue;
    for (let j = 0; j < k; j++) out[i * k + j]! += ail * b[l * k + j]!;
  }
  return out;
}

function times(a: Float64Array, x: Float64Array, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let i = 0; i < k; i++) { let s = 0; for (let j = 0; j < k; j++) s += a[i * k + j]! * x[j]!; out[i] = s; }
  return out;
}

/** V diag(d) V' for column eigenvectors V. */
function spectral(vectors: Float64Array, d: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(k * k);
  for (let m = 0; m < k; m++) {
    const dm = d[m]!;
    if (dm === 0) continue;
    for (let i = 0; i < k; i++) {
      const vim = vectors[i * k + m]! * dm;
      for (let j = 0; j < k; j++) out[i * k + j]! += vim * vectors[j * k + m]!;
    }
  }
  return out;
}

const dot = (a: Float64Array, b: Float64Array) => { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!; return s; };

export interface Cr2Result {
  /** CR2 covariance of the kept coefficients, k × k. */
  covariance: Float64Array;
  /** Bell–McCaffrey degrees of freedom per kept coefficient. */
  degreesOfFreedom: Float64Array;
}

/** CR2 covariance and Bell–McCaffrey df for OLS coefficients `beta` over the `kept` columns, `bread` = (X'X)^-1 of them. */
export function cr2(design: DesignMatrix, kept: readonly number[], beta: Float64Array, bread: Float64Array): Cr2Result {
  const k = kept.length;
  const groups = design.clusterLabels.length;
  const w = Array.from({ length: groups }, () => new Float64Array(k * k));
  const s = Array.from({ length: groups }, () => new Float64Array(k));
  const row = new Float64Array(k);
  for (let r = 0; r < design.rows; r++) {
    const offset = r * design.columns;
    let fitted = 0;
    for (let a = 0; a < k; a++) { row[a] = design.x[offset + kept[a]!]!; fitted += row[a]! * beta[a]!; }
    const e = design.y[r]! - fitted;
    const g = design.clusterIndex[r]!;
    const wg = w[g]!, sg = s[g]!;
    for (let a = 0; a < k; a++) {
      const xa = row[a]!;
      if (xa === 0) continue;
      sg[a]! += xa * e;
      for (let b = 0; b < k; b++) wg[a * k + b]! += xa * row[b]!;
    }
  }
  // B^½ and B^-½ (B is positive definite)
  const be = symmetricEigen(bread, k);
  const root = spectral(be.vectors, Array.from(be.values, (x) => Math.sqrt(Math.max(x, 0))), k);
  const inverseRoot = spectral(be.vectors, Array.from(be.values, (x) => (x > 0 ? 1 / Math.sqrt(x) : 0)), k);
  const f = (lambda: number) => (1 - lambda > 1e-12 ? 1 / Math.sqrt(1 - lambda) : 0);
  const meat = new Float64Array(k * k);
  const xAx: Float64Array[] = [];
  const xA2x: Float64Array[] = [];
  for (let g = 0; g < groups; g++) {
    const m = multiply(multiply(root, w[g]!, k), root, k);
    const { values, vectors } = symmetricEigen(m, k);
    const lambda = Array.from(values, (x) => Math.min(Math.max(x, 0), 1));
    // u_g = s_g + B^-½ V diag(f − 1) V' B^½ s_g
    const adjust = multiply(multiply(inverseRoot, spectral(vectors, lambda.map((l) => (l > 1e-12 ? f(l) - 1 : 0)), k), k), root, k);
    const u = times(adjust, s[g]!, k);
    for (let a = 0; a < k; a++) u[a]! += s[g]![a]!;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a * k + b]! += u[a]! * u[b]!;
    xAx.push(multiply(multiply(inverseRoot, spectral(vectors, lambda.map((l) => l * f(l)), k), k), inverseRoot, k));
    xA2x.push(multiply(multiply(inverseRoot, spectral(vectors, lambda.map((l) => l * f(l) * f(l)), k), k), inverseRoot, k));
  }
  const covariance = multiply(multiply(bread, meat, k), bread, k);
  const degreesOfFreedom = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const bl = new Float64Array(k);
    for (let a = 0; a < k; a++) bl[a] = bread[a * k + j]!; // B ℓ_j
    const z = xAx.map((m) => times(m, bl, k));             // X_g' A_g X_g B ℓ
    const bz = z.map((zg) => times(bread, zg, k));
    let trace = 0, traceSquare = 0;
    for (let g = 0; g < groups; g++) {
      for (let h = 0; h < groups; h++) {
        const q = (g === h ? dot(bl, times(xA2x[g]!, bl, k)) : 0) - dot(z[g]!, bz[h]!);
        if (g === h) trace += q;
        traceSquare += q * q;
      }
    }
    // a term the working model gives no variance (all its cluster contributions 0) or that overflows
    // has no Bell–McCaffrey df: it takes G − 1, the CR1 df, rather than NaN or Infinity
    const df = (trace * trace) / traceSquare;
    degreesOfFreedom[j] = Number.isFinite(df) && df > 0 ? df : Math.max(1, groups - 1);
  }
  return { covariance, degreesOfFreedom };
}
