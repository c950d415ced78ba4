/**
 * The factor model's section of the annual report: each term with its estimate, SE, CI, p and the
 * plain-words sentence, then how this LA's children did against what their histories predict.
 * Groups under the suppression threshold show no figures.
 *
 * Expected versus observed is shown only where it means something (issue 17 item 8): a model
 * fitted on one LA's pupils alone predicts that LA's own mean (an OLS fit with an intercept has
 * residuals summing to zero over its sample), so its mean residual is zero by construction and is
 * not presented; the section says so and how to get a real comparison (a model saved from many
 * LAs, given with --model). A saved model's terms are shown with their estimates (the file holds no
 * standard errors), and the LA's pupils are scored with it.
 */
import type { ExpectedObservedResult, ModelResult, NotEstimableModel, SavedModel } from '../model/index.js';
import { modelReport } from '../model/index.js';
import type { ModelTableInput } from './build-document.js';
import { MODEL_TEXT } from './messages.js';
import { suppressExpectedObserved } from './suppress.js';

/** Two decimals, never a negative zero. */
const fixed2 = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2);

function expectedObservedText(eo: ExpectedObservedResult | null, la: string, threshold: number): string {
  const mine = eo?.groups.find((g) => g.group === la);
  if (!mine) return MODEL_TEXT.noPupils;
  // the one suppression path (suppress.ts); the other LAs' groups are not shown here
  if (suppressExpectedObserved(eo!, threshold, { publish: (g) => g === la }).groups.has(la)) return MODEL_TEXT.fewPupils(threshold);
  return MODEL_TEXT.expectedObserved(mine.pupils, fixed2(mine.meanObserved), fixed2(mine.meanExpected), fixed2(mine.meanResidual), mine.ci ? [fixed2(mine.ci[0]), fixed2(mine.ci[1])] : null);
}

/**
 * A model fitted in this run. `las`: the LAs whose pupils were in the sample; with one (or none), no
 * expected-versus-observed figure is given, whatever `eo` holds.
 */
export function modelSectionInput(result: ModelResult | NotEstimableModel, eo: ExpectedObservedResult | null, la: string, threshold: number, las: number = 2): ModelTableInput {
  // narrowed on kind: a fit that could not be estimated has no terms to show, only its reason
  if (result.kind === 'not-estimable') return { intro: MODEL_TEXT.notFitted(result.reason), headers: ['term', 'note'], rows: [] };
  const r = modelReport(result);
  const rows: (string | number | null)[][] = r.terms.map((t) => [t.term, t.estimate, t.se, t.ci ? `${fixed2(t.ci[0])} to ${fixed2(t.ci[1])}` : 'x', t.p, t.sentence]);
  const eoText = las < 2 ? MODEL_TEXT.singleLa : expectedObservedText(eo, la, threshold);
  return {
    intro: `${MODEL_TEXT.fitted(r.outcome === 'att8' ? 'Attainment 8' : 'Progress 8', r.estimator === 'ols' ? 'OLS' : 'random-intercept multilevel', r.pupils, r.clusters, las)} ${eoText}`,
    headers: ['term', 'estimate', 'SE', '95% CI', 'p', 'in plain words'],
    rows,
    decimals: [null, 2, 2, null, 3, null],
  };
}

/** A saved model (`cla-analyse model --save`, fitted elsewhere) applied to this LA's pupils. */
export function savedModelSectionInput(model: SavedModel, fileName: string, eo: ExpectedObservedResult, la: string, threshold: number): ModelTableInput {
  const rows: (string | number | null)[][] = model.terms.map((t) => [t.term, t.estimate, t.estimate === null ? (t.reason ?? 'not estimable') : '']);
  return {
    intro: `${MODEL_TEXT.saved(fileName, model.spec.outcome === 'att8' ? 'Attainment 8' : 'Progress 8', model.estimator === 'ols' ? 'OLS' : 'random-intercept multilevel', model.pupils)} ${expectedObservedText(eo, la, threshold)}`,
    headers: ['term', 'estimate', 'note'],
    rows,
    decimals: [null, 2, null],
  };
}
