import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';
import { FIRST_RETURN_YEAR, LAST_RETURN_YEAR, tables903, tablesWith } from './_years.js';

/**
 * A return year (903: from the folder, file name, YEAR column or --year) or a pupil file's academic
 * year outside 2000–2040 (e.g. 1900 or 2100) is a typing or export error: the row is not used.
 */
export const yearOutOfRange = defineRule({
  id: 'year-out-of-range', severity: 'error', stage: 'row', title: 'Year out of range',
  description: `A return year or academic year must lie between ${FIRST_RETURN_YEAR} and ${LAST_RETURN_YEAR} (the year of its 31 March).`,
  remedy: 'Correct the year in the folder or file name, the YEAR or ACADYR column, or --year.', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of await tables903(ctx)) {
      appendAll(out, await findingsFromQuery(ctx, this, t, null,
        `SELECT _file, _line, _path, _year::VARCHAR AS value FROM p_${t} WHERE NOT _reject AND _year IS NOT NULL
           AND (_year < ${FIRST_RETURN_YEAR} OR _year > ${LAST_RETURN_YEAR}) ORDER BY _file, _line`,
        (r) => `the return year ${r.value} is outside ${FIRST_RETURN_YEAR}–${LAST_RETURN_YEAR}; the row is not used`));
    }
    for (const t of await tablesWith(ctx, 'ACADYR')) {
      appendAll(out, await findingsFromQuery(ctx, this, t, 'ACADYR',
        `SELECT _file, _line, _path, ACADYR AS value FROM p_${t} WHERE NOT _reject AND ACADYR IS NOT NULL
           AND (TRY_CAST(left(ACADYR, 4) AS INTEGER) + 1 < ${FIRST_RETURN_YEAR} OR TRY_CAST(left(ACADYR, 4) AS INTEGER) + 1 > ${LAST_RETURN_YEAR}) ORDER BY _file, _line`,
        (r) => `the academic year ${r.value} is outside ${FIRST_RETURN_YEAR - 1}/${String(FIRST_RETURN_YEAR % 100).padStart(2, '0')}–${LAST_RETURN_YEAR - 1}/${LAST_RETURN_YEAR % 100}; the row is not used`));
    }
    return out;
  },
});
