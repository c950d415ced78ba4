// The factor model against R on fixtures/model/reference-data.csv (3,000 synthetic pupils, 60 schools).
// Reference numbers: fixtures/model/reference-estimates.json, made by
//   Rscript scripts/model-reference.R fixtures/model/reference-data.csv fixtures/model/reference-estimates.json
// (R 4.2.2, lme4 1.1.31, sandwich 3.0.2). The R call behind each number is named in each test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDesignMatrix } from '../../src/model/design.js';
import { reesPreset } from '../../src/model/model-spec.js';
import { fitOls, type OlsResult } from '../../src/model/ols.js';
import { fitRandomInterceptModel, type MultilevelResult } from '../../src/model/multilevel.js';
import type { EstimatedTerm, TermResult } from '../../src/model/term-result.js';
import { readReferenceRows, referenceEstimatesPath, relativeDifference } from './reference-rows.js';

type Named = Record<string, number>;
const reference = JSON.parse(readFileSync(referenceEstimatesPath, 'utf8')) as {
  pupils: number;
  clusters_school: number;
  pupils_la: number;
  clusters_la: number;
  ols: { estimate: Named; se_cr1_school: Named; p_cr1_school_t_G_minus_1: Named; estimate_la_sample: Named; se_hc1_la_sample: Named; p_hc1_la_sample_t_N_minus_K: Named; r_squared: number };
  lmer_reml_school: { estimate: Named; se: Named; sigma2_school: number; sigma2_residual: number; icc: number; reml_loglik: number };
};

const rows = readReferenceRows();
const estimated = (terms: TermResult[]): EstimatedTerm[] => terms.filter((t): t is EstimatedTerm => t.estimable);

function expectAllClose(terms: EstimatedTerm[], expected: Named, pick: (t: EstimatedTerm) => number, tolerance: number): void {
  expect(terms.map((t) => t.term).sort()).toEqual(Object.keys(expected).sort());
  for (const term of terms) {
    const difference = relativeDifference(pick(term), expected[term.term]!);
    expect(difference, `${term.term}: ${pick(term)} vs R ${expected[term.term]}`).toBeLessThan(tolerance);
  }
}

describe('OLS, rees preset, clustered by school, against R', () => {
  const design = buildDesignMatrix(rows, reesPreset('att8', 'school'));
  const fit = fitOls(design) as OlsResult;

  it('keeps the same pupils as R complete.cases (nobs(fit))', () => {
    expect(fit.kind).toBe('ols');
    expect(fit.pupils).toBe(reference.pupils);
    expect(fit.clusters).toBe(reference.clusters_school);
    expect(fit.variance).toBe('CR1');
    expect(fit.degreesOfFreedom).toBe(reference.clusters_school - 1);
  });
  it('matches coef(lm(...)) to 1e-6 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.estimate, (t) => t.estimate, 1e-6);
  });
  it('matches sqrt(diag(sandwich::vcovCL(fit, cluster = ~school_urn, type = "HC1"))) to 1e-6 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.se_cr1_school, (t) => t.se, 1e-6);
  });
  it('matches 2 * pt(-abs(t), df = G - 1) for the CR1 p-values to 1e-5 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.p_cr1_school_t_G_minus_1, (t) => t.p!, 1e-5);
  });
  it('matches summary(fit)$r.squared', () => {
    expect(relativeDifference(fit.rSquared!, reference.ols.r_squared)).toBeLessThan(1e-9);
  });
});

describe('OLS clustered by LA (3 clusters), HC1 on request, against R', () => {
  const fit = fitOls(buildDesignMatrix(rows, reesPreset('att8', 'la')), { variance: 'HC1' }) as OlsResult;
  it('uses HC1 with t(N − K)', () => {
    expect(fit.pupils).toBe(reference.pupils_la);
    expect(fit.clusters).toBe(reference.clusters_la);
    expect(fit.variance).toBe('HC1');
    expect(fit.degreesOfFreedom).toBe(reference.pupils_la - 16);
  });
  it('matches coef(lm(...)) on the LA sample (school URN may be missing) to 1e-6 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.estimate_la_sample, (t) => t.estimate, 1e-6);
  });
  it('matches sqrt(diag(sandwich::vcovHC(fit, type = "HC1"))) to 1e-6 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.se_hc1_la_sample, (t) => t.se, 1e-6);
  });
  it('matches 2 * pt(-abs(t), df = N - K) for the HC1 p-values to 1e-5 relative', () => {
    expectAllClose(estimated(fit.terms), reference.ols.p_hc1_la_sample_t_N_minus_K, (t) => t.p!, 1e-5);
  });
});

describe('random-intercept model by REML, against lme4::lmer(att8 ~ ... + (1 | school_urn), REML = TRUE)', () => {
  const fit = fitRandomInterceptModel(buildDesignMatrix(rows, reesPreset('att8', 'school'))) as MultilevelResult;
  const lmer = reference.lmer_reml_school;
  it('matches fixef(m) to 1e-4 relative', () => {
    expect(fit.kind).toBe('multilevel');
    expectAllClose(estimated(fit.terms), lmer.estimate, (t) => t.estimate, 1e-4);
  });
  it('matches sqrt(diag(vcov(m))) to 1e-4 relative', () => {
    expectAllClose(estimated(fit.terms), lmer.se, (t) => t.se, 1e-4);
  });
  it('matches as.data.frame(VarCorr(m))$vcov, the ICC and logLik(m) to 1e-4 relative', () => {
    expect(relativeDifference(fit.clusterVariance, lmer.sigma2_school)).toBeLessThan(1e-4);
    expect(relativeDifference(fit.residualVariance, lmer.sigma2_residual)).toBeLessThan(1e-4);
    expect(relativeDifference(fit.icc, lmer.icc)).toBeLessThan(1e-4);
    expect(relativeDifference(fit.remlLogLikelihood, lmer.reml_loglik)).toBeLessThan(1e-8);
    // Our optimum is at least as good as lme4's (REML log-likelihood not lower, to rounding).
    expect(fit.remlLogLikelihood).toBeGreaterThanOrEqual(lmer.reml_loglik - 1e-7);
  });
});
