import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** An episode cannot end before it starts (DEC before DECOM): the row is not used. */
export const episodeDecBeforeDecom = defineRule({
  id: 'episode-dec-before-decom', severity: 'error', stage: 'row', title: 'Episode ends before it starts',
  description: 'DEC (date episode ceased) must not be earlier than DECOM (date episode commenced).',
  remedy: 'Correct the dates of the episode in the case-management system.', rejectsRow: true, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DEC',
      `SELECT _file, _line, _path FROM p_Episodes WHERE NOT _reject AND DEC IS NOT NULL AND DEC < DECOM ORDER BY _file, _line`,
      () => 'the episode ceases before it commenced');
  },
});
