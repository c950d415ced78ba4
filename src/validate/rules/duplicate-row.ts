import { sqlIdent } from '../../io/duck.js';
import { defineRule } from '../rule.js';
import { findingsFromQuery } from './_helpers.js';
import { appendAll, type Finding } from '../finding.js';

/**
 * Exact duplicate rows: the same LA, year and every cell. The first copy is used; later copies are
 * rejected so nothing is counted twice (real-world-files.md: "Duplicate rows").
 */
export const duplicateRow = defineRule({
  id: 'duplicate-row', severity: 'error', stage: 'row', title: 'Duplicate row',
  description: 'A row repeats an earlier row of the same table, LA and year cell for cell; only the first copy is used.',
  remedy: 'Remove the repeated row from the export.', rejectsRow: true, tables: 'all',
  async check(ctx) {
    const out: Finding[] = [];
    const { ALL_TABLES } = await import('../../schemas/index.js'); // loaded by the check, not by `cla-analyse rules`
    for (const spec of ALL_TABLES) {
      if (!ctx.hasTable(spec.name)) continue;
      const cols = ['_la', '_year', ...Object.keys(spec.columns).map(sqlIdent)].join(', ');
      // a hash finds the few candidate groups cheaply; the window then compares full rows within them only
      appendAll(out, await findingsFromQuery(ctx, this, spec.name, null,
        `WITH h AS (SELECT hash(${cols}) AS k FROM p_${spec.name} GROUP BY 1 HAVING count(*) > 1),
           c AS (SELECT p.* FROM p_${spec.name} p SEMI JOIN h ON h.k = hash(${cols.split(', ').map((c) => `p.${c}`).join(', ')}))
         SELECT _file, _line, _path FROM (SELECT _file, _line, _path, row_number() OVER (PARTITION BY ${cols} ORDER BY _file, _line) AS k FROM c)
         WHERE k > 1 ORDER BY _file, _line`,
        () => 'this row repeats an earlier row exactly; it is not used again'));
    }
    return out;
  },
});
