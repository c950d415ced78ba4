import { defineMeasure, POP, DFE_CLA } from '../define.js';

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
});
