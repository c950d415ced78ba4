import { defineRule } from '../rule.js';

/** Impossible date. The date does not exist (e.g. 31/02). */
export const dateImpossible = defineRule({
  id: 'date-impossible',
  severity: 'error',
  stage: 'cell',
  title: 'Impossible date',
  description: 'The date does not exist (e.g. 31/02), or lies before 1900 or after 2100, where no date in a return can be (taken as a typing error).',
  remedy: 'Correct the date in the source system.',
  rejectsRow: true,
  tables: 'all',
});
