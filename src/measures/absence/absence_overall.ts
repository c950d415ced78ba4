import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_overall',
  family: 'absence',
  title: 'Overall absence (% sessions)',
  shortTitle: 'Overall absence',
  unit: 'percent',
  definition: 'Overall absence: % of possible sessions missed (authorised and unauthorised), school-age children of the cohort over one academic year; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'sessions',
  suppressionCount: 'children',
  direction: 'lower',
  benchmark: { file: 'absence_cla12m.csv', column: 'pt_overall', label: 'overall absence rate (% of possible sessions), six half terms', population: POP.SCHOOL_AGE_YEAR,
    phaseColumns: { primary: 'pt_overall_primary', secondary: 'pt_overall_secondary', special: 'pt_overall_special', alternative_provision: 'pt_overall_alternative_provision' } },
  allPupils: { file: 'england_all_pupils.csv', column: 'pt_overall', label: 'overall absence rate (% of possible sessions), all pupils in state-funded schools', population: POP.SCHOOL_AGE_ALL },
  report: { section: 'attendance', table: 'attendance', order: 10, trend: 'chart' },
  aggregate: { numerator: 'coalesce(sum(auth + unauth) FILTER (WHERE poss > 0), 0)', denominator: 'coalesce(sum(poss) FILTER (WHERE poss > 0), 0)', children: 'count(*) FILTER (WHERE poss > 0)' },
});
