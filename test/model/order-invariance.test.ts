// Property: the order of the pupils does not change any estimate (fast-check, fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesignMatrix } from '../../src/model/design.js';
import { reesPreset } from '../../src/model/model-spec.js';
import { fitOls, type OlsResult } from '../../src/model/ols.js';
import { fitRandomInterceptModel, type MultilevelResult } from '../../src/model/multilevel.js';
import type { EstimatedTerm } from '../../src/model/term-result.js';
import { readReferenceRows } from './reference-rows.js';

const rows = readReferenceRows().slice(0, 600);
const spec = reesPreset('att8', 'school');
const values = (fit: OlsResult | MultilevelResult): number[] => fit.terms.flatMap((t) => (t.estimable ? [(t as EstimatedTerm).estimate, (t as EstimatedTerm).se] : []));
const baseOls = values(fitOls(buildDesignMatrix(rows, spec)) as OlsResult);
const baseMixed = fitRandomInterceptModel(buildDesignMatrix(rows, spec)) as MultilevelResult;

describe('order invariance', () => {
  it('gives the same OLS and REML estimates for any order of the pupils', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }), (order) => {
        const shuffled = order.map((i) => rows[i]!);
        const ols = values(fitOls(buildDesignMatrix(shuffled, spec)) as OlsResult);
        ols.forEach((v, i) => expect(Math.abs(v - baseOls[i]!)).toBeLessThan(1e-9 * Math.max(1, Math.abs(v))));
        const mixed = fitRandomInterceptModel(buildDesignMatrix(shuffled, spec)) as MultilevelResult;
        values(mixed).forEach((v, i) => expect(Math.abs(v - values(baseMixed)[i]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(v))));
        expect(Math.abs(mixed.remlLogLikelihood - baseMixed.remlLogLikelihood)).toBeLessThan(1e-8 * Math.abs(baseMixed.remlLogLikelihood));
      }),
      { seed: 7, numRuns: 25 },
    );
  });
});
