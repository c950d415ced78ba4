import { defineRule } from '../rule.js';

/** Required value missing. The return guide makes this field mandatory (inputs.md: CHILD everywhere, DOB, SEX; Episodes DECOM, RNE, LS, CIN, PLACE; pupil ids and years). */
export const requiredField = defineRule({
  id: 'required-field',
  severity: 'error',
  stage: 'cell',
  title: 'Required value missing',
  description: 'The return guide makes this field mandatory (inputs.md: CHILD everywhere, DOB, SEX; Episodes DECOM, RNE, LS, CIN, PLACE; pupil ids and years).',
  remedy: 'Fill in the value in the case-management system and export again.',
  rejectsRow: true,
  tables: 'all',
});
