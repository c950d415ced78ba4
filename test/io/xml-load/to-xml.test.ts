/** convert903FolderToXml on small hand-made folders: what it writes, keeps, drops and refuses. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readXmlReturn } from '../../../src/io/xml/read-xml-return.js';
import type { XmlRow } from '../../../src/io/xml/xml-row.js';
import { convert903FolderToXml } from '../../../src/synth/to-xml.js';
import { removeTemps, tempDir } from './helpers.js';

afterAll(removeTemps);

function folderWith(files: Record<string, string>): string {
  const d = tempDir('to-xml');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(d, rel, '..'), { recursive: true });
    writeFileSync(join(d, rel), text);
  }
  return d;
}
async function rowsOf(path: string): Promise<XmlRow[]> {
  const rows: XmlRow[] = [];
  const r = await readXmlReturn(path, 'x.xml', (row) => rows.push(row));
  expect(r.findings).toEqual([]);
  return rows;
}

const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nSYN1,1,01/01/2010,WBRI,UN3,,\nSYN2,2,02/02/2012,WBRI,UN3,,\n';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n' +
  'SYN1,01/05/2023,S,C2,N1,U1,PR1,,,,,,\nSYN2,01/06/2023,S,C2,N1,U1,PR1,01/07/2023,E13,,,,\nSYN2,01/09/2023,S,C2,N1,U1,PR1,,,,,,\n';

describe('convert903FolderToXml', () => {
  it('writes one return per LA and year, with the CSV rows; keeps the CSVs unless asked; leaves pupil files alone', async () => {
    const d = folderWith({
      '903/855/2024/header.csv': HEADER, '903/855/2024/episodes.csv': EPISODES,
      '903/856/2023/header.csv': HEADER, 'npd/census_2023-24.csv': 'UPN,ACADYR\n',
    });
    const written = await convert903FolderToXml(d, { removeCsv: false });
    expect(written).toEqual([join(d, '903/855/2024/ssda903_2024.xml'), join(d, '903/856/2023/ssda903_2023.xml')]);
    expect(existsSync(join(d, '903/855/2024/header.csv'))).toBe(true);
    const rows = await rowsOf(written[0]!);
    expect(rows.map((r) => [r.table, r.cells['CHILD'], r.cells['DECOM'] ?? null])).toEqual([
      ['Header', 'SYN1', null], ['Episodes', 'SYN1', '01/05/2023'],
      ['Header', 'SYN2', null], ['Episodes', 'SYN2', '01/06/2023'], ['Episodes', 'SYN2', '01/09/2023'],
    ]);
    const again = folderWith({ '903/855/2024/header.csv': HEADER, 'npd/census_2023-24.csv': 'UPN,ACADYR\n' });
    await convert903FolderToXml(again, { removeCsv: true });
    expect(readdirSync(join(again, '903/855/2024'))).toEqual(['ssda903_2024.xml']);
    expect(existsSync(join(again, 'npd/census_2023-24.csv'))).toBe(true);
  });

  it('keeps the last PrevPerm row of a child (the XSD has one PERMANENCE per child)', async () => {
    const d = folderWith({
      '903/855/2024/header.csv': HEADER,
      '903/855/2024/prev_perm.csv': 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nSYN1,01/01/2010,Z1,,\nSYN1,01/01/2010,P1,855,01/01/2020\n',
    });
    const [xml] = await convert903FolderToXml(d, { removeCsv: true });
    expect((await rowsOf(xml!)).filter((r) => r.table === 'PrevPerm').map((r) => r.cells['PREV_PERM'])).toEqual(['P1']);
  });

  it('refuses a 903 CSV whose path does not say its LA and year', async () => {
    const d = folderWith({ 'returns/header.csv': HEADER });
    await expect(convert903FolderToXml(d, { removeCsv: true })).rejects.toBeInstanceOf(InputError);
    expect(existsSync(join(d, 'returns/header.csv'))).toBe(true);
  });
});
