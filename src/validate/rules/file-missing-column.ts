import { defineRule } from '../rule.js';

/** Column missing. A column of the table is absent from the header; its cells are treated as blank. */
export const fileMissingColumn = defineRule({
  id: 'file-missing-column',
  severity: 'error',
  stage: 'file',
  title: 'Column missing',
  description: 'A column of the table is absent from the header; its cells are treated as blank.',
  remedy: 'Export the full table, or map a renamed column with columnRenames in cla-analyse.json.',
  rejectsRow: false,
  tables: 'all',
});
