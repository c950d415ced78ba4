/** Loads a 903 XML return into the raw staging tables (see io/xml/ for the reader). */
import type { Db } from './duck.js';
import type { InputFile } from './discover.js';
import type { Finding } from '../validate/finding.js';
import type { FileAccount } from './ingest.js';

export interface XmlLoaded { findings: Finding[]; account: Partial<FileAccount>; tables: string[] }

export async function loadXmlFile(_db: Db, _fileId: number, f: InputFile, _ctx: { la: string | null; year: number | null }, _claimed: Map<string, string>): Promise<XmlLoaded> {
  return {
    findings: [{ ruleId: 'file-unrecognised-table', severity: 'error', table: null, file: f.rel, line: null, column: null, value: null,
      message: 'XML returns are not read yet', remedy: 'export the return as CSV' }],
    account: {}, tables: [],
  };
}
