import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_p8',
  family: 'ks4',
  title: 'Progress 8',
  shortTitle: 'Progress 8',
  unit: 'score',
  definition: 'Mean Progress 8 score with 95% CI (mean ± 1.96 × national pupil P8 sd ÷ √n) and DfE band; z in years with no P8. Pupil scores computed here are raised to the DfE lower threshold of their prior attainment group when the year\'s thresholds are given (p8LowerThresholds); otherwise the figure is labelled Unadjusted.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'avg_p8score', label: 'average Progress 8 score', population: POP.KS4 },
  allPupils: { file: 'england_all_pupils.csv', column: 'avg_p8score', label: 'average Progress 8 score, all pupils in state-funded schools', population: POP.KS4_ALL },
  report: { section: 'ks4', table: 'ks4-a8p8', order: 20, trend: 'table' },
});
