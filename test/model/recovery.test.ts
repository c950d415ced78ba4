/**
 * The factor model recovers the generator's truth (issue 5, item 6): on generated data, the 95 % CIs
 * of the known effects of src/synth/outcome-model.ts (KS4_OUTCOME_MODEL) cover the true values about
 * 95 % of the time over seeds. Each seed runs the whole chain: generateSyntheticData → linkFolder →
 * readFactorRows → fitFactorModel (OLS, CR1 errors clustered by school: the generator adds a school
 * random intercept, sd 3).
 *
 * Size: 2 LAs, returns 2020–2024 (5 KS4 years), 4,500 KS4 pupils a year, 1,000 children in care per
 * LA: about 21,800 pupils in 40 schools for cohort `all` (enough clusters for CR1, not the HC1
 * fallback) and about 300 children looked after 12 months; 3 seeds, about 40 s in all.
 *
 * Which cohort estimates which effect (docs/model.md, "Recovering the generator's effects"):
 * * Cohort `all`, every effect but sex, with `ever_cla` (0/1) added to the factors: the generator's
 *   constant EVER_CLA effect of having been looked after, which the rees preset does not hold (within
 *   `cla_12m` it is constant). The care factors are blank in the factor table for pupils
 *   never looked after, and the generator's outcome uses 0 for them, so they are filled with 0 here
 *   (days_in_care, placement_changes_after_11, not_foster_y11; not_foster_y11 also 0 for a child not
 *   looked after on 31 March, as in the generator). Sex is only known from the 903 header, so it is
 *   left out of this fit: it is drawn independently of every other factor, so leaving it out costs
 *   precision, not bias.
 * * Cohort `cla_12m`, sex (F vs M): the one effect the all-pupil fit cannot see.
 * The ks4_year terms are known effects too: the generator has no year effect (truth 0). The intercept
 * is not an effect and is not counted (it also absorbs the clamping of A8 at 0).
 *
 * Units: days_in_care enters in years (days / 365.25), as DAYS_IN_CARE_PER_YEAR; unauthorised absence
 * per percentage point, as UNAUTHORISED_ABSENCE_PER_POINT; suspension per day.
 *
 * Assertions over all (seed, term) pairs, 18 a seed (54): coverage of at least 85 %, i.e. 46 of 54. If
 * each interval covered with probability 0.95 independently, P(Bin(54, 0.95) ≤ 45) ≈ 0.1 %; with true
 * coverage 80 % (SEs about 35 % too small) the test fails with probability 0.78. And every estimate
 * within 4 SE of the truth (P(|z| > 4) ≈ 6e-5 per pair). The generator clamps A8 to [0, 90] (about 10 %
 * of pupils ever in care since EVER_CLA; the synth summary reports it): a bias towards 0 of the effects
 * of factors that go with low attainment (not_foster_y11 most, up to 2.9 SE) that these bounds allow for.
 * The coverage table is printed (terms and numbers only: no UPN or id).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/io/duck.js';
import type { FactorRow } from '../../src/link/factor-row.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { readFactorRows } from '../../src/link/read-factors.js';
import { fitFactorModel, reesPreset, type EstimatedTerm, type ModelSpec, type OlsResult } from '../../src/model/index.js';
import { generateSyntheticData } from '../../src/synth/index.js';
import { KS4_OUTCOME_MODEL as truthModel } from '../../src/synth/outcome-model.js';

const seeds = [1, 2, 3];
const size = { las: 2, years: { from: 2020, to: 2024 }, pupilsPerKs4Year: 4500, childrenInCarePerLa: 1000 };
const minimumCoverage = 0.85;
const maximumStandardErrors = 4;

/** The true value of a model term (rees preset names, units as the design matrix), or undefined. */
function knownEffect(term: string, truth: Record<keyof typeof truthModel, number> = truthModel): number | undefined {
  const effects: Record<string, number> = {
    placement_changes_after_11: truth.PLACEMENT_CHANGE_AFTER_11,
    school_change_y10_y11: truth.SCHOOL_CHANGE_Y10_Y11,
    unauthorised_absence_pct: truth.UNAUTHORISED_ABSENCE_PER_POINT,
    suspension_days: truth.SUSPENSION_PER_DAY,
    not_foster_y11: truth.NOT_FOSTER_Y11,
    'school_type_y11=special': truth.SCHOOL_SPECIAL,
    'school_type_y11=ap': truth.SCHOOL_AP,
    'school_type_y11=independent': 0,
    days_in_care_years: truth.DAYS_IN_CARE_PER_YEAR,
    ever_cla: truth.EVER_CLA,
    ks2_emss: truth.B_KS2_EMSS,
    'sex=F': truth.SEX_FEMALE,
    'sen_y11=ehcp': truth.SEN_EHCP,
    'sen_y11=support': truth.SEN_SUPPORT,
  };
  if (term in effects) return effects[term];
  return term.startsWith('ks4_year=') ? 0 : undefined;
}

