import { defineMeasure, POP, DFE_CLA } from '../define.js';
import { claAt31March } from '../../derive/care/cla-at-31-march.js';

export default defineMeasure({
  id: 'cla_rate_per_10k',
  family: 'care',
  title: 'Looked after per 10,000 children',
  shortTitle: 'Rate per 10,000 children',
  unit: 'rate',
  definition: 'cla_31mar per 10,000 children aged 0–17 (ONS mid-year estimate published with the DfE figures).',
  source: DFE_CLA,
  population: POP.CLA_31MAR,
  denominatorUnit: 'children',
  suppressionCount: 'numerator',
  direction: 'neutral',
  benchmark: { file: 'cla_numbers.csv', column: 'rate_per_10000', label: 'children looked after on 31 March per 10,000 children aged 0 to 17', population: POP.CLA_31MAR },
  report: { section: 'profile', table: 'profile-cla', order: 30 },
  care: { perChild: (h, _child, year) => { const x = claAt31March(h, year); return { inDenominator: x, inNumerator: x }; }, perPopulation: 10000 },
});
