/**
 * Sandwich ("robust") variance of OLS coefficients: V = c · B M B with bread B = (X'X)^-1.
 *
 * * CR1 (cluster-robust, Liang & Zeger 1986; Cameron & Miller 2015 §2.3): M = Σ_g s_g s_g',
 *   s_g = Σ_{i in g} x_i e_i, c = G/(G−1) · (N−1)/(N−K). Same as Stata's `vce(cluster)` and
 *   R `sandwich::vcovCL(fit, cluster = ~g, type = "HC1")`.
 * * HC1 (White 1980 with MacKinnon & White's 1985 small-sample factor): M = Σ_i e_i² x_i x_i',
 *   c = N/(N−K). Same as Stata's `vce(robust)` and R `sandwich::vcovHC(fit, type = "HC1")`.
 *
 * Both are computed in one pass over the rows, reading only the kept columns.
 */
import type { DesignMatrix } from './design.js';
import { mirrorLowerTriangle, sandwichProduct } from './symmetric-matrix.js';

export type RobustVarianceType = 'CR1' | 'HC1';

export interface ResidualSummary {
  residualSumOfSquares: number;
  /** The meat M over the kept columns, K × K. */
  meat: Float64Array;
}

/** Residuals e = y − X_kept β and the meat of the chosen sandwich. */
export function residualsAndMeat(design: DesignMatrix, kept: readonly number[], beta: Float64Array, type: RobustVarianceType): ResidualSummary {
  const { rows, columns, x, y, clusterIndex } = design;
  const k = kept.length;
  const meat = new Float64Array(k * k);
  const scores = type === 'CR1' ? new Float64Array(design.clusterLabels.length * k) : null;
  const keptRow = new Float64Array(k);
  let residualSumOfSquares = 0;
  for (let r = 0; r < rows; r++) {
    const offset = r * columns;
    let fitted = 0;
    for (let a = 0; a < k; a++) {
      const value = x[offset + kept[a]!]!;
      keptRow[a] = value;
      fitted += value * beta[a]!;
    }
    const residual = y[r]! - fitted;
    residualSumOfSquares += residual * residual;
    if (scores !== null) {
      const scoreOffset = clusterIndex[r]! * k;
      for (let a = 0; a < k; a++) scores[scoreOffset + a]! += keptRow[a]! * residual;
    } else {
      const squared = residual * residual;
      for (let a = 0; a < k; a++) {
        const weighted = keptRow[a]! * squared;
        if (weighted === 0) continue;
        for (let b = 0; b <= a; b++) meat[a * k + b]! += weighted * keptRow[b]!;
      }
    }
  }
  if (scores !== null) {
    const clusters = design.clusterLabels.length;
    for (let g = 0; g < clusters; g++) {
      const offset = g * k;
      for (let a = 0; a < k; a++) {
        const sa = scores[offset + a]!;
        if (sa === 0) continue;
        for (let b = 0; b <= a; b++) meat[a * k + b]! += sa * scores[offset + b]!;
      }
    }
  }
  mirrorLowerTriangle(meat, k);
  return { residualSumOfSquares, meat };
}

/** c · B M B with the CR1 or HC1 small-sample factor c. */
export function robustCovariance(bread: Float64Array, meat: Float64Array, k: number, type: RobustVarianceType, pupils: number, clusters: number): Float64Array {
  const factor = type === 'CR1' ? (clusters / (clusters - 1)) * ((pupils - 1) / (pupils - k)) : pupils / (pupils - k);
  const covariance = sandwichProduct(bread, meat, k);
  for (let i = 0; i < covariance.length; i++) covariance[i]! *= factor;
  return covariance;
}
