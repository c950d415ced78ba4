import { academicYearEnding } from '../domain/years.js';
import { ageOnDay, dayOf } from './calendar.js';
import type { SynthChild } from './child.js';
import { drawSen } from './ks4-pupil.js';
import { inCohort } from './population.js';
import { Random } from './random.js';
import { schoolsOfLa } from './schools.js';
import { episodesInReturn } from './write-903.js';
import { careAt, type NpdWriter } from './write-ks4-cohort.js';

/**
 * Spring census rows for school-age children in care outside the KS4 and KS2 cohorts, so that most
 * school-age children in the returns match a pupil record (the linkage rate measure), as in a real
 * census. Left out: children whose KS4 year is in the run and not yet past (an earlier record would
 * precede their Year 10 record and read as a school move in Years 10–11), the KS2 cohort of the year
 * (it has its own row), UASC children not yet arrived and children with no English school record.
 */
export function writeCareCensus(la: string, year: number, children: readonly SynthChild[], pupilsPerLa: number, lastYear: number,
  seed: number, npd: NpdWriter): void {
  for (const child of children) {
    if (!child.inSchoolFiles || episodesInReturn(child.episodes, year).length === 0) continue;
    const age = ageOnDay(child.dob, dayOf(year - 1, 8, 31));
    if (age < 5 || age > 15) continue;
    const ks4Year = year + (15 - age);
    if (ks4Year <= lastYear || inCohort(child.dob, year, 10)) continue;
    if (child.kind === 'uasc' && child.episodes[0]!.decom > dayOf(year, 1, 15)) continue;
    const rng = new Random(seed, Number(la), 9, child.index, year);
    const { ever, schoolLa } = careAt(child, year);
    const schools = schoolsOfLa(schoolLa, pupilsPerLa);
    const urn = rng.pick(age - 4 <= 6 ? schools.primary : schools.secondary);
    const sen = drawSen(rng, child.ability, ever, child.kind === 'respite');
    npd('census', year).line(`${child.pupilUpn},${academicYearEnding(year)},SPR,${urn},${schoolLa},${child.pupilUpn !== child.upn ? child.upn : ''},`
      + `${age - 4},${sen === 'ehcp' ? 'E' : sen === 'support' ? 'K' : 'N'},${sen === 'ehcp' && rng.chance(0.4) ? 'special' : 'mainstream'}`);
  }
}
