import { academicYearEnding } from '../domain/years.js';
import type { SynthChild } from './child.js';
import type { SynthOptions } from './options.js';
import { inCohort } from './population.js';
import { childKs2Result, type Ks2Result } from './ks2-scores.js';
import { CANCELLED_PRIMARY_ASSESSMENT_YEARS, ks1Row, ks2Row } from './primary-pupils.js';
import { Random } from './random.js';
import { drawSen } from './ks4-pupil.js';
import { schoolsOfLa } from './schools.js';
import { makeUpn } from './upn-factory.js';
import { careAt, type NpdWriter } from './write-ks4-cohort.js';

/**
 * KS2 (and its spring census and absence) and KS1 cohorts of the academic year ending `year`. No KS2
 * or KS1 file for 2020 and 2021 (assessments cancelled). A child in care who also has KS4 census rows
 * in the run gets no KS2-year census row, so that the gap between Year 6 and Year 10 is never read as
 * a school move in Years 10–11 (definitions.md compares consecutive census records).
 */
export function writePrimaryCohorts(la: string, year: number, children: readonly SynthChild[], pupilsPerLa: number, opts: SynthOptions, npd: NpdWriter): void {
  const cancelled = (CANCELLED_PRIMARY_ASSESSMENT_YEARS as readonly number[]).includes(year);
  const to = opts.years.to;
  const ks2Children = children.filter((c) => c.inSchoolFiles && c.kind !== 'uasc' && inCohort(c.dob, year, 10));
  const ks2Pupils: { upn: string; formerUpn: string; ability: number; inCare: boolean; schoolLa: string; skipCensus: boolean; rng: Random;
    ks2?: Ks2Result }[] = [];
  for (const child of ks2Children) {
    const { ever, schoolLa } = careAt(child, year);
    ks2Pupils.push({ upn: child.pupilUpn, formerUpn: child.pupilUpn !== child.upn ? child.upn : '', ability: child.ability, inCare: ever,
      schoolLa, skipCensus: year + 5 <= to, rng: new Random(opts.seed, Number(la), 5, child.index, year), ks2: childKs2Result(child, opts.seed) });
  }
  for (let j = 0; j < Math.max(0, pupilsPerLa - ks2Children.length); j++) {
    const rng = new Random(opts.seed, Number(la), 6, year, j);
    ks2Pupils.push({ upn: makeUpn(la, year, 3, j), formerUpn: '', ability: rng.normal(), inCare: false, schoolLa: la, skipCensus: false, rng });
  }
  for (const p of ks2Pupils) {
    if (!cancelled) npd('ks2_pupil', year).row(ks2Row(p.rng, p.upn, year, p.ability, p.inCare, p.ks2));
    const sen = drawSen(p.rng, p.ability, p.inCare, false);
    const urn = p.rng.pick(schoolsOfLa(p.schoolLa, pupilsPerLa).primary);
    if (!p.skipCensus) {
      npd('census', year).row([p.upn, academicYearEnding(year), 'SPR', urn, p.schoolLa, p.formerUpn, 6, sen === 'ehcp' ? 'E' : sen === 'support' ? 'K' : 'N', 'mainstream']);
    }
    const possible = p.rng.int(320, 334);
    const rate = Math.min(0.6, Math.exp(p.rng.normal(Math.log(0.035) + (p.inCare ? 0.2 : 0), 0.6)));
    const unauth = Math.round(possible * rate * 0.2);
    npd('absence', year).row([p.upn, academicYearEnding(year), possible, Math.round(possible * rate) - unauth, unauth]);
  }
  if (cancelled) return;
  const ks1Children = children.filter((c) => c.inSchoolFiles && c.kind !== 'uasc' && inCohort(c.dob, year, 6));
  for (const child of ks1Children) {
    npd('ks1_pupil', year).row(ks1Row(new Random(opts.seed, Number(la), 7, child.index, year), child.pupilUpn, year, child.ability));
  }
  for (let j = 0; j < Math.max(0, pupilsPerLa - ks1Children.length); j++) {
    const rng = new Random(opts.seed, Number(la), 8, year, j);
    npd('ks1_pupil', year).row(ks1Row(rng, makeUpn(la, year, 4, j), year, rng.normal()));
  }
}
