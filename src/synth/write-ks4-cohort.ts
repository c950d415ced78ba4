import { ethnicGroup, isFosterOrKinship } from '../domain/codes.js';
import type { FactorRow } from '../link/factor-row.js';
import { dayOf, formatDay, march31Day } from './calendar.js';
import {
  ageAtEntry, daysInCareBefore, isCla12m, isPlacementChange, isRespite, lookedAfterOn, periodsOfCareBy, placeOn,
  placementChangesAfter11, placementGroupOn, placementsInYear,
} from './care-factors.js';
import type { SynthChild } from './child.js';
import type { PupilTable } from './columns.js';
import type { CsvFileWriter } from './csv-writer.js';
import { type CareInputs, simulateKs4Pupil, type Ks4Pupil } from './ks4-pupil.js';
import { childKs2Result } from './ks2-scores.js';
import { ks4PupilCells } from './ks4-rows.js';
import type { SynthOptions } from './options.js';
import { inCohort } from './population.js';
import { CANCELLED_PRIMARY_ASSESSMENT_YEARS } from './primary-pupils.js';
import { Random } from './random.js';
import type { SchoolEffects } from './schools.js';
import { truthRowCells } from './truth.js';
import { makeUpn } from './upn-factory.js';

/**
 * One LA's KS4 cohort of one year: its children in care of the cohort (with their care factors from
 * the simulated history) and enough other pupils to make up the LA's cohort size, written to the
 * national KS4, results, census, absence and exclusions files and to the truth file.
 */
export type NpdWriter = (table: PupilTable, year: number) => CsvFileWriter;
export type Stats = { children: number; ks4: number; ks4Cla: number; clamped: number };

/** Care facts of a child at 31 March of a KS4 (or KS2) year, from the episodes in the returns. */
export function careAt(child: SynthChild, year: number) {
  const eps = child.episodes;
  const day = march31Day(year);
  const ever = eps.some((e) => !isRespite(e) && e.decom <= day);
  const inCareNow = lookedAfterOn(eps, day);
  let schoolLa = child.la;
  if (inCareNow) {
    const covering = eps.find((e) => !isRespite(e) && e.decom <= day && (e.dec === null || day < e.dec));
    if (covering) schoolLa = covering.placementLa;
  }
  return { eps, day, ever, inCareNow, schoolLa };
}

export function writeKs4Cohort(la: string, year: number, children: readonly SynthChild[], pupilsPerLa: number, opts: SynthOptions,
  effects: SchoolEffects, npd: NpdWriter, truth: CsvFileWriter | null, stats: Stats): void {
  const ks2Cancelled = (CANCELLED_PRIMARY_ASSESSMENT_YEARS as readonly number[]).includes(year - 5);
  const year10Start = dayOf(year - 2, 9, 1);
  const careChildren = children.filter((c) => c.inSchoolFiles && c.episodes.length > 0 && inCohort(c.dob, year, 15)
    && (c.kind !== 'uasc' || c.episodes[0]!.decom < year10Start));
  for (const child of careChildren) {
    const { eps, day, ever, inCareNow, schoolLa } = careAt(child, year);
    let care: CareInputs | null = null;
    if (ever) {
      const place = placeOn(eps, day);
      let changesY10Y11 = 0;
      eps.forEach((e, i) => { if (e.decom >= year10Start && e.decom <= day && isPlacementChange(eps, i)) changesY10Y11++; });
      care = {
        placementChangesAfter11: placementChangesAfter11(eps, child.dob, day), placementChangesY10Y11: changesY10Y11,
        notFosterY11: inCareNow && place !== null && !isFosterOrKinship(place) ? 1 : 0, daysInCare: daysInCareBefore(eps, day), homeLa: la,
      };
    }
    const rng = new Random(opts.seed, Number(la), 3, child.index, year);
    const pupil = simulateKs4Pupil(rng, {
      upn: child.pupilUpn, formerUpn: child.pupilUpn !== child.upn ? child.upn : '', year, sex: child.sex, ability: child.ability,
      inCare: ever, respite: child.kind === 'respite', schoolLa, care, ks2: childKs2Result(child, opts.seed), ks2Cancelled,
      pupilsPerCohort: pupilsPerLa,
    }, effects);
    writeKs4Pupil(npd, pupil, year);
    stats.ks4++;
    if (ever) {
      stats.ks4Cla++;
      if (pupil.clamped) stats.clamped++;
    }
    if (truth) {
      // the tool links a child only through a UPN some return recorded: otherwise it sees a pupil never in care
      const linked = ever && child.upnRecorded === true;
      const seen = linked && inCareNow;
      const group = placementGroupOn(eps, day);
      const place = placeOn(eps, day);
      truth.row(truthRowCells({
        ...pupilTruth(pupil),
        la: linked ? la : null,
        cla_12m: linked && isCla12m(eps, year) ? 1 : 0,
        cla_31mar: seen ? 1 : 0,
        ever_cla: linked ? 1 : 0,
        days_in_care: linked ? daysInCareBefore(eps, day) : null,
        age_at_entry: linked ? ageAtEntry(eps, child.dob, day) : null,
        periods_of_care: linked ? periodsOfCareBy(eps, day) : null,
        placement_changes_after_11: linked ? placementChangesAfter11(eps, child.dob, day) : null,
        placements_in_year: linked ? placementsInYear(eps, year) : null,
        placement_group_y11: seen ? group : null,
        not_foster_y11: seen && place !== null ? (isFosterOrKinship(place) ? 0 : 1) : null,
        sex: linked ? child.sex : null,
        ethnic_group: linked ? ethnicGroup(child.ethnic) : null,
      }));
    }
  }
  const ordinary = Math.max(0, pupilsPerLa - careChildren.length);
  for (let j = 0; j < ordinary; j++) {
    const rng = new Random(opts.seed, Number(la), 4, year, j);
    const pupil = simulateKs4Pupil(rng, {
      upn: makeUpn(la, year, 2, j), formerUpn: rng.chance(0.01) ? makeUpn(la, year, 5, j, true, rng) : '', year,
      sex: rng.chance(0.51) ? 'M' : 'F', ability: rng.normal(), inCare: false, respite: false, schoolLa: la, care: null,
      ks2Cancelled, pupilsPerCohort: pupilsPerLa,
    }, effects);
    writeKs4Pupil(npd, pupil, year);
    stats.ks4++;
    if (truth) {
      truth.row(truthRowCells({
        ...pupilTruth(pupil), la: null, cla_12m: 0, cla_31mar: 0, ever_cla: 0, days_in_care: null, age_at_entry: null,
        periods_of_care: null, placement_changes_after_11: null, placements_in_year: null, placement_group_y11: null,
        not_foster_y11: null, sex: null, ethnic_group: null,
      }));
    }
  }
}

