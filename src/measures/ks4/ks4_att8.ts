import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_att8',
  family: 'ks4',
  title: 'Attainment 8',
  shortTitle: 'Attainment 8',
  unit: 'mean',
  definition: 'Mean Attainment 8 score.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks4_cla12m.csv', column: 'avg_att8', label: 'average Attainment 8 score', population: POP.KS4 },
  allPupils: { file: 'england_all_pupils.csv', column: 'avg_att8', label: 'average Attainment 8 score, all pupils in state-funded schools', population: POP.KS4_ALL },
  report: { section: 'ks4', table: 'ks4-a8p8', order: 10, benchmarkChart: true, trend: 'chart' },
});
