/**
 * The SSDA903 XML return as data: which elements may sit where, in which order, and which CSV table
 * each one feeds. Transcribed from the DfE schema EXPSSDA903-2021.xsd (version 3.3.0, see
 * shared/reference/903-xml); the reader, the writer and the sniffer all read this one description,
 * so the XSD's element order is written down exactly once.
 */

/** The CSV tables of inputs.md that an XML return can fill. */
export type XmlTable =
  | 'Header' | 'Episodes' | 'UASC' | 'OC2' | 'OC3' | 'Reviews' | 'Missing' | 'AD1' | 'PlacedAdoption' | 'PrevPerm' | 'SWEpisodes';

/** A simple element holding one value. */
export interface FieldSpec { kind: 'field'; name: string }

/** An element holding other elements. `table` is set when each occurrence becomes one CSV row. */
export interface GroupSpec {
  kind: 'group';
  name: string;
  repeats: boolean;
  table: XmlTable | null;
  children: ElementSpec[];
}
export type ElementSpec = FieldSpec | GroupSpec;

const field = (name: string): FieldSpec => ({ kind: 'field', name });
const fields = (...names: string[]): FieldSpec[] => names.map(field);
const group = (name: string, repeats: boolean, table: XmlTable | null, children: ElementSpec[]): GroupSpec =>
  ({ kind: 'group', name, repeats, table, children });

/** HEADER fields that feed the flat (one row per child, at most) tables UASC, AD1 and OC3. */
export const UASC_FIELDS = ['UASC', 'DUC'] as const;
export const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
export const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** HEADER in XSD order. Fields and groups interleave: MOTHER and MC_DOB come after AREVIEW. */
export const HEADER_SPEC: GroupSpec = group('HEADER', false, 'Header', [
  ...fields('CHILDID', 'UPN', 'SEX', 'DOB', 'ETHNIC'),
  ...fields(...UASC_FIELDS),
  ...fields(...AD1_FIELDS),
  ...fields(...OC3_FIELDS),
  group('AMISSING', true, 'Missing', fields('MISSING', 'MIS_START', 'MIS_END')),
  group('AREVIEW', true, 'Reviews', fields('REVIEW', 'REVIEW_CODE')),
  ...fields('MOTHER', 'MC_DOB'),
  group('PERMANENCE', false, 'PrevPerm', fields('PREV_PERM', 'LA_PERM', 'DATE_PERM')),
  group('OC2', false, 'OC2', fields(
    'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK',
    'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED')),
  group('AD_PLACED', true, 'PlacedAdoption', fields('DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED')),
]);

export const EPISODE_SPEC: GroupSpec = group('EPISODE', true, 'Episodes', fields(
  'DECOM', 'RNE', 'LS', 'CIN', 'PL', 'PL_POST', 'HOME_POST', 'URN', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE'));

/**
 * Social worker episodes (the SWEpisodes table, 2024 return on) are not in the 2021 XSD. We accept
 * them after the EPISODEs, as `SWEPISODE` (or `SW_EPISODE`), in the same pattern as EPISODE; the name
 * is our assumption, to be checked against the later schema when it is in shared/reference.
 */
export const SW_EPISODE_NAMES = ['SWEPISODE', 'SW_EPISODE'] as const;
const swEpisode = (name: string): GroupSpec => group(name, true, 'SWEpisodes', fields('SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'));

export const CHILD_SPEC: GroupSpec = group('CHILD', true, null, [HEADER_SPEC, EPISODE_SPEC, ...SW_EPISODE_NAMES.map(swEpisode)]);
export const ROOT_SPEC: GroupSpec = group('EXPSSDA903', false, null, [CHILD_SPEC]);

/**
 * Root names we accept. The 2021 XSD's root is EXPSSDA903; a namespace prefix is stripped before the
 * test, and a later year's suffixed name (e.g. `EXPSSDA903_2024`) is tolerated.
 */
export function isReturnRootName(localName: string): boolean {
  return /^EXPSSDA903(?:[_-]?\w*)?$/i.test(localName);
}

/** Strips a namespace prefix: `ns:CHILD` is `CHILD`. */
export function localNameOf(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
}

/** XML tag → CSV column, where they differ (reference/README.md: CHILDID = CHILD, PL = PLACE). */
export const TAG_TO_COLUMN: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };
export const COLUMN_TO_TAG: Readonly<Record<string, string>> = { CHILD: 'CHILDID', PLACE: 'PL' };
export const columnOfTag = (tag: string): string => TAG_TO_COLUMN[tag] ?? tag;
export const tagOfColumn = (column: string): string => COLUMN_TO_TAG[column] ?? column;

/** Every element name the schema knows, to tell an element in the wrong place from an unknown one. */
export const KNOWN_ELEMENT_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const visit = (spec: ElementSpec): void => {
    names.add(spec.name);
    if (spec.kind === 'group') spec.children.forEach(visit);
  };
  visit(ROOT_SPEC);
  return names;
})();
