import { laIndex } from './la-codes.js';
import { KS4_OUTCOME_MODEL } from './outcome-model.js';
import { Random } from './random.js';

/**
 * Synthetic schools of an LA, laid out by URN: 100000 + 400 × (the LA's index in the DfE list)
 * + a local number, so any LA's schools (including LAs not generated, where children placed out of
 * area go to school) are known without storing them. Counts scale with the pupils per LA.
 */
export type SchoolType = 'mainstream' | 'special' | 'ap' | 'independent';

export interface SchoolSet {
  secondary: number[];
  special: number[];
  ap: number[];
  independent: number[];
  primary: number[];
}

function range(base: number, offset: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => base + offset + i);
}

const SCHOOL_SETS = new Map<string, SchoolSet>();

/** The schools of an LA (cached: called once per pupil). */
export function schoolsOfLa(la: string, pupilsPerCohort: number): SchoolSet {
  const key = `${la}|${pupilsPerCohort}`;
  let set = SCHOOL_SETS.get(key);
  if (!set) {
    set = buildSchoolSet(la, pupilsPerCohort);
    SCHOOL_SETS.set(key, set);
  }
  return set;
}

function buildSchoolSet(la: string, pupilsPerCohort: number): SchoolSet {
  const base = 100000 + 400 * laIndex(la);
  const per = Math.max(1, pupilsPerCohort);
  return {
    secondary: range(base, 0, Math.min(60, Math.max(2, Math.round(per / 180)))),
    special: range(base, 60, Math.min(10, Math.max(1, Math.round(per / 900)))),
    ap: range(base, 70, Math.min(5, Math.max(1, Math.round(per / 1500)))),
    independent: range(base, 75, Math.min(10, Math.max(1, Math.round(per / 1000)))),
    primary: range(base, 85, Math.min(300, Math.max(3, Math.round(per / 30)))),
  };
}

export function schoolsOfType(set: SchoolSet, type: SchoolType): number[] {
  return type === 'mainstream' ? set.secondary : set[type];
}

/** The school's random intercept in the outcome model: Normal(0, SCHOOL_SD), fixed per seed and URN. */
export class SchoolEffects {
  private readonly cache = new Map<number, number>();
  constructor(private readonly seed: number) {}

  of(urn: number): number {
    let v = this.cache.get(urn);
    if (v === undefined) {
      v = new Random(this.seed, 0x5c4001, urn).normal(0, KS4_OUTCOME_MODEL.SCHOOL_SD);
      this.cache.set(urn, v);
    }
    return v;
  }
}
