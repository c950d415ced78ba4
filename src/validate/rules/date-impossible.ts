import { defineRule } from '../rule.js';

/** Impossible date. The date does not exist (e.g. 31/02). */
export const dateImpossible = defineRule({
  id: 'date-impossible',
  severity: 'error',
  stage: 'cell',
  title: 'Impossible date',
  description: 'The date does not exist (e.g. 31/02).',
  remedy: 'Correct the date in the source system.',
  rejectsRow: true,
  tables: 'all',
});
