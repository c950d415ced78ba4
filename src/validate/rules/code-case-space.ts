import { defineRule } from '../rule.js';

/** Code in lower case or with spaces. Codes are upper case without spaces; the value was read after folding. */
export const codeCaseSpace = defineRule({
  id: 'code-case-space',
  severity: 'warning',
  stage: 'cell',
  title: 'Code in lower case or with spaces',
  description: 'Codes are upper case without spaces; the value was read after folding.',
  remedy: 'Clean the code list in the source system.',
  rejectsRow: false,
  tables: 'all',
});
