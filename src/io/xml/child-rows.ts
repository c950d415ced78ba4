import { AD1_FIELDS, OC3_FIELDS, UASC_FIELDS, tagOfColumn, type XmlTable } from './schema-903.js';
import { TABLE_COLUMNS, type XmlRow } from './xml-row.js';

/** A HEADER field as read: its text and the line of its start tag. */
export interface ReadField { value: string; line: number }

/** One occurrence of a row-making group (EPISODE, AREVIEW, OC2, ...), fields keyed by XML tag. */
export interface ReadGroup { table: XmlTable; line: number; path: string; fields: Map<string, string> }

/** Everything one `<CHILD>` held, gathered while streaming; small (the XSD caps repeats at 366). */
export interface ReadChild {
  /** 1-based position of the CHILD in the file, used in element paths. */
  index: number;
  headerLine: number | null;
  headerFields: Map<string, ReadField>;
  /** Row-making groups in document order, so each table keeps the child's order. */
  groups: ReadGroup[];
}

/**
 * Turns one child's elements into the CSV-shaped rows of inputs.md. Pure.
 * A flat table's row (UASC, AD1, OC3) is made only when the child has that data: AD1 and OC3 when any
 * of their elements is present; UASC when the UASC flag is `1` or a DUC element is present (UASC is a
 * required 0/1 flag in the XSD, so its mere presence says nothing). CHILD, DOB (and SEX for UASC) are
 * repeated into every row, as the CSV tables carry them.
 */
export function rowsOfChild(child: ReadChild): XmlRow[] {
  const rows: XmlRow[] = [];
  const headerPath = `CHILD[${child.index}]/HEADER`;
  const headerValue = (tag: string): string => child.headerFields.get(tag)?.value ?? '';
  const childLevel: Record<string, string> = { CHILD: headerValue('CHILDID'), DOB: headerValue('DOB'), SEX: headerValue('SEX') };

  const makeRow = (table: XmlTable, line: number, path: string, valueOfTag: (tag: string) => string): XmlRow => {
    const cells: Record<string, string> = {};
    for (const column of TABLE_COLUMNS[table]) {
      cells[column] = column in childLevel ? childLevel[column]! : valueOfTag(tagOfColumn(column));
    }
    return { table, cells, line, path };
  };
  const firstLineOf = (tags: readonly string[]): number | null => {
    const lines = tags.map((t) => child.headerFields.get(t)?.line).filter((l): l is number => l !== undefined);
    return lines.length > 0 ? Math.min(...lines) : null;
  };

  if (child.headerLine !== null) rows.push(makeRow('Header', child.headerLine, headerPath, headerValue));

  const uascLine = firstLineOf(UASC_FIELDS);
  if (uascLine !== null && (headerValue('UASC').trim() === '1' || child.headerFields.has('DUC'))) {
    rows.push(makeRow('UASC', uascLine, headerPath, headerValue));
  }
  const ad1Line = firstLineOf(AD1_FIELDS);
  if (ad1Line !== null) rows.push(makeRow('AD1', ad1Line, headerPath, headerValue));
  const oc3Line = firstLineOf(OC3_FIELDS);
  if (oc3Line !== null) rows.push(makeRow('OC3', oc3Line, headerPath, headerValue));

  for (const g of child.groups) rows.push(makeRow(g.table, g.line, g.path, (tag) => g.fields.get(tag) ?? ''));
  return rows;
}
