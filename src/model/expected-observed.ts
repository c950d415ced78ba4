/**
 * Expected versus observed (shared/spec/model.md): each LA's or school's pupils scored with a fitted
 * model, and the group's mean residual (observed − expected) with a 95 % CI:
 *   mean residual ± t(0.975, n − 1) · s / √n,   s = the group's own residual standard deviation.
 * A group of one pupil has no spread, so no CI (and says so). Pupils that cannot be scored (missing
 * outcome or factor, a level the model never saw, no group id) are counted by reason.
 *
 * The CI treats the model's coefficients as known: with a model fitted on many more pupils than
 * the group, their uncertainty is small against the group's own.
 */
import type { FactorRow } from '../link/factor-row.js';
import { makePredictor } from './predict.js';
import type { SavedModel } from './saved-model.js';
import { tQuantile } from './student-t.js';

export type GroupBy = 'la' | 'school';

export interface GroupComparison {
  group: string;
  pupils: number;
  meanObserved: number;
  meanExpected: number;
  meanResidual: number;
  /** Standard deviation of the residuals (n − 1 divisor), null with one pupil. */
  residualSd: number | null;
  ci: [number, number] | null;
  ciNote?: string;
}

export interface ExpectedObservedResult {
  groupBy: GroupBy;
  outcome: SavedModel['spec']['outcome'];
  pupilsCompared: number;
  excluded: { reason: string; pupils: number }[];
  groups: GroupComparison[];
}

export function groupIdOf(row: FactorRow, groupBy: GroupBy): string | null {
  return groupBy === 'school' ? row.school_urn : (row.la ?? row.school_la);
}

export function compareExpectedObserved(model: SavedModel, rows: readonly FactorRow[], groupBy: GroupBy): ExpectedObservedResult {
  const predict = makePredictor(model);
  const outcome = model.spec.outcome;
  const excluded = new Map<string, number>();
  const exclude = (reason: string): void => void excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
  const sums = new Map<string, { n: number; observed: number; expected: number; residuals: number[] }>();
  let compared = 0;
  for (const row of rows) {
    const observed = row[outcome];
    if (observed === null || !Number.isFinite(observed)) {
      exclude(`missing ${outcome}`);
      continue;
    }
    const group = groupIdOf(row, groupBy);
    if (group === null || group === '') {
      exclude(groupBy === 'school' ? 'missing school_urn' : 'missing la and school_la');
      continue;
    }
    const prediction = predict(row);
    if ('reason' in prediction) {
      exclude(prediction.reason);
      continue;
    }
    const entry = sums.get(group) ?? { n: 0, observed: 0, expected: 0, residuals: [] };
    entry.n++;
    entry.observed += observed;
    entry.expected += prediction.expected;
    entry.residuals.push(observed - prediction.expected);
    sums.set(group, entry);
    compared++;
  }
  const groups = [...sums.keys()].sort().map((group) => summariseGroup(group, sums.get(group)!));
  return {
    groupBy,
    outcome,
    pupilsCompared: compared,
    excluded: [...excluded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([reason, pupils]) => ({ reason, pupils })),
    groups,
  };
}

function summariseGroup(group: string, s: { n: number; observed: number; expected: number; residuals: number[] }): GroupComparison {
  const meanResidual = s.residuals.reduce((a, b) => a + b, 0) / s.n;
  const base = { group, pupils: s.n, meanObserved: s.observed / s.n, meanExpected: s.expected / s.n, meanResidual };
  if (s.n < 2) return { ...base, residualSd: null, ci: null, ciNote: 'one pupil: no spread to build a confidence interval from' };
  const sumSquares = s.residuals.reduce((a, r) => a + (r - meanResidual) ** 2, 0);
  const residualSd = Math.sqrt(sumSquares / (s.n - 1));
  const halfWidth = (tQuantile(0.975, s.n - 1) * residualSd) / Math.sqrt(s.n);
  return { ...base, residualSd, ci: [meanResidual - halfWidth, meanResidual + halfWidth] };
}
