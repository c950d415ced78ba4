/**
 * Loads one SSDA903 return in the DfE XML format into the raw staging tables, exactly where the CSV
 * export of the same return would go: one raw row per CSV-shaped row the reader gives (io/xml/), with
 * file, line, element path, LA and year. From there on nothing tells XML from CSV, except that a
 * finding on a cell names the element (`CHILD[2]/EPISODE[1]/PLACE`) as well as the line.
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import { InputError } from '../errors.js';
import { TABLES_903 } from '../schemas/tables-903.js';
import type { TableSpec } from '../schemas/index.js';
import type { Finding, RuleBook, RuleId } from '../domain/finding.js';
import type { Db } from './duck.js';
import type { InputFile } from './discover.js';
import type { FileAccount } from './ingest.js';
import { laFromPath, yearFromPath } from './paths.js';
import { ensureRawTable } from './csv/load.js';
import { readXmlReturn } from './xml/read-xml-return.js';
import { isReturnRootName, localNameOf } from './xml/schema-903.js';
import { xmlRootName } from './xml/is-xml-903.js';
import type { XmlReadResult, XmlRow } from './xml/xml-row.js';

/** How many `<CHILD>` elements a return held: read = accepted + reported (broken XML, each with a finding). */
export interface ChildAccount { read: number; accepted: number; reported: number }

/**
 * A file account as ingest keeps it, plus the children of an XML return. (FileAccount has no place for
 * them yet; Object.assign in ingest carries the field into `validate --json`.)
 */
export type XmlFileAccount = Partial<FileAccount> & { children?: ChildAccount };

export interface XmlLoaded { findings: Finding[]; account: XmlFileAccount; tables: string[] }

/** The label an XML return gets in the row accounting, where a CSV file names its one table. */
export const XML_RETURN_LABEL = 'SSDA903 XML return';

/**
 * Reads `f` if it is an SSDA903 XML return (root EXPSSDA903, see isXml903); any other file is reported
 * as `file-unrecognised-table`, like a CSV whose header fits no table. The LA and return year come from
 * the path as for CSV files (`903/855/2024/return.xml`), else from `ctx` (--la/--year, the config).
 *
 * Conflict rule (file-conflict.ts): one return fills every 903 table for its LA and year, so if any of
 * them is already read from another file the XML return is not used (its rows are counted as read and
 * rejected); otherwise it claims all of them, so a later CSV of one of those tables is the one not used.
 */
export async function loadXmlFile(db: Db, fileId: number, f: InputFile, ctx: { la: string | null; year: number | null },
  claimed: Map<string, string>, rules: RuleBook): Promise<XmlLoaded> {
  if (f.size === 0) return notRead(fileFinding(rules, 'file-empty', f.rel, 'the file is empty'));
  const root = await rootNameOf(f);
  if (root === null || !isReturnRootName(localNameOf(root))) {
    const what = root === null ? 'the file does not start with an XML element' : `the root element is <${root}>, not <EXPSSDA903>`;
    return notRead(fileFinding(rules, 'file-unrecognised-table', f.rel, `${what}: it is not an SSDA903 XML return, so it was not read`));
  }
  const la = laFromPath(f.rel) ?? ctx.la;
  const year = yearFromPath(f.rel) ?? ctx.year;
  if (year === null) {
    throw new InputError(`${f.rel}: no return year for this SSDA903 XML return`, f.rel,
      'put the year in the folder or file name (e.g. 903/855/2024/return.xml), or pass --year 2024 (the year of the 31 March the return ends on)');
  }
  if (la === null) {
    throw new InputError(`${f.rel}: no local authority for this SSDA903 XML return`, f.rel,
      'put the 3-digit LA number in the path (e.g. 903/855/2024/return.xml), set "la" in cla-analyse.json or pass --la 855');
  }
  const tables = tablesOfReturn(year);
  const taken = TABLES_903.find((t) => claimed.has(claimKey(t.name, la, year)));
  if (taken !== undefined) return conflict(f, la, year, taken.name, claimed.get(claimKey(taken.name, la, year))!, rules);
  for (const t of TABLES_903) claimed.set(claimKey(t.name, la, year), f.rel);

  const appenders = await openAppenders(db, TABLES_903);
  const rowsByTable = new Map<string, number>();
  let result: XmlReadResult;
  try {
    result = await readXmlReturn(f.abs, f.rel, (row) => {
      const target = appenders.get(row.table)!;
      appendRow(target.appender, target.spec, row, fileId, la, String(year));
      rowsByTable.set(row.table, (rowsByTable.get(row.table) ?? 0) + 1);
    });
  } finally {
    for (const { appender } of appenders.values()) appender.closeSync();
  }
  const findings = [...result.findings];
  // as for a CSV file of a table collected only from a later return: reported, and read all the same
  for (const spec of TABLES_903) {
    const n = rowsByTable.get(spec.name) ?? 0;
    if (n > 0 && spec.fromYear !== undefined && year < spec.fromYear) {
      findings.push(fileFinding(rules, 'file-table-not-in-year', f.rel, `${spec.name} is collected from the ${spec.fromYear} return; this return is for ${year} and holds ${n} ${spec.name} row(s)`, spec.name));
      tables.push(spec);
    }
  }
  const rowsAccepted = [...rowsByTable.values()].reduce((a, b) => a + b, 0);
  return {
    findings,
    account: {
      table: XML_RETURN_LABEL, la, year,
      rowsRead: rowsAccepted + result.rowsReported, rowsAccepted, rowsRejected: result.rowsReported, rejectedBy: { ...result.rowsReportedBy },
      children: { read: result.childrenRead, accepted: result.childrenAccepted, reported: result.childrenReported },
    },
    tables: tables.map((t) => t.name),
  };
}

