import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_writ_expected',
  family: 'ks2',
  title: 'KS2 writing expected',
  shortTitle: 'KS2 writing expected',
  unit: 'percent',
  definition: '% at the expected standard in writing (teacher assessment).',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'pt_writta_met_expected_standard', label: '% meeting the expected standard in writing (TA)', population: POP.KS2 },
  report: { section: 'ks2', table: 'ks2-headline', order: 20 },
  aggregate: {
    numerator: "sum(wr)",
    denominator: 'count(wr)',
  },
});
