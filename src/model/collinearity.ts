/**
 * Finds the model columns that cannot be estimated: constant columns (every pupil has the same
 * value; they duplicate the intercept) and columns that are an exact linear combination of earlier
 * ones. Works like R's lm (limited pivoting: columns are taken in order and a column is dropped when
 * what is left of it after projecting on the kept earlier columns is negligible), but on X'X.
 *
 * X'X is first scaled to unit diagonal (D^-1/2 X'X D^-1/2, i.e. each column of X to unit length)
 * and a sequential Cholesky is run; column j is dropped when its remaining squared length
 * d_j = 1 − Σ_m L_jm² (the 1 − R² of column j on the kept earlier columns) is below
 * `collinearityTolerance`. Because this is X'X rather than a QR of X, the tolerance on d_j is 1e-10
 * (a relative residual length of 1e-5), not R's 1e-7 on the length itself.
 */
export const collinearityTolerance = 1e-10;

export interface DroppedColumn {
  index: number;
  reason: string;
}

export interface RankCheck {
  kept: number[];
  dropped: DroppedColumn[];
}

/** Which columns to keep, given the k × k cross product X'X (row-major, symmetric) and the term names. */
export function findEstimableColumns(crossProduct: Float64Array, names: readonly string[]): RankCheck {
  const k = names.length;
  const kept: number[] = [];
  const dropped: DroppedColumn[] = [];
  const scale = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const diagonal = crossProduct[j * k + j]!;
    scale[j] = diagonal > 0 && Number.isFinite(diagonal) ? 1 / Math.sqrt(diagonal) : 0;
  }
  const scaled = (i: number, j: number): number => crossProduct[i * k + j]! * scale[i]! * scale[j]!;
  const lower = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    if (scale[j] === 0) {
      dropped.push({ index: j, reason: 'every value is 0 in the sample, so it cannot be estimated' });
      continue;
    }
    for (const i of kept) {
      let sum = scaled(j, i);
      for (const m of kept) {
        if (m >= i) break;
        sum -= lower[j * k + m]! * lower[i * k + m]!;
      }
      lower[j * k + i] = sum / lower[i * k + i]!;
    }
    let remaining = 1;
    for (const m of kept) remaining -= lower[j * k + m]! ** 2;
    if (remaining < collinearityTolerance) {
      dropped.push({ index: j, reason: `collinear with ${collinearPartners(lower, k, kept, j, names)}` });
      continue;
    }
    lower[j * k + j] = Math.sqrt(remaining);
    kept.push(j);
  }
  return { kept, dropped };
}

/** Names of the kept columns that column j is a combination of (back-solving L_kept' a = L_j). */
function collinearPartners(lower: Float64Array, k: number, kept: number[], j: number, names: readonly string[]): string {
  const weights = new Float64Array(kept.length);
  for (let a = kept.length - 1; a >= 0; a--) {
    let sum = lower[j * k + kept[a]!]!;
    for (let b = a + 1; b < kept.length; b++) sum -= lower[kept[b]! * k + kept[a]!]! * weights[b]!;
    weights[a] = sum / lower[kept[a]! * k + kept[a]!]!;
  }
  const partners = kept.filter((_, a) => Math.abs(weights[a]!) > 1e-6).map((index) => names[index]!);
  return partners.length > 0 ? `${partners.join(' + ')} (it is an exact combination of them)` : 'earlier terms';
}
