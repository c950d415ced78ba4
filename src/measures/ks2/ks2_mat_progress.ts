import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_mat_progress',
  family: 'ks2',
  title: 'KS2 maths progress',
  shortTitle: 'KS2 maths progress',
  unit: 'score',
  definition: 'Mean KS1–KS2 maths progress score (where supplied), with the DfE interval from the national σ of the subject and year. x for 2019/20, 2020/21 (no KS2 tests), 2023/24 and 2024/25 (no KS1 baseline: the DfE calculates no progress).',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'avg_mat_progress_score', label: 'average KS1-KS2 maths progress score', population: POP.KS2 },
  report: { section: 'ks2', table: 'ks2-progress', order: 30 },
  progressMean: { column: 'mp', subject: 'maths' },
});
