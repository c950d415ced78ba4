/**
 * The virtual school's cohort (issue 17 item 4): school-age children of the cohort by key stage and by
 * school location (the census record's LA against the responsible LA). Fixture and expected figures:
 * fixtures/measures/school-cohort/README.md (hand-worked there, child by child).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import type { MeasureRow } from '../../src/measures/row.js';
import { suppress } from '../../src/report/suppress.js';

const FOLDER = fileURLToPath(new URL('../../fixtures/measures/school-cohort/', import.meta.url));
let db: Db;
const rows: Record<string, MeasureRow[]> = {};
beforeAll(async () => {
  db = await openDb();
  const linked = await linkFolder(db, { folder: FOLDER });
  for (const cohort of ['cla_12m', 'cla_31mar', 'all'] as const)
    rows[cohort] = (await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort, breakdowns: [] })).filter((r) => r.id === 'school_age_pupils');
});
afterAll(() => closeDb(db));

/** "total; key_stage=ks2:1; ..." with the denominator of each part. */
function summary(rs: MeasureRow[]): string[] {
  return rs.map((r) => `${r.breakdown ? Object.entries(r.breakdown).map(([k, v]) => `${k}=${v}`).join() : 'total'}: ${r.value}${r.breakdown ? ` of ${r.denominator}` : ''}`);
}

describe('school_age_pupils', () => {
  it('cla_12m: 4 children, by key stage (K4 by age) and school location (K2 outside, K4 not known)', () => {
    expect(summary(rows.cla_12m!)).toEqual([
      'total: 4',
      'key_stage=ks1: 0 of 4', 'key_stage=ks2: 1 of 4', 'key_stage=ks3: 2 of 4', 'key_stage=ks4: 1 of 4',
      'school_location=in_la: 2 of 4', 'school_location=out_of_la: 1 of 4', 'school_location=unknown: 1 of 4',
    ]);
  });
  it('cla_31mar adds K8 (Year 5, at the LA\'s school); no "not known" row would be shown at 0', () => {
    expect(summary(rows.cla_31mar!).slice(0, 3)).toEqual(['total: 5', 'key_stage=ks1: 0 of 5', 'key_stage=ks2: 2 of 5']);
    expect(summary(rows.cla_31mar!)).toContain('school_location=in_la: 3 of 5');
  });
  it('all = pupils at the LA\'s schools: by key stage only (every one is in the authority by definition)', () => {
    expect(summary(rows.all!)).toEqual(['total: 3', 'key_stage=ks1: 0 of 3', 'key_stage=ks2: 2 of 3', 'key_stage=ks3: 1 of 3', 'key_stage=ks4: 0 of 3']);
  });
  it('is suppressed like any count: every part under the threshold is c, and enough others that none can be worked out', () => {
    const s = suppress(rows.cla_12m!, 3);
    expect(s.find((r) => r.breakdown === null)!.value).toBe(4);
    for (const r of s.filter((x) => x.breakdown && x.value !== null)) expect(r.value === 0 || r.value! >= 3).toBe(true);
    // no part is shown as 1 or 2, and the parts of a dimension never give a hidden one back: at least two hidden per dimension with a hidden part
    for (const dim of ['key_stage', 'school_location']) {
      const parts = s.filter((x) => x.breakdown && dim in x.breakdown);
      const hidden = parts.filter((x) => x.symbol === 'c').length;
      expect(hidden === 0 || hidden >= 2).toBe(true);
    }
  });
});
