import { defineRule } from '../rule.js';

/** Not comma-separated. The file is separated by semicolons, tabs or bars (Excel in some locales); it was read with that delimiter. */
export const fileDelimiter = defineRule({
  id: 'file-delimiter',
  severity: 'warning',
  stage: 'file',
  title: 'Not comma-separated',
  description: 'The file is separated by semicolons, tabs or bars (Excel in some locales); it was read with that delimiter.',
  remedy: 'Save as comma-separated CSV.',
  rejectsRow: false,
  tables: 'all',
});
