import { defineRule } from '../rule.js';
import { appendAll, type Finding } from '../finding.js';
import { findingsFromQuery } from './_helpers.js';

/** Pupil files are keyed by real UPNs; a UN1–UN5 placeholder there identifies no pupil. */
export const pupilUpnPlaceholder = defineRule({
  id: 'pupil-upn-placeholder', severity: 'error', stage: 'row', title: 'Placeholder instead of a UPN in a pupil file',
  description: 'UN1–UN5 are 903 placeholders; a pupil file row must carry the pupil\u2019s UPN.', remedy: 'Replace the placeholder with the pupil\u2019s UPN.',
  rejectsRow: true, tables: ['KS4Pupil', 'KS4Results', 'KS2Pupil', 'KS1Pupil', 'Census', 'Absence', 'Exclusions'],
  async check(ctx) {
    const out: Finding[] = [];
    for (const t of this.tables as string[]) {
      if (!ctx.hasTable(t)) continue;
      appendAll(out, await findingsFromQuery(ctx, this, t, 'UPN', `SELECT _file, _line, _path FROM p_${t} WHERE NOT _reject AND UPN LIKE 'UN_' ORDER BY _file, _line`,
        () => 'a UN placeholder stands where the pupil\u2019s UPN should be'));
    }
    return out;
  },
});
