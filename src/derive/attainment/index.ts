/**
 * Per-pupil KS4 scoring (issue 11 item 3): the point score of each result, Attainment 8 and its
 * elements, English and maths, EBacc, five passes, and the pupil's Progress 8 from the DfE estimate
 * tables. Group figures (mean P8 with its interval, the P8 band) are measures: src/measures/p8.
 */
export { LEGACY_POINTS, LEGACY_POINTS_2016, sameSubjectRepeats, scoreResult, type EbaccCategory, type Ks4Qual, type Ks4Result, type ScoredResult } from './result.js';
export { attainment8, type Attainment8 } from './attainment8.js';
export { englishMathsThresholds, type EnglishMathsThresholds } from './english-maths.js';
export { ebacc, type Ebacc } from './ebacc.js';
export { fivePassesIncludingEnglishMaths, gcsePassesAt } from './five-passes.js';
export { ks4Outcomes, type Ks4Outcomes } from './ks4-outcomes.js';
export { parseP8EstimateTable, type P8EstimateTable, type PriorAttainmentGroup } from './estimate-table.js';
export { bundledP8Table, loadP8EstimateTable, p8LowerThresholdsOfConfig, p8TablesOfConfig, p8TablesWith, useP8LowerThresholds, useP8Tables, type P8TableLookup } from './load-estimates.js';
export { P8_LOWER_THRESHOLD_FACTOR, loadP8LowerThresholds, parseP8LowerThresholds, type P8LowerThresholds } from './lower-thresholds.js';
export { priorAttainmentGroup } from './prior-attainment-group.js';
export { pupilP8, type PupilP8 } from './pupil-p8.js';
