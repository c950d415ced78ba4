import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** One child (LA, CHILD) has two different Header rows in one return: the return allows one. */
export const headerDuplicateChild = defineRule({
  id: 'header-duplicate-child', severity: 'error', stage: 'row', title: 'Child twice in Header',
  description: 'Each child appears once in the Header of a return (CHILD is unique within the LA). Later rows for the same child are not used.',
  remedy: 'Merge the two records in the case-management system, or give each child its own CHILD id.', rejectsRow: true, tables: ['Header'],
  async check(ctx) {
    if (!ctx.hasTable('Header')) return [];
    return findingsFromQuery(ctx, this, 'Header', 'CHILD',
      `SELECT _file, _line, _path FROM (SELECT *, row_number() OVER (PARTITION BY _la, _year, CHILD ORDER BY _file, _line) AS k,
         count(DISTINCT (SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB)) OVER (PARTITION BY _la, _year, CHILD) AS variants
         FROM p_Header WHERE NOT _reject AND CHILD IS NOT NULL) WHERE k > 1 AND variants > 1 ORDER BY _file, _line`,
      () => 'this CHILD id already has a different Header row in the same return; this row is not used');
  },
});
