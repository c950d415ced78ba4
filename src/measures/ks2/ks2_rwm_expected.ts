import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_rwm_expected',
  family: 'ks2',
  title: 'KS2 reading, writing and maths expected',
  shortTitle: 'KS2 RWM expected',
  unit: 'percent',
  definition: '% at the expected standard in reading, writing and maths.',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: { file: 'ks2_cla12m.csv', column: 'pt_rwm_met_expected_standard', label: '% meeting the expected standard in reading, writing and maths', population: POP.KS2 },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_rwm_met_expected_standard', label: '% meeting the expected standard in reading, writing and maths, all pupils', population: POP.KS2_ALL },
  report: { section: 'ks2', table: 'ks2-headline', order: 40, benchmarkChart: true, trend: 'chart' },
  aggregate: {
    numerator: "sum(coalesce(rwm_flag, CASE WHEN rd IS NOT NULL AND wr IS NOT NULL AND ma IS NOT NULL THEN (rd = 1 AND wr = 1 AND ma = 1)::INTEGER END))",
    denominator: 'count(coalesce(rwm_flag, CASE WHEN rd IS NOT NULL AND wr IS NOT NULL AND ma IS NOT NULL THEN 1 END))',
  },
});
