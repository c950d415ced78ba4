import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_persistent',
  family: 'absence',
  title: 'Persistently absent (10%+)',
  shortTitle: 'Persistently absent',
  unit: 'percent',
  definition: '% of school-age children of the cohort with an absence record missing 10% or more of that year\'s possible sessions; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'absence_cla12m.csv', column: 'pt_pupils_pa_10_exact', label: 'persistent absentees (10% or more of possible sessions), % of pupils, six half terms', population: POP.SCHOOL_AGE_YEAR,
    phaseColumns: { primary: 'pt_pupils_pa_10_exact_primary', secondary: 'pt_pupils_pa_10_exact_secondary', special: 'pt_pupils_pa_10_exact_special', alternative_provision: 'pt_pupils_pa_10_exact_alternative_provision' } },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_pupils_pa_10_exact', label: 'persistent absentees (10% or more of possible sessions), % of all pupils in state-funded schools', population: POP.SCHOOL_AGE_ALL },
  report: { section: 'attendance', table: 'attendance', order: 30, trend: 'table' },
  aggregate: { numerator: 'count(*) FILTER (WHERE poss > 0 AND 10 * (auth + unauth) >= poss)', denominator: 'count(*) FILTER (WHERE poss > 0)' },
});
