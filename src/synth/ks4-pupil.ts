import { academicYearEnding } from '../domain/years.js';
import { dayOf } from './calendar.js';
import { drawKs2Result, ks2Emss, type Ks2Result } from './ks2-scores.js';
import { drawKs4Results, ks4Flags, type Ks4Flags, type SubjectResult } from './ks4-results.js';
import { drawAtt8, type OutcomeFactors } from './outcome-model.js';
import type { Random } from './random.js';
import { type SchoolEffects, type SchoolType, schoolsOfLa, schoolsOfType } from './schools.js';

/**
 * One KS4 pupil (KS4 year ending `year`): census records for Years 10 and 11, absence, exclusions,
 * SEN, school type, KS2 prior attainment and the modelled Attainment 8. Children in care bring their
 * care factors; everyone else has them at 0 (see outcome-model.ts).
 */
export interface CareInputs {
  placementChangesAfter11: number;
  /** Placement changes from 1 September of Year 10 to 31 March of Year 11 (raises the chance of a school move). */
  placementChangesY10Y11: number;
  notFosterY11: 0 | 1;
  daysInCare: number;
  /** Responsible LA: a child moving school may come from a school there. */
  homeLa: string;
}

export interface Ks4PupilInput {
  upn: string;
  formerUpn: string;
  year: number;
  sex: 'M' | 'F';
  ability: number;
  /** Ever looked after (non-respite) by 31 March of the KS4 year. */
  inCare: boolean;
  /** Respite-only children: mostly disabled children with EHC plans. */
  respite: boolean;
  schoolLa: string;
  care: CareInputs | null;
  /** The KS2 result of a child in the returns (shared with the KS2 file); drawn here for other pupils. */
  ks2?: Ks2Result;
  /** KS2 tests of this cohort were cancelled (KS4 2024/25 and 2025/26). */
  ks2Cancelled: boolean;
  pupilsPerCohort: number;
}

export interface CensusRecord { academicYear: string; term: 'AUT' | 'SPR' | 'SUM'; urn: number; la: string; ncYear: number }
export interface AbsenceRecord { academicYear: string; possible: number; authorised: number; unauthorised: number }
export interface ExclusionRecord { academicYear: string; category: 'FIXD' | 'PERM' | 'LNCH'; startDay: number; sessions: number }

export interface Ks4Pupil {
  upn: string;
  formerUpn: string;
  academicYear: string;
  sen: 'ehcp' | 'support' | 'none';
  senCode: 'E' | 'K' | 'N';
  schoolType: SchoolType;
  census: CensusRecord[];
  absence: AbsenceRecord[];
  exclusions: ExclusionRecord[];
  ks2Emss: number | null;
  schoolChange: 0 | 1;
  unauthorisedPct: number;
  overallPct: number;
  suspensionDays: number;
  permanentlyExcluded: 0 | 1;
  att8: number;
  clamped: boolean;
  results: SubjectResult[];
  flags: Ks4Flags;
  urnY11: number;
  laY11: string;
}

const TERMS = ['AUT', 'SPR', 'SUM'] as const;

/** SEN status from latent attainment: EHC plans and SEN support far more common among children in care. */
export function drawSen(rng: Random, ability: number, inCare: boolean, respite: boolean): 'ehcp' | 'support' | 'none' {
  if (respite) return rng.chance(0.8) ? 'ehcp' : 'support';
  const z = ability + rng.normal(0, 0.9);
  const shift = inCare ? 0.6 : 0;
  if (z < -2.44 + shift) return 'ehcp';
  if (z < -1.37 + shift) return 'support';
  return 'none';
}

export function schoolDay(rng: Random, academicYearEnd: number): number {
  const start = dayOf(academicYearEnd - 1, 9, 5);
  const end = dayOf(academicYearEnd, 7, 15);
  let d = rng.int(start, end);
  const wd = new Date(d * 86400000).getUTCDay();
  if (wd === 0) d += 1;
  if (wd === 6) d += 2;
  return d;
}

