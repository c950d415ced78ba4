import { defineMeasure, POP, DFE_KS4 } from '../define.js';

export default defineMeasure({
  id: 'ks4_5passes_em_4plus',
  family: 'ks4',
  title: '5+ GCSEs at 4+ incl. English and maths',
  shortTitle: '5+ GCSEs 4+ incl. Eng & maths',
  unit: 'percent',
  definition: '% with five or more GCSEs at grade 4+ including English and maths, one result per subject (the best); labelled Approximate when a pupil has two results in one subject (the DfE counts the first entry; the results file has no entry dates).',
  source: DFE_KS4,
  population: POP.KS4,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'ks4', table: 'ks4-headline', order: 110 },
  factorColumn: 'pass5_em4',
});
