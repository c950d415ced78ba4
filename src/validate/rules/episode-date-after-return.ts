import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** A date after the 31 March the return ends on is in the return's future: it cannot have happened yet. */
export const episodeDateAfterReturn = defineRule({
  id: 'episode-date-after-return', severity: 'error', stage: 'row', title: 'Episode date after the return year',
  description: 'A return covers the year to 31 March; an episode cannot start (or cease) after that date.',
  remedy: 'Check the date, and the return year of the file (folder, file name or YEAR column).', rejectsRow: true, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DECOM',
      `SELECT _file, _line, _path FROM p_Episodes WHERE NOT _reject AND _year IS NOT NULL
         AND (DECOM > make_date(_year, 3, 31)::VARCHAR OR (DEC IS NOT NULL AND DEC > make_date(_year, 3, 31)::VARCHAR)) ORDER BY _file, _line`,
      () => 'a date of this episode falls after 31 March of the return year');
  },
});
