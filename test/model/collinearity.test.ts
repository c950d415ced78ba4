import { describe, expect, it } from 'vitest';
import type { FactorRow } from '../../src/link/factor-row.js';
import { buildDesignMatrix } from '../../src/model/design.js';
import type { ModelSpec } from '../../src/model/model-spec.js';
import { fitOls, type OlsResult } from '../../src/model/ols.js';
import { fitRandomInterceptModel, type MultilevelResult } from '../../src/model/multilevel.js';
import type { EstimatedTerm, NotEstimableTerm } from '../../src/model/term-result.js';
import { readReferenceRows } from './reference-rows.js';

const base: ModelSpec = { outcome: 'att8', factors: ['ks2_emss', 'unauthorised_absence_pct', 'school_change_y10_y11'], referenceLevels: {}, clusterBy: 'school' };
const rows = readReferenceRows();
const withFactor = (factor: string): ModelSpec => ({ ...base, factors: [...base.factors, factor] });
const term = (fit: OlsResult | MultilevelResult, name: string) => fit.terms.find((t) => t.term === name)!;

function expectSameEstimates(a: OlsResult | MultilevelResult, b: OlsResult | MultilevelResult): void {
  for (const t of b.terms) {
    const other = term(a, t.term) as EstimatedTerm;
    expect(other.estimable).toBe(true);
    expect(Math.abs(other.estimate - (t as EstimatedTerm).estimate)).toBeLessThan(1e-8 * Math.max(1, Math.abs(other.estimate)));
    expect(Math.abs(other.se - (t as EstimatedTerm).se)).toBeLessThan(1e-8 * Math.max(1, other.se));
  }
}

describe('collinear and constant factors are dropped with a named reason, never NaN', () => {
  it('drops a factor that is an exact multiple of another, naming it', () => {
    const twice: FactorRow[] = rows.map((r) => ({ ...r, overall_absence_pct: r.unauthorised_absence_pct === null ? null : 2 * r.unauthorised_absence_pct }));
    const spec = withFactor('overall_absence_pct');
    for (const fit of [fitOls(buildDesignMatrix(twice, spec)) as OlsResult, fitRandomInterceptModel(buildDesignMatrix(twice, spec)) as MultilevelResult]) {
      const dropped = term(fit, 'overall_absence_pct') as NotEstimableTerm;
      expect(dropped.estimable).toBe(false);
      expect(dropped.reason).toBe('collinear with unauthorised_absence_pct (it is an exact combination of them)');
      expect(fit.estimatedTerms).toBe(4);
    }
    // The rest of the model is the model without the duplicate.
    expectSameEstimates(fitOls(buildDesignMatrix(twice, spec)) as OlsResult, fitOls(buildDesignMatrix(twice, base)) as OlsResult);
    expectSameEstimates(fitRandomInterceptModel(buildDesignMatrix(twice, spec)) as MultilevelResult, fitRandomInterceptModel(buildDesignMatrix(twice, base)) as MultilevelResult);
  });

  it('drops a 0/1 factor that is 1 minus another, naming the intercept and the other', () => {
    const complement: FactorRow[] = rows.map((r) => ({ ...r, not_foster_y11: r.school_change_y10_y11 === null ? null : ((1 - r.school_change_y10_y11) as 0 | 1) }));
    const fit = fitOls(buildDesignMatrix(complement, withFactor('not_foster_y11'))) as OlsResult;
    expect((term(fit, 'not_foster_y11') as NotEstimableTerm).reason).toBe('collinear with intercept + school_change_y10_y11 (it is an exact combination of them)');
  });

  it('drops a constant numeric factor and a level every pupil has', () => {
    const constant: FactorRow[] = rows.map((r) => ({ ...r, suspension_days: 0, sex: 'F' }));
    const spec: ModelSpec = { ...base, factors: [...base.factors, 'suspension_days', 'sex'], referenceLevels: { sex: 'M' } };
    const design = buildDesignMatrix(constant, spec);
    const fit = fitOls(design) as OlsResult;
    expect((term(fit, 'suspension_days') as NotEstimableTerm).reason).toBe('constant: every pupil in the sample has suspension_days = 0');
    expect((term(fit, 'sex=F') as NotEstimableTerm).reason).toBe('constant: every pupil in the sample has sex = F');
    expect(fit.warnings.join(' ')).toMatch(/Reference level 'M' of sex has no pupils/);
    expectSameEstimates(fit, fitOls(buildDesignMatrix(constant, base)) as OlsResult);
    expect(JSON.stringify(fit)).not.toMatch(/NaN|null,"se"/);
  });
});

describe('multilevel boundary', () => {
  it('reports a between-cluster variance of exactly 0 with a note when clusters do not differ, and then equals OLS', () => {
    // Every school holds the same outcomes; the factor varies within schools only.
    const flat: FactorRow[] = [];
    for (let s = 0; s < 25; s++)
      for (let i = 0; i < 8; i++)
        flat.push({ ...rows[0]!, pupil_key: `F${s}-${i}`, school_urn: `S${s}`, att8: 20 + 3 * i, ks2_emss: 100 + ((i * 5 + s) % 7) });
    const spec: ModelSpec = { ...base, factors: ['ks2_emss'] };
    const mixed = fitRandomInterceptModel(buildDesignMatrix(flat, spec)) as MultilevelResult;
    expect(mixed.clusterVariance).toBe(0);
    expect(mixed.icc).toBe(0);
    expect(mixed.notes.join(' ')).toMatch(/boundary 0/);
    const ols = fitOls(buildDesignMatrix(flat, spec), { variance: 'CR1' }) as OlsResult;
    for (const t of ols.terms) expect(Math.abs((term(mixed, t.term) as EstimatedTerm).estimate - (t as EstimatedTerm).estimate)).toBeLessThan(1e-9);
  });

  it('says when there is only one cluster', () => {
    const one = rows.slice(0, 200).map((r) => ({ ...r, school_urn: 'S1' }));
    const mixed = fitRandomInterceptModel(buildDesignMatrix(one, base)) as MultilevelResult;
    expect(mixed.clusterVariance).toBe(0);
    expect(mixed.notes.join(' ')).toMatch(/Only one cluster/);
    const ols = fitOls(buildDesignMatrix(one, base)) as OlsResult;
    expect(ols.variance).toBe('HC1');
    expect(ols.warnings.join(' ')).toMatch(/Only one cluster/);
  });

  it('returns a not-estimable model, with the reason, when there are no more pupils than terms', () => {
    const fit = fitOls(buildDesignMatrix(rows.slice(0, 3), base));
    expect(fit).toEqual({ kind: 'not-estimable', reason: expect.stringMatching(/more pupils than terms/) });
  });
});
