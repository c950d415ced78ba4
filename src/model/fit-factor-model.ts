/**
 * The model stage as one call, for the `cla-analyse model` command: factor table rows and a spec
 * in, a fitted model (or "not estimable" with the reason) out. Pure: no files, no process.
 */
import type { FactorRow } from '../link/factor-row.js';
import { buildDesignMatrix } from './design.js';
import type { ModelSpec } from './model-spec.js';
import { fitRandomInterceptModel, type MultilevelResult } from './multilevel.js';
import { fitOls, type OlsOptions, type OlsResult } from './ols.js';
import type { NotEstimableModel } from './term-result.js';

export type Estimator = 'ols' | 'multilevel';

export interface FitFactorModelOptions {
  rows: readonly FactorRow[];
  spec: ModelSpec;
  estimator: Estimator;
  /** OLS only: 'auto' (CR1, or CR2 with Bell–McCaffrey df under 20 clusters), 'CR1', 'CR2' or 'HC1'. */
  variance?: OlsOptions['variance'];
}

export function fitFactorModel(options: FitFactorModelOptions): OlsResult | MultilevelResult | NotEstimableModel {
  const design = buildDesignMatrix(options.rows, options.spec);
  if (design.rows === 0) return { kind: 'not-estimable', reason: `No pupil of ${design.pupilsGiven} has every variable the model needs (${design.missing.filter((m) => m.pupils > 0).map((m) => `${m.variable} missing for ${m.pupils}`).join(', ')}).` };
  return options.estimator === 'ols' ? fitOls(design, { variance: options.variance ?? 'auto' }) : fitRandomInterceptModel(design);
}
