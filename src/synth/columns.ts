/**
 * Column lists of every file the generator writes, exactly as shared/spec/inputs.md gives them and in
 * the same order. The tool recognises a table by its header row, so these lists are the contract.
 */
export const COLUMNS_903 = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE',
    'HOME_POST', 'PL_POST', 'URN'],
  uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
  oc2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK',
    'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  oc3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  ad1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  placed_adoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  prev_perm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  sw_episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
} as const;
export type Table903 = keyof typeof COLUMNS_903;
/** The social worker episodes table exists from the 2024 return on. */
export const FIRST_SW_EPISODES_YEAR = 2024;

export const COLUMNS_PUPIL = {
  ks4_pupil: ['KS4_UPN', 'KS4_ACADYR', 'KS4_URN', 'KS4_LA', 'KS4_ATT8', 'KS4_P8SCORE', 'KS4_INP8CALC', 'KS4_KS2EMSS',
    'KS4_L2BASICS_94', 'KS4_L2BASICS_95', 'KS4_EBACC_E_PTQ_EE', 'KS4_EBACC_94', 'KS4_EBACC_95', 'KS4_EBACCAPS'],
  ks4_results: ['UPN', 'ACADYR', 'SUBJECT', 'QUAL', 'EBACC', 'GRADE', 'POINTS'],
  ks2_pupil: ['UPN', 'ACADYR', 'READSCORE', 'MATSCORE', 'GPSSCORE', 'READEXP', 'MATEXP', 'WRITTAEXP', 'RWMEXP',
    'READHIGH', 'MATHIGH', 'WRITTADEPTH', 'RWMHIGH', 'READPROGSCORE', 'WRITPROGSCORE', 'MATPROGSCORE'],
  ks1_pupil: ['UPN', 'ACADYR', 'READ_OUTCOME', 'WRIT_OUTCOME', 'MATH_OUTCOME'],
  census: ['UPN', 'AcademicYear', 'CensusTerm', 'URN', 'LA', 'FormerUPN', 'NCyearActual', 'SENprovision', 'SchoolType'],
  absence: ['UPN', 'ACADYR', 'SessionsPossible', 'AuthorisedAbsence', 'UnauthorisedAbsence'],
  exclusions: ['UPN', 'ACADYR', 'Category', 'StartDate', 'Sessions'],
} as const;
export type PupilTable = keyof typeof COLUMNS_PUPIL;
