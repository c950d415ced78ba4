import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_mat_progress',
  family: 'ks2',
  title: 'KS2 maths progress',
  shortTitle: 'KS2 maths progress',
  unit: 'score',
  definition: 'Mean KS1–KS2 maths progress score (where supplied).',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'avg_mat_progress_score', label: 'average KS1-KS2 maths progress score', population: POP.KS2 },
  report: { section: 'ks2', table: 'ks2-progress', order: 30 },
});
