import { defineRule } from '../rule.js';

/** XML return cut short. The file ends inside an element (it should end with </EXPSSDA903>): the child it ends in is not used, and any children after it are missing. */
export const xmlTruncated = defineRule({
  id: 'xml-truncated',
  severity: 'error',
  stage: 'file',
  title: 'XML return cut short',
  description: 'The file ends inside an element (it should end with </EXPSSDA903>): the child it ends in is not used, and any children after it are missing.',
  remedy: 'Copy or export the file again and check it is complete.',
  rejectsRow: true,
  tables: 'all',
});
