import { defineRule } from '../rule.js';

/** Header matches no table. A table is recognised by its header row (inputs.md); this header has the identifying columns of none. */
export const fileUnrecognisedTable = defineRule({
  id: 'file-unrecognised-table',
  severity: 'error',
  stage: 'file',
  title: 'Header matches no table',
  description: 'A table is recognised by its header row (inputs.md); this header has the identifying columns of none.',
  remedy: 'Check the header row against the column lists in docs/inputs.md, or map renamed columns with columnRenames in cla-analyse.json.',
  rejectsRow: true,
  tables: 'all',
});
