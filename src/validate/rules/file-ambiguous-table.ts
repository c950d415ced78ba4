import { defineRule } from '../rule.js';

/** Header matches several tables. The header has the identifying columns of more than one table equally well. */
export const fileAmbiguousTable = defineRule({
  id: 'file-ambiguous-table',
  severity: 'error',
  stage: 'file',
  title: 'Header matches several tables',
  description: 'The header has the identifying columns of more than one table equally well.',
  remedy: 'Export each table to its own file with its full header.',
  rejectsRow: true,
  tables: 'all',
});
