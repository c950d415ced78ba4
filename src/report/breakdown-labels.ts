/**
 * Plain-English labels for every breakdown value a measure row can carry (the codes of
 * src/domain/codes.ts and of the measure computations), in the order a reader expects: age bands
 * youngest first, placement types as the DfE's own tables order them, legal status by legal basis.
 * A value missing here is shown as itself (never dropped) and sorts after the known ones by name.
 * Legal status: DfE "Children looked after return: guide" (LS codes); placement groups: the DfE
 * placement-type groupings of the CLA statistics (shared/spec/inputs.md).
 */
const LABELS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  age_band: [['under_1', 'Under 1'], ['1_to_4', '1 to 4'], ['5_to_9', '5 to 9'], ['10_to_15', '10 to 15'], ['16_plus', '16 and over']],
  sex: [['F', 'Female'], ['M', 'Male'], ['U', 'Not known'], ['unknown', 'Not recorded']],
  placement_group: [
    ['other_foster', 'Foster placement (not with a relative or friend)'],
    ['kinship_foster', 'Foster placement with a relative or friend'],
    ['placed_for_adoption', 'Placed for adoption'],
    ['with_parents', 'Placed with parents or others with parental responsibility'],
    ['independent_supported', 'Independent and semi-independent living, supported accommodation'],
    ['childrens_homes_secure', "Children's homes and secure units"],
    ['other_residential', 'Other residential settings (hostels, schools, hospitals, YOI)'],
    ['other', 'Other placements'],
    ['not_in_care_31mar', 'Not in care at 31 March'],
  ],
  legal_status: [
    ['C1', 'Interim care order'],
    ['C2', 'Full care order'],
    ['D1', 'Freeing order granted'],
    ['E1', 'Placement order granted'],
    ['V2', 'Accommodated under section 20 (single period)'],
    ['V3', 'Series of short-term breaks (episodes recorded)'],
    ['V4', 'Series of short-term breaks (agreements recorded)'],
    ['L1', 'Police protection'],
    ['L2', 'Emergency protection order'],
    ['L3', 'Child assessment order'],
    ['J1', 'Remanded to local authority accommodation or youth detention'],
    ['J2', 'Placed in accommodation under the Police and Criminal Evidence Act 1984'],
    ['J3', 'Sentenced to a youth rehabilitation order with residence or fostering requirement'],
    ['unknown', 'Not recorded'],
  ],
  ethnic_group: [['White', 'White'], ['Mixed', 'Mixed or multiple ethnic groups'], ['Asian', 'Asian or Asian British'], ['Black', 'Black, African, Caribbean or Black British'], ['Chinese or other', 'Chinese or other ethnic group'], ['Unknown', 'Refused or not obtained']],
  sen: [['E', 'Education, health and care plan'], ['S', 'Statement of SEN'], ['K', 'SEN support'], ['N', 'No special educational need'], ['unknown', 'Not recorded']],
  uasc: [['not_uasc', 'Not an unaccompanied asylum-seeking child'], ['uasc', 'Unaccompanied asylum-seeking child']],
  key_stage: [['ks1', 'KS1 (Years 1–2)'], ['ks2', 'KS2 (Years 3–6)'], ['ks3', 'KS3 (Years 7–9)'], ['ks4', 'KS4 (Years 10–11)']],
  school_location: [['in_la', 'In the authority'], ['out_of_la', 'Outside the authority'], ['unknown', 'Not known']],
  placement_change: [['no_change', 'No placement change in the year'], ['changed', 'One or more placement changes'], ['unknown', 'Not known']],
  time_in_care: [['under_1_year', 'Under 1 year'], ['1_to_2_years', '1 to 2 years'], ['2_to_5_years', '2 to 5 years'], ['5_years_plus', '5 years or more'], ['unknown', 'Not known']],
};

const LOOKUP = new Map<string, Map<string, { label: string; rank: number }>>(
  Object.entries(LABELS).map(([dim, pairs]) => [dim, new Map(pairs.map(([code, label], i) => [code, { label, rank: i }]))]),
);

/** Dimensions in the order breakdown groups appear in a table. */
export const DIMENSION_ORDER: readonly string[] = ['sex', 'age_band', 'ethnic_group', 'legal_status', 'placement_group', 'uasc', 'key_stage', 'sen', 'school_location', 'placement_change', 'time_in_care'];

export function valueLabel(dimension: string, value: string): string {
  return LOOKUP.get(dimension)?.get(value)?.label ?? value;
}

/** Sort key of a breakdown: dimension order, then the value's natural order, unknown values last by name. */
export function breakdownSortKey(b: Record<string, string> | null): [number, number, string] {
  if (!b) return [-1, -1, ''];
  const dims = Object.keys(b).sort();
  const d = dims[0]!;
  const di = DIMENSION_ORDER.indexOf(d);
  const v = b[d]!;
  const rank = LOOKUP.get(d)?.get(v)?.rank;
  return [di === -1 ? DIMENSION_ORDER.length : di, rank ?? Number.MAX_SAFE_INTEGER, dims.length > 1 ? JSON.stringify(b) : v];
}

export function compareBreakdowns(a: Record<string, string> | null, b: Record<string, string> | null): number {
  const x = breakdownSortKey(a);
  const y = breakdownSortKey(b);
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}

const COHORT_LABELS: Readonly<Record<string, string>> = {
  cla_12m: 'Looked after for 12 months at 31 March',
  cla_31mar: 'Looked after at 31 March',
  ever_cla: 'Ever looked after',
  cla_under_12m: 'Looked after at 31 March, under 12 months',
  all: 'All pupils in the authority’s schools',
  non_cla: 'Pupils in the authority’s schools not looked after for 12 months',
  care_leavers: 'Care leavers (OC3)',
  cla_in_year: 'Looked after at any time in the year',
};

export function cohortLabel(cohort: string): string {
  return COHORT_LABELS[cohort] ?? cohort;
}
