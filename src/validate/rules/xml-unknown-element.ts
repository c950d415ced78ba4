import { defineRule } from '../rule.js';

/** Element not in the SSDA903 XML schema. An element that is not part of the SSDA903 XML schema (EXPSSDA903-2021.xsd); it and its content were skipped. */
export const xmlUnknownElement = defineRule({
  id: 'xml-unknown-element',
  severity: 'warning',
  stage: 'file',
  title: 'Element not in the SSDA903 XML schema',
  description: 'An element that is not part of the SSDA903 XML schema (EXPSSDA903-2021.xsd); it and its content were skipped.',
  remedy: 'If this element holds data you need, check the return year and schema; otherwise nothing needs doing.',
  rejectsRow: false,
  tables: 'all',
});
