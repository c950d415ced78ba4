import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { EPISODES_IN_ORDER } from './_episode-order.js';

/**
 * Episodes of one child in one return overlap when the next starts before this one ceased (or two
 * start on the same day). Overlaps are reported, never silently repaired (definitions.md).
 */
export const episodeOverlap = defineRule({
  id: 'episode-overlap', severity: 'error', stage: 'row', title: 'Overlapping episodes',
  description: 'A child is in one episode at a time: the next episode must not start before this one ceased.',
  remedy: 'Correct DEC of this episode or DECOM of the next so that they meet (X1) or leave a gap.', rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DEC',
      `SELECT _file, _line, _path FROM (${EPISODES_IN_ORDER}) WHERE next_decom IS NOT NULL AND DEC IS NOT NULL AND next_decom < DEC
         OR next_decom = DECOM ORDER BY _file, _line`,
      () => 'the next episode of this child starts before this one ceased');
  },
});
