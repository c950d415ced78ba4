import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_read_expected',
  family: 'ks2',
  title: 'KS2 reading expected',
  shortTitle: 'KS2 reading expected',
  unit: 'percent',
  definition: '% with a reading scaled score of 100 or more.',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'pt_read_met_expected_standard', label: '% meeting the expected standard in reading', population: POP.KS2 },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_read_met_expected_standard', label: '% meeting the expected standard in reading, all pupils', population: POP.KS2_ALL },
  report: { section: 'ks2', table: 'ks2-headline', order: 10 },
  aggregate: {
    numerator: "sum(rd)",
    denominator: 'count(rd)',
  },
});
