import { defineRule } from '../rule.js';
import { appendAll, type Finding } from '../finding.js';
import { findingsFromQuery } from './_helpers.js';
import { sqlIdent } from '../../io/duck.js';

/** A pupil file holds one row per pupil and year (KS1, KS2, KS4 pupil files, absence). Later rows for the same pupil and year are not used. */
export const pupilDuplicateRecord = defineRule({
  id: 'pupil-duplicate-record', severity: 'error', stage: 'row', title: 'Pupil twice in a year',
  description: 'KS1, KS2 and KS4 pupil files and the absence file have one row per pupil and academic year; a second, different row for the same UPN and year is not used.',
  remedy: 'Keep one row per pupil and year (check for a pupil counted at two schools).', rejectsRow: true, tables: ['KS4Pupil', 'KS2Pupil', 'KS1Pupil', 'Absence'],
  async check(ctx) {
    const out: Finding[] = [];
    const { tableSpec } = await import('../../schemas/index.js'); // loaded by the check, not by `cla-analyse rules`
    for (const t of ['KS4Pupil', 'KS2Pupil', 'KS1Pupil', 'Absence']) {
      if (!ctx.hasTable(t)) continue;
      const rowHash = `hash(${Object.keys(tableSpec(t).columns).map(sqlIdent).join(', ')})`;
      // exact repeats are the duplicate-row rule's; this one is about different rows for one pupil and year
      appendAll(out, await findingsFromQuery(ctx, this, t, 'UPN',
        `WITH d AS (SELECT UPN, ACADYR FROM p_${t} WHERE NOT _reject GROUP BY ALL HAVING count(*) > 1)
         SELECT _file, _line, _path FROM (SELECT _file, _line, _path, row_number() OVER w AS k, ${rowHash} AS h, first_value(${rowHash}) OVER w AS h1
           FROM p_${t} SEMI JOIN d USING (UPN, ACADYR) WHERE NOT _reject WINDOW w AS (PARTITION BY UPN, ACADYR ORDER BY _file, _line)) WHERE k > 1 AND h <> h1 ORDER BY _file, _line`,
        () => 'this pupil already has a row for this academic year; this row is not used'));
    }
    return out;
  },
});
