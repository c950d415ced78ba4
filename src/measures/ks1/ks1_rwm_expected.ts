import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks1_rwm_expected',
  family: 'ks1',
  title: 'KS1 reading, writing and maths expected',
  shortTitle: 'KS1 RWM expected',
  unit: 'percent',
  definition: '% at the expected standard (EXS or GDS) in reading, writing and maths.',
  source: DFE_OUT,
  population: POP.KS1,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks1', table: 'ks1-headline', order: 10 },
  aggregate: {
    numerator: "sum(CASE WHEN p.READ_OUTCOME IN ('EXS','GDS') AND p.WRIT_OUTCOME IN ('EXS','GDS') AND p.MATH_OUTCOME IN ('EXS','GDS') THEN 1 ELSE 0 END)",
    denominator: 'count(*)',
  },
});
