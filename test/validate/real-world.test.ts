/**
 * The real-world file oddities of shared/spec/real-world-files.md, one fixture folder each under
 * fixtures/real-world/: every oddity gets its exact findings (rule, file, line, column), nothing
 * crashes, and every row read is either accepted or rejected (row accounting balances, and rows read
 * equals the data records counted independently of the engine).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { IngestOptions } from '../../src/io/ingest.js';
import { countRecords, csvFiles, personalValues, sharedValidator, type Run, type SharedValidator } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../fixtures/real-world');

type Expected = [ruleId: string, file: string, line: number | null, column: string | null];
interface Case { findings: Expected[]; files: Record<string, [read: number, accepted: number, rejected: number]> }

/** Each case: the findings in the engine's order and, per file, rows read = accepted + rejected. */
const CASES: Record<string, Case> = {
  'absence-over-possible': {
    findings: [
      ['sessions-exceed-possible', 'npd/absence.csv', 2, 'UNAUTHORISEDABSENCE'],
    ],
    files: {
      'npd/absence.csv': [2, 1, 1],
    },
  },
  'ambiguous-table': {
    findings: [
      ['file-ambiguous-table', '903/855/2024/adoption.csv', 1, null],
    ],
    files: {
      '903/855/2024/adoption.csv': [1, 0, 1],
    },
  },
  'blank-lines': {
    findings: [
      ['csv-too-few-fields', '903/855/2024/header.csv', 4, null],
      ['required-field', '903/855/2024/header.csv', 5, 'CHILD'],
      ['required-field', '903/855/2024/header.csv', 5, 'DOB'],
      ['required-field', '903/855/2024/header.csv', 5, 'ETHNIC'],
      ['required-field', '903/855/2024/header.csv', 5, 'SEX'],
    ],
    files: {
      '903/855/2024/header.csv': [4, 2, 2],
    },
  },
  'care-before-earliest-return': {
    // 602 (first known P, 1 June 2018) and 603 (P, 1 January 2019) were in care before 2019/20; 601 and 604 came in with S
    // (604's earlier episode is a short break, V3, which care histories leave out); 605's first episode is in 2020/21
    findings: [
      ['care-before-earliest-return', '903/855/2020/episodes.csv', null, null],
    ],
    files: {
      '903/855/2020/episodes.csv': [6, 6, 0],
      '903/855/2020/header.csv': [4, 4, 0],
      '903/855/2021/episodes.csv': [5, 5, 0],
      '903/855/2021/header.csv': [5, 5, 0],
    },
  },
  'codes': {
    findings: [
      ['code-case-space', '903/855/2025/episodes.csv', 2, 'LS'],
      ['code-case-space', '903/855/2025/episodes.csv', 2, 'PLACE'],
      ['code-invalid', '903/855/2025/episodes.csv', 3, 'PLACE'],
      ['sex-code-era', '903/855/2025/header.csv', 2, 'SEX'],
      ['code-case-space', '903/855/2025/header.csv', 3, 'ETHNIC'],
      ['code-not-in-year', '903/855/2026/episodes.csv', 2, 'PLACE'],
      ['code-not-in-year', '903/855/2026/episodes.csv', 3, 'PLACE'],
      ['code-not-in-year', '903/855/2026/episodes.csv', 4, 'PLACE'],
    ],
    files: {
      '903/855/2025/episodes.csv': [2, 1, 1],
      '903/855/2025/header.csv': [2, 2, 0],
      '903/855/2026/episodes.csv': [3, 0, 3],
      '903/855/2026/header.csv': [2, 2, 0],
    },
  },
  'nul-bytes': {
    findings: [
      ['cell-nul-byte', '903/855/2024/header.csv', null, null],
      ['cell-nul-byte', '903/855/2024/header.csv', 3, 'SEX'],
    ],
    files: {
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'utf-16': {
    findings: [
      ['file-encoding', '903/855/2024/episodes.csv', null, null],
      ['file-encoding', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/episodes.csv': [1, 1, 0],
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'impossible-dates': {
    findings: [
      ['episode-before-birth', '903/855/2024/episodes.csv', 2, 'DECOM'],
      ['episode-too-long', '903/855/2024/episodes.csv', 3, 'DECOM'],
      ['dob-after-return', '903/855/2024/header.csv', 3, 'DOB'],
      // 103, born 01/01/1990, would be 34 at 31 March 2024
      ['dob-too-old', '903/855/2024/header.csv', 4, 'DOB'],
      ['upn-lower-case', '903/855/2024/header.csv', 5, 'UPN'],
    ],
    files: {
      '903/855/2024/episodes.csv': [3, 1, 2],
      '903/855/2024/header.csv': [4, 2, 2],
    },
  },
  'pooled-la-year': {
    findings: [
      ['context-la-invalid', '903/header.csv', 3, 'LA'],
      ['context-year-invalid', '903/header.csv', 4, 'YEAR'],
      ['year-out-of-range', '903/header.csv', 5, null],
      ['year-out-of-range', '903/header.csv', 6, null],
      ['sex-code-era', '903/header.csv', 6, 'SEX'],
    ],
    files: {
      '903/header.csv': [5, 1, 4],
    },
  },
  'out-inside-input': {
    findings: [
      ['folder-own-output', 'out', null, null],
    ],
    files: {
      '903/855/2024/header.csv': [1, 1, 0],
    },
  },
  'crlf': {
    findings: [
      ['code-invalid', '903/855/2024/episodes.csv', 6, 'PLACE'],
    ],
    files: {
      '903/855/2024/episodes.csv': [4, 3, 1],
      '903/855/2024/header.csv': [3, 3, 0],
    },
  },
  'date-forms': {
    findings: [
      ['episode-date-after-return', '903/855/2024/episodes.csv', 4, 'DECOM'],
      ['episode-dec-before-decom', '903/855/2024/episodes.csv', 5, 'DEC'],
      ['date-format', '903/855/2024/header.csv', 2, 'DOB'],
      ['date-format', '903/855/2024/header.csv', 3, 'DOB'],
      ['date-format', '903/855/2024/header.csv', 4, 'DOB'],
      ['date-format', '903/855/2024/header.csv', 5, 'DOB'],
      ['date-impossible', '903/855/2024/header.csv', 6, 'DOB'],
      ['date-invalid', '903/855/2024/header.csv', 7, 'DOB'],
    ],
    files: {
      '903/855/2024/episodes.csv': [4, 2, 2],
      '903/855/2024/header.csv': [6, 4, 2],
    },
  },
  'duplicates': {
    findings: [
      ['duplicate-row', '903/855/2024/episodes.csv', 3, null],
      ['duplicate-row', '903/855/2024/header.csv', 3, null],
      ['header-duplicate-child', '903/855/2024/header.csv', 5, 'CHILD'],
    ],
    files: {
      '903/855/2024/episodes.csv': [3, 2, 1],
      '903/855/2024/header.csv': [4, 2, 2],
    },
  },
  'empty-file': {
    findings: [
      ['file-empty', '903/855/2024/episodes.csv', null, null],
      ['file-empty', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/episodes.csv': [0, 0, 0],
      '903/855/2024/header.csv': [0, 0, 0],
    },
  },
  'episode-chains': {
    findings: [
      ['episode-overlap', '903/855/2024/episodes.csv', 2, 'DEC'],
      ['episode-x1-gap', '903/855/2024/episodes.csv', 4, 'REC'],
      ['episode-open-not-last', '903/855/2024/episodes.csv', 6, 'DEC'],
      ['episode-child-not-in-header', '903/855/2024/episodes.csv', 8, 'CHILD'],
    ],
    files: {
      '903/855/2024/episodes.csv': [7, 7, 0],
      '903/855/2024/header.csv': [3, 3, 0],
    },
  },
  'field-count': {
    findings: [
      ['csv-too-many-fields', '903/855/2024/header.csv', 3, null],
      ['csv-too-few-fields', '903/855/2024/header.csv', 4, null],
    ],
    files: {
      '903/855/2024/header.csv': [4, 2, 2],
    },
  },
  'file-conflict': {
    findings: [
      ['file-conflict', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/header-copy.csv': [3, 3, 0],
      '903/855/2024/header.csv': [2, 0, 2],
    },
  },
  'header-only': {
    findings: [
      ['file-header-only', '903/855/2024/episodes.csv', null, null],
    ],
    files: {
      '903/855/2024/episodes.csv': [0, 0, 0],
    },
  },
  'id-as-number': {
    findings: [
      ['id-number-format', '903/855/2024/header.csv', 2, 'CHILD'],
      ['id-exponent', '903/855/2024/header.csv', 3, 'CHILD'],
    ],
    files: {
      '903/855/2024/header.csv': [3, 2, 1],
    },
  },
  'ks2-score-130': {
    findings: [
      ['scaled-score-range', 'npd/ks2.csv', 2, 'MATSCORE'],
    ],
    files: {
      'npd/ks2.csv': [2, 2, 0],
    },
  },
  'leading-zeros': {
    findings: [],
    files: {
      '903/855/2024/episodes.csv': [2, 2, 0],
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'mixed-line-ends': {
    findings: [
      ['code-invalid', '903/855/2024/header.csv', 5, 'ETHNIC'],
    ],
    files: {
      '903/855/2024/header.csv': [4, 3, 1],
    },
  },
  'oc2-outside-cohort': {
    findings: [
      ['oc2-not-in-cohort', '903/855/2024/oc2.csv', 3, 'CHILD'],
    ],
    files: {
      '903/855/2024/episodes.csv': [2, 2, 0],
      '903/855/2024/header.csv': [2, 2, 0],
      '903/855/2024/oc2.csv': [2, 1, 1],
    },
  },
  'pupil-cells': {
    findings: [
      ['code-case-space', 'npd/census.csv', 3, 'SCHOOLTYPE'],
      ['census-duplicate-term', 'npd/census.csv', 3, 'URN'],
      ['file-missing-column', 'npd/ks4-results.csv', 1, 'POINTS'],
      ['text-too-long', 'npd/ks4-results.csv', 2, 'SUBJECT'],
      ['file-unknown-column', 'npd/ks4.csv', 1, 'KS4_NOTES'],
      ['acadyr-format', 'npd/ks4.csv', 2, 'ACADYR'],
      ['att8-range', 'npd/ks4.csv', 3, 'ATT8'],
      ['la-invalid', 'npd/ks4.csv', 3, 'LA'],
      ['number-invalid', 'npd/ks4.csv', 3, 'P8SCORE'],
      ['urn-invalid', 'npd/ks4.csv', 3, 'URN'],
      ['acadyr-invalid', 'npd/ks4.csv', 4, 'ACADYR'],
      ['pupil-upn-placeholder', 'npd/ks4.csv', 5, 'UPN'],
      ['upn-placeholder', 'npd/ks4.csv', 5, 'UPN'],
      ['value-out-of-range', 'npd/ks4.csv', 6, 'EBACCAPS'],
      ['pupil-duplicate-record', 'npd/ks4.csv', 6, 'UPN'],
      ['required-field', 'npd/ks4.csv', 7, 'UPN'],
    ],
    files: {
      'npd/census.csv': [2, 2, 0],
      'npd/ks4-results.csv': [1, 0, 1],
      'npd/ks4.csv': [6, 2, 4],
    },
  },
  // a stray quote in the header: DuckDB returns no rows and no rejects; the rows are still reported
  'quote-in-header': {
    findings: [
      ['csv-unreadable-row', '903/855/2024/episodes.csv', null, null],
      ['file-unknown-column', '903/855/2024/episodes.csv', 1, '""REC'],
      ['file-missing-column', '903/855/2024/episodes.csv', 1, 'REC'],
      ['csv-unterminated-quote', '903/855/2024/header.csv', 1, null],
      ['file-unknown-column', '903/855/2024/header.csv', 1, '"MOTHER'],
      ['file-missing-column', '903/855/2024/header.csv', 1, 'MOTHER'],
    ],
    files: {
      '903/855/2024/episodes.csv': [2, 0, 2],
      '903/855/2024/header.csv': [2, 0, 2],
    },
  },
  'quoted-multiline': {
    findings: [
      ['grade-invalid', 'npd/ks4-results.csv', 8, 'GRADE'],
      ['csv-too-many-fields', 'npd/ks4-results.csv', 9, null],
      ['csv-too-few-fields', 'npd/ks4-results.csv', 10, null],
    ],
    files: {
      'npd/ks4-results.csv': [7, 4, 3],
    },
  },
  // inputs.md's own layout 903/2024/header.csv: the 903 folder is not an LA; the config's la is used
  'return-folder': {
    findings: [],
    files: {
      '903/2024/header.csv': [1, 1, 0],
    },
  },
  'semicolon': {
    findings: [
      ['file-delimiter', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'several-las': {
    findings: [],
    files: {
      '903/855/2024/episodes.csv': [1, 1, 0],
      '903/855/2024/header.csv': [1, 1, 0],
      '903/856/2024/episodes.csv': [1, 1, 0],
      '903/856/2024/header.csv': [1, 1, 0],
      '903/mixed-2024.csv': [2, 2, 0],
    },
  },
  'tab': {
    findings: [
      ['file-delimiter', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'table-not-in-year': {
    findings: [
      ['file-unknown-column', '903/855/2023/header.csv', 1, 'COMMENTS'],
      ['file-missing-column', '903/855/2023/header.csv', 1, 'MC_DOB'],
      ['file-missing-column', '903/855/2023/header.csv', 1, 'MOTHER'],
      ['id-too-long', '903/855/2023/header.csv', 2, 'CHILD'],
      ['file-table-not-in-year', '903/855/2023/social-workers.csv', null, null],
    ],
    files: {
      '903/855/2023/header.csv': [1, 0, 1],
      '903/855/2023/social-workers.csv': [1, 1, 0],
    },
  },
  'tiny-la': {
    findings: [],
    files: {
      '903/855/2024/episodes.csv': [4, 4, 0],
      '903/855/2024/header.csv': [3, 3, 0],
      'npd/ks4.csv': [3, 3, 0],
    },
  },
  'trailing-blank-line': {
    findings: [],
    files: {
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'trailing-empty-columns': {
    findings: [
      ['csv-value-in-unnamed-column', '903/855/2024/header.csv', 3, null],
    ],
    files: {
      '903/855/2024/header.csv': [3, 3, 0],
    },
  },
  'unknown-table': {
    findings: [
      ['file-unrecognised-table', '903/855/2024/header-without-header-row.csv', 1, null],
      ['file-unrecognised-table', '903/855/2024/placements-summary.csv', 1, null],
    ],
    files: {
      '903/855/2024/header-without-header-row.csv': [1, 0, 1],
      '903/855/2024/placements-summary.csv': [2, 0, 2],
    },
  },
  'unterminated-quote': {
    findings: [
      ['csv-unterminated-quote', 'npd/ks4-results.csv', 3, null],
    ],
    files: {
      'npd/ks4-results.csv': [4, 1, 3],
    },
  },
  'upns': {
    findings: [
      ['upn-shared', '903/855/2024/header.csv', 2, 'UPN'],
      ['upn-shared', '903/855/2024/header.csv', 3, 'UPN'],
      ['upn-check-letter', '903/855/2024/header.csv', 4, 'UPN'],
      ['upn-temporary', '903/855/2024/header.csv', 5, 'UPN'],
      ['upn-placeholder', '903/855/2024/header.csv', 6, 'UPN'],
      ['upn-placeholder', '903/855/2024/header.csv', 7, 'UPN'],
      ['upn-placeholder', '903/855/2024/header.csv', 8, 'UPN'],
      ['upn-placeholder', '903/855/2024/header.csv', 9, 'UPN'],
      ['upn-placeholder', '903/855/2024/header.csv', 10, 'UPN'],
      ['upn-blank-school-age', '903/855/2024/header.csv', 11, 'UPN'],
      ['upn-format', '903/855/2024/header.csv', 13, 'UPN'],
    ],
    files: {
      '903/855/2024/header.csv': [12, 12, 0],
    },
  },
  'utf8-bom': {
    findings: [],
    files: {
      '903/855/2024/header.csv': [2, 2, 0],
    },
  },
  'windows-1252': {
    findings: [
      ['file-encoding', 'npd/ks4-results.csv', null, null],
    ],
    files: {
      'npd/ks4-results.csv': [3, 3, 0],
    },
  },
  'xlsx-renamed': {
    findings: [
      ['file-not-csv', '903/855/2024/header.csv', null, null],
    ],
    files: {
      '903/855/2024/header.csv': [0, 0, 0],
    },
  },
};

// one DuckDB for every folder (a fresh catalog each): opening one per folder cost more than the folders
let shared: SharedValidator;
beforeAll(async () => { shared = await sharedValidator(); });
afterAll(() => shared?.close());
const validate = (folder: string, opts: Partial<IngestOptions> = {}, inspect?: (r: Run) => Promise<void>) => shared.validate(folder, opts, inspect);

describe('real-world files (fixtures/real-world)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const folder = join(ROOT, name);
      const v = await validate(folder);
      expect(v.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual(c.findings);
      expect(Object.fromEntries(v.files.map((a) => [a.file, [a.rowsRead, a.rowsAccepted, a.rowsRejected]]))).toEqual(c.files);
      for (const a of v.files) {
        expect(a.rowsRead, a.file).toBe(a.rowsAccepted + a.rowsRejected);
        expect(a.rowsRead, `${a.file}: rows read vs records in the file`).toBe(countRecords(readFileSync(join(folder, a.file))));
        // every rejected row has a reason
        expect(Object.values(a.rejectedBy).reduce((s, n) => s + n, 0), a.file).toBe(a.rowsRejected);
      }
      expect(v.files.map((a) => a.file).sort()).toEqual(csvFiles(folder));
      // privacy: no finding carries an id, UPN, date of birth or postcode of the fixture
      const personal = personalValues(folder);
      for (const f of v.findings) {
        if (f.value !== null) expect(personal.has(f.value.trim()), `${f.ruleId} value`).toBe(false);
        const tokens = new Set(`${f.message} ${f.remedy}`.split(/[^A-Za-z0-9/.+-]+/));
        for (const p of personal) expect(tokens.has(p) || (p.length >= 8 && f.message.includes(p)), `${f.ruleId} message names ${p}`).toBe(false);
      }
    });
  }

  it('no year in the path: an InputError whose remedy names --year; with --year the file is read', async () => {
    const folder = join(ROOT, 'no-year');
    const e = await validate(folder).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain('903/855/header.csv');
    expect((e as InputError).remedy).toContain('--year');
    const v = await validate(folder, { year: 2024 });
    expect(v.files.map((a) => [a.file, a.la, a.year, a.rowsRead, a.rowsAccepted])).toEqual([['903/855/header.csv', '855', 2024, 1, 1]]);
    expect(v.findings).toEqual([]);
  });

  it('a file without its header row: the finding echoes no id, date of birth or UPN from the data row', async () => {
    const v = await validate(join(ROOT, 'unknown-table'));
    const [noHeader, other] = v.findings;
    expect(noHeader!.message).toBe('the first row (7 column(s): WBRI) matches no known table; none of its cells is a known column name: is the header row missing?');
    for (const p of ['101', '01/09/2007', 'P000000000001']) expect(JSON.stringify(noHeader)).not.toContain(p);
    expect(other!.message).toBe('the first row (3 column(s): ID, NAME, AMOUNT) matches no known table; none of its cells is a known column name: is the header row missing?');
  });

  it('a 903 folder is the return, not LA 903: the LA comes from the config', async () => {
    const v = await validate(join(ROOT, 'return-folder'));
    expect(v.files.map((a) => [a.file, a.la, a.year])).toEqual([['903/2024/header.csv', '855', 2024]]);
  });

  it('leading zeros: 0012 and 12 are two children, each with its episode', async () => {
    await validate(join(ROOT, 'leading-zeros'), {}, async ({ rows }) => {
      expect(await rows('SELECT CHILD FROM p_Header ORDER BY CHILD')).toEqual([{ CHILD: '0012' }, { CHILD: '12' }]);
      expect(await rows('SELECT CHILD, DECOM FROM p_Episodes ORDER BY CHILD')).toEqual([{ CHILD: '0012', DECOM: '2021-04-01' }, { CHILD: '12', DECOM: '2022-04-01' }]);
    });
  });

  it('ids as numbers: 4567.0 is read as 4567; 4.56E+5 is not guessed', async () => {
    await validate(join(ROOT, 'id-as-number'), {}, async ({ rows }) => {
      expect(await rows('SELECT CHILD, _reject FROM p_Header ORDER BY _line')).toEqual([{ CHILD: '4567', _reject: false }, { CHILD: null, _reject: true }, { CHILD: '124', _reject: false }]);
    });
  });

  it('Windows-1252: £, é and the en dash (0x96) are decoded, not rejected', async () => {
    const bytes = readFileSync(join(ROOT, 'windows-1252/npd/ks4-results.csv'));
    expect(bytes.includes(0x96) && bytes.includes(0xa3) && bytes.includes(0xe9)).toBe(true);
    await validate(join(ROOT, 'windows-1252'), {}, async ({ rows }) => {
      expect((await rows<{ SUBJECT: string }>('SELECT SUBJECT FROM p_KS4Results ORDER BY _line')).map((r) => r.SUBJECT))
        .toEqual(['Français et cinéma', 'Art – fine art', 'Finance (£ and pence)']);
    });
  });

  it('dates in other forms are read as the dates they are', async () => {
    await validate(join(ROOT, 'date-forms'), {}, async ({ rows }) => {
      expect(await rows('SELECT _line, DOB FROM p_Header WHERE NOT _reject ORDER BY _line')).toEqual([
        { _line: 2, DOB: '2007-09-01' }, { _line: 3, DOB: '2008-03-15' }, { _line: 4, DOB: '2007-12-20' }, { _line: 5, DOB: '2009-01-05' },
      ]);
    });
  });

  it('children in care before the earliest return are counted, not named', async () => {
    const v = await validate(join(ROOT, 'care-before-earliest-return'));
    const f = v.findings.find((x) => x.ruleId === 'care-before-earliest-return')!;
    expect(f.value).toBe('2');
    expect(f.message).toMatch(/^2 children of LA 855 were already in care before its earliest return \(2019\/20\)/);
    expect(f.message).not.toMatch(/60[1-5]/);
  });

  it('codes with case or spaces are folded; SEX 1/2 is normalised in a 2025 return', async () => {
    await validate(join(ROOT, 'codes'), {}, async ({ rows }) => {
      expect(await rows("SELECT LS, PLACE FROM p_Episodes WHERE _year = 2025 AND NOT _reject")).toEqual([{ LS: 'C2', PLACE: 'U4' }]);
    });
  });

  it('several LAs: the same CHILD id in four LAs is four children', async () => {
    await validate(join(ROOT, 'several-las'), {}, async ({ rows }) => {
      expect(await rows('SELECT _la, CHILD FROM p_Header ORDER BY _la')).toEqual(['855', '856', '857', '858'].map((la) => ({ _la: la, CHILD: '101' })));
    });
  });

  it('the byte-exact fixtures still have their bytes (BOM, CRLF, lone CR, zip signature)', () => {
    expect(readFileSync(join(ROOT, 'mixed-line-ends/903/855/2024/header.csv'), 'latin1')).toMatch(/MC_DOB\n101[^\n]*\r\n102[^\n]*,\r103/);
    expect([...readFileSync(join(ROOT, 'utf8-bom/903/855/2024/header.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(ROOT, 'crlf/903/855/2024/header.csv'), 'latin1')).toMatch(/^CHILD[^\n]*\r\n/);
    expect([...readFileSync(join(ROOT, 'xlsx-renamed/903/855/2024/header.csv')).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(existsSync(join(ROOT, 'empty-file/903/855/2024/header.csv'))).toBe(true);
  });
  // every rule has its own fixture and test: fixtures/invalid/<rule-id>, test/validate/rule-fixtures.test.ts
});
