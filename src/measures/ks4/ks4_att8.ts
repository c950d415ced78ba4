import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_att8',
  family: 'ks4',
  title: 'Attainment 8',
  shortTitle: 'Attainment 8',
  unit: 'mean',
  definition: 'Mean Attainment 8 score. From subject results where the KS4 pupil file has none: DfE slots and point scores (legacy A*–G letters on the scale of the year), one result per subject; labelled Approximate when a pupil has two results in one subject (the DfE counts the first entry; the results file has no entry dates).',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'avg_att8', label: 'average Attainment 8 score', population: POP.KS4 },
  allPupils: { file: 'england_all_pupils.csv', column: 'avg_att8', label: 'average Attainment 8 score, all pupils in state-funded schools', population: POP.KS4_ALL },
  report: { section: 'ks4', table: 'ks4-a8p8', order: 10, benchmarkChart: true, trend: 'chart' },
  factorColumn: 'att8',
});
