/**
 * The factor model's section of the annual report: each term with its estimate, SE, CI, p and the
 * plain-words sentence, then how this LA's children did against what their histories predict.
 * Groups under the suppression threshold show no figures.
 */
import type { ExpectedObservedResult, ModelResult, NotEstimableModel } from '../model/index.js';
import { modelReport } from '../model/index.js';
import type { ModelTableInput } from './build-document.js';

/** Two decimals, never a negative zero. */
const fixed2 = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);

export function modelSectionInput(result: ModelResult | NotEstimableModel, eo: ExpectedObservedResult | null, la: string, threshold: number): ModelTableInput {
  if ('estimable' in result && result.estimable === false) {
    return { intro: `The factor model could not be fitted: ${(result as NotEstimableModel).reason}`, headers: ['term', 'note'], rows: [] };
  }
  const r = modelReport(result as ModelResult);
  const rows: (string | number | null)[][] = r.terms.map((t) => [t.term, t.estimate, t.se, t.ci ? `${fixed2(t.ci[0])} to ${fixed2(t.ci[1])}` : 'x', t.p, t.sentence]);
  const mine = eo?.groups.find((g) => g.group === la);
  let eoText = 'Expected versus observed: no pupil of this LA in the model sample.';
  if (mine) {
    eoText = mine.pupils < threshold && threshold > 0
      ? `Expected versus observed: fewer than ${threshold} pupils of this LA in the sample (c).`
      : `Expected versus observed for this LA: ${mine.pupils} pupils, mean observed ${fixed2(mine.meanObserved)}, mean expected ${fixed2(mine.meanExpected)}, mean residual ${fixed2(mine.meanResidual)}${mine.ci ? ` (95% CI ${fixed2(mine.ci[0])} to ${fixed2(mine.ci[1])})` : ''}.`;
  }
  return {
    intro: `Rees-style factor model of ${r.outcome === 'att8' ? 'Attainment 8' : 'Progress 8'} (${r.estimator === 'ols' ? 'OLS' : 'random-intercept multilevel'}), ${r.pupils} pupils in ${r.clusters} clusters, fitted on every LA in the data. ${eoText}`,
    headers: ['term', 'estimate', 'SE', '95% CI', 'p', 'in plain words'],
    rows,
    decimals: [null, 2, 2, null, 3, null],
  };
}
