import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'ks2_rwm_higher',
  family: 'ks2',
  title: 'KS2 reading, writing and maths higher',
  shortTitle: 'KS2 RWM higher standard',
  unit: 'percent',
  definition: '% at the higher standard: scaled scores 110+ in reading and maths and greater depth in writing.',
  source: DFE_OUT,
  population: POP.KS2,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks2', table: 'ks2-headline', order: 50 },
  aggregate: {
    numerator: "sum(coalesce(hi_flag, CASE WHEN rs IS NOT NULL AND ms IS NOT NULL AND wd IS NOT NULL THEN (rs >= 110 AND ms >= 110 AND wd = 1)::INTEGER END))",
    denominator: 'count(coalesce(hi_flag, CASE WHEN rs IS NOT NULL AND ms IS NOT NULL AND wd IS NOT NULL THEN 1 END))',
  },
});
