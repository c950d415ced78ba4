import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { EPISODES_IN_ORDER } from './_episode-order.js';

/**
 * REC X1 says "episode ceases and a new one begins the same day": the next episode must start on
 * this DEC. A gap (or no next episode although the return year goes on) breaks the chain.
 */
export const episodeX1Gap = defineRule({
  id: 'episode-x1-gap', severity: 'error', stage: 'row', title: 'X1 not followed on the same day',
  description: 'An episode ending with REC X1 must be followed by an episode starting on its DEC (return guide, REC X1).',
  remedy: 'Give the next episode DECOM equal to this DEC, or record the real reason the child left care in REC.', rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'REC',
      `SELECT _file, _line, _path, CASE WHEN next_decom IS NULL THEN 'none' ELSE 'gap' END AS detail FROM (${EPISODES_IN_ORDER})
         WHERE REC = 'X1' AND DEC IS NOT NULL AND (next_decom IS NULL AND DEC < make_date(_year, 3, 31)::VARCHAR OR next_decom IS NOT NULL AND next_decom > DEC)
         ORDER BY _file, _line`,
      (r) => r.detail === 'none' ? 'REC is X1 but no episode starts on its DEC in this return' : 'REC is X1 but the next episode starts after a gap');
  },
});
