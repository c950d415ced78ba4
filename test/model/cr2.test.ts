// Fewer than 20 clusters: CR2 with Bell–McCaffrey degrees of freedom (issue 12, item 12), against R on
// fixtures/model/reference-data.csv clustered by LA (3 clusters). Reference numbers:
// fixtures/model/reference-cr2.json, made by
//   Rscript scripts/model-reference-cr2.R fixtures/model/reference-data.csv fixtures/model/reference-cr2.json
// from the n × n matrices written out (A_g = (I − H_gg)^-½; df = (Σλ)²/Σλ² of G'G), with the CR2 errors
// also from sandwich::vcovCL(fit, cluster = ~la, type = "HC2") (R 4.2.2, sandwich 3.0.2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/model/cr2.js';
import { buildDesignMatrix } from '../../src/model/design.js';
import { reesPreset } from '../../src/model/model-spec.js';
import { fitOls, type OlsResult } from '../../src/model/ols.js';
import { modelReport } from '../../src/model/render.js';
import type { EstimatedTerm } from '../../src/model/term-result.js';
import { readReferenceRows, relativeDifference } from './reference-rows.js';

type Named = Record<string, number>;
const ref = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/model/reference-cr2.json'), 'utf8')) as {
  pupils: number; clusters: number; estimate: Named; se_cr2_la: Named; se_cr2_la_sandwich_hc2: Named; df_bell_mccaffrey_la: Named; p_cr2_la_t_bm_df: Named;
};

describe('OLS clustered by LA with 3 clusters: CR2 and Bell–McCaffrey df, against R', () => {
  const fit = fitOls(buildDesignMatrix(readReferenceRows(), reesPreset('att8', 'la'))) as OlsResult;
  const terms = fit.terms.filter((t): t is EstimatedTerm => t.estimable);
  const close = (expected: Named, pick: (t: EstimatedTerm) => number, tolerance: number) => {
    expect(terms.map((t) => t.term).sort()).toEqual(Object.keys(expected).sort());
    for (const t of terms) expect(relativeDifference(pick(t), expected[t.term]!), `${t.term}: ${pick(t)} vs R ${expected[t.term]}`).toBeLessThan(tolerance);
  };

  it('chooses CR2 (not HC1) and says so', () => {
    expect([fit.pupils, fit.clusters]).toEqual([ref.pupils, ref.clusters]);
    expect(fit.variance).toBe('CR2');
    expect(fit.warnings.join(' ')).toMatch(/Only 3 clusters \(fewer than 20\): standard errors are cluster-robust with the CR2 small-sample correction/);
    const report = modelReport(fit);
    expect(report.standardErrors).toMatch(/CR2/);
    expect(report.pValues).toMatch(/Bell–McCaffrey degrees of freedom for each term/);
  });
  it('matches the CR2 standard errors to 1e-6 relative (direct formula and sandwich HC2)', () => {
    close(ref.se_cr2_la, (t) => t.se, 1e-6);
    close(ref.se_cr2_la_sandwich_hc2, (t) => t.se, 1e-6);
  });
  it('matches the Bell–McCaffrey degrees of freedom to 1e-6 relative', () => {
    close(ref.df_bell_mccaffrey_la, (t) => t.degreesOfFreedom!, 1e-6);
  });
  it('matches 2 * pt(-abs(t), df = BM df) to 1e-5 relative', () => {
    close(ref.p_cr2_la_t_bm_df, (t) => t.p!, 1e-5);
  });
});

describe('symmetricEigen', () => {
  it('[[2, 1], [1, 2]] has eigenvalues 1 and 3', () => {
    const { values } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect([...values].sort()).toEqual([expect.closeTo(1, 12), expect.closeTo(3, 12)]);
  });
});
