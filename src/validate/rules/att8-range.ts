import { defineRule } from '../rule.js';

/** Attainment 8 out of range. Attainment 8 runs from 0 to 90 (ten slots of up to 9 points, English and maths double weighted). */
export const att8Range = defineRule({
  id: 'att8-range',
  severity: 'error',
  stage: 'cell',
  title: 'Attainment 8 out of range',
  description: 'Attainment 8 runs from 0 to 90 (ten slots of up to 9 points, English and maths double weighted).',
  remedy: 'Check the KS4 file.',
  rejectsRow: true,
  tables: ['KS4Pupil'],
});
