import { defineRule } from '../rule.js';

/** Not a CSV file. The file is binary (for example an .xlsx workbook renamed to .csv). */
export const fileNotCsv = defineRule({
  id: 'file-not-csv',
  severity: 'error',
  stage: 'file',
  title: 'Not a CSV file',
  description: 'The file is binary (for example an .xlsx workbook renamed to .csv).',
  remedy: 'Open it in Excel and save as "CSV UTF-8 (comma delimited)".',
  rejectsRow: false,
  tables: 'all',
});
