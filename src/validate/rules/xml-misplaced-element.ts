import { defineRule } from '../rule.js';

/** XML element in the wrong place. An element of the SSDA903 XML schema sits inside a parent that cannot hold it (e.g. DECOM directly inside CHILD); it was not read, so the child is not used. */
export const xmlMisplacedElement = defineRule({
  id: 'xml-misplaced-element',
  severity: 'error',
  stage: 'file',
  title: 'XML element in the wrong place',
  description: 'An element of the SSDA903 XML schema sits inside a parent that cannot hold it (e.g. DECOM directly inside CHILD); it was not read, so the child is not used.',
  remedy: 'Move the element into the element it belongs to (e.g. DECOM inside an EPISODE), or export the return again.',
  rejectsRow: true,
  tables: 'all',
});
