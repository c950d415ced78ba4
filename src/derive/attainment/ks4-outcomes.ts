/**
 * Every KS4 figure of one pupil computed from the KS4 results file, for pupils whose KS4 pupil file
 * lacks them (spec inputs.md / measures.md). Names follow the NPD KS4 pupil file where one exists.
 */
import { attainment8, type Attainment8 } from './attainment8.js';
import { ebacc } from './ebacc.js';
import { englishMathsThresholds, type EnglishMathsThresholds } from './english-maths.js';
import { fivePassesIncludingEnglishMaths } from './five-passes.js';
import type { Ks4Result } from './result.js';

export interface Ks4Outcomes extends EnglishMathsThresholds {
  attainment8: Attainment8;
  ebaccEntered: boolean;
  ebacc4plus: boolean;
  ebacc5plus: boolean;
  ebaccAps: number;
  fivePassesEm4plus: boolean;
  fivePassesEm5plus: boolean;
}

export function ks4Outcomes(results: readonly Ks4Result[]): Ks4Outcomes {
  const e = ebacc(results);
  return {
    attainment8: attainment8(results),
    ...englishMathsThresholds(results),
    ebaccEntered: e.entered,
    ebacc4plus: e.achieved4plus,
    ebacc5plus: e.achieved5plus,
    ebaccAps: e.averagePointScore,
    fivePassesEm4plus: fivePassesIncludingEnglishMaths(results, 4),
    fivePassesEm5plus: fivePassesIncludingEnglishMaths(results, 5),
  };
}
