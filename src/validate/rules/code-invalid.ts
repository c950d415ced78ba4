import { defineRule } from '../rule.js';

/** Unknown code. The value is not in the code list of this field in any return year. */
export const codeInvalid = defineRule({
  id: 'code-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Unknown code',
  description: 'The value is not in the code list of this field in any return year.',
  remedy: 'Use a code from the DfE code list (docs/inputs.md); on an optional field the cell is treated as blank.',
  rejectsRow: true,
  tables: 'all',
});
