import { defineMeasure, POP, DFE_OUT } from '../define.js';

export default defineMeasure({
  id: 'absence_unauthorised',
  family: 'absence',
  title: 'Unauthorised absence (% sessions)',
  shortTitle: 'Unauthorised absence',
  unit: 'percent',
  definition: 'Unauthorised absence: % of possible sessions, school-age children of the cohort over one academic year; also by school phase.',
  source: DFE_OUT,
  population: POP.SCHOOL_AGE_YEAR,
  denominatorUnit: 'sessions',
  suppressionCount: 'children',
  direction: 'lower',
  benchmark: { file: 'absence_cla12m.csv', column: 'pt_sess_unauthorised', label: 'unauthorised absence rate (% of possible sessions), six half terms', population: POP.SCHOOL_AGE_YEAR,
    phaseColumns: { primary: 'pt_sess_unauthorised_primary', secondary: 'pt_sess_unauthorised_secondary', special: 'pt_sess_unauthorised_special', alternative_provision: 'pt_sess_unauthorised_alternative_provision' } },
  report: { section: 'attendance', table: 'attendance', order: 20 },
  aggregate: { numerator: 'coalesce(sum(unauth) FILTER (WHERE poss > 0), 0)', denominator: 'coalesce(sum(poss) FILTER (WHERE poss > 0), 0)', children: 'count(*) FILTER (WHERE poss > 0)' },
});
