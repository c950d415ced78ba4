import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/**
 * Every child with episodes in a return has a Header row in that return. A Header row that is there
 * but not used (rejected by another rule, e.g. its date of birth) counts as there: that rule's
 * finding says what to fix, and this one would only repeat it with the wrong remedy.
 */
export const episodeChildNotInHeader = defineRule({
  id: 'episode-child-not-in-header', severity: 'error', stage: 'row', title: 'Episodes of a child missing from Header',
  description: 'The Header holds every child of the return; episodes of a CHILD id that is not there cannot be given a date of birth, sex or UPN.',
  remedy: 'Add the child to the Header export, or correct the CHILD id of the episode.', rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes') || !ctx.hasTable('Header')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'CHILD',
      `SELECT e._file, e._line, e._path FROM p_Episodes e WHERE NOT e._reject AND NOT EXISTS
         (SELECT 1 FROM p_Header h WHERE h._la IS NOT DISTINCT FROM e._la AND h._year IS NOT DISTINCT FROM e._year AND h.CHILD = e.CHILD)
       ORDER BY e._file, e._line`,
      () => 'no Header row for this child in the same return');
  },
});
