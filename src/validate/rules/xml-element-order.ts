import { defineRule } from '../rule.js';

/** XML elements out of schema order. The SSDA903 XML schema fixes the order of elements inside each parent; this one is out of order. It was read, but the DfE's own validation will reject the file. */
export const xmlElementOrder = defineRule({
  id: 'xml-element-order',
  severity: 'warning',
  stage: 'file',
  title: 'XML elements out of schema order',
  description: "The SSDA903 XML schema fixes the order of elements inside each parent; this one is out of order. It was read, but the DfE's own validation will reject the file.",
  remedy: 'Export the return again from the case management system, which writes the elements in schema order.',
  rejectsRow: false,
  tables: 'all',
});
