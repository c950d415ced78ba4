import { defineRule } from '../rule.js';

/** Value out of range. The value is outside the range the field allows. */
export const valueOutOfRange = defineRule({
  id: 'value-out-of-range',
  severity: 'error',
  stage: 'cell',
  title: 'Value out of range',
  description: 'The value is outside the range the field allows.',
  remedy: 'Correct the value.',
  rejectsRow: true,
  tables: 'all',
});
