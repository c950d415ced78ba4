import type { Finding } from '../../validate/finding.js';
import type { XmlTable } from './schema-903.js';

export type { XmlTable } from './schema-903.js';

/**
 * One CSV-shaped row read from an XML return. `cells` are keyed by the CSV column names of
 * inputs.md and hold the element text unchanged (strings; types are the schemas' job).
 */
export interface XmlRow {
  table: XmlTable;
  cells: Record<string, string>;
  /** 1-based line of the element that starts the row (e.g. the `<EPISODE>` start tag). */
  line: number;
  /** Element path, e.g. `CHILD[12]/EPISODE[3]`; a field finding appends the tag (see `xmlFieldPath`). */
  path: string;
}

export interface XmlReadResult {
  findings: Finding[];
  /** `<CHILD>` elements met; always `childrenAccepted + childrenReported`. */
  childrenRead: number;
  /** Children whose rows were passed to `onRow`. */
  childrenAccepted: number;
  /** Children not passed on because their XML is broken; each has an error finding. */
  childrenReported: number;
  /** Rows the reported children held, as far as they were read (not passed to `onRow`). */
  rowsReported: number;
  /** `rowsReported` by the rule id of each reported child's first error finding. */
  rowsReportedBy: Record<string, number>;
  /** The 2021 XSD carries no LA and no collection year, so these are null: the caller takes them from the path. */
  la: string | null;
  year: number | null;
}

/**
 * CSV columns of each table, in export order (inputs.md). Mirrors the table schemas; kept here until
 * src/schemas exports them, so the XML reader and writer agree with the CSV side on names and order.
 */
export const TABLE_COLUMNS: Readonly<Record<XmlTable, readonly string[]>> = {
  Header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  Episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  UASC: ['CHILD', 'SEX', 'DOB', 'DUC'],
  OC2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  OC3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  Reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  Missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  AD1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  PlacedAdoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  PrevPerm: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  SWEpisodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
};

export const XML_TABLES = Object.keys(TABLE_COLUMNS) as XmlTable[];
