/**
 * Random-intercept multilevel model fitted by REML (shared/spec/model.md):
 *   y_ij = x_ij'β + u_j + e_ij,  u_j ~ N(0, σ²_u),  e_ij ~ N(0, σ²_e).
 *
 * With γ = σ²_u/σ²_e, cluster j's covariance is V_j = σ²_e (I + γ 11'), whose inverse is closed
 * form: V_j^-1 = σ²_e^-1 (I − w_j 11'), w_j = γ / (1 + n_j γ). So with per-cluster sums
 * s_j = X_j'1 and t_j = y_j'1 (cross-products.ts), everything reduces to sums over clusters:
 *   A(γ) = X'X − Σ_j w_j s_j s_j'       (= σ²_e X'V^-1X)
 *   b(γ) = X'y − Σ_j w_j s_j t_j,   c(γ) = y'y − Σ_j w_j t_j²
 *   β(γ) = A^-1 b,   Q(γ) = c − b'β   (= σ²_e r'V^-1 r)
 *   log|V| = N log σ²_e + Σ_j log(1 + n_j γ)
 * Profiling σ²_e out (σ̂²_e = Q/(N − p)) gives the REML deviance (−2 × REML log-likelihood)
 *   d(γ) = (N − p)(1 + log(2π Q/(N − p))) + Σ_j log(1 + n_j γ) + log|A|,
 * the criterion lme4 minimises (Bates et al. 2015, J. Stat. Softw. 67(1), §3.4), over
 * θ = √γ = σ_u/σ_e ≥ 0 here too. θ is bracketed on a log grid and refined by Brent's method.
 *
 * Fixed-effect covariance σ̂²_e A^-1, as lme4's vcov() (conditional on θ̂). p-values and CIs use the
 * normal distribution (Wald z), as Stata's `mixed` does; lme4 itself gives none.
 * ICC = σ²_u / (σ²_u + σ²_e).
 */
import type { DesignMatrix, MissingCount } from './design.js';
import { accumulateCrossProducts, type CrossProducts } from './cross-products.js';
import { chooseEstimableColumns } from './estimable-columns.js';
import { brentMinimise } from './brent-minimise.js';
import { choleskyFactor, choleskyInverse, choleskyLogDeterminant, choleskySolve, selectSubmatrix } from './symmetric-matrix.js';
import { estimatedTerm, notEstimableTerm, type NotEstimableModel, type TermResult } from './term-result.js';
import type { ModelSpec } from './model-spec.js';

export interface MultilevelResult {
  kind: 'multilevel';
  spec: ModelSpec;
  pupilsGiven: number;
  pupils: number;
  clusters: number;
  missing: MissingCount[];
  referenceLevels: Record<string, string>;
  estimatedTerms: number;
  /** Between-cluster variance σ²_u. */
  clusterVariance: number;
  /** Within-cluster (pupil) variance σ²_e. */
  residualVariance: number;
  /** Intraclass correlation σ²_u / (σ²_u + σ²_e). */
  icc: number;
  remlLogLikelihood: number;
  /** p-values and CIs use the normal distribution (Wald z). */
  pValueDistribution: 'normal';
  terms: TermResult[];
  notes: string[];
}

/**
 * A θ > 0 must lower the REML deviance by more than this to be preferred to the boundary θ = 0;
 * below it the difference is rounding and σ²_u is reported as 0 (as lme4's bounded optimiser does).
 */
const boundaryImprovement = 1e-8;

/** Grid used to bracket θ = σ_u/σ_e before Brent: 0, then 10^-4 … 10^3 in quarter decades. */
const thetaGrid = [0, ...Array.from({ length: 29 }, (_, i) => 10 ** (-4 + i / 4))];

