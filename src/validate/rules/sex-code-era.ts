import { defineRule } from '../rule.js';

/** SEX code of the other era. SEX is 1/2 up to the 2024 return and M/F/U from 2025; both are read and normalised to M/F/U. */
export const sexCodeEra = defineRule({
  id: 'sex-code-era',
  severity: 'warning',
  stage: 'cell',
  title: 'SEX code of the other era',
  description: 'SEX is 1/2 up to the 2024 return and M/F/U from 2025; both are read and normalised to M/F/U.',
  remedy: 'Export SEX in the form of the return year.',
  rejectsRow: false,
  tables: ['Header', 'UASC'],
});
