import { defineRule } from '../rule.js';

/** Date not in dd/mm/yyyy. The date was written as yyyy-mm-dd, dd/mm/yy, dd-mmm-yyyy or an Excel serial number, and was read as the date shown. */
export const dateFormat = defineRule({
  id: 'date-format',
  severity: 'warning',
  stage: 'cell',
  title: 'Date not in dd/mm/yyyy',
  description: 'The date was written as yyyy-mm-dd, dd/mm/yy, dd-mmm-yyyy or an Excel serial number, and was read as the date shown.',
  remedy: 'Export dates as dd/mm/yyyy (format the column as text in Excel).',
  rejectsRow: false,
  tables: 'all',
});