export function fitRandomInterceptModel(design: DesignMatrix): MultilevelResult | NotEstimableModel {
  const cross = accumulateCrossProducts(design);
  const choice = chooseEstimableColumns(design, cross.xtx);
  const p = choice.kept.length;
  const n = design.rows;
  const clusters = design.clusterLabels.length;
  if (n <= p) return { kind: 'not-estimable', reason: `${n} pupils with complete data for ${p} estimable terms: a model needs more pupils than terms.` };
  const reml = remlProfile(cross, choice.kept, n);
  const notes = [...design.notes];

  let theta = 0;
  if (clusters < 2) notes.push('Only one cluster: the between-cluster variance cannot be estimated, so it is set to 0 (this is ordinary least squares).');
  else {
    const deviances = thetaGrid.map((t) => reml.deviance(t * t));
    let best = 0;
    for (let i = 1; i < deviances.length; i++) if (deviances[i]! < deviances[best]!) best = i;
    const lower = thetaGrid[Math.max(0, best - 1)]!;
    const upper = thetaGrid[Math.min(thetaGrid.length - 1, best + 1)]!;
    const found = brentMinimise((t) => reml.deviance(t * t), lower, upper);
    theta = found.value < deviances[best]! ? found.x : thetaGrid[best]!;
    if (!(reml.deviance(theta * theta) < reml.deviance(0) - boundaryImprovement)) {
      theta = 0;
      notes.push('The between-cluster variance is estimated at the boundary 0: pupils in the same cluster are no more alike than pupils in different ones, once the factors are allowed for.');
    }
    if (best === thetaGrid.length - 1) notes.push('The between-cluster variance is more than a million times the within-cluster variance; check the cluster ids.');
  }

  const state = reml.solve(theta * theta);
  if (state === null || !Number.isFinite(state.deviance))
    return { kind: 'not-estimable', reason: 'The REML criterion could not be evaluated (the outcome is fitted exactly, or the design is numerically singular).' };
  const residualVariance = state.quadraticForm / (n - p);
  const clusterVariance = theta * theta * residualVariance;
  const inverse = choleskyInverse(state.lower, p);
  const position = new Map(choice.kept.map((j, a) => [j, a]));
  const terms = design.terms.map((term, j): TermResult => {
    const a = position.get(j);
    if (a === undefined) return notEstimableTerm(term, choice.dropped.get(j)!);
    return estimatedTerm(term, state.beta[a]!, Math.sqrt(Math.max(0, residualVariance * inverse[a * p + a]!)), Infinity);
  });
  const totalVariance = clusterVariance + residualVariance;
  return {
    kind: 'multilevel',
    spec: design.spec,
    pupilsGiven: design.pupilsGiven,
    pupils: n,
    clusters,
    missing: design.missing,
    referenceLevels: design.referenceLevels,
    estimatedTerms: p,
    clusterVariance,
    residualVariance,
    icc: totalVariance > 0 ? clusterVariance / totalVariance : 0,
    remlLogLikelihood: -state.deviance / 2,
    pValueDistribution: 'normal',
    terms,
    notes,
  };
}

interface RemlState {
  beta: Float64Array;
  lower: Float64Array;
  quadraticForm: number;
  deviance: number;
}

/** The profiled REML criterion over the kept columns, as a function of γ (see the doc block). */
function remlProfile(cross: CrossProducts, kept: readonly number[], n: number) {
  const k = cross.columns;
  const p = kept.length;
  const clusters = cross.clusterSize.length;
  const baseA = selectSubmatrix(cross.xtx, k, kept);
  const baseB = Float64Array.from(kept, (j) => cross.xty[j]!);
  const sums = new Float64Array(clusters * p);
  for (let g = 0; g < clusters; g++) for (let a = 0; a < p; a++) sums[g * p + a] = cross.clusterXSum[g * k + kept[a]!]!;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);

  const solve = (gamma: number): RemlState | null => {
    a.set(baseA);
    b.set(baseB);
    let c = cross.yty;
    let logDetClusters = 0;
    for (let g = 0; g < clusters; g++) {
      const size = cross.clusterSize[g]!;
      if (size === 0 || gamma === 0) continue;
      const weight = gamma / (1 + size * gamma);
      logDetClusters += Math.log1p(size * gamma);
      const t = cross.clusterYSum[g]!;
      const offset = g * p;
      c -= weight * t * t;
      for (let i = 0; i < p; i++) {
        const si = weight * sums[offset + i]!;
        if (si === 0) continue;
        b[i]! -= si * t;
        for (let j = 0; j <= i; j++) a[i * p + j]! -= si * sums[offset + j]!;
      }
    }
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) a[i * p + j] = a[j * p + i]!;
    const lower = choleskyFactor(a, p);
    if (lower === null) return null;
    const beta = choleskySolve(lower, p, b);
    let fitted = 0;
    for (let i = 0; i < p; i++) fitted += b[i]! * beta[i]!;
    const quadraticForm = c - fitted;
    if (!(quadraticForm > 0)) return null;
    const residualDf = n - p;
    const deviance = residualDf * (1 + Math.log((2 * Math.PI * quadraticForm) / residualDf)) + logDetClusters + choleskyLogDeterminant(lower, p);
    return { beta, lower, quadraticForm, deviance };
  };
  return {
    solve,
    deviance: (gamma: number): number => solve(gamma)?.deviance ?? Infinity,
  };
}
