import { defineRule } from '../rule.js';

/** Not an academic year. Academic years are written 2023/24 (2023/2024, 2023-24 and 202324 are also read). */
export const acadyrInvalid = defineRule({
  id: 'acadyr-invalid',
  severity: 'error',
  stage: 'cell',
  title: 'Not an academic year',
  description: 'Academic years are written 2023/24 (2023/2024, 2023-24 and 202324 are also read).',
  remedy: 'Correct the year.',
  rejectsRow: true,
  tables: 'all',
});
