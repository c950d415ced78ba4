import { defineRule } from '../rule.js';

/** Too few fields. A row has fewer fields than the header. */
export const csvTooFewFields = defineRule({
  id: 'csv-too-few-fields',
  severity: 'error',
  stage: 'row',
  title: 'Too few fields',
  description: 'A row has fewer fields than the header.',
  remedy: 'Check for a row cut short or an unquoted line break inside a value.',
  rejectsRow: true,
  tables: 'all',
});
