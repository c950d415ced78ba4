import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { InputError } from '../../errors.js';
import {
  AD1_FIELDS, CHILD_SPEC, HEADER_SPEC, OC3_FIELDS, SW_EPISODE_NAMES, columnOfTag, type GroupSpec, type XmlTable,
} from './schema-903.js';
import { XML_TABLES } from './xml-row.js';

type Row = Record<string, string>;

/** One child's rows, by table, in the order given. */
interface ChildRows { child: string; byTable: Map<XmlTable, Row[]> }

/** Tables the XSD allows once per child. */
const ONCE_PER_CHILD: ReadonlySet<XmlTable> = new Set(['Header', 'UASC', 'AD1', 'OC3', 'PrevPerm', 'OC2']);

/** Which table a flat HEADER field belongs to: it is written only when the child has that table's row. */
const FLAT_FIELD_TABLE: Readonly<Record<string, XmlTable>> = Object.fromEntries([
  ...['CHILDID', 'UPN', 'SEX', 'DOB', 'ETHNIC', 'MOTHER', 'MC_DOB'].map((t) => [t, 'Header']),
  ['DUC', 'UASC'], ...AD1_FIELDS.map((t) => [t, 'AD1']), ...OC3_FIELDS.map((t) => [t, 'OC3']),
]);
/** HEADER fields the XSD requires: written even when the child has no Header row. */
const REQUIRED_HEADER_FIELDS: ReadonlySet<string> = new Set(['CHILDID', 'UPN', 'SEX', 'DOB', 'ETHNIC', 'UASC']);

/**
 * Writes CSV-shaped 903 rows (one LA, one return year) as a DfE XML return: rows grouped by CHILD, in
 * order of first appearance, each child one <CHILD> with its HEADER and EPISODEs in the XSD's element
 * order, streamed to disk child by child. The inverse of readXmlReturn: a table's fields are all
 * written when the child has that table's row (empty ones as empty elements), so reading the file back
 * gives the same rows. UASC is written `1` when the child has a UASC row, else `0`.
 * Social worker episodes are written as SWEPISODE after the EPISODEs (not in the 2021 XSD).
 */
export async function write903Xml(tables: Record<string, Array<Record<string, string>>>, outPath: string): Promise<void> {
  const children = groupByChild(tables);
  const out = createWriteStream(outPath, { encoding: 'utf8' });
  const closed = once(out, 'close');
  try {
    await write(out, '<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n');
    for (const child of children.values()) await write(out, childXml(child));
    await write(out, '</EXPSSDA903>\n');
  } finally {
    out.end();
  }
  await closed;
}

async function write(out: WriteStream, text: string): Promise<void> {
  // events.once rejects if 'error' comes first, and removes its listeners either way.
  if (!out.write(text)) await once(out, 'drain');
}

function groupByChild(tables: Record<string, Row[]>): Map<string, ChildRows> {
  for (const name of Object.keys(tables)) {
    if (!(XML_TABLES as string[]).includes(name)) {
      throw new InputError(`Table "${name}" has no place in an SSDA903 XML return.`, undefined, `Give only these tables: ${XML_TABLES.join(', ')}.`);
    }
  }
  const children = new Map<string, ChildRows>();
  for (const table of XML_TABLES) {
    for (const row of tables[table] ?? []) {
      const id = row['CHILD'] ?? '';
      let c = children.get(id);
      if (c === undefined) children.set(id, (c = { child: id, byTable: new Map() }));
      const list = c.byTable.get(table) ?? [];
      if (list.length > 0 && ONCE_PER_CHILD.has(table)) {
        throw new InputError(`A child has more than one ${table} row; the XML return allows one per child.`, undefined,
          `Remove the duplicate ${table} rows (validate the CSV tables first).`);
      }
      list.push(row);
      c.byTable.set(table, list);
    }
  }
  return children;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const element = (indent: string, tag: string, value: string): string => `${indent}<${tag}>${escapeText(value)}</${tag}>\n`;

function groupXml(spec: GroupSpec, row: Row, indent: string): string {
  let xml = `${indent}<${spec.name}>\n`;
  for (const f of spec.children) xml += element(`${indent}  `, f.name, row[columnOfTag(f.name)] ?? '');
  return `${xml}${indent}</${spec.name}>\n`;
}

function childXml(c: ChildRows): string {
  const first = (t: XmlTable): Row | undefined => c.byTable.get(t)?.[0];
  const anyRow = (column: string): string => {
    for (const rows of c.byTable.values()) for (const r of rows) if (r[column] !== undefined && r[column] !== '') return r[column]!;
    return '';
  };
  const headerRow: Row = { ...first('Header'), CHILD: c.child };
  headerRow['SEX'] ??= anyRow('SEX');
  headerRow['DOB'] ??= anyRow('DOB');

  let xml = '  <CHILD>\n    <HEADER>\n';
  for (const spec of HEADER_SPEC.children) {
    if (spec.kind === 'group') {
      for (const row of c.byTable.get(spec.table!) ?? []) xml += groupXml(spec, row, '      ');
    } else if (spec.name === 'UASC') {
      xml += element('      ', 'UASC', first('UASC') !== undefined ? '1' : '0');
    } else {
      const owner = FLAT_FIELD_TABLE[spec.name]!;
      const source = owner === 'Header' ? headerRow : first(owner);
      if (source !== undefined && (first(owner) !== undefined || REQUIRED_HEADER_FIELDS.has(spec.name))) {
        xml += element('      ', spec.name, source[columnOfTag(spec.name)] ?? '');
      }
    }
  }
  xml += '    </HEADER>\n';
  for (const spec of CHILD_SPEC.children) {
    if (spec.kind !== 'group' || spec.name === 'HEADER') continue;
    if (spec.name !== 'EPISODE' && spec.name !== SW_EPISODE_NAMES[0]) continue;
    for (const row of c.byTable.get(spec.table!) ?? []) xml += groupXml(spec, row, '    ');
  }
  return `${xml}  </CHILD>\n`;
}
