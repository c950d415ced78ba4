import { defineRule } from '../rule.js';

/** Not an LA number. An LA is a 3-digit DfE LA number (e.g. 855). */
export const laInvalid = defineRule({
  id: 'la-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not an LA number',
  description: 'An LA is a 3-digit DfE LA number (e.g. 855).',
  remedy: 'Correct the LA number.',
  rejectsRow: true,
  tables: 'all',
});
