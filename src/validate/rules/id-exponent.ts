import { defineRule } from '../rule.js';

/** Id in exponent form. Excel turned a long id into a number like 1.23E+5: its digits are lost. */
export const idExponent = defineRule({
  id: 'id-exponent',
  severity: 'error',
  stage: 'cell',
  title: 'Id in exponent form',
  description: 'Excel turned a long id into a number like 1.23E+5: its digits are lost.',
  remedy: 'Re-export with the id column formatted as text.',
  rejectsRow: true,
  tables: 'all',
});
