import { defineRule } from '../rule.js';

/** Column not used. A header column is not part of the table; it is ignored. */
export const fileUnknownColumn = defineRule({
  id: 'file-unknown-column',
  severity: 'info',
  stage: 'file',
  title: 'Column not used',
  description: 'A header column is not part of the table; it is ignored.',
  remedy: 'Nothing to do unless it is a renamed column: then map it with columnRenames in cla-analyse.json.',
  rejectsRow: false,
  tables: 'all',
});
