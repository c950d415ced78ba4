/**
 * The factor model (shared/spec/model.md): the public surface the CLI's `model` command uses.
 */
export { fitFactorModel, type Estimator, type FitFactorModelOptions } from './fit-factor-model.js';
export { buildDesignMatrix, type DesignMatrix } from './design.js';
export { reesPreset, modelSpecSchema, type ModelSpec, type Outcome, type ClusterBy } from './model-spec.js';
export { factorRegistry } from './factors.js';
export { fitOls, minimumClustersForCr1, type OlsResult, type OlsOptions } from './ols.js';
export { fitRandomInterceptModel, type MultilevelResult } from './multilevel.js';
export type { TermResult, EstimatedTerm, NotEstimableTerm, NotEstimableModel } from './term-result.js';
export { compareExpectedObserved, type ExpectedObservedResult, type GroupBy, type GroupComparison } from './expected-observed.js';
export { saveModel, loadModel, toSavedModel, type SavedModel } from './saved-model.js';
export { modelReport, renderModelJson, renderModelCsv, renderModelMarkdown, type ModelResult, type ModelReport } from './render.js';
export { renderExpectedObservedJson, renderExpectedObservedCsv, renderExpectedObservedMarkdown, type SuppressionOptions } from './render-expected-observed.js';
