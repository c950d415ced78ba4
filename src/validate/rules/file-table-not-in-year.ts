import { defineRule } from '../rule.js';

/** Table not in this return year. The table was added to the return in a later year than the file's return year. */
export const fileTableNotInYear = defineRule({
  id: 'file-table-not-in-year',
  severity: 'warning',
  stage: 'file',
  title: 'Table not in this return year',
  description: "The table was added to the return in a later year than the file's return year.",
  remedy: 'Check the return year of the file.',
  rejectsRow: false,
  tables: ['SWEpisodes'],
});
