/**
 * Ordinary least squares with cluster-robust standard errors (shared/spec/model.md).
 *
 * β = (X'X)^-1 X'y, solved by Cholesky on X'X over the estimable columns. Variance: CR1 clustered
 * by the design's clusters (robust-variance.ts); with 2 to `minimumClustersForCr1` − 1 clusters,
 * CR2 with Bell–McCaffrey degrees of freedom per term (cr2.ts; R clubSandwich's CR2 +
 * Satterthwaite test), which stays clustered where CR1 would understate the errors, with a warning
 * saying so; with one cluster HC1 (nothing to cluster), and a warning says so.
 *
 * p-values and CIs use t(G − 1) for CR1, as Stata does (statsmodels uses the normal by default;
 * R's reference is lmtest::coeftest(fit, vcovCL(...), df = G − 1)), t(Bell–McCaffrey df) per term
 * for CR2, and t(N − K) for HC1.
 * R² = 1 − RSS/TSS with TSS about the mean.
 */
import type { DesignMatrix, MissingCount } from './design.js';
import { accumulateCrossProducts } from './cross-products.js';
import { chooseEstimableColumns } from './estimable-columns.js';
import { cr2 } from './cr2.js';
import { residualsAndMeat, robustCovariance, type RobustVarianceType } from './robust-variance.js';
import { choleskyFactor, choleskyInverse, choleskySolve, selectSubmatrix } from './symmetric-matrix.js';
import { estimatedTerm, notEstimableTerm, type NotEstimableModel, type TermResult } from './term-result.js';
import type { ModelSpec } from './model-spec.js';

/** Below this many clusters, cluster-robust errors are unreliable (Cameron & Miller 2015 §VI). */
export const minimumClustersForCr1 = 20;

export interface OlsOptions {
  /** 'auto' (default): CR1, or CR2 with Bell–McCaffrey df under 20 clusters (HC1 with one cluster). */
  variance?: 'auto' | OlsVariance;
}

export type OlsVariance = RobustVarianceType | 'CR2';

export interface OlsResult {
  kind: 'ols';
  spec: ModelSpec;
  pupilsGiven: number;
  pupils: number;
  clusters: number;
  missing: MissingCount[];
  referenceLevels: Record<string, string>;
  estimatedTerms: number;
  variance: OlsVariance;
  /** Degrees of freedom of the t distribution used for p-values and CIs (CR2: the smallest of the terms'; each term has its own). */
  degreesOfFreedom: number;
  rSquared: number | null;
  residualStandardError: number;
  terms: TermResult[];
  warnings: string[];
}

export function fitOls(design: DesignMatrix, options: OlsOptions = {}): OlsResult | NotEstimableModel {
  const cross = accumulateCrossProducts(design);
  const choice = chooseEstimableColumns(design, cross.xtx);
  const k = choice.kept.length;
  const n = design.rows;
  const clusters = design.clusterLabels.length;
  if (n <= k) return { kind: 'not-estimable', reason: `${n} pupils with complete data for ${k} estimable terms: a model needs more pupils than terms.` };
  const lower = choleskyFactor(selectSubmatrix(cross.xtx, design.columns, choice.kept), k);
  if (lower === null) return { kind: 'not-estimable', reason: "X'X is not positive definite after dropping collinear terms (numerically singular design)." };
  const xty = Float64Array.from(choice.kept, (j) => cross.xty[j]!);
  const beta = choleskySolve(lower, k, xty);
  const bread = choleskyInverse(lower, k);

  const warnings = [...design.notes];
  const requested = options.variance ?? 'auto';
  let variance: OlsVariance = requested === 'auto' ? (clusters < minimumClustersForCr1 ? 'CR2' : 'CR1') : requested;
  if ((variance === 'CR1' || variance === 'CR2') && clusters < 2) {
    variance = 'HC1';
    warnings.push('Only one cluster: standard errors are heteroskedasticity-robust (HC1), not clustered.');
  } else if (variance === 'CR2' && requested === 'auto') {
    warnings.push(`Only ${clusters} clusters (fewer than ${minimumClustersForCr1}): standard errors are cluster-robust with the CR2 small-sample correction, `
      + `and p-values and intervals use Bell\u2013McCaffrey degrees of freedom for each term (CR1 understates the errors with so few clusters). `
      + `With this few clusters the intervals are wide and the p-values approximate.`);
  }
  const { residualSumOfSquares, meat } = residualsAndMeat(design, choice.kept, beta, variance === 'CR2' ? 'HC1' : variance);
  const small = variance === 'CR2' ? cr2(design, choice.kept, beta, bread) : null;
  const covariance = small ? small.covariance : robustCovariance(bread, meat, k, variance as RobustVarianceType, n, clusters);
  const termDf = (a: number) => (small ? small.degreesOfFreedom[a]! : variance === 'CR1' ? clusters - 1 : n - k);
  const degreesOfFreedom = small ? Math.min(...small.degreesOfFreedom) : termDf(0);

  const totalSumOfSquares = cross.yty - (cross.ySum * cross.ySum) / n;
  const rSquared = totalSumOfSquares > 0 ? 1 - residualSumOfSquares / totalSumOfSquares : null;
  if (rSquared === null) warnings.push('The outcome is the same for every pupil, so R² is not defined.');

  const position = new Map(choice.kept.map((j, a) => [j, a]));
  const terms = design.terms.map((term, j): TermResult => {
    const a = position.get(j);
    if (a === undefined) return notEstimableTerm(term, choice.dropped.get(j)!);
    const estimated = estimatedTerm(term, beta[a]!, Math.sqrt(Math.max(0, covariance[a * k + a]!)), termDf(a));
    return small ? { ...estimated, degreesOfFreedom: termDf(a) } : estimated;
  });
  return {
    kind: 'ols',
    spec: design.spec,
    pupilsGiven: design.pupilsGiven,
    pupils: n,
    clusters,
    missing: design.missing,
    referenceLevels: design.referenceLevels,
    estimatedTerms: k,
    variance,
    degreesOfFreedom,
    rSquared,
    residualStandardError: Math.sqrt(residualSumOfSquares / (n - k)),
    terms,
    warnings,
  };
}
