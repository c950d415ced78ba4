import { defineRule } from '../rule.js';

/** Text too long. The value is longer than the field allows. */
export const textTooLong = defineRule({
  id: 'text-too-long',
  severity: 'error',
  stage: 'cell',
  title: 'Text too long',
  description: 'The value is longer than the field allows.',
  remedy: 'Check the column mapping.',
  rejectsRow: true,
  tables: 'all',
});
