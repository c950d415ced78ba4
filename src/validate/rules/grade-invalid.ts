import { defineRule } from '../rule.js';

/** Not a grade. KS4 grades are 9–1, U or X; combined science is a pair such as 5-4. */
export const gradeInvalid = defineRule({
  id: 'grade-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not a grade',
  description: 'KS4 grades are 9–1, U or X; combined science is a pair such as 5-4.',
  remedy: 'Correct the grade.',
  rejectsRow: true,
  tables: ['KS4Results'],
});
