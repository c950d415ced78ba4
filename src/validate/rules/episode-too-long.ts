import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/**
 * Longest believable episode: 25 years (9,131 days). No one is looked after past 18, so an episode
 * (DECOM to DEC, or to the return's 31 March while open) longer than that is a date error, such as
 * 1919 typed for 2019 (a choice where the spec is silent; README "Choices"). The row is not used.
 */
export const EPISODE_MAX_DAYS = 9131;

export const episodeTooLong = defineRule({
  id: 'episode-too-long', severity: 'error', stage: 'row', title: 'Episode longer than 25 years',
  description: 'An episode (DECOM to DEC, or to 31 March of the return year while open) cannot last longer than 25 years: no one is looked after past 18.',
  remedy: 'Correct DECOM or DEC (often the century is mistyped).', rejectsRow: true, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DECOM',
      `SELECT _file, _line, _path, (coalesce(TRY_CAST(DEC AS DATE), make_date(_year, 3, 31)) - TRY_CAST(DECOM AS DATE)) // 365 AS detail
         FROM p_Episodes WHERE NOT _reject AND DECOM IS NOT NULL AND (DEC IS NOT NULL OR _year IS NOT NULL)
         AND coalesce(TRY_CAST(DEC AS DATE), make_date(_year, 3, 31)) - TRY_CAST(DECOM AS DATE) > ${EPISODE_MAX_DAYS} ORDER BY _file, _line`,
      (r) => `the episode lasts about ${r.detail} years, longer than the 25 years believable`);
  },
});
