import { TABLES_903 } from '../../schemas/tables-903.js';
import type { Finding } from '../../domain/finding.js';
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

/** CSV columns of each table, in export order: taken from the table schemas (src/schemas), the one source. */
export const TABLE_COLUMNS: Readonly<Record<XmlTable, readonly string[]>> = Object.fromEntries(
  TABLES_903.map((t) => [t.name, Object.keys(t.columns)]),
) as unknown as Record<XmlTable, readonly string[]>;

export const XML_TABLES = Object.keys(TABLE_COLUMNS) as XmlTable[];
