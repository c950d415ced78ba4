import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { EPISODES_IN_ORDER } from './_episode-order.js';

/** Only a child's latest episode in a return may be open (blank DEC). */
export const episodeOpenNotLast = defineRule({
  id: 'episode-open-not-last', severity: 'error', stage: 'row', title: 'Open episode that is not the last',
  description: 'An episode with no DEC is still going on; a later episode of the same child contradicts it.',
  remedy: 'Fill in DEC (and REC) of this episode: usually the DECOM of the next episode, with REC X1.', rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DEC',
      `SELECT _file, _line, _path FROM (${EPISODES_IN_ORDER}) WHERE DEC IS NULL AND k < n ORDER BY _file, _line`,
      () => 'this episode has no DEC but the child has a later episode in the same return');
  },
});
