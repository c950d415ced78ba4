import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** An episode cannot start before the child was born (DECOM before the Header's DOB): the row is not used. */
export const episodeBeforeBirth = defineRule({
  id: 'episode-before-birth', severity: 'error', stage: 'row', title: 'Episode starts before birth',
  description: "DECOM (date episode commenced) must not be earlier than the child's date of birth in the Header of the same return.",
  remedy: 'Correct DECOM or the date of birth in the case-management system.', rejectsRow: true, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes') || !ctx.hasTable('Header')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DECOM',
      `SELECT e._file, e._line, e._path FROM p_Episodes e WHERE NOT e._reject AND e.DECOM IS NOT NULL AND EXISTS
         (SELECT 1 FROM p_Header h WHERE NOT h._reject AND h._la IS NOT DISTINCT FROM e._la AND h._year IS NOT DISTINCT FROM e._year
            AND h.CHILD = e.CHILD AND h.DOB IS NOT NULL AND e.DECOM < h.DOB)
       ORDER BY e._file, e._line`,
      () => "the episode starts before the child's date of birth");
  },
});
