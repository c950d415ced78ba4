import { defineMeasure, POP, DFE_CLA } from '../define.js';
import { claAt31March } from '../../derive/care/cla-at-31-march.js';

export default defineMeasure({
  id: 'cla_31mar',
  family: 'care',
  title: 'Looked after at 31 March',
  shortTitle: 'Looked after at 31 March',
  unit: 'count',
  definition: 'Children looked after at 31 March (respite V3/V4 excluded).',
  source: DFE_CLA,
  population: POP.CLA_31MAR,
  denominatorUnit: 'children',
  suppressionCount: 'value',
  direction: 'neutral',
  benchmark: { file: 'cla_numbers.csv', column: 'cla_31mar', label: 'children looked after on 31 March', population: POP.CLA_31MAR },
  report: { section: 'profile', table: 'profile-cla', order: 10, trend: 'table' },
  // every child looked after on 31 March (respite V3/V4 is not care), with rows by the report's breakdowns
  care: { perChild: (h, _child, year) => { const x = claAt31March(h, year); return { inDenominator: x, inNumerator: x }; }, breakdowns: true },
});
