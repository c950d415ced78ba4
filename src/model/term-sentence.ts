/**
 * Each term's effect in plain words, for example
 *   "Each placement change after age 11: −0.33 Attainment 8 points (95% CI −0.52 to −0.14)."
 * Numbers use decimalsForStandardError, so the CI shows two significant figures of the SE.
 */
import { factorRegistry } from './factors.js';
import { outcomeWords, type Outcome } from './model-spec.js';
import { decimalsForStandardError, formatForReading } from './number-format.js';
import type { TermResult } from './term-result.js';

/** Who the term is about, e.g. "Special school at 16 (vs a mainstream school)". */
export function describeTerm(term: TermResult, referenceLevels: Record<string, string>, outcome: Outcome): string {
  if (term.factor === null) return `Expected ${outcomeWords[outcome].replace(/ points$/, '')} with every factor at 0 or its reference level (intercept)`;
  const factor = factorRegistry[term.factor];
  if (factor === undefined) return term.term;
  if (factor.kind === 'numeric') return factor.perUnit;
  return factor.describeLevel(term.level ?? '', referenceLevels[factor.name] ?? '');
}

export function termSentence(term: TermResult, referenceLevels: Record<string, string>, outcome: Outcome): string {
  const subject = describeTerm(term, referenceLevels, outcome);
  if (!term.estimable) return `${subject}: not estimable (${term.reason}).`;
  const decimals = decimalsForStandardError(term.se);
  const [low, high] = term.ci;
  return `${subject}: ${formatForReading(term.estimate, decimals)} ${outcomeWords[outcome]} (95% CI ${formatForReading(low, decimals)} to ${formatForReading(high, decimals)}).`;
}
