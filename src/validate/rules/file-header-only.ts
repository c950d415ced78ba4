import { defineRule } from '../rule.js';

/** Header without rows. The file has a header row and no data rows. */
export const fileHeaderOnly = defineRule({
  id: 'file-header-only',
  severity: 'warning',
  stage: 'file',
  title: 'Header without rows',
  description: 'The file has a header row and no data rows.',
  remedy: 'Check that the export covered the right period; remove the file if the table is genuinely empty.',
  rejectsRow: false,
  tables: 'all',
});
