import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { readXmlReturn } from '../../../src/io/xml/read-xml-return.js';
import { write903Xml } from '../../../src/io/xml/write-903-xml.js';
import type { XmlRow } from '../../../src/io/xml/xml-row.js';
import { readFixture } from './helpers.js';

const XSD = '/work/shared/reference/903-xml/EXPSSDA903-2021.xsd';
const dir = mkdtempSync(join(tmpdir(), 'xml903-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows as the writer takes them: table → CSV-shaped rows. */
function tablesOf(rows: XmlRow[]): Record<string, Array<Record<string, string>>> {
  const tables: Record<string, Array<Record<string, string>>> = {};
  for (const r of rows) (tables[r.table] ??= []).push(r.cells);
  return tables;
}

async function roundTrip(tables: Record<string, Array<Record<string, string>>>, name: string) {
  const out = join(dir, name);
  await write903Xml(tables, out);
  const rows: XmlRow[] = [];
  const result = await readXmlReturn(out, name, (r) => rows.push(r));
  return { out, result, tables: tablesOf(rows) };
}

describe('write903Xml', () => {
  it('round trip: rows → XML → readXmlReturn gives the same rows, in the same order per child', async () => {
    const original = tablesOf((await readFixture('valid.xml')).rows);
    const { result, tables } = await roundTrip(original, 'roundtrip.xml');
    expect(result.findings).toEqual([]);
    expect(result.childrenAccepted).toBe(4);
    expect(tables).toEqual(original);
  });

  it('round trip keeps awkward text: markup characters, £, leading spaces, ids with leading zeros', async () => {
    const original = {
      Header: [{ CHILD: '0012', SEX: '1', DOB: '01/01/2010', ETHNIC: 'WBRI', UPN: 'a<b>&c', MOTHER: '', MC_DOB: '' }],
      Episodes: [
        { CHILD: '0012', DECOM: '01/04/2019', RNE: 'S', LS: ' c2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: '', DEC: '', REC: '', REASON_PLACE_CHANGE: '£', HOME_POST: '', PL_POST: '', URN: '' },
      ],
      SWEpisodes: [{ CHILD: '0012', DOB: '01/01/2010', SW_ID: 'SW1', SW_DECOM: '01/04/2019', SW_DEC: '', SW_REASON: '' }],
    };
    const { result, tables } = await roundTrip(original, 'awkward.xml');
    expect(result.findings).toEqual([]);
    expect(tables).toEqual(original);
  });

  it('refuses a second OC2 row for one child, and a table that has no place in the XML', async () => {
    const oc2 = { CHILD: 'A', DOB: '01/01/2010', SDQ_SCORE: '1' };
    await expect(write903Xml({ OC2: [oc2, oc2] }, join(dir, 'bad.xml'))).rejects.toBeInstanceOf(InputError);
    await expect(write903Xml({ KS4Pupil: [] }, join(dir, 'bad2.xml'))).rejects.toBeInstanceOf(InputError);
  });

  it('writes the XSD element order: HEADER fields, then AMISSING, AREVIEW, MOTHER, OC2, then EPISODEs', async () => {
    const original = tablesOf((await readFixture('valid.xml')).rows);
    const { out } = await roundTrip(original, 'order.xml');
    const text = readFileSync(out, 'utf8');
    const first = text.slice(0, text.indexOf('</CHILD>'));
    const at = (tag: string) => first.indexOf(`<${tag}>`);
    expect(at('CHILDID')).toBeLessThan(at('UASC'));
    expect(at('UASC')).toBeLessThan(at('AMISSING'));
    expect(at('AMISSING')).toBeLessThan(at('AREVIEW'));
    expect(at('AREVIEW')).toBeLessThan(at('MOTHER'));
    expect(at('MOTHER')).toBeLessThan(at('OC2'));
    expect(at('OC2')).toBeLessThan(at('EPISODE'));
  });

  // xmllint comes from Debian's libxml2-utils; where it is not installed this check is skipped (not failed).
  const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
  it.skipIf(!hasXmllint)('a written return validates against the DfE XSD (xmllint)', async () => {
    const original = tablesOf((await readFixture('valid.xml')).rows);
    const { out } = await roundTrip(original, 'xsd.xml');
    const run = spawnSync('xmllint', ['--noout', '--schema', XSD, out], { encoding: 'utf8' });
    expect(run.stderr).toContain('validates');
    expect(run.status).toBe(0);
    // and the check can fail: an EPISODE before the HEADER does not validate
    const broken = join(dir, 'broken.xml');
    execFileSync('sh', ['-c', `sed 's#<HEADER>#<EPISODE/><HEADER>#' "${out}" > "${broken}"`]);
    expect(spawnSync('xmllint', ['--noout', '--schema', XSD, broken]).status).not.toBe(0);
  });
});
