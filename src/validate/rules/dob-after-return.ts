import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';
import { FIRST_RETURN_YEAR, LAST_RETURN_YEAR, tablesWith } from './_years.js';

/**
 * A date of birth after the 31 March the return ends on is in the future for that return: the child
 * cannot be in it (years outside the accepted range are year-out-of-range's). The date is never echoed (dates of birth are personal). The row is not used.
 */
export const dobAfterReturn = defineRule({
  id: 'dob-after-return', severity: 'error', stage: 'row', title: 'Date of birth in the future',
  description: 'A child in a return was born on or before the 31 March the return ends on; a later date of birth is in the future.',
  remedy: 'Correct the date of birth (often the year is mistyped), or the return year of the file.', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of await tablesWith(ctx, 'DOB')) {
      appendAll(out, await findingsFromQuery(ctx, this, t, 'DOB',
        `SELECT _file, _line, _path FROM p_${t} WHERE NOT _reject AND _year BETWEEN ${FIRST_RETURN_YEAR} AND ${LAST_RETURN_YEAR} AND DOB IS NOT NULL
           AND DOB > make_date(_year, 3, 31)::VARCHAR ORDER BY _file, _line`,
        () => 'the date of birth is after 31 March of the return year: in the future for this return'));
    }
    return out;
  },
});