function pupilTruth(p: Ks4Pupil): Omit<FactorRow, 'la' | 'cla_12m' | 'cla_31mar' | 'ever_cla' | 'days_in_care' | 'age_at_entry'
  | 'periods_of_care' | 'placement_changes_after_11' | 'placements_in_year' | 'placement_group_y11' | 'not_foster_y11' | 'sex' | 'ethnic_group'> {
  return {
    pupil_key: p.upn, ks4_year: p.academicYear, school_la: p.laY11, school_urn: String(p.urnY11),
    school_change_y10_y11: p.schoolChange, unauthorised_absence_pct: p.unauthorisedPct, overall_absence_pct: p.overallPct,
    suspension_days: p.suspensionDays, permanently_excluded: p.permanentlyExcluded, sen_y11: p.sen, school_type_y11: p.schoolType,
    ks2_emss: p.ks2Emss, att8: p.att8, p8: null,
  };
}

function writeKs4Pupil(npd: NpdWriter, p: Ks4Pupil, year: number): void {
  npd('ks4_pupil', year).row(ks4PupilCells(p));
  const results = npd('ks4_results', year);
  const lead = `${p.upn},${p.academicYear},`;
  // a pupil with Attainment 8 of 0 sat nothing: no results rows at all, as in the NPD (issue 12 item 3:
  // the demo then exercises pupils at the end of KS4 without results rows)
  if (p.att8 !== 0) for (const r of p.results) results.line(`${lead}${r.subject},${r.qual},${r.ebacc},${r.grade},${r.points}`);
  const census = [npd('census', year - 1), npd('census', year)];
  for (const c of p.census) {
    const type = c.urn === p.urnY11 ? p.schoolType : 'mainstream';
    census[c.ncYear === 10 ? 0 : 1]!.line(`${p.upn},${c.academicYear},${c.term},${c.urn},${c.la},${p.formerUpn},${c.ncYear},${p.senCode},${type}`);
  }
  p.absence.forEach((a, i) => npd('absence', year - 1 + i).line(`${p.upn},${a.academicYear},${a.possible},${a.authorised},${a.unauthorised}`));
  for (const x of p.exclusions) {
    npd('exclusions', Number(x.academicYear.slice(0, 4)) + 1).line(`${p.upn},${x.academicYear},${x.category},${formatDay(x.startDay)},${x.sessions}`);
  }
}

