import { defineRule } from '../rule.js';

/** Too many fields. A row has more fields than the header. */
export const csvTooManyFields = defineRule({
  id: 'csv-too-many-fields',
  severity: 'error',
  stage: 'row',
  title: 'Too many fields',
  description: 'A row has more fields than the header.',
  remedy: 'Check for an unquoted delimiter inside a value; quote values that contain it.',
  rejectsRow: true,
  tables: 'all',
});
