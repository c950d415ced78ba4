import { defineRule } from '../rule.js';

/** XML not well formed. The XML is not well formed (a tag not closed, a stray closing tag, a bad character). A child whose XML is broken is not used; its rows are counted as rejected. */
export const xmlMalformed = defineRule({
  id: 'xml-malformed',
  severity: 'error',
  stage: 'file',
  title: 'XML not well formed',
  description: 'The XML is not well formed (a tag not closed, a stray closing tag, a bad character). A child whose XML is broken is not used; its rows are counted as rejected.',
  remedy: 'Export the return again from the case management system, or fix the file in a text editor at the line given.',
  rejectsRow: true,
  tables: 'all',
});
