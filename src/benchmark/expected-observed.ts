/**
 * Expected versus observed per LA (shared/spec/model.md) for the benchmark: a saved model applied to,
 * or the Rees preset (OLS, school clusters) fitted on, the run's pupils of the cohort; the groups
 * are the run's LAs. Which groups are `c` (no figures) is decided by the one suppression path of every
 * output (suppressExpectedObserved, src/report/suppress.ts): fewer pupils than the threshold, and the
 * next smallest group wherever a `c` one could be worked out from the pupils compared. Pure.
 */
import type { FactorRow } from '../link/factor-row.js';
import { compareExpectedObserved, fitFactorModel, reesPreset, toSavedModel, type Outcome, type SavedModel } from '../model/index.js';
import { roundTo } from '../report/format.js';
import { suppressExpectedObserved } from '../report/suppress.js';
import type { ExpectedObservedOut } from './schema.js';

export interface ExpectedObservedInput {
  rows: readonly FactorRow[];
  las: readonly string[];
  threshold: number;
  /** A saved model to apply; without it the Rees preset is fitted on `rows`. */
  saved?: SavedModel;
  outcome: Outcome;
}

/** Null when no model could be fitted, or fewer pupils than the threshold were compared: the output says so with null. */
export function expectedObservedByLa(input: ExpectedObservedInput): ExpectedObservedOut | null {
  let model = input.saved ?? null;
  if (!model) {
    const fitted = fitFactorModel({ rows: input.rows, spec: reesPreset(input.outcome, 'school'), estimator: 'ols' });
    if (fitted.kind === 'not-estimable') return null;
    model = toSavedModel(fitted);
  }
  const eo = compareExpectedObserved(model, input.rows, 'la');
  const wanted = new Set(input.las);
  const r2 = (n: number): number => roundTo(n, 2);
  // groups of LAs outside the run are not published: unknowns to the attacker, never complements
  const hidden = suppressExpectedObserved(eo, input.threshold, { publish: (g) => wanted.has(g) });
  // fewer pupils compared than the threshold: nothing to publish (the count itself would be small)
  if (hidden.whole !== null) return null;
  return {
    outcome: model.spec.outcome,
    model: input.saved ? 'saved' : 'fitted',
    pupilsCompared: eo.pupilsCompared,
    groups: eo.groups.filter((g) => wanted.has(g.group)).map((g) => {
      if (hidden.groups.has(g.group)) {
        return { la: g.group, pupils: null, meanObserved: null, meanExpected: null, meanResidual: null, ci: null, symbol: 'c' as const };
      }
      return { la: g.group, pupils: g.pupils, meanObserved: r2(g.meanObserved), meanExpected: r2(g.meanExpected), meanResidual: r2(g.meanResidual),
        ci: g.ci ? [r2(g.ci[0]), r2(g.ci[1])] as [number, number] : null, symbol: null };
    }),
  };
}
