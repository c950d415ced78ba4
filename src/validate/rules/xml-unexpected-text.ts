import { defineRule } from '../rule.js';

/** Stray text in an XML return. Text stands directly inside an element that holds only elements (e.g. inside EPISODE, outside its fields); it was ignored. */
export const xmlUnexpectedText = defineRule({
  id: 'xml-unexpected-text',
  severity: 'warning',
  stage: 'file',
  title: 'Stray text in an XML return',
  description: 'Text stands directly inside an element that holds only elements (e.g. inside EPISODE, outside its fields); it was ignored.',
  remedy: 'Remove the stray text, or check that an element tag around it was not lost.',
  rejectsRow: false,
  tables: 'all',
});
