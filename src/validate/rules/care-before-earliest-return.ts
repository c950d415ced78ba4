import { queryRows } from '../../io/duck.js';
import { academicYearEnding } from '../../domain/years.js';
import type { Finding } from '../finding.js';
import { defineRule } from '../rule.js';

/**
 * History before the earliest return (definitions.md §3): a return holds only the episodes open
 * during its year, so a child whose first known episode (respite left out) has RNE other than `S`
 * and starts in or before the LA's earliest return year was already in care before the data. One
 * finding per LA, on its earliest return's Episodes file, with the children counted, never named.
 * The same test marks the child's first period left-censored in src/derive/care/censoring.ts.
 */
export const careBeforeEarliestReturn = defineRule({
  id: 'care-before-earliest-return', severity: 'info', stage: 'row', title: 'Children in care before the earliest return',
  description: 'A return holds only the episodes open during its year: a child whose first known episode has RNE other than S in the LA\u2019s earliest return '
    + 'came into care before it, and its start, time in care and placements before it are unknown (definitions: history before the earliest return).',
  remedy: 'Add the LA\u2019s earlier returns (the note on each affected measure names the years needed); until then the measures whose window reaches before '
    + 'the earliest return are x where one of these children is in the cohort, and their time in care and placement changes after 11 are missing.',
  rejectsRow: false, tables: ['Episodes'],
  async check(ctx) {
    if (!ctx.hasTable('Episodes')) return [];
    const rows = await queryRows<{ la: string; earliest: number; f: number; children: number }>(ctx.db,
      `WITH e AS (SELECT _la, _year, _file, _line, CHILD, DECOM, RNE, LS FROM p_Episodes
                  WHERE NOT _reject AND _la IS NOT NULL AND _year IS NOT NULL AND (DEC IS NULL OR DEC >= DECOM)),
         earliest AS (SELECT _la, min(_year) AS y FROM e GROUP BY _la),
         first_file AS (SELECT e._la, min(e._file) AS f FROM e JOIN earliest USING (_la) WHERE e._year = earliest.y GROUP BY e._la),
         firsts AS (SELECT _la, CHILD, DECOM, RNE FROM (
           SELECT *, row_number() OVER (PARTITION BY _la, CHILD ORDER BY DECOM, _year DESC, _file, _line) AS k
           FROM e WHERE coalesce(LS, '') NOT IN ('V3', 'V4')) WHERE k = 1)
       SELECT f._la AS la, earliest.y AS earliest, ff.f AS f, count(*) AS children
       FROM firsts f JOIN earliest USING (_la) JOIN first_file ff USING (_la)
       WHERE f.RNE <> 'S' AND f.DECOM < make_date(earliest.y, 4, 1)::VARCHAR
       GROUP BY ALL ORDER BY la`);
    return rows.map((r): Finding => {
      const n = Number(r.children), y = Number(r.earliest);
      return {
        ruleId: this.id, severity: this.severity, table: 'Episodes', file: ctx.fileName(Number(r.f)), line: null, column: null, value: String(n),
        message: `${n} ${n === 1 ? 'child' : 'children'} of LA ${r.la} ${n === 1 ? 'was' : 'were'} already in care before its earliest return (${academicYearEnding(y)}): `
          + `the first known episode has RNE other than S. Their care before 1 April ${y - 1} is unknown, so 3+ placements in 2 years and long-term stability `
          + `are x where their window reaches before it, and time in care and placement changes after 11 are missing for them.`,
        remedy: this.remedy,
      };
    });
  },
});
