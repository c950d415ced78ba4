import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_mat_4plus',
  family: 'ks4',
  title: 'Maths grade 4+',
  shortTitle: 'Maths grade 4+',
  unit: 'percent',
  definition: '% with grade 4+ in maths.',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 30 },
  factorColumn: 'mat4',
});
