import { defineMeasure, POP, DFE_CLA } from '../define.js';
import { cla12MonthsAt31March } from '../../derive/care/cla-12-months.js';

export default defineMeasure({
  id: 'cla_12m',
  family: 'care',
  title: 'Looked after 12 months at 31 March',
  shortTitle: 'Looked after 12 months',
  unit: 'count',
  definition: 'Children looked after continuously for 12 months at 31 March (the OC2 cohort).',
  source: DFE_CLA,
  population: POP.CLA_12M,
  denominatorUnit: 'children',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: null,
  report: { section: 'profile', table: 'profile-cla', order: 20 },
  care: { perChild: (h, _child, year) => { const x = cla12MonthsAt31March(h, year); return { inDenominator: x, inNumerator: x }; } },
});
