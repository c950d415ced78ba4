import { defineRule } from '../rule.js';

/** Not UTF-8. The file is not valid UTF-8; it was read as Windows-1252 (Excel's default on English Windows). */
export const fileEncoding = defineRule({
  id: 'file-encoding',
  severity: 'warning',
  stage: 'file',
  title: 'Not UTF-8',
  description: "The file is not valid UTF-8; it was read as Windows-1252 (Excel's default on English Windows).",
  remedy: 'Save as "CSV UTF-8" to be sure accented names and symbols are read as meant.',
  rejectsRow: false,
  tables: 'all',
});
