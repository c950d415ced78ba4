import { defineRule } from '../rule.js';

/** Empty file. A file with no bytes, or only blank lines, holds no table. */
export const fileEmpty = defineRule({
  id: 'file-empty',
  severity: 'error',
  stage: 'file',
  title: 'Empty file',
  description: 'A file with no bytes, or only blank lines, holds no table.',
  remedy: 'Export the table again; if the table is genuinely empty, remove the file.',
  rejectsRow: false,
  tables: 'all',
});
