import { defineRule } from '../rule.js';

/** Academic year in another form. The academic year was written in another accepted form and read as the year shown. */
export const acadyrFormat = defineRule({
  id: 'acadyr-format',
  severity: 'info',
  stage: 'cell',
  title: 'Academic year in another form',
  description: 'The academic year was written in another accepted form and read as the year shown.',
  remedy: 'Nothing to do.',
  rejectsRow: false,
  tables: 'all',
});
