import { defineRule } from '../rule.js';

/** Unreadable row. DuckDB could not read the row. */
export const csvUnreadableRow = defineRule({
  id: 'csv-unreadable-row',
  severity: 'error',
  stage: 'row',
  title: 'Unreadable row',
  description: 'DuckDB could not read the row.',
  remedy: 'Check the row against the header.',
  rejectsRow: true,
  tables: 'all',
});
