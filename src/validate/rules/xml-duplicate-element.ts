import { defineRule } from '../rule.js';

/** Element twice in an XML return. An element the SSDA903 XML schema (EXPSSDA903-2021.xsd) allows once appears twice in the same parent (e.g. two DECOM in one EPISODE); the child it sits in is not used. */
export const xmlDuplicateElement = defineRule({
  id: 'xml-duplicate-element',
  severity: 'error',
  stage: 'file',
  title: 'Element twice in an XML return',
  description: 'An element the SSDA903 XML schema (EXPSSDA903-2021.xsd) allows once appears twice in the same parent (e.g. two DECOM in one EPISODE); the child it sits in is not used.',
  remedy: 'Keep one of each such element per parent, or export the return again from the case management system.',
  rejectsRow: true,
  tables: 'all',
});
