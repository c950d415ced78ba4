import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** A child of compulsory school age (5–15 on 31 August before the return year's 31 March) with a blank UPN cannot be linked. */
export const upnBlankSchoolAge = defineRule({
  id: 'upn-blank-school-age', severity: 'warning', stage: 'row', title: 'No UPN for a school-age child',
  description: 'Children of school age should have a UPN, or a UN1–UN5 code saying why not (return guide); a blank cannot be linked or explained.',
  remedy: 'Record the UPN, or the UN code (UN2–UN5) that says why it is not known.', rejectsRow: false, tables: ['Header'],
  async check(ctx) {
    if (!ctx.hasTable('Header')) return [];
    return findingsFromQuery(ctx, this, 'Header', 'UPN',
      // a UPN that failed its cell check is blanked too, but it was not blank: upn-format / upn-check-letter already say so
      `SELECT _file, _line, _path FROM p_Header h WHERE NOT _reject AND UPN IS NULL AND DOB IS NOT NULL AND _year IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM cellfind_Header c WHERE c.col = 'UPN' AND c._file = h._file AND c._line = h._line AND c._path IS NOT DISTINCT FROM h._path)
         AND date_diff('year', DOB::DATE, make_date(_year - 1, 8, 31)) - (CASE WHEN strftime(DOB::DATE, '%m-%d') > '08-31' THEN 1 ELSE 0 END) BETWEEN 5 AND 15
       ORDER BY _file, _line`,
      () => 'the child is of school age but has no UPN and no UN code');
  },
});
