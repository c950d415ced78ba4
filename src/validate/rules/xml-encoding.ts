import { defineRule } from '../rule.js';

/** XML encoding wrong or unsupported. The XML declaration names an encoding the file's bytes do not follow, or one the tool cannot read; the file was read as UTF-8 or Windows-1252, so accented letters and symbols may be wrong. */
export const xmlEncoding = defineRule({
  id: 'xml-encoding',
  severity: 'error',
  stage: 'file',
  title: 'XML encoding wrong or unsupported',
  description: "The XML declaration names an encoding the file's bytes do not follow, or one the tool cannot read; the file was read as UTF-8 or Windows-1252, so accented letters and symbols may be wrong.",
  remedy: 'Save the file as UTF-8 and make the XML declaration say encoding="UTF-8".',
  rejectsRow: false,
  tables: 'all',
});
