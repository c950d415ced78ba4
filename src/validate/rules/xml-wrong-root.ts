import { defineRule } from '../rule.js';

/** XML root is not EXPSSDA903. The DfE's SSDA903 XML return has the root element EXPSSDA903; this file's root is another element. */
export const xmlWrongRoot = defineRule({
  id: 'xml-wrong-root',
  severity: 'error',
  stage: 'file',
  title: 'XML root is not EXPSSDA903',
  description: "The DfE's SSDA903 XML return has the root element EXPSSDA903; this file's root is another element.",
  remedy: 'Check this is the SSDA903 (children looked after) return.',
  rejectsRow: false,
  tables: 'all',
});
