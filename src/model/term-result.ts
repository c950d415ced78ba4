/**
 * One model term as reported: estimate, standard error, 95 % CI and p-value, or "not estimable"
 * with the reason. Never NaN: a zero standard error gives no p-value and says why.
 *
 * CI: estimate ± q · se, with q the 0.975 quantile of t(df) (df = Infinity: the normal, 1.959964).
 * p: 2 P(T > |estimate / se|).
 */
import { tQuantile, twoSidedTPValue } from './student-t.js';

export interface EstimatedTerm {
  term: string;
  factor: string | null;
  level: string | null;
  estimable: true;
  estimate: number;
  se: number;
  ci: [number, number];
  /** Test statistic estimate / se (t or z), or null when se is 0. */
  statistic: number | null;
  p: number | null;
  note?: string;
  /** The term's own t degrees of freedom, where they differ by term (CR2 with Bell–McCaffrey df). */
  degreesOfFreedom?: number;
}

export interface NotEstimableTerm {
  term: string;
  factor: string | null;
  level: string | null;
  estimable: false;
  reason: string;
}

export type TermResult = EstimatedTerm | NotEstimableTerm;

export interface TermLabel {
  name: string;
  factor: string | null;
  level: string | null;
}

export function estimatedTerm(label: TermLabel, estimate: number, se: number, degreesOfFreedom: number): EstimatedTerm {
  const q = tQuantile(0.975, degreesOfFreedom);
  const base = { term: label.name, factor: label.factor, level: label.level, estimable: true as const, estimate, se, ci: [estimate - q * se, estimate + q * se] as [number, number] };
  // a variance that came out NaN (overflow on a degenerate design) is treated as 0, as a zero one: no interval width, no p-value
  if (!(se > 0)) return { ...base, se: 0, ci: [estimate, estimate], statistic: null, p: null, note: 'standard error is 0 (the model fits these pupils exactly), so no p-value' };
  const statistic = estimate / se;
  return { ...base, statistic, p: twoSidedTPValue(statistic, degreesOfFreedom) };
}

export function notEstimableTerm(label: TermLabel, reason: string): NotEstimableTerm {
  return { term: label.name, factor: label.factor, level: label.level, estimable: false, reason };
}

/** A whole model that could not be fitted, with the reason. */
export interface NotEstimableModel {
  kind: 'not-estimable';
  reason: string;
}
