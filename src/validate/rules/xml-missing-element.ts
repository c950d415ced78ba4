import { defineRule } from '../rule.js';

/** XML child cannot be identified. Every CHILD of an SSDA903 XML return needs a HEADER with a CHILDID; without one the child cannot be identified and is not used. */
export const xmlMissingElement = defineRule({
  id: 'xml-missing-element',
  severity: 'error',
  stage: 'file',
  title: 'XML child cannot be identified',
  description: 'Every CHILD of an SSDA903 XML return needs a HEADER with a CHILDID; without one the child cannot be identified and is not used.',
  remedy: 'Add the HEADER and its CHILDID, or export the return again.',
  rejectsRow: true,
  tables: 'all',
});