const claimKey = (table: string, la: string, year: number): string => `${table}|${la}|${year}`;

/** The 903 tables a return of this year holds (SWEpisodes from 2024: inputs.md), whether or not it has rows in each. */
function tablesOfReturn(year: number): TableSpec[] {
  return TABLES_903.filter((t) => t.fromYear === undefined || year >= t.fromYear);
}

async function rootNameOf(f: InputFile): Promise<string | null> {
  try {
    return await xmlRootName(f.abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${f.rel} cannot be read (${code ?? (e as Error).message})`, f.rel, 'check the file exists and can be read');
  }
}

function fileFinding(rules: RuleBook, ruleId: RuleId, file: string, message: string, table: string | null = null): Finding {
  const r = rules.get(ruleId)!;
  return { ruleId, severity: r.severity, table, file, line: null, column: null, value: null, message, remedy: r.remedy };
}

function notRead(finding: Finding): XmlLoaded {
  return { findings: [finding], account: {}, tables: [] };
}

/**
 * A second source for tables already read: the XML return is not used. Its rows are still counted
 * (the file is read through, nothing loaded), all rejected under file-conflict.
 */
async function conflict(f: InputFile, la: string, year: number, table: string, first: string, rules: RuleBook): Promise<XmlLoaded> {
  let rows = 0;
  const counted = await readXmlReturn(f.abs, f.rel, () => { rows += 1; });
  const read = rows + counted.rowsReported;
  const children = { read: counted.childrenRead, accepted: 0, reported: counted.childrenRead };
  return {
    findings: [fileFinding(rules, 'file-conflict', f.rel,
      `${table} for LA ${la}, ${year} is already read from ${first}; this XML return holds the whole return (${children.read} children, ${read} rows), so it is not used`, table)],
    account: { table: XML_RETURN_LABEL, la, year, rowsRead: read, rowsAccepted: 0, rowsRejected: read, rejectedBy: read > 0 ? { 'file-conflict': read } : {}, children },
    tables: [],
  };
}

interface Target { spec: TableSpec; appender: DuckDBAppender }

async function openAppenders(db: Db, tables: TableSpec[]): Promise<Map<string, Target>> {
  const out = new Map<string, Target>();
  for (const spec of tables) {
    const name = await ensureRawTable(db, spec);
    out.set(spec.name, { spec, appender: await db.con.createAppender(name) });
  }
  return out;
}

/**
 * One raw row, every column in the raw table's order (ensureRawTable): _file, _line, _path, _la, _year,
 * then the schema's columns. An empty element is NULL, as an empty CSV field is when DuckDB reads it.
 */
function appendRow(appender: DuckDBAppender, spec: TableSpec, row: XmlRow, fileId: number, la: string, year: string): void {
  appender.appendInteger(fileId);
  appender.appendInteger(row.line);
  appender.appendVarchar(row.path);
  appender.appendVarchar(la);
  appender.appendVarchar(year);
  for (const column of Object.keys(spec.columns)) {
    const value = row.cells[column];
    if (value === undefined || value === '') appender.appendNull();
    else appender.appendVarchar(value);
  }
  appender.endRow();
}
