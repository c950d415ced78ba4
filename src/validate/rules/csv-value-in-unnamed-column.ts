import { defineRule } from '../rule.js';

/** Value in an unnamed column. A value stands in a trailing column with no header name; it is ignored. */
export const csvValueInUnnamedColumn = defineRule({
  id: 'csv-value-in-unnamed-column',
  severity: 'warning',
  stage: 'row',
  title: 'Value in an unnamed column',
  description: 'A value stands in a trailing column with no header name; it is ignored.',
  remedy: 'Name the column or delete the stray value.',
  rejectsRow: false,
  tables: 'all',
});
