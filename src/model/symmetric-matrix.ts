/**
 * Small dense symmetric-matrix helpers on row-major Float64Array (k × k), used for X'X-sized
 * systems only (k is the number of model terms, so tens, never pupils).
 *
 * Cholesky: A = L L', L lower triangular (Golub & Van Loan, Matrix Computations, 4th ed., §4.2).
 */

/** Cholesky factor of a symmetric positive-definite k × k matrix, or null when a pivot is not positive. */
export function choleskyFactor(matrix: Float64Array, k: number): Float64Array | null {
  const lower = new Float64Array(k * k);
  for (let j = 0; j < k; j++) {
    let diagonal = matrix[j * k + j]!;
    for (let m = 0; m < j; m++) diagonal -= lower[j * k + m]! ** 2;
    if (!(diagonal > 0) || !Number.isFinite(diagonal)) return null;
    const pivot = Math.sqrt(diagonal);
    lower[j * k + j] = pivot;
    for (let i = j + 1; i < k; i++) {
      let sum = matrix[i * k + j]!;
      for (let m = 0; m < j; m++) sum -= lower[i * k + m]! * lower[j * k + m]!;
      lower[i * k + j] = sum / pivot;
    }
  }
  return lower;
}

/** Solves (L L') x = b given the Cholesky factor L. */
export function choleskySolve(lower: Float64Array, k: number, b: Float64Array): Float64Array {
  const z = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let sum = b[i]!;
    for (let m = 0; m < i; m++) sum -= lower[i * k + m]! * z[m]!;
    z[i] = sum / lower[i * k + i]!;
  }
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let sum = z[i]!;
    for (let m = i + 1; m < k; m++) sum -= lower[m * k + i]! * x[m]!;
    x[i] = sum / lower[i * k + i]!;
  }
  return x;
}

/** (L L')^-1 from the Cholesky factor, column by column. */
export function choleskyInverse(lower: Float64Array, k: number): Float64Array {
  const inverse = new Float64Array(k * k);
  const unit = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    unit.fill(0);
    unit[j] = 1;
    const column = choleskySolve(lower, k, unit);
    for (let i = 0; i < k; i++) inverse[i * k + j] = column[i]!;
  }
  return inverse;
}

/** log det(L L') = 2 Σ log L_ii. */
export function choleskyLogDeterminant(lower: Float64Array, k: number): number {
  let sum = 0;
  for (let i = 0; i < k; i++) sum += Math.log(lower[i * k + i]!);
  return 2 * sum;
}

/** Copies the rows and columns listed in `keep` into a new |keep| × |keep| matrix. */
export function selectSubmatrix(matrix: Float64Array, k: number, keep: readonly number[]): Float64Array {
  const m = keep.length;
  const out = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) out[a * m + b] = matrix[keep[a]! * k + keep[b]!]!;
  return out;
}

/** Fills the upper triangle from the lower one (accumulators only fill i ≥ j). */
export function mirrorLowerTriangle(matrix: Float64Array, k: number): void {
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) matrix[i * k + j] = matrix[j * k + i]!;
}

/** A B A for symmetric k × k A and B (the sandwich bread–meat–bread). */
export function sandwichProduct(bread: Float64Array, meat: Float64Array, k: number): Float64Array {
  const temp = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += bread[i * k + m]! * meat[m * k + j]!;
      temp[i * k + j] = sum;
    }
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let m = 0; m < k; m++) sum += temp[i * k + m]! * bread[m * k + j]!;
      out[i * k + j] = sum;
    }
  return out;
}
