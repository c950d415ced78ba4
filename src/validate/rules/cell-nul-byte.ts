import { defineRule } from '../rule.js';

/**
 * NUL bytes in a CSV file (a damaged copy, a fixed-width export, NUL padding at the end): they are
 * removed and the rest of the cell is read, so no row is lost for them; each cell is reported.
 */
export const cellNulByte = defineRule({
  id: 'cell-nul-byte',
  severity: 'warning',
  stage: 'file',
  title: 'NUL bytes in a cell',
  description: 'A text file holds no NUL bytes; where one appears it is removed and the rest of the cell is read (NUL padding at the end of a file too).',
  remedy: 'Re-export the file from its source system; NUL bytes come from a damaged copy or a fixed-width export.',
  rejectsRow: false,
  tables: 'all',
});
