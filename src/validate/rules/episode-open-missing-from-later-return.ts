import type { Finding } from '../../domain/finding.js';
import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/**
 * Merging returns (definitions.md §1): an episode left open (no DEC) in one return, missing from the
 * LA's later returns, with no later episode of the child, is closed at the end of its return year
 * (src/derive/care/merge-returns.ts does so when care histories are built, and src/link/care-data.ts
 * raises this rule there too, with `returnEndFinding`). Checked here on the validated Episodes so `validate` reports it before any report.
 */
export const episodeOpenMissingFromLaterReturn = defineRule({
  id: 'episode-open-missing-from-later-return', severity: 'warning', stage: 'row', title: 'Open episode missing from the later returns',
  description: 'An episode open at the end of a return should appear again in the LA\u2019s next return (closed or still open). When it is missing from every later '
    + 'return and the child has no later episode, it is treated as ending after 31 March of its return year.',
  remedy: 'Add the episode, with its DEC, to the next return, or check that the child was reported in it.', rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    return findingsFromQuery(ctx, this, 'Episodes', 'DEC',
      `WITH e AS (SELECT _file, _line, _path, _la, _year, CHILD, DECOM, DEC FROM p_Episodes
                  WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL AND CHILD IS NOT NULL AND DECOM IS NOT NULL AND (DEC IS NULL OR DEC >= DECOM)),
         last AS (SELECT _la, max(_year) AS y FROM e GROUP BY _la)
       SELECT e._file, e._line, e._path, e._year AS detail FROM e JOIN last USING (_la)
       WHERE e.DEC IS NULL AND e._year < last.y
         AND NOT EXISTS (SELECT 1 FROM e l WHERE l._la = e._la AND l.CHILD = e.CHILD AND l.DECOM = e.DECOM AND l._year > e._year)
         AND NOT EXISTS (SELECT 1 FROM e l WHERE l._la = e._la AND l.CHILD = e.CHILD AND l.DECOM > e.DECOM)
       ORDER BY e._file, e._line`,
      (r) => `this episode is open at the end of the ${r.detail} return but missing from the LA's later returns, and the child has no later episode: `
        + `it is treated as ending after 31 March ${r.detail}`);
  },
});

/** The finding for an episode that merging the returns closed at the end of its return year (src/link/care-data.ts). */
export function returnEndFinding(e: { file: string; line: number; returnYear: number }): Finding {
  return {
    ruleId: episodeOpenMissingFromLaterReturn.id,
    severity: episodeOpenMissingFromLaterReturn.severity,
    table: 'Episodes',
    file: e.file,
    line: e.line,
    column: 'DEC',
    value: null,
    message: `An episode open at the end of the ${e.returnYear} return is missing from the LA's later returns, `
      + `and the child has no later episode: it is treated as ending after 31 March ${e.returnYear}.`,
    remedy: episodeOpenMissingFromLaterReturn.remedy,
  };
}
