/**
 * The eleven SSDA903 tables (DfE children looked after return, CSV export), columns in export order
 * (shared/spec/inputs.md). Required: CHILD everywhere, DOB, SEX; Episodes DECOM, RNE, LS, CIN, PLACE.
 */
import {
  ALL_PLACE_CODES, ALL_SEX_CODES, CIN_CODES, ETHNIC_CODES, LS_CODES, OC3_ACTIV_CODES, OC3_IN_TOUCH_CODES,
  PLACE_PROVIDER_CODES, REASON_PLACE_CHANGE_CODES, REC_CODES, RNE_CODES, SDQ_REASON_CODES, placeCodesOfYear, sexCodesOfYear,
} from '../domain/codes.js';
import { codeField, dateField, flagField, idField, intField, textField, upnField, urnField } from './fields.js';
import type { TableSpec } from './table.js';

const child = () => idField({ describe: 'child id, unique within the LA' });
const dob = () => dateField({ required: true, personal: true, describe: 'date of birth' });
const sex = () => codeField('SEX', ALL_SEX_CODES, sexCodesOfYear, { required: true });

export const Header: TableSpec = {
  name: 'Header', family: '903', title: 'SSDA903 Header',
  signature: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN'],
  columns: {
    CHILD: child(), SEX: sex(), DOB: dob(),
    ETHNIC: codeField('ETHNIC', ETHNIC_CODES, null, { required: true }),
    UPN: upnField(), MOTHER: flagField(), MC_DOB: dateField({ personal: true, describe: "date of birth of the child's child" }),
  },
};

export const Episodes: TableSpec = {
  name: 'Episodes', family: '903', title: 'SSDA903 Episodes',
  signature: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE'],
  columns: {
    CHILD: child(), DECOM: dateField({ required: true, describe: 'date episode commenced' }),
    RNE: codeField('RNE', RNE_CODES, null, { required: true }), LS: codeField('LS', LS_CODES, null, { required: true }),
    CIN: codeField('CIN', CIN_CODES, null, { required: true }), PLACE: codeField('PLACE', ALL_PLACE_CODES, placeCodesOfYear, { required: true }),
    PLACE_PROVIDER: codeField('PLACE_PROVIDER', PLACE_PROVIDER_CODES, null), DEC: dateField({ describe: 'date episode ceased' }),
    REC: codeField('REC', REC_CODES, null), REASON_PLACE_CHANGE: codeField('REASON_PLACE_CHANGE', REASON_PLACE_CHANGE_CODES, null),
    HOME_POST: textField({ personal: true, describe: 'home postcode district' }), PL_POST: textField({ personal: true, describe: 'placement postcode district' }),
    URN: urnField({ describe: 'URN of the placement provider' }),
  },
};

export const UASC: TableSpec = {
  name: 'UASC', family: '903', title: 'SSDA903 UASC',
  signature: ['CHILD', 'SEX', 'DOB', 'DUC'],
  columns: { CHILD: child(), SEX: sex(), DOB: dob(), DUC: dateField({ describe: 'date UASC status ceased' }) },
};

const flag = () => flagField();
export const OC2: TableSpec = {
  name: 'OC2', family: '903', title: 'SSDA903 OC2 (outcomes of children looked after 12 months)',
  signature: ['CHILD', 'SDQ_SCORE', 'CONVICTED', 'HEALTH_CHECK'],
  columns: {
    CHILD: child(), DOB: dob(), SDQ_SCORE: intField(0, 40, { describe: 'SDQ total difficulties 0–40' }),
    SDQ_REASON: codeField('SDQ_REASON', SDQ_REASON_CODES, null), CONVICTED: flag(), HEALTH_CHECK: flag(), IMMUNISATIONS: flag(),
    TEETH_CHECK: flag(), HEALTH_ASSESSMENT: flag(), SUBSTANCE_MISUSE: flag(), INTERVENTION_RECEIVED: flag(), INTERVENTION_OFFERED: flag(),
  },
};

