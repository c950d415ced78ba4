/**
 * The factor table agrees with the generator's truth (issue "Linking care and education", item 6):
 * on generated data and on the bundled demo, every derived factor and cohort flag of every KS4 pupil
 * and year equals what the generator computed from the same episodes and pupil rows, compared per
 * (pupil_key, ks4_year, la) for every column of src/link/factor-row.ts but p8 (blank in the truth).
 * Failures print a per-column mismatch count table only (no UPN, CHILD id or date of birth).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/io/duck.js';
import { UNMATCHED_REASONS, type LinkageCount } from '../../src/link/linkage.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { generateSyntheticData } from '../../src/synth/index.js';
import { compareWithTruth, formatComparison, readFactors, readTruth, rowKey, totalDifferences, type Cells } from './truth-comparison.js';

/**
 * The generator's truth knows every child's whole history; the tool sees only what the returns hold and
 * leaves days in care, age at entry and placement changes after 11 missing where the window reaches back
 * before the LA's earliest return (issue 12 item 1; the generator does not yet model that). Those truth
 * cells are blanked exactly where the tool left the cell missing for a linked child; every other cell,
 * and every value the tool did compute, must still agree. Returns how many cells were blanked.
 */
const CENSORABLE = ['days_in_care', 'age_at_entry', 'placement_changes_after_11'] as const;
function blankCensored(tool: Cells[], truth: Cells[]): number {
  const byKey = new Map(tool.filter((r) => r.ever_cla === '1').map((r) => [rowKey(r), r]));
  let n = 0;
  for (const r of truth) {
    const t = byKey.get(rowKey(r));
    if (!t) continue;
    for (const c of CENSORABLE) if (t[c] === '' && r[c] !== '') { r[c] = ''; n++; }
  }
  return n;
}

interface Run { tool: Cells[]; truth: Cells[]; counts: LinkageCount[]; linkedPupils: Set<string> }

async function linkAndRead(folder: string, truthFile: string): Promise<Run> {
  const db = await openDb();
  try {
    const linked = await linkFolder(db, { folder });
    return { tool: await readFactors(db), truth: readTruth(truthFile), counts: linked.linkage.counts, linkedPupils: new Set(linked.linkage.childrenOfPupil.keys()) };
  } finally {
    closeDb(db);
  }
}

const root = join(import.meta.dirname, '../..');

describe('factor table against the generator truth', () => {
  let dir = '';
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cla-truth-'));
    const out = join(dir, 'data');
    const truthFile = join(dir, 'truth.csv');
    await generateSyntheticData({ out, las: 2, years: { from: 2019, to: 2024 }, seed: 7, truthFile });
    runs.set('generated', await linkAndRead(out, truthFile));
    runs.set('demo', await linkAndRead(join(root, 'fixtures/demo'), join(root, 'fixtures/demo-truth.csv')));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const [name, label] of [['generated', 'generated (2 LAs, 2019–2024, seed 7)'], ['demo', 'fixtures/demo']] as const) {
    it(`${label}: every column of every row agrees`, () => {
      const run = runs.get(name)!;
      const censored = blankCensored(run.tool, run.truth);
      expect(censored).toBeGreaterThan(0); // both sets hold children in care before their earliest return
      const c = compareWithTruth(run.tool, run.truth);
      console.log(formatComparison(label, c));
      expect(c.truthRows).toBeGreaterThan(0);
      expect(run.truth.filter((r) => r.ever_cla === '1').length).toBeGreaterThan(0);
      expect(totalDifferences(c), formatComparison(label, c)).toBe(0);
    });

    it(`${label}: linkage counts add up, and every pupil the truth says was looked after is linked`, () => {
      const run = runs.get(name)!;
      // The truth file says nothing about 903 UPNs (placeholders, FormerUPN), so the counts are checked for
      // their arithmetic; which children link is checked through the truth's la / ever_cla columns.
      expect(run.counts.length).toBeGreaterThan(0);
      const broken = run.counts.filter((k) => k.schoolAge !== k.matched + UNMATCHED_REASONS.reduce((s, r) => s + k.unmatched[r], 0));
      expect(broken, 'LA/year rows where school-age ≠ matched + unmatched').toEqual([]);
      const lookedAfter = new Set(run.truth.filter((r) => r.la !== '').map((r) => r.pupil_key!));
      const notLinked = [...lookedAfter].filter((p) => !run.linkedPupils.has(p)).length;
      expect(notLinked, `${notLinked} of ${lookedAfter.size} pupils the truth gives an LA are not linked by the tool`).toBe(0);
    });
  }
});
