import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** One UPN on two children of the same LA: a UPN identifies one pupil, so at least one is wrong. */
export const upnShared = defineRule({
  id: 'upn-shared', severity: 'error', stage: 'row', title: 'One UPN on two children',
  description: 'A UPN belongs to one pupil; two CHILD ids of one LA carrying it cannot both be right. Neither child is linked on it.',
  remedy: 'Check both children\u2019s UPNs against school records and correct the wrong one.', rejectsRow: false, tables: ['Header'],
  async check(ctx) {
    if (!ctx.hasTable('Header')) return [];
    return findingsFromQuery(ctx, this, 'Header', 'UPN',
      `SELECT h._file, h._line, h._path FROM p_Header h JOIN (SELECT _la, UPN FROM p_Header WHERE UPN IS NOT NULL AND UPN NOT LIKE 'UN_' AND NOT _reject
         GROUP BY _la, UPN HAVING count(DISTINCT CHILD) > 1) d USING (_la, UPN) WHERE NOT h._reject ORDER BY h._file, h._line`,
      () => 'this UPN is also recorded for another child of the same LA');
  },
});
