import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';
import { tables903 } from './_years.js';

/**
 * A 903 file's LA column (pooled extracts) must hold a 3-digit DfE LA number: the LA decides whose
 * child a row is and names the output files, so any other value (`ABC`, `../x`, blank-padded text)
 * is an error and the row is not used. The value is echoed only when it has the shape of an LA code.
 */
export const contextLaInvalid = defineRule({
  id: 'context-la-invalid', severity: 'error', stage: 'row', title: 'Not an LA number in an LA column',
  description: 'The LA column of a 903 file holds the 3-digit DfE LA number of the authority the row belongs to (e.g. 855).',
  remedy: 'Correct the LA column (3 digits, e.g. 855), or remove it and put the LA in the folder name (903/855/2024/…).', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of await tables903(ctx)) {
      appendAll(out, await findingsFromQuery(ctx, this, t, 'LA',
        `SELECT _file, _line, _path, CASE WHEN length(_la) <= 6 AND regexp_full_match(_la, '[0-9]{1,6}') THEN _la END AS value, length(_la) AS detail
           FROM raw_${t} WHERE _la IS NOT NULL AND NOT regexp_full_match(_la, '[0-9]{3}(\\.0+)?') ORDER BY _file, _line`,
        (r) => `not a 3-digit DfE LA number (${r.value ?? `a value of ${r.detail} characters`}); the row is not used`));
    }
    return out;
  },
});
