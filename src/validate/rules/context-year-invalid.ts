import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';
import { tables903 } from './_years.js';

/**
 * A 903 file's YEAR column must hold the return year as 4 digits (2024: the year of the 31 March
 * the return ends on). Anything else cannot place the row in a return, so the row is not used.
 */
export const contextYearInvalid = defineRule({
  id: 'context-year-invalid', severity: 'error', stage: 'row', title: 'Not a year in a YEAR column',
  description: 'The YEAR column of a 903 file holds the return year as 4 digits: the calendar year of the 31 March the return ends on (2024 for 2023/24).',
  remedy: 'Correct the YEAR column (e.g. 2024), or remove it and put the year in the folder name (903/855/2024/…).', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of await tables903(ctx)) {
      appendAll(out, await findingsFromQuery(ctx, this, t, 'YEAR',
        `SELECT _file, _line, _path, length(_year) AS detail FROM raw_${t}
           WHERE _year IS NOT NULL AND TRY_CAST(_year AS INTEGER) IS NULL ORDER BY _file, _line`,
        (r) => `not a 4-digit return year (a value of ${r.detail} characters); the row is not used`));
    }
    return out;
  },
});
