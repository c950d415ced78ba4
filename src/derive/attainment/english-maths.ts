/**
 * English and maths thresholds (DfE headline measures "grade 4 or above / grade 5 or above in
 * English and maths", KS4_L2BASICS_94 / _95): English is met by a GCSE in English language *or*
 * English literature at the grade (no requirement to take both, DfE guide from 2017); maths by the
 * maths GCSE.
 */
import { bestFirst, scoreAll, type Ks4Result, type ScoredResult } from './result.js';

export interface EnglishMathsThresholds {
  english4plus: boolean;
  english5plus: boolean;
  maths4plus: boolean;
  maths5plus: boolean;
  englishMaths4plus: boolean;
  englishMaths5plus: boolean;
}

export function bestEnglishGrade(scored: readonly ScoredResult[]): number | null {
  const grades = [...bestFirst(scored, 'ENG_LANG'), ...bestFirst(scored, 'ENG_LIT')].map((s) => s.grades[0]!);
  return grades.length > 0 ? Math.max(...grades) : null;
}

export function bestMathsGrade(scored: readonly ScoredResult[]): number | null {
  return bestFirst(scored, 'MATHS')[0]?.grades[0] ?? null;
}

export function englishMathsThresholds(results: readonly Ks4Result[]): EnglishMathsThresholds {
  const scored = scoreAll(results);
  const english = bestEnglishGrade(scored) ?? -1;
  const maths = bestMathsGrade(scored) ?? -1;
  return {
    english4plus: english >= 4,
    english5plus: english >= 5,
    maths4plus: maths >= 4,
    maths5plus: maths >= 5,
    englishMaths4plus: english >= 4 && maths >= 4,
    englishMaths5plus: english >= 5 && maths >= 5,
  };
}
