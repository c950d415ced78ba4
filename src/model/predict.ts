/**
 * The expected outcome of one pupil under a saved model: ŷ = β_0 + Σ β_term · x_term, with the
 * pupil's factors coded exactly as in design.ts (numeric as is, a categorical level as a 0/1
 * column, the reference level as all zeros). For a multilevel model this is the fixed part only
 * (the pupil's cluster effect is what expected-versus-observed is looking for).
 */
import type { FactorRow } from '../link/factor-row.js';
import { resolveFactors } from './design.js';
import type { SavedModel } from './saved-model.js';

export type Prediction = { expected: number } | { reason: string };

export function makePredictor(model: SavedModel): (row: FactorRow) => Prediction {
  const factors = resolveFactors(model.spec);
  const byName = new Map(model.terms.map((t) => [t.term, t]));
  const intercept = model.terms[0]!.estimate!;
  return (row) => {
    let expected = intercept;
    for (const factor of factors) {
      const value = factor.read(row);
      if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return { reason: `missing ${factor.name}` };
      if (factor.kind === 'numeric') {
        const term = byName.get(factor.name);
        if (term === undefined || term.estimate === null) {
          if (value !== 0) return { reason: `${factor.name} could not be estimated by the model` };
          continue;
        }
        expected += term.estimate * (value as number);
        continue;
      }
      if (value === model.referenceLevels[factor.name]) continue;
      const term = byName.get(`${factor.name}=${value}`);
      if (term === undefined) return { reason: `${factor.name} = ${value} was not in the data the model was fitted on` };
      if (term.estimate === null) return { reason: `${factor.name} = ${value} could not be estimated by the model` };
      expected += term.estimate;
    }
    return { expected };
  };
}
