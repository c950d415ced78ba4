/**
 * loadXmlFile through ingest and validation, in process: what lands in the raw tables, how rows and
 * children are accounted for, and the file-level cases (not a return, empty, a table before its year).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { closeDb, openDb, queryRows } from '../../../src/io/duck.js';
import { ingest, type IngestOptions } from '../../../src/io/ingest.js';
import { xmlFindings } from '../../../src/io/xml/xml-findings.js';
import { TABLE_COLUMNS, XML_TABLES } from '../../../src/io/xml/xml-row.js';
import { write903Xml } from '../../../src/io/xml/write-903-xml.js';
import { TABLES_903 } from '../../../src/schemas/tables-903.js';
import { RULES_BY_ID } from '../../../src/validate/registry.js';
import { validateFolder } from '../../../src/store/validate-folder.js';
import type { Validated } from '../../../src/validate/run.js';
import { XML_INGEST, removeTemps, tempDir } from './helpers.js';

afterAll(removeTemps);

async function validate(folder: string, opts: Partial<IngestOptions> = {}, inspect?: (sql: (q: string) => Promise<Record<string, unknown>[]>) => Promise<void>): Promise<Validated> {
  const db = await openDb({ threads: 1 });
  try {
    const v = await validateFolder(db, { folder, ...opts });
    if (inspect) await inspect((q) => queryRows(db, q));
    return v;
  } finally {
    closeDb(db);
  }
}
const brief = (v: Validated) => v.findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.file, f.line, f.column]);
type Account = Validated['files'][number] & { children?: { read: number; accepted: number; reported: number } };

describe('the raw rows of an XML return', () => {
  it('the reader and the schemas agree on every 903 table and its column order (the appender relies on it)', () => {
    expect([...XML_TABLES].sort()).toEqual(TABLES_903.map((t) => t.name).sort());
    for (const t of TABLES_903) expect(TABLE_COLUMNS[t.name as keyof typeof TABLE_COLUMNS], t.name).toEqual(Object.keys(t.columns));
  });

  it('each row carries file, line, element path, LA and year; an empty element (`<DEC></DEC>`) is NULL, as an empty CSV cell', async () => {
    await validate(join(XML_INGEST, 'clean'), {}, async (sql) => {
      expect(await sql(`SELECT _file, _line, _path, _la, _year, DECOM, PLACE, DEC, URN FROM raw_Episodes ORDER BY _line LIMIT 2`)).toEqual([
        { _file: 0, _line: 42, _path: 'CHILD[1]/EPISODE[1]', _la: '855', _year: '2024', DECOM: '01/04/2019', PLACE: 'U4', DEC: '15/10/2019', URN: 'SC123456' },
        { _file: 0, _line: 56, _path: 'CHILD[1]/EPISODE[2]', _la: '855', _year: '2024', DECOM: '15/10/2019', PLACE: 'K2', DEC: null, URN: null },
      ]);
      expect(await sql(`SELECT count(*)::INTEGER AS n FROM raw_Header`)).toEqual([{ n: 4 }]);
      expect(await sql(`SELECT _path FROM raw_Header ORDER BY _line`)).toEqual([1, 2, 3, 4].map((i) => ({ _path: `CHILD[${i}]/HEADER` })));
    });
  });
});

describe('accounting', () => {
  it('a clean return: 4 children and 21 rows, all used', async () => {
    const v = await validate(join(XML_INGEST, 'clean'));
    expect(brief(v)).toEqual([]);
    const a = v.files[0] as Account;
    expect([a.table, a.la, a.year, a.rowsRead, a.rowsAccepted, a.rowsRejected]).toEqual(['SSDA903 XML return', '855', 2024, 21, 21, 0]);
    expect(a.children).toEqual({ read: 4, accepted: 4, reported: 0 });
    expect([...v.tables].sort()).toEqual(TABLES_903.map((t) => t.name).sort());
  });

  it('a broken child: its finding passes through, and its rows are read and rejected under it', async () => {
    const v = await validate(join(XML_INGEST, 'broken'));
    expect(brief(v)).toEqual([['xml-malformed', '903/855/2024/ssda903_2024.xml', 85, 'CHILD[2]/EPISODE[1]/REC']]);
    const a = v.files[0] as Account;
    expect([a.rowsRead, a.rowsAccepted, a.rowsRejected]).toEqual([21, 18, 3]);
    expect(a.rejectedBy).toEqual({ 'xml-malformed': 3 });
    expect(a.children).toEqual({ read: 4, accepted: 3, reported: 1 });
  });

  it('an XML file of another collection is file-unrecognised-table and is not read', async () => {
    const v = await validate(join(XML_INGEST, 'not-a-return'));
    expect(brief(v)).toEqual([['file-unrecognised-table', '903/855/2024/other-collection.xml', null, null]]);
    expect(v.findings[0]!.message).toMatch(/root element is <\w+>, not <EXPSSDA903>/);
    expect(v.tables.size).toBe(0);
  });

  it('an empty .xml file is file-empty', async () => {
    const d = tempDir('empty');
    mkdirSync(join(d, '903/855/2024'), { recursive: true });
    writeFileSync(join(d, '903/855/2024/return.xml'), '');
    const v = await validate(d);
    expect(brief(v)).toEqual([['file-empty', '903/855/2024/return.xml', null, null]]);
  });

  it('social worker episodes in a return before 2024: reported as file-table-not-in-year, read all the same (as for CSV)', async () => {
    const d = tempDir('sw2023');
    mkdirSync(join(d, '903/855/2023'), { recursive: true });
    await write903Xml({
      Header: [{ CHILD: 'SYN1', SEX: '1', DOB: '01/01/2010', ETHNIC: 'WBRI', UPN: 'UN3', MOTHER: '', MC_DOB: '' }],
      Episodes: [{ CHILD: 'SYN1', DECOM: '01/05/2022', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U1' }],
      SWEpisodes: [{ CHILD: 'SYN1', DOB: '01/01/2010', SW_ID: 'SW1', SW_DECOM: '01/05/2022' }],
    }, join(d, '903/855/2023/return.xml'));
    const v = await validate(d);
    expect(brief(v)).toContainEqual(['file-table-not-in-year', '903/855/2023/return.xml', null, null]);
    expect(v.tables.has('SWEpisodes')).toBe(true);
    const a = v.files[0]!;
    expect([a.rowsRead, a.rowsAccepted]).toEqual([3, 3]);
  });
});

describe('a return written on one line (fixtures/xml-ingest/one-line)', () => {
  it('its rows still have their own element paths', async () => {
    await validate(join(XML_INGEST, 'one-line'), {}, async (sql) => {
      expect(await sql(`SELECT DISTINCT _line FROM raw_Episodes`)).toEqual([{ _line: 2 }]);
      expect((await sql(`SELECT count(DISTINCT _path)::INTEGER AS n, count(*)::INTEGER AS rows FROM raw_Episodes`))[0]).toEqual({ n: 7, rows: 7 });
    });
  });

  // Known gap outside io/: run.ts marks rows rejected by a cross-row rule by (_file, _line), so every
  // Episodes row on line 2 is rejected with the one bad episode. It needs (_file, _line, _path). When
  // that is fixed this test fails: turn `it.fails` into `it`.
  it('a cross-row rule rejects only the row it found (1 of 7 episodes), not every row on the line', async () => {
    const v = await validate(join(XML_INGEST, 'one-line'), {}, async (sql) => {
      expect(await sql(`SELECT _path FROM p_Episodes WHERE _reject`)).toEqual([{ _path: 'CHILD[1]/EPISODE[1]' }]);
    });
    expect(v.findings.find((f) => f.ruleId === 'episode-dec-before-decom')!.column).toBe('CHILD[1]/EPISODE[1]/DEC');
  });
});

describe('LA and return year', () => {
  it('taken from the path; with none there, an input error naming --year', async () => {
    const db = await openDb({ threads: 1 });
    try {
      const e = await ingest(db, { folder: join(XML_INGEST, 'no-year') }, RULES_BY_ID).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toMatch(/no return year/);
      expect((e as InputError & { remedy: string }).remedy).toMatch(/--year 2024/);
    } finally {
      closeDb(db);
    }
  });

  it('else from --la and --year', async () => {
    const v = await validate(join(XML_INGEST, 'no-year'), { la: '855', year: 2024 });
    expect(v.files.map((a) => [a.la, a.year, a.rowsRead])).toEqual([['855', 2024, 21]]);
  });
});

describe('rule registry', () => {
  it('holds every rule id the XML reader gives', () => {
    const at = { file: 'x.xml', line: 1, path: null };
    const made = [
      xmlFindings.malformed(at, 'x', true, 0), xmlFindings.childNotClosed(at), xmlFindings.truncated(at, true), xmlFindings.wrongRoot(at, 'X'),
      xmlFindings.unknownElement(at, 'X'), xmlFindings.misplacedElement(at, 'X', 'Y'), xmlFindings.duplicateElement(at, 'X', 'Y'),
      xmlFindings.elementOrder(at, 'X', 'Y'), xmlFindings.unexpectedText(at, 'X'), xmlFindings.missingElement(at, 'X', 'Y'),
      xmlFindings.encodingMismatch(at, 'a', 'b'), xmlFindings.unsupportedEncoding(at, 'a'), xmlFindings.tooManyFindings(at, 1),
    ];
    expect(Object.keys(xmlFindings).length).toBe(made.length);
    for (const f of made) {
      const rule = RULES_BY_ID.get(f.ruleId);
      expect(rule, f.ruleId).toBeDefined();
      expect(rule!.severity, f.ruleId).toBe(f.severity);
      // found while reading the file: a row-stage rule would be counted again by the row accounting in run.ts
      expect(rule!.stage, f.ruleId).toBe('file');
    }
  });
});