export function simulateKs4Pupil(rng: Random, input: Ks4PupilInput, effects: SchoolEffects): Ks4Pupil {
  const { ability, inCare, year } = input;
  const ks2 = input.ks2 ?? drawKs2Result(rng, ability, inCare);
  const latentEmss = ks2Emss(ks2);
  const ks2Missing = input.ks2Cancelled || ks2.absent;
  const sen = drawSen(rng, ability, inCare, input.respite);
  const notFoster = input.care?.notFosterY11 ?? 0;
  const perm = rng.chance(inCare ? 0.006 : 0.001);
  let schoolType: SchoolType;
  if (sen === 'ehcp' && rng.chance(inCare ? 0.55 : 0.4)) schoolType = 'special';
  else if (perm || rng.chance(inCare ? 0.05 + 0.08 * notFoster : 0.005)) schoolType = 'ap';
  else if (rng.chance(inCare ? 0.01 : 0.05)) schoolType = 'independent';
  else schoolType = 'mainstream';

  const schools = schoolsOfLa(input.schoolLa, input.pupilsPerCohort);
  const urnY11 = rng.pick(schoolsOfType(schools, schoolType));
  const changeChance = perm ? 1 : schoolType === 'ap' ? 0.6
    : inCare ? Math.min(0.8, 0.08 + 0.12 * (input.care?.placementChangesY10Y11 ?? 0)) : 0.035;
  const schoolChange: 0 | 1 = rng.chance(changeChance) ? 1 : 0;
  let firstUrn = urnY11;
  let firstLa = input.schoolLa;
  let moveAt = 6;
  if (schoolChange) {
    firstLa = input.care && rng.chance(0.5) ? input.care.homeLa : input.schoolLa;
    const pool = schoolsOfLa(firstLa, input.pupilsPerCohort).secondary.filter((u) => u !== urnY11);
    firstUrn = pool.length > 0 ? rng.pick(pool) : urnY11 + 1;
    moveAt = rng.int(1, 5);
  }
  const census: CensusRecord[] = [];
  for (let k = 0; k < 6; k++) {
    const y = k < 3 ? year - 1 : year;
    const moved = k >= moveAt;
    census.push({ academicYear: academicYearEnding(y), term: TERMS[k % 3]!, urn: moved || !schoolChange ? urnY11 : firstUrn,
      la: moved || !schoolChange ? input.schoolLa : firstLa, ncYear: k < 3 ? 10 : 11 });
  }

  const absence: AbsenceRecord[] = [];
  const logMean = Math.log(0.05) + (inCare ? 0.25 : 0) + (schoolType === 'ap' ? 1 : 0) - 0.15 * ability;
  const rate = Math.min(0.8, Math.exp(rng.normal(logMean, 0.65)));
  const share = Math.min(0.95, 0.12 + 0.3 * rng.next() + (inCare ? 0.1 : 0) + (schoolType === 'ap' ? 0.2 : 0));
  let possibleSum = 0;
  let unauthSum = 0;
  let absentSum = 0;
  for (const y of [year - 1, year]) {
    const possible = rng.int(schoolType === 'mainstream' ? 318 : 290, 334);
    const r = Math.min(0.95, rate * Math.exp(rng.normal(0, 0.2)));
    const unauthorised = Math.round(possible * r * share);
    const authorised = Math.round(possible * r * (1 - share));
    absence.push({ academicYear: academicYearEnding(y), possible, authorised, unauthorised });
    possibleSum += possible;
    unauthSum += unauthorised;
    absentSum += authorised + unauthorised;
  }

  const exclusions: ExclusionRecord[] = [];
  const suspensionRate = (inCare ? 0.45 : 0.1) * (schoolType === 'ap' ? 3 : 1) * Math.exp(-0.3 * ability);
  const count = rng.poisson(2 * suspensionRate);
  let sessionsSum = 0;
  for (let i = 0; i < count; i++) {
    const y = rng.chance(0.5) ? year - 1 : year;
    const sessions = rng.weighted([[1, 10], [2, 45], [4, 20], [6, 10], [10, 10], [20, 5]] as const);
    // two suspensions of one pupil never start on the same day (an exact repeat is a duplicate row to the validator)
    let startDay = schoolDay(rng, y);
    for (let tries = 0; tries < 20 && exclusions.some((e) => e.startDay === startDay); tries++) startDay = schoolDay(rng, y);
    if (exclusions.some((e) => e.startDay === startDay)) continue;
    exclusions.push({ academicYear: academicYearEnding(y), category: 'FIXD', startDay, sessions });
    sessionsSum += sessions;
  }
  if (rng.chance(0.01)) exclusions.push({ academicYear: academicYearEnding(year), category: 'LNCH', startDay: schoolDay(rng, year), sessions: 1 });
  if (perm) exclusions.push({ academicYear: academicYearEnding(year - 1), category: 'PERM', startDay: schoolDay(rng, year - 1), sessions: 0 });
  exclusions.sort((a, b) => a.startDay - b.startDay);

  const unauthorisedPct = (100 * unauthSum) / possibleSum;
  const overallPct = (100 * absentSum) / possibleSum;
  const suspensionDays = sessionsSum / 2;
  const factors: OutcomeFactors = {
    ks2Emss: latentEmss,
    placementChangesAfter11: input.care?.placementChangesAfter11 ?? 0,
    schoolChangeY10Y11: schoolChange,
    unauthorisedAbsencePct: unauthorisedPct,
    suspensionDays,
    notFosterY11: notFoster,
    schoolTypeY11: schoolType,
    daysInCare: input.care?.daysInCare ?? 0,
    everCla: inCare ? 1 : 0,
    sex: input.sex,
    sen,
  };
  const { att8, clamped } = drawAtt8(factors, effects.of(urnY11), rng);
  const results = drawKs4Results(rng, att8);
  return {
    upn: input.upn, formerUpn: input.formerUpn, academicYear: academicYearEnding(year), sen,
    senCode: sen === 'ehcp' ? 'E' : sen === 'support' ? 'K' : 'N', schoolType, census, absence, exclusions,
    ks2Emss: ks2Missing ? null : latentEmss, schoolChange, unauthorisedPct, overallPct, suspensionDays,
    permanentlyExcluded: perm ? 1 : 0, att8, clamped, results, flags: ks4Flags(results), urnY11, laY11: input.schoolLa,
  };
}
