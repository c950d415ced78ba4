import { defineRule } from '../rule.js';

/** Same table twice. Two files hold the same table for the same LA and return year (CSV and XML, or two CSVs). Only the first in path order is used, so children are not counted twice. */
export const fileConflict = defineRule({
  id: 'file-conflict',
  severity: 'error',
  stage: 'file',
  title: 'Same table twice',
  description: 'Two files hold the same table for the same LA and return year (CSV and XML, or two CSVs). Only the first in path order is used, so children are not counted twice.',
  remedy: 'Keep one file per table, LA and year.',
  rejectsRow: true,
  tables: 'all',
});
