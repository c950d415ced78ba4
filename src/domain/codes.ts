/**
 * SSDA903 code lists, kept per return year (the year of the 31 March the return ends on).
 * Source: DfE "Children looked after return: guide" for each year; changes summarised in
 * shared/spec/inputs.md. A code list is a function of the return year so that retired and new
 * codes are judged against the year of the row, not today.
 */

export const ALL_SEX_CODES = ['1', '2', 'M', 'F', 'U'] as const;
/** SEX: 1/2 up to the 2024 return, M/F/U from 2025. Both are read; the other era's code is a warning. */
export function sexCodesOfYear(year: number): readonly string[] {
  return year <= 2024 ? ['1', '2'] : ['M', 'F', 'U'];
}
export function normaliseSex(code: string): 'M' | 'F' | 'U' | null {
  switch (code) {
    case '1': case 'M': return 'M';
    case '2': case 'F': return 'F';
    case 'U': return 'U';
    default: return null;
  }
}

export const ETHNIC_CODES = ['WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN',
  'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT'] as const;
export type EthnicGroup = 'White' | 'Mixed' | 'Asian' | 'Black' | 'Chinese or other' | 'Unknown';
export function ethnicGroup(code: string | null): EthnicGroup {
  if (!code) return 'Unknown';
  if (code === 'CHNE' || code === 'OOTH') return 'Chinese or other';
  if (code === 'REFU' || code === 'NOBT') return 'Unknown';
  switch (code[0]) {
    case 'W': return 'White';
    case 'M': return 'Mixed';
    case 'A': return 'Asian';
    case 'B': return 'Black';
    default: return 'Unknown';
  }
}

export const LS_CODES = ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'] as const;
export const RESPITE_LS = ['V3', 'V4'] as const;
export const RNE_CODES = ['S', 'L', 'P', 'T', 'B', 'U'] as const;
export const CIN_CODES = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'] as const;
export const PLACE_PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;
export const REC_CODES = ['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48',
  'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17'] as const;
export const REASON_PLACE_CHANGE_CODES = ['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD',
  'LAREQ', 'PLACE', 'CUSTOD', 'OTHER'] as const;
export const SDQ_REASON_CODES = ['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'] as const;
export const OC3_IN_TOUCH_CODES = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] as const;
export const OC3_ACTIV_CODES = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6', '0'] as const;

const PLACE_BASE = ['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
/** PLACE codes valid in a return year: K3 from 2025; H5, P2 and Z1 retired and Z11–Z14 added in 2026. */
export function placeCodesOfYear(year: number): readonly string[] {
  const codes = [...PLACE_BASE];
  if (year >= 2025) codes.push('K3');
  if (year <= 2025) codes.push('H5', 'P2', 'Z1');
  else codes.push('Z11', 'Z12', 'Z13', 'Z14');
  return codes;
}
export const ALL_PLACE_CODES = [...PLACE_BASE, 'K3', 'H5', 'P2', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'] as const;
export const TEMPORARY_PLACE = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;

/** Placement groups used in reports: the one table of the mapping (shared/spec/inputs.md). */
export const PLACEMENT_GROUPS = {
  kinship_foster: ['U1', 'U2', 'U3'],
  other_foster: ['U4', 'U5', 'U6'],
  placed_for_adoption: ['A3', 'A4', 'A5', 'A6'],
  with_parents: ['P1'],
  independent_supported: ['H5', 'P2', 'K3'],
  childrens_homes_secure: ['K1', 'K2'],
  other_residential: ['R1', 'R2', 'R3', 'R5', 'S1', 'P3'],
  other: ['Z1', 'Z11', 'Z12', 'Z13', 'Z14'],
} as const satisfies Record<string, readonly string[]>;
export type PlacementGroup = keyof typeof PLACEMENT_GROUPS;
const GROUP_OF = new Map<string, PlacementGroup>();
for (const [g, codes] of Object.entries(PLACEMENT_GROUPS)) for (const c of codes) GROUP_OF.set(c, g as PlacementGroup);
/** The placement group of a PLACE code; temporary codes (T0–T4) have none (they interrupt another placement). */
export function placementGroup(place: string | null | undefined): PlacementGroup | null {
  return place ? GROUP_OF.get(place) ?? null : null;
}
/** "Foster or kinship" for the factor model: U1–U6. Everything else is residential or other. */
export function isFosterOrKinship(place: string | null | undefined): boolean {
  return !!place && /^U[1-6]$/.test(place);
}

/** Placement-change RNE sets: the default, and the stricter "carer change" set (definitions.md). */
export const PLACEMENT_CHANGE_RNE = { default: ['P', 'B', 'T', 'U'], carer: ['P', 'B'] } as const;

/** Pupil-file codes. */
export const KS1_OUTCOMES = ['GDS', 'EXS', 'WTS', 'PKF', 'BLW', 'HNM', 'A', 'D', 'L', 'Q', 'X'] as const;
export const CENSUS_TERMS = ['AUT', 'SPR', 'SUM'] as const;
export const SEN_PROVISION = ['E', 'K', 'N', 'S'] as const;
export const SCHOOL_TYPES = ['mainstream', 'special', 'ap', 'independent'] as const;
export const EXCLUSION_CATEGORIES = ['FIXD', 'PERM', 'LNCH'] as const;
export const KS4_EBACC_AREAS = ['ENG_LANG', 'ENG_LIT', 'MATHS', 'SCIENCE', 'COMBINED_SCIENCE', 'HUMANITY', 'LANGUAGE', 'NONE'] as const;
export const KS4_QUALS = ['GCSE', 'OTHER'] as const;
