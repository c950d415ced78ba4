export { scoreResult, type EbaccCategory, type Ks4Qual, type Ks4Result, type ScoredResult } from './result.js';
export { attainment8, type Attainment8 } from './attainment8.js';
export { englishMathsThresholds, type EnglishMathsThresholds } from './english-maths.js';
export { ebacc, type Ebacc } from './ebacc.js';
export { fivePassesIncludingEnglishMaths, gcsePassesAt } from './five-passes.js';
export { ks4Outcomes, type Ks4Outcomes } from './ks4-outcomes.js';
