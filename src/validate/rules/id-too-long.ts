import { defineRule } from '../rule.js';

/** Id too long. An id longer than 40 characters is not a case-management id. */
export const idTooLong = defineRule({
  id: 'id-too-long',
  severity: 'error',
  stage: 'cell',
  title: 'Id too long',
  description: 'An id longer than 40 characters is not a case-management id.',
  remedy: 'Check the column mapping.',
  rejectsRow: true,
  tables: 'all',
});
