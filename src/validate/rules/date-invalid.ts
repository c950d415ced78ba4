import { defineRule } from '../rule.js';

/** Not a date. The value is not a date in dd/mm/yyyy or another unambiguous form. */
export const dateInvalid = defineRule({
  id: 'date-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not a date',
  description: 'The value is not a date in dd/mm/yyyy or another unambiguous form.',
  remedy: 'Write dates as dd/mm/yyyy.',
  rejectsRow: true,
  tables: 'all',
});
