import { defineRule } from '../rule.js';

/** Further XML problems not listed. After 50 XML syntax problems outside any child, the rest are counted, not listed. */
export const xmlTooManyFindings = defineRule({
  id: 'xml-too-many-findings',
  severity: 'warning',
  stage: 'file',
  title: 'Further XML problems not listed',
  description: 'After 50 XML syntax problems outside any child, the rest are counted, not listed.',
  remedy: 'Fix the problems listed, then run again to see the rest.',
  rejectsRow: false,
  tables: 'all',
});