/** The generator's convention: care factors are 0 for a pupil never looked after (blank in the factor table). */
function withCareFactorsOfPupilsNeverInCare(row: FactorRow): FactorRow {
  if (row.ever_cla === 0) return { ...row, days_in_care: 0, placement_changes_after_11: 0, not_foster_y11: 0 };
  if (row.cla_31mar === 0 && row.not_foster_y11 === null) return { ...row, not_foster_y11: 0 };
  return row;
}

const allPupilSpec: ModelSpec = { ...reesPreset('att8', 'school'), factors: [...reesPreset('att8', 'school').factors.filter((f) => f !== 'sex'), 'ever_cla'] };

interface Interval { seed: number; sample: string; term: string; truth: number; estimate: number; se: number; ci: [number, number]; pupils: number; clusters: number }

const covers = (i: Interval): boolean => i.ci[0] <= i.truth && i.truth <= i.ci[1];
const standardErrorsOff = (i: Interval): number => Math.abs(i.estimate - i.truth) / i.se;

function intervalsOf(fit: OlsResult, seed: number, sample: string, only?: string): Interval[] {
  return fit.terms
    .filter((t): t is EstimatedTerm => t.estimable && knownEffect(t.term) !== undefined && (only === undefined || t.term === only))
    .map((t) => ({ seed, sample, term: t.term, truth: knownEffect(t.term)!, estimate: t.estimate, se: t.se, ci: t.ci, pupils: fit.pupils, clusters: fit.clusters }));
}

function fitOlsBySchool(rows: FactorRow[], spec: ModelSpec): OlsResult {
  const fit = fitFactorModel({ rows, spec, estimator: 'ols' });
  if (fit.kind !== 'ols') throw new Error(`model not estimable: ${fit.kind === 'not-estimable' ? fit.reason : fit.kind}`);
  return fit;
}

function coverageTable(intervals: Interval[]): string {
  const terms = [...new Set(intervals.map((i) => i.term))];
  const lines = ['term                           truth    ' + seeds.map((s) => `seed ${s}: estimate (se)`.padEnd(26)).join('') + 'covered'];
  for (const term of terms) {
    const of = intervals.filter((i) => i.term === term);
    const cells = seeds.map((s) => {
      const i = of.find((x) => x.seed === s);
      return (i ? `${i.estimate.toFixed(3)} (${i.se.toFixed(3)})${covers(i) ? '' : ' *'}` : '—').padEnd(26);
    });
    lines.push(`${term.padEnd(30)} ${String(of[0]!.truth).padStart(6)}   ${cells.join('')}${of.filter(covers).length}/${of.length}`);
  }
  const covered = intervals.filter(covers).length;
  lines.push(`covered ${covered} of ${intervals.length} (${((100 * covered) / intervals.length).toFixed(1)} %); largest |error| ${Math.max(...intervals.map(standardErrorsOff)).toFixed(2)} SE; * = not covered`);
  return lines.join('\n');
}

