import { tagOfColumn } from './schema-903.js';
import type { XmlRow } from './xml-row.js';

/**
 * The element path a finding on one cell should name. Cells of Header, UASC, AD1 and OC3 rows come from
 * HEADER fields, and CHILD, DOB and SEX are always HEADER fields, whatever row repeats them.
 * `xmlFieldPath(episodeRow, 'DECOM')` is `CHILD[12]/EPISODE[3]/DECOM`; `(episodeRow, 'CHILD')` is
 * `CHILD[12]/HEADER/CHILDID`.
 */
export function xmlFieldPath(row: Pick<XmlRow, 'path'>, column: string): string {
  const tag = tagOfColumn(column);
  if (column === 'CHILD' || column === 'DOB' || column === 'SEX') {
    const child = row.path.split('/')[0]!;
    return `${child}/HEADER/${tag}`;
  }
  return `${row.path}/${tag}`;
}
