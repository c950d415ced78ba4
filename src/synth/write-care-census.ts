import { academicYearEnding } from '../domain/years.js';
import { ageOnDay, dayOf, formatDay } from './calendar.js';
import type { SynthChild } from './child.js';
import { drawSen, schoolDay } from './ks4-pupil.js';
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
 *
 * Absence and suspensions: every school-age child in care in the return (Years 1–11, age 5–15 at
 * 31 August) gets one absence row for the year, and may get suspensions, so that the DfE's absence and
 * exclusion measures (issue 12 item 2) cover the whole school-age cohort, not only Years 6, 10 and 11.
 * Left out here only the rows another writer makes: Years 10 and 11 of a KS4 cohort in the run
 * (write-ks4-cohort.ts) and the KS2 cohort of a year in the run (write-primary-cohorts.ts). These
 * draws use their own random stream, so the census rows above are unchanged by them.
 */
export function writeCareCensus(la: string, year: number, children: readonly SynthChild[], pupilsPerLa: number, firstYear: number,
  lastYear: number, seed: number, npd: NpdWriter): void {
  for (const child of children) {
    if (!child.inSchoolFiles || episodesInReturn(child.episodes, year).length === 0) continue;
    const age = ageOnDay(child.dob, dayOf(year - 1, 8, 31));
    if (age < 5 || age > 15) continue;
    if (child.kind === 'uasc' && child.episodes[0]!.decom > dayOf(year, 1, 15)) continue;
    const ks4Year = year + (15 - age);
    const ks2Year = inCohort(child.dob, year, 10);
    const ks4Rows = age >= 14 && ks4Year >= firstYear && ks4Year <= lastYear;
    if (!ks4Rows && !(ks2Year && year >= firstYear)) writeAbsence(la, year, child, age, seed, npd);
    if (ks4Year <= lastYear || ks2Year) continue;
    const rng = new Random(seed, Number(la), 9, child.index, year);
    const { ever, schoolLa } = careAt(child, year);
    const schools = schoolsOfLa(schoolLa, pupilsPerLa);
    const urn = rng.pick(age - 4 <= 6 ? schools.primary : schools.secondary);
    const sen = drawSen(rng, child.ability, ever, child.kind === 'respite');
    npd('census', year).line(`${child.pupilUpn},${academicYearEnding(year)},SPR,${urn},${schoolLa},${child.pupilUpn !== child.upn ? child.upn : ''},`
      + `${age - 4},${sen === 'ehcp' ? 'E' : sen === 'support' ? 'K' : 'N'},${sen === 'ehcp' && rng.chance(0.4) ? 'special' : 'mainstream'}`);
  }
}

/**
 * One year's absence of a school-age child in care, and suspensions. Overall absence is lognormal around
 * 4.5 % of sessions in primary and 6.4 % in secondary (sd 0.75 on the log scale): on average about 6 % and
 * 8.5 %, with about 14 % and 27 % persistently absent (10 %+), near the DfE's children looked after
 * 12 months (8.8 % overall, 20.8 % persistent, 2022/23). Suspensions: about 3 % of primary-age and 16 % of
 * secondary-age children in care have one or two a year.
 */
function writeAbsence(la: string, year: number, child: SynthChild, age: number, seed: number, npd: NpdWriter): void {
  const rng = new Random(seed, Number(la), 11, child.index, year);
  const secondary = age >= 11;
  const possible = rng.int(318, 334);
  const rate = Math.min(0.8, Math.exp(rng.normal(Math.log(secondary ? 0.064 : 0.045), 0.75)));
  const absent = Math.round(possible * rate);
  const unauthorised = Math.round(absent * Math.min(0.9, 0.15 + 0.35 * rng.next()));
  const acad = academicYearEnding(year);
  npd('absence', year).line(`${child.pupilUpn},${acad},${possible},${absent - unauthorised},${unauthorised}`);
  if (!rng.chance(secondary ? 0.16 : 0.03)) return;
  const count = rng.chance(0.7) ? 1 : 2;
  const days: number[] = [];
  for (let i = 0; i < count; i++) {
    const d = schoolDay(rng, year);
    if (!days.includes(d)) days.push(d);
  }
  for (const d of days.sort((a, b) => a - b)) {
    npd('exclusions', year).line(`${child.pupilUpn},${acad},FIXD,${formatDay(d)},${rng.weighted([[1, 20], [2, 50], [4, 20], [6, 10]] as const)}`);
  }
}