describe('the factor model recovers the synthetic generator truth', () => {
  let dir = '';
  const intervals: Interval[] = [];
  const fits: { seed: number; sample: string; fit: OlsResult }[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cla-recovery-'));
    for (const seed of seeds) {
      const out = join(dir, `seed-${seed}`);
      await generateSyntheticData({ out, seed, ...size });
      const db = await openDb();
      try {
        await linkFolder(db, { folder: out });
        const all = (await readFactorRows(db, 'all')).map(withCareFactorsOfPupilsNeverInCare);
        const allFit = fitOlsBySchool(all, allPupilSpec);
        const claFit = fitOlsBySchool(await readFactorRows(db, 'cla_12m'), reesPreset('att8', 'school'));
        fits.push({ seed, sample: 'all', fit: allFit }, { seed, sample: 'cla_12m', fit: claFit });
        intervals.push(...intervalsOf(allFit, seed, 'all'), ...intervalsOf(claFit, seed, 'cla_12m', 'sex=F'));
      } finally {
        closeDb(db);
      }
      rmSync(out, { recursive: true, force: true });
    }
    console.log(`Recovery of KS4_OUTCOME_MODEL, OLS with CR1 errors by school (${fits.map((f) => `seed ${f.seed} ${f.sample}: ${f.fit.pupils} pupils, ${f.fit.clusters} schools`).join('; ')})\n${coverageTable(intervals)}`);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fits every seed with CR1 errors and estimates every known effect', () => {
    expect(fits).toHaveLength(2 * seeds.length);
    for (const { fit } of fits) {
      expect(fit.variance).toBe('CR1');
      expect(fit.clusters).toBeGreaterThanOrEqual(20);
    }
    for (const seed of seeds) {
      const terms = intervals.filter((i) => i.seed === seed).map((i) => i.term);
      for (const term of ['placement_changes_after_11', 'school_change_y10_y11', 'unauthorised_absence_pct', 'suspension_days', 'not_foster_y11',
        'school_type_y11=special', 'school_type_y11=ap', 'school_type_y11=independent', 'days_in_care_years', 'ever_cla', 'ks2_emss', 'sex=F', 'sen_y11=ehcp', 'sen_y11=support'])
        expect(terms, `seed ${seed}`).toContain(term);
    }
  });

  it(`95 % CIs cover the true effects in at least ${100 * minimumCoverage} % of (seed, term) pairs`, () => {
    expect(intervals.length).toBeGreaterThanOrEqual(40);
    const covered = intervals.filter(covers).length;
    expect(covered / intervals.length, coverageTable(intervals)).toBeGreaterThanOrEqual(minimumCoverage);
  });

  it(`every estimate is within ${maximumStandardErrors} standard errors of the truth`, () => {
    const far = intervals.filter((i) => standardErrorsOff(i) > maximumStandardErrors).map((i) => `seed ${i.seed} ${i.term}: ${i.estimate.toFixed(3)} vs ${i.truth} (${standardErrorsOff(i).toFixed(1)} SE)`);
    expect(far).toEqual([]);
  });

  it('would notice wrong units: absence per 5 percentage points is far outside every interval', () => {
    // Rees: "over −2 grades per 5 % of sessions missed"; mapped per point by mistake, the truth would be −2.25.
    const wrong = { ...truthModel, UNAUTHORISED_ABSENCE_PER_POINT: 5 * truthModel.UNAUTHORISED_ABSENCE_PER_POINT };
    const of = intervals.filter((i) => i.term === 'unauthorised_absence_pct');
    expect(of).toHaveLength(seeds.length);
    for (const i of of) expect(Math.abs(i.estimate - knownEffect(i.term, wrong)!) / i.se).toBeGreaterThan(maximumStandardErrors);
  });
});
