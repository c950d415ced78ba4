/**
 * One pass over the design matrix accumulating everything both estimators need:
 * X'X, X'y, y'y, and per cluster g its size n_g, column sums X_g'1 and outcome sum y_g'1.
 * Rows are read straight from the typed arrays; nothing is allocated per pupil.
 */
import type { DesignMatrix } from './design.js';
import { mirrorLowerTriangle } from './symmetric-matrix.js';

export interface CrossProducts {
  columns: number;
  /** X'X, k × k, row-major, symmetric. */
  xtx: Float64Array;
  xty: Float64Array;
  yty: number;
  /** Σ y and Σ y² about the mean, for R². */
  ySum: number;
  clusterSize: Int32Array;
  /** G × k: row g is Σ over cluster g of x_i. */
  clusterXSum: Float64Array;
  clusterYSum: Float64Array;
}

export function accumulateCrossProducts(design: DesignMatrix): CrossProducts {
  const { rows, columns: k, x, y, clusterIndex } = design;
  const clusters = design.clusterLabels.length;
  const xtx = new Float64Array(k * k);
  const xty = new Float64Array(k);
  const clusterSize = new Int32Array(clusters);
  const clusterXSum = new Float64Array(clusters * k);
  const clusterYSum = new Float64Array(clusters);
  let yty = 0;
  let ySum = 0;
  for (let r = 0; r < rows; r++) {
    const offset = r * k;
    const outcome = y[r]!;
    const g = clusterIndex[r]!;
    const clusterOffset = g * k;
    yty += outcome * outcome;
    ySum += outcome;
    clusterSize[g]!++;
    clusterYSum[g]! += outcome;
    for (let i = 0; i < k; i++) {
      const xi = x[offset + i]!;
      if (xi === 0) continue;
      xty[i]! += xi * outcome;
      clusterXSum[clusterOffset + i]! += xi;
      const rowOffset = i * k;
      for (let j = 0; j <= i; j++) xtx[rowOffset + j]! += xi * x[offset + j]!;
    }
  }
  mirrorLowerTriangle(xtx, k);
  return { columns: k, xtx, xty, yty, ySum, clusterSize, clusterXSum, clusterYSum };
}
