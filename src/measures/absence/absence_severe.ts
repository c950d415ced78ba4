import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_severe',
  family: 'absence',
  title: 'Severely absent (50%+)',
  shortTitle: 'Severely absent',
  unit: 'percent',
  definition: '% of school-age children of the cohort with an absence record missing 50% or more of that year\'s possible sessions; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'pupils',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: { file: 'absence_cla12m.csv', column: 'pt_pupils_pa_50_exact', label: 'severe absentees (50% or more of possible sessions), % of pupils, six half terms', population: POP.SCHOOL_AGE_YEAR,
    phaseColumns: { primary: 'pt_pupils_pa_50_exact_primary', secondary: 'pt_pupils_pa_50_exact_secondary', special: 'pt_pupils_pa_50_exact_special', alternative_provision: 'pt_pupils_pa_50_exact_alternative_provision' } },
  report: { section: 'attendance', table: 'attendance', order: 40 },
  aggregate: { numerator: 'count(*) FILTER (WHERE poss > 0 AND 2 * (auth + unauth) >= poss)', denominator: 'count(*) FILTER (WHERE poss > 0)' },
});
