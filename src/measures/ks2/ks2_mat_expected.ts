import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_mat_expected',
  family: 'ks2',
  title: 'KS2 maths expected',
  shortTitle: 'KS2 maths expected',
  unit: 'percent',
  definition: '% with a maths scaled score of 100 or more.',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'pt_mat_met_expected_standard', label: '% meeting the expected standard in maths', population: POP.KS2 },
  report: { section: 'ks2', table: 'ks2-headline', order: 30 },
  aggregate: {
    numerator: "sum(ma)",
    denominator: 'count(ma)',
  },
});
