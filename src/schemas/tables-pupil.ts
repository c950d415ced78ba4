/**
 * NPD-style pupil files (shared/spec/inputs.md). Column names follow the National Pupil Database;
 * a KS1_/KS2_/KS4_ prefix is optional and stripped. One pupil is identified by UPN.
 */
import { CENSUS_TERMS, EXCLUSION_CATEGORIES, KS1_OUTCOMES, KS4_EBACC_AREAS, KS4_QUALS, SCHOOL_TYPES, SEN_PROVISION } from '../domain/codes.js';
import { academicYearField, codeField, dateField, flagField, gradeField, intField, laField, numberField, textField, upnField, urnField } from './fields.js';
import type { TableSpec } from './table.js';

const pupilUpn = () => upnField({ required: true });
const scaled = () => intField(80, 120, { rule: 'scaled-score-range', describe: 'KS2 scaled score 80–120' });
const flag = () => flagField();
const progress = () => numberField(-40, 40, { describe: 'progress score' });

export const KS4Pupil: TableSpec = {
  name: 'KS4Pupil', family: 'pupil', title: 'KS4 pupil results', prefix: 'KS4_',
  signature: ['UPN', 'ACADYR', 'ATT8'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(), URN: urnField(), LA: laField(),
    ATT8: numberField(0, 90, { rule: 'att8-range', describe: 'Attainment 8 score 0–90' }),
    P8SCORE: numberField(-10, 10, { describe: 'Progress 8 score' }), INP8CALC: flag(),
    // P8 prior attainment: the DfE's first prior-attainment group starts at 59 (pupils below the KS2 test standard are given
    // nominal scores under 80 for Progress 8), so 59–120 are valid here, unlike the 80–120 of a KS2 test score
    KS2EMSS: numberField(59, 120, { rule: 'scaled-score-range', describe: 'average KS2 reading and maths scaled score for Progress 8 (59–120)' }),
    L2BASICS_94: flag(), L2BASICS_95: flag(), EBACC_E_PTQ_EE: flag(), EBACC_94: flag(), EBACC_95: flag(),
    EBACCAPS: numberField(0, 9, { describe: 'EBacc average point score 0–9' }),
  },
};

export const KS4Results: TableSpec = {
  name: 'KS4Results', family: 'pupil', title: 'KS4 subject results', prefix: 'KS4_',
  signature: ['UPN', 'ACADYR', 'SUBJECT', 'GRADE'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(), SUBJECT: textField({ required: true, maxLength: 100, describe: 'subject name' }),
    QUAL: codeField('QUAL', KS4_QUALS, null, { required: true }), EBACC: codeField('EBACC', KS4_EBACC_AREAS, null, { required: true }),
    GRADE: gradeField(), POINTS: numberField(0, 9, { describe: 'DfE point score of a non-GCSE qualification' }),
  },
};

export const KS2Pupil: TableSpec = {
  name: 'KS2Pupil', family: 'pupil', title: 'KS2 pupil results', prefix: 'KS2_',
  signature: ['UPN', 'ACADYR', 'READSCORE', 'MATSCORE'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(), READSCORE: scaled(), MATSCORE: scaled(), GPSSCORE: scaled(),
    READEXP: flag(), MATEXP: flag(), WRITTAEXP: flag(), RWMEXP: flag(), READHIGH: flag(), MATHIGH: flag(), WRITTADEPTH: flag(), RWMHIGH: flag(),
    READPROGSCORE: progress(), WRITPROGSCORE: progress(), MATPROGSCORE: progress(),
  },
};

export const KS1Pupil: TableSpec = {
  name: 'KS1Pupil', family: 'pupil', title: 'KS1 pupil outcomes', prefix: 'KS1_',
  signature: ['UPN', 'ACADYR', 'READ_OUTCOME', 'MATH_OUTCOME'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(),
    READ_OUTCOME: codeField('KS1 outcome', KS1_OUTCOMES, null), WRIT_OUTCOME: codeField('KS1 outcome', KS1_OUTCOMES, null),
    MATH_OUTCOME: codeField('KS1 outcome', KS1_OUTCOMES, null),
  },
};

export const Census: TableSpec = {
  name: 'Census', family: 'pupil', title: 'School census',
  signature: ['UPN', 'ACADEMICYEAR', 'CENSUSTERM', 'URN'],
  columns: {
    UPN: pupilUpn(), ACADEMICYEAR: academicYearField(), CENSUSTERM: codeField('CensusTerm', CENSUS_TERMS, null, { required: true }),
    URN: urnField({ required: true }), LA: laField(), FORMERUPN: upnField(), NCYEARACTUAL: { ...intField(-3, 14), describe: 'national curriculum year' },
    SENPROVISION: codeField('SENprovision', SEN_PROVISION, null), SCHOOLTYPE: codeField('SchoolType', SCHOOL_TYPES, null, { caseFold: 'lower' }),
  },
};

export const Absence: TableSpec = {
  name: 'Absence', family: 'pupil', title: 'Absence',
  signature: ['UPN', 'ACADYR', 'SESSIONSPOSSIBLE'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(), SESSIONSPOSSIBLE: intField(0, 500, { required: true, describe: 'sessions possible (half days)' }),
    AUTHORISEDABSENCE: intField(0, 500, { required: true }), UNAUTHORISEDABSENCE: intField(0, 500, { required: true }),
  },
};

export const Exclusions: TableSpec = {
  name: 'Exclusions', family: 'pupil', title: 'Exclusions and suspensions',
  signature: ['UPN', 'ACADYR', 'CATEGORY', 'STARTDATE'],
  columns: {
    UPN: pupilUpn(), ACADYR: academicYearField(), CATEGORY: codeField('Category', EXCLUSION_CATEGORIES, null, { required: true }),
    STARTDATE: dateField({ required: true }), SESSIONS: intField(0, 400, { required: true, describe: 'sessions (half days)' }),
  },
};

export const PUPIL_TABLES: TableSpec[] = [KS4Pupil, KS4Results, KS2Pupil, KS1Pupil, Census, Absence, Exclusions];
