import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';

/** Absent sessions (authorised + unauthorised) cannot exceed the sessions possible. */
export const sessionsExceedPossible = defineRule({
  id: 'sessions-exceed-possible', severity: 'error', stage: 'row', title: 'More absence than possible sessions',
  description: 'Authorised plus unauthorised absence is counted in sessions (half days) out of the sessions possible; it cannot be more.',
  remedy: 'Check the absence record with the school.', rejectsRow: true, tables: ['Absence'],
  async check(ctx) {
    if (!ctx.hasTable('Absence')) return [];
    return findingsFromQuery(ctx, this, 'Absence', 'UNAUTHORISEDABSENCE',
      `SELECT _file, _line, _path FROM p_Absence WHERE NOT _reject AND AUTHORISEDABSENCE::INTEGER + UNAUTHORISEDABSENCE::INTEGER > SESSIONSPOSSIBLE::INTEGER ORDER BY _file, _line`,
      () => 'authorised plus unauthorised absence is more than the sessions possible');
  },
});
