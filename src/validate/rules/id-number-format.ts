import { defineRule } from '../rule.js';

/** Id written as a decimal. The id was written as 123.0 (Excel number formatting) and read as 123. Leading zeros, if any, cannot be recovered. */
export const idNumberFormat = defineRule({
  id: 'id-number-format',
  severity: 'warning',
  stage: 'cell',
  title: 'Id written as a decimal',
  description: 'The id was written as 123.0 (Excel number formatting) and read as 123. Leading zeros, if any, cannot be recovered.',
  remedy: 'Re-export with the id column formatted as text.',
  rejectsRow: false,
  tables: 'all',
});
