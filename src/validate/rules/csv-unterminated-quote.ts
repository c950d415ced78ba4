import { defineRule } from '../rule.js';

/** Unterminated quote. A quoted value is not closed, so the rest of the file is read as one value. */
export const csvUnterminatedQuote = defineRule({
  id: 'csv-unterminated-quote',
  severity: 'error',
  stage: 'row',
  title: 'Unterminated quote',
  description: 'A quoted value is not closed, so the rest of the file is read as one value.',
  remedy: 'Close the quote; a double quote inside a value is written twice ("").',
  rejectsRow: true,
  tables: 'all',
});