export const OC3: TableSpec = {
  name: 'OC3', family: '903', title: 'SSDA903 OC3 (care leavers)',
  signature: ['CHILD', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  columns: {
    CHILD: child(), DOB: dob(), IN_TOUCH: codeField('IN_TOUCH', OC3_IN_TOUCH_CODES, null),
    ACTIV: codeField('ACTIV', OC3_ACTIV_CODES, null),
    ACCOM: codeField('ACCOM', ['0', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').flatMap((l) => [`${l}1`, `${l}2`])], null),
  },
};

export const Reviews: TableSpec = {
  name: 'Reviews', family: '903', title: 'SSDA903 Reviews',
  signature: ['CHILD', 'REVIEW', 'REVIEW_CODE'],
  columns: { CHILD: child(), DOB: dob(), REVIEW: dateField({ required: true }), REVIEW_CODE: codeField('REVIEW_CODE', ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'], null) },
};

export const Missing: TableSpec = {
  name: 'Missing', family: '903', title: 'SSDA903 Missing',
  signature: ['CHILD', 'MISSING', 'MIS_START'],
  columns: { CHILD: child(), DOB: dob(), MISSING: codeField('MISSING', ['M', 'A'], null, { required: true }), MIS_START: dateField({ required: true }), MIS_END: dateField() },
};

export const AD1: TableSpec = {
  name: 'AD1', family: '903', title: 'SSDA903 AD1 (adoptions)',
  signature: ['CHILD', 'DATE_INT', 'DATE_MATCH'],
  columns: {
    CHILD: child(), DOB: dob(), DATE_INT: dateField(), DATE_MATCH: dateField(), FOSTER_CARE: flag(),
    NB_ADOPTR: codeField('NB_ADOPTR', ['1', '2'], null), SEX_ADOPTR: codeField('SEX_ADOPTR', ['M1', 'F1', 'MM', 'FF', 'MF'], null),
    LS_ADOPTR: codeField('LS_ADOPTR', ['L0', 'L1', 'L2', 'L3', 'L4', 'L11', 'L12'], null),
  },
};

export const PlacedAdoption: TableSpec = {
  name: 'PlacedAdoption', family: '903', title: 'SSDA903 Placed for adoption',
  signature: ['CHILD', 'DATE_PLACED'],
  columns: {
    CHILD: child(), DOB: dob(), DATE_PLACED: dateField({ required: true }), DATE_PLACED_CEASED: dateField(),
    REASON_PLACED_CEASED: codeField('REASON_PLACED_CEASED', ['E11', 'E12', 'RD1', 'RD2', 'RD3', 'RD4'], null),
  },
};

export const PrevPerm: TableSpec = {
  name: 'PrevPerm', family: '903', title: 'SSDA903 Previous permanence',
  signature: ['CHILD', 'PREV_PERM'],
  columns: {
    CHILD: child(), DOB: dob(), PREV_PERM: codeField('PREV_PERM', ['P1', 'P2', 'P3', 'P4', 'Z1'], null),
    LA_PERM: textField({ describe: 'LA of the previous permanence order' }), DATE_PERM: textField({ describe: 'date of the previous permanence order (may be partial, e.g. zz/05/2015)' }),
  },
};

export const SWEpisodes: TableSpec = {
  name: 'SWEpisodes', family: '903', title: 'SSDA903 Social worker episodes', fromYear: 2024,
  signature: ['CHILD', 'SW_ID', 'SW_DECOM'],
  columns: {
    CHILD: child(), DOB: dob(), SW_ID: idField({ describe: 'social worker id' }), SW_DECOM: dateField({ required: true }),
    SW_DEC: dateField(), // SW_REASON codes of the 2024 return guide (reason for the change of social worker)
    SW_REASON: codeField('SW_REASON', ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'ABSENC', 'CHCHAN', 'TSPROC', 'PCCHAN', 'SWDIED', 'OTHERS', 'UNKNOW'], null),
  },
};

export const TABLES_903: TableSpec[] = [Header, Episodes, UASC, OC2, OC3, Reviews, Missing, AD1, PlacedAdoption, PrevPerm, SWEpisodes];
