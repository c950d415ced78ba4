/**
 * The factors a model can use, read from the per-pupil factor table (shared/spec/definitions.md),
 * with how each enters the design matrix and how its effect is said in plain words.
 *
 * Numeric factors enter as one column; categorical ones as one 0/1 column per level other than the
 * reference level (treatment coding, as R's contr.treatment). Term names: the factor name for a
 * numeric factor, `factor=level` for a level of a categorical one.
 */
import type { FactorRow } from '../link/factor-row.js';

export interface NumericFactor {
  kind: 'numeric';
  name: string;
  /** The value, or null when missing (the pupil is then dropped, listwise). */
  read: (row: FactorRow) => number | null;
  /** How "one more unit" is said: "Each placement change after age 11". */
  perUnit: string;
}

export interface CategoricalFactor {
  kind: 'categorical';
  name: string;
  read: (row: FactorRow) => string | null;
  /** Reference level when the spec names none; 'earliest' = the smallest level present (KS4 year). */
  defaultReference: string | 'earliest';
  /** How a level is said against the reference: "Special school at 16 (vs mainstream)". */
  describeLevel: (level: string, reference: string) => string;
}

export type Factor = NumericFactor | CategoricalFactor;

const numeric = (name: string, read: NumericFactor['read'], perUnit: string): NumericFactor => ({ kind: 'numeric', name, read, perUnit });

/** Days per year used to turn days_in_care into years (mean Gregorian year length). */
export const daysPerYear = 365.25;

export const factorRegistry: Readonly<Record<string, Factor>> = {
  placement_changes_after_11: numeric('placement_changes_after_11', (r) => r.placement_changes_after_11, 'Each placement change after age 11'),
  school_change_y10_y11: numeric('school_change_y10_y11', (r) => r.school_change_y10_y11, 'Changing school in Years 10 or 11 (vs not)'),
  unauthorised_absence_pct: numeric(
    'unauthorised_absence_pct',
    (r) => r.unauthorised_absence_pct,
    'Each percentage point of sessions missed through unauthorised absence',
  ),
  overall_absence_pct: numeric('overall_absence_pct', (r) => r.overall_absence_pct, 'Each percentage point of sessions missed (any absence)'),
  suspension_days: numeric('suspension_days', (r) => r.suspension_days, 'Each day of suspension'),
  not_foster_y11: numeric('not_foster_y11', (r) => r.not_foster_y11, 'Living in residential or other care at 16 (vs foster or kinship care)'),
  days_in_care_years: numeric(
    'days_in_care_years',
    (r) => (r.days_in_care === null ? null : r.days_in_care / daysPerYear),
    'Each year in care',
  ),
  ever_cla: numeric('ever_cla', (r) => r.ever_cla, 'Ever looked after by 31 March of the KS4 year (vs never)'),
  age_at_entry: numeric('age_at_entry', (r) => r.age_at_entry, 'Each year older at entry to care'),
  periods_of_care: numeric('periods_of_care', (r) => r.periods_of_care, 'Each period of care'),
  placements_in_year: numeric('placements_in_year', (r) => r.placements_in_year, 'Each placement in the year'),
  permanently_excluded: numeric('permanently_excluded', (r) => r.permanently_excluded, 'Permanent exclusion (vs none)'),
  ks2_emss: numeric('ks2_emss', (r) => r.ks2_emss, 'Each point of KS2 prior attainment'),
  school_type_y11: {
    kind: 'categorical',
    name: 'school_type_y11',
    read: (r) => r.school_type_y11,
    defaultReference: 'mainstream',
    describeLevel: (level, reference) => `In ${schoolTypeWords(level)} at 16 (vs ${schoolTypeWords(reference)})`,
  },
  sex: {
    kind: 'categorical',
    name: 'sex',
    read: (r) => r.sex,
    defaultReference: 'M',
    describeLevel: (level, reference) => `${capitalise(sexWords(level))} (vs ${sexWords(reference)})`,
  },
  sen_y11: {
    kind: 'categorical',
    name: 'sen_y11',
    read: (r) => r.sen_y11,
    defaultReference: 'none',
    describeLevel: (level, reference) => `Having ${senWords(level)} in Year 11 (vs ${senWords(reference)})`,
  },
  ks4_year: {
    kind: 'categorical',
    name: 'ks4_year',
    read: (r) => r.ks4_year,
    defaultReference: 'earliest',
    describeLevel: (level, reference) => `KS4 in ${level} (vs ${reference})`,
  },
};

function schoolTypeWords(level: string): string {
  const words: Record<string, string> = {
    mainstream: 'a mainstream school',
    special: 'a special school',
    ap: 'a pupil referral unit or alternative provision',
    independent: 'an independent school',
  };
  return words[level] ?? `school type ${level}`;
}

function sexWords(level: string): string {
  return ({ M: 'male', F: 'female', U: 'sex unknown' } as Record<string, string>)[level] ?? `sex ${level}`;
}

function senWords(level: string): string {
  return ({ ehcp: 'an EHC plan', support: 'SEN support', none: 'no SEN' } as Record<string, string>)[level] ?? `SEN ${level}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
