/**
 * A bad cell in an XML return is found by the same rule as in the CSV export of that return, and the
 * finding points into the XML: its file, the line of the row's element and the element path.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../../src/io/duck.js';
import type { Finding } from '../../../src/validate/finding.js';
import { validateFolder } from '../../../src/store/validate-folder.js';
import type { Validated } from '../../../src/validate/run.js';
import { XML_INGEST, removeTemps, tempDir, writeCsvTwin } from './helpers.js';

afterAll(removeTemps);

async function validate(folder: string): Promise<Validated> {
  const db = await openDb({ threads: 1 });
  try {
    return await validateFolder(db, { folder });
  } finally {
    closeDb(db);
  }
}
const XML_FILE = '903/855/2024/ssda903_2024.xml';
/** What a finding says, leaving out where it is. */
const what = (f: Finding) => [f.ruleId, f.severity, f.table, f.message, f.value].join('|');

describe('a cell finding on an XML return (fixtures/xml-ingest/bad-cell: PL Q9 in CHILD 2, EPISODE 1)', () => {
  it('names the XML file, the line of the <EPISODE> and CHILD[2]/EPISODE[1]/PLACE', async () => {
    const v = await validate(join(XML_INGEST, 'bad-cell'));
    const errors = v.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.table, f.file, f.line, f.column])).toEqual([
      ['code-invalid', 'Episodes', XML_FILE, 76, 'CHILD[2]/EPISODE[1]/PLACE'],
    ]);
    expect(errors[0]!.message).toMatch(/\(row not used\)$/);
    const a = v.files[0]!;
    expect([a.rowsRead, a.rowsAccepted, a.rowsRejected, a.rejectedBy]).toEqual([21, 20, 1, { 'code-invalid': 1 }]);
  });

  it('is what the CSV export of the same return gives, rule for rule and message for message', async () => {
    const csvFolder = tempDir('bad-cell-csv');
    await writeCsvTwin(join(XML_INGEST, 'bad-cell', XML_FILE), join(csvFolder, '903/855/2024'));
    const [xml, csv] = [await validate(join(XML_INGEST, 'bad-cell')), await validate(csvFolder)];
    expect(xml.findings.map(what).sort()).toEqual(csv.findings.map(what).sort());
    const csvError = csv.findings.find((f) => f.severity === 'error')!;
    expect([csvError.ruleId, csvError.file, csvError.column]).toEqual(['code-invalid', '903/855/2024/episodes.csv', 'PLACE']);
    const rows = (v: Validated) => v.files.reduce((n, a) => [n[0]! + a.rowsRead, n[1]! + a.rowsAccepted, n[2]! + a.rowsRejected], [0, 0, 0]);
    expect(rows(xml)).toEqual(rows(csv));
  });
});
