import { defineRule } from '../rule.js';

/** Not a URN. A school or provider URN is a 6-digit number (SC and 6 digits for Ofsted social care providers). */
export const urnInvalid = defineRule({
  id: 'urn-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not a URN',
  description: 'A school or provider URN is a 6-digit number (SC and 6 digits for Ofsted social care providers).',
  remedy: 'Correct the URN.',
  rejectsRow: true,
  tables: 'all',
});
