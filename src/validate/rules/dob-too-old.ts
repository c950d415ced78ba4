import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';
import { FIRST_RETURN_YEAR, LAST_RETURN_YEAR, tablesWith } from './_years.js';

/**
 * Oldest believable age in a return: 25 at its 31 March. Children are looked after up to 18 and care
 * leavers are followed to 21 (OC3), at most 25 with extended support; a date of birth that makes
 * someone 26 or older is a date error, such as 1900 typed or exported for an unknown date (a choice
 * where the spec is silent; README "Choices"). The date is never echoed. The row is not used.
 */
export const DOB_MAX_AGE = 25;

export const dobTooOld = defineRule({
  id: 'dob-too-old', severity: 'error', stage: 'row', title: 'Date of birth too long ago',
  description: `No one in an SSDA903 return is older than ${DOB_MAX_AGE} on the 31 March it ends on (children are looked after up to 18; care leavers are followed to 21, at most 25).`,
  remedy: 'Correct the date of birth (often the century is mistyped, or 01/01/1900 stands for an unknown date), or the return year of the file.', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of await tablesWith(ctx, 'DOB')) {
      appendAll(out, await findingsFromQuery(ctx, this, t, 'DOB',
        `SELECT _file, _line, _path FROM p_${t}
         WHERE NOT _reject AND _year BETWEEN ${FIRST_RETURN_YEAR} AND ${LAST_RETURN_YEAR} AND DOB IS NOT NULL
           AND DOB <= make_date(_year - ${DOB_MAX_AGE + 1}, 3, 31)::VARCHAR ORDER BY _file, _line`,
        () => `the date of birth makes the child ${DOB_MAX_AGE + 1} or older at 31 March of the return year: older than anyone in a return`));
    }
    return out;
  },
});
