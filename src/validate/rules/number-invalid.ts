import { defineRule } from '../rule.js';

/** Not a number. The value is not a number of the expected form. */
export const numberInvalid = defineRule({
  id: 'number-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not a number',
  description: 'The value is not a number of the expected form.',
  remedy: 'Correct the value.',
  rejectsRow: true,
  tables: 'all',
});
