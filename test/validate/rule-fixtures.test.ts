/**
 * A fixture per rule (issue 11 item 5): fixtures/invalid/<rule-id>/ is a tiny synthetic input folder
 * that triggers that rule. Each is validated on its own, all on one shared DuckDB (sharedValidator:
 * a fresh catalog per folder), and must give the rule at exactly the file, line and column listed
 * here, plus only the other rules listed with it (`also`: none for most). Every rule in the registry
 * has a folder, and every folder is a rule.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/domain/dates.js';
import { readXmlReturn } from '../../src/io/xml/read-xml-return.js';
import { RULE_IDS, RULES_BY_ID, type RuleId } from '../../src/validate/registry.js';
import type { Validated } from '../../src/validate/run.js';
import { personalValues, sharedValidator, type SharedValidator } from './helpers.js';

const ROOT = join(import.meta.dirname, '../../fixtures/invalid');

type At = [file: string, line: number | null, column: string | null];
interface Case {
  /** Where the rule fires (file, line, column), in the engine's order. */
  at: At[];
  /** Other rules the folder triggers, and why they cannot be avoided. */
  also?: RuleId[];
  /** What the folder shows, when the id alone does not say. */
  note?: string;
}

const HEADER = '903/855/2024/header.csv';
const EPISODES = '903/855/2024/episodes.csv';
const KS4 = 'npd/ks4.csv';
const XML = '903/855/2024/return.xml';

const CASES: Record<RuleId, Case> = {
  'acadyr-format': { at: [[KS4, 2, 'ACADYR']] },
  'acadyr-invalid': { at: [[KS4, 2, 'ACADYR']] },
  'att8-range': { at: [[KS4, 2, 'ATT8']] },
  'care-before-earliest-return': { at: [[EPISODES, null, null]], note: 'child 102 came in with RNE P in 2022, before the only return (2023/24)' },
  'cell-nul-byte': { at: [[HEADER, null, null], [HEADER, 3, 'SEX']], note: 'NUL padding at the end of the file, and one NUL inside a cell' },
  'census-duplicate-term': { at: [['npd/census.csv', 3, 'URN']] },
  'code-case-space': { at: [[HEADER, 3, 'ETHNIC']] },
  'code-invalid': { at: [[HEADER, 3, 'ETHNIC']] },
  'code-not-in-year': { at: [['903/855/2026/episodes.csv', 2, 'PLACE']], note: 'PLACE Z1 is retired from the 2026 return' },
  'context-la-invalid': { at: [['903/header.csv', 3, 'LA']] },
  'context-year-invalid': { at: [['903/header.csv', 3, 'YEAR']] },
  'csv-too-few-fields': { at: [[HEADER, 3, null]] },
  'csv-too-many-fields': { at: [[HEADER, 3, null]] },
  // a stray quote in the header: the reader returns no rows, and the header names are read with the quotes
  'csv-unreadable-row': { at: [[EPISODES, null, null]], also: ['file-missing-column', 'file-unknown-column'] },
  'csv-unterminated-quote': { at: [['npd/ks4-results.csv', 3, null]] },
  'csv-value-in-unnamed-column': { at: [[HEADER, 3, null]] },
  'date-format': { at: [[HEADER, 3, 'DOB']] },
  'date-impossible': { at: [[HEADER, 3, 'DOB']] },
  'date-invalid': { at: [[HEADER, 3, 'DOB']] },
  'dob-after-return': { at: [[HEADER, 3, 'DOB']] },
  'dob-too-old': { at: [[HEADER, 3, 'DOB']], note: 'a date of birth of 01/01/1900 in the 2024 return' },
  'duplicate-row': { at: [[HEADER, 3, null]] },
  'episode-before-birth': { at: [[EPISODES, 2, 'DECOM']] },
  'episode-child-not-in-header': { at: [[EPISODES, 3, 'CHILD']] },
  'episode-date-after-return': { at: [[EPISODES, 2, 'DECOM']] },
  'episode-dec-before-decom': { at: [[EPISODES, 2, 'DEC']] },
  'episode-open-missing-from-later-return': { at: [['903/855/2023/episodes.csv', 2, 'DEC']], note: 'child 101, open in 2023, is not in the 2024 return' },
  'episode-open-not-last': { at: [[EPISODES, 2, 'DEC']] },
  'episode-overlap': { at: [[EPISODES, 2, 'DEC']] },
  // with a Header, a DECOM 104 years back is before the date of birth, or the date of birth is too old: this folder has only Episodes
  'episode-too-long': { at: [[EPISODES, 3, 'DECOM']], note: 'an episode open since 1920 in the 2024 return (104 years)' },
  'episode-x1-gap': { at: [[EPISODES, 2, 'REC']] },
  'file-ambiguous-table': { at: [['903/855/2024/adoption.csv', 1, null]] },
  'file-conflict': { at: [[HEADER, null, null]], note: 'header.csv and header-copy.csv are both the 2024 Header of LA 855' },
  'file-delimiter': { at: [[HEADER, null, null]] },
  'file-empty': { at: [[HEADER, null, null]] },
  'file-encoding': { at: [['npd/ks4-results.csv', null, null]], note: 'Windows-1252 bytes (£, é, an en dash)' },
  'file-header-only': { at: [[HEADER, null, null]] },
  'file-missing-column': { at: [[HEADER, 1, 'MC_DOB']] },
  'file-not-csv': { at: [[HEADER, null, null]], note: 'a real .xlsx renamed .csv' },
  'file-table-not-in-year': { at: [['903/855/2023/social-workers.csv', null, null]] },
  'file-unknown-column': { at: [[HEADER, 1, 'COMMENTS']] },
  'file-unrecognised-table': { at: [['903/855/2024/placements-summary.csv', 1, null]] },
  'folder-own-output': { at: [['out', null, null]] },
  'grade-invalid': { at: [['npd/ks4-results.csv', 3, 'GRADE']] },
  'header-duplicate-child': { at: [[HEADER, 4, 'CHILD']] },
  'id-exponent': { at: [[HEADER, 3, 'CHILD']] },
  'id-number-format': { at: [[HEADER, 3, 'CHILD']] },
  'id-too-long': { at: [[HEADER, 3, 'CHILD']] },
  'la-invalid': { at: [[KS4, 2, 'LA']] },
  'number-invalid': { at: [[KS4, 2, 'P8SCORE']] },
  'oc2-not-in-cohort': { at: [['903/855/2024/oc2.csv', 3, 'CHILD']] },
  // a dangling symbolic link: git cannot hold one portably, so the test adds it to a copy of the folder
  'path-skipped': { at: [[EPISODES, null, null]], note: 'episodes.csv is a link to a file that does not exist (made by this test)' },
  'pupil-duplicate-record': { at: [[KS4, 3, 'UPN']] },
  // a placeholder where a pupil's UPN should be is also the placeholder's own (info) finding
  'pupil-upn-placeholder': { at: [[KS4, 3, 'UPN']], also: ['upn-placeholder'] },
  'required-field': { at: [[KS4, 3, 'UPN']] },
  'scaled-score-range': { at: [['npd/ks2.csv', 2, 'MATSCORE']] },
  'sessions-exceed-possible': { at: [['npd/absence.csv', 3, 'UNAUTHORISEDABSENCE']] },
  'sex-code-era': { at: [[HEADER, 3, 'SEX']] },
  'text-too-long': { at: [['npd/ks4-results.csv', 2, 'SUBJECT']] },
  'upn-blank-school-age': { at: [[HEADER, 3, 'UPN']] },
  'upn-check-letter': { at: [[HEADER, 3, 'UPN']] },
  'upn-format': { at: [[HEADER, 3, 'UPN']] },
  'upn-lower-case': { at: [[HEADER, 3, 'UPN']] },
  'upn-placeholder': { at: [[HEADER, 3, 'UPN']] },
  'upn-shared': { at: [[HEADER, 2, 'UPN'], [HEADER, 3, 'UPN']] },
  'upn-temporary': { at: [[HEADER, 3, 'UPN']] },
  'urn-invalid': { at: [[KS4, 2, 'URN']] },
  'value-out-of-range': { at: [[KS4, 2, 'EBACCAPS']] },
  'xml-duplicate-element': { at: [[XML, 15, 'CHILD[1]/EPISODE[1]/DECOM']] },
  'xml-element-order': { at: [[XML, 15, 'CHILD[1]/EPISODE[1]/DECOM']] },
  'xml-encoding': { at: [[XML, 1, null]] },
  'xml-malformed': { at: [[XML, 22, 'CHILD[1]/EPISODE[1]/REC']] },
  'xml-misplaced-element': { at: [[XML, 13, 'CHILD[1]/DECOM']] },
  'xml-missing-element': { at: [[XML, 5, 'CHILD[1]/HEADER']] },
  // the rule is the count of XML syntax problems past the first 50, which are listed as xml-malformed
  'xml-too-many-findings': { at: [[XML, null, null]], also: ['xml-malformed'], note: '55 stray closing tags after the last child' },
  'xml-truncated': { at: [[XML, 18, 'CHILD[1]/EPISODE[1]']] },
  'xml-unexpected-text': { at: [[XML, 17, 'CHILD[1]/EPISODE[1]']] },
  'xml-unknown-element': { at: [[XML, 16, 'CHILD[1]/EPISODE[1]/FAVOURITE_COLOUR']] },
  // see ONLY_IN_THE_READER
  'xml-wrong-root': { at: [[XML, null, null]] },
  'year-out-of-range': { at: [['903/header.csv', 3, null]] },
};

/**
 * Rules a folder cannot raise, and why; their fixture is still checked where the rule is raised.
 * Ingest reads an XML file's root element before parsing it, and a file whose root is not
 * EXPSSDA903 is `file-unrecognised-table` (not read); the XML reader's own check, for callers that
 * read a return directly, is xml-wrong-root.
 */
const ONLY_IN_THE_READER: Partial<Record<RuleId, RuleId>> = { 'xml-wrong-root': 'file-unrecognised-table' };

let shared: SharedValidator;
beforeAll(async () => { shared = await sharedValidator(); });
afterAll(() => shared?.close());

const folders = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** The path-skipped folder, with its dangling link added in a temporary copy. */
function withDanglingLink(folder: string): { folder: string; done: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'cla-rule-fixture-'));
  cpSync(folder, tmp, { recursive: true });
  symlinkSync(join(tmp, 'no-such-file.csv'), join(tmp, EPISODES));
  return { folder: tmp, done: () => rmSync(tmp, { recursive: true, force: true }) };
}

describe('a fixture per rule (fixtures/invalid/<rule-id>)', () => {
  it('every rule in the registry has a folder, and every folder is a rule', () => {
    expect(folders).toEqual([...RULE_IDS].sort());
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const id of [...RULE_IDS].sort()) {
    const c = CASES[id];
    it(`${id}${c.note ? `: ${c.note}` : ''}`, async () => {
      const fixture = join(ROOT, id);
      const linked = id === 'path-skipped' ? withDanglingLink(fixture) : null;
      let v: Validated;
      try { v = await shared.validate(linked?.folder ?? fixture); } finally { linked?.done(); }
      const fires = ONLY_IN_THE_READER[id] ?? id;
      expect(v.findings.filter((f) => f.ruleId === fires).map((f) => [f.file, f.line, f.column]), `${fires} in ${id}/`).toEqual(c.at);
      const others = [...new Set(v.findings.filter((f) => f.ruleId !== fires).map((f) => f.ruleId))].sort();
      expect(others, `other rules triggered by ${id}/`).toEqual([...(c.also ?? [])].sort());
      for (const f of v.findings) expect(RULES_BY_ID.has(f.ruleId)).toBe(true);
      for (const a of v.files) expect(a.rowsRead, `${id}/${a.file}: rows read = accepted + rejected`).toBe(a.rowsAccepted + a.rowsRejected);
      // privacy: no finding echoes an id, UPN, date of birth or postcode of the fixture
      const personal = personalValues(fixture);
      for (const f of v.findings) if (f.value !== null) expect(personal.has(f.value.trim()), `${f.ruleId} echoes ${f.value}`).toBe(false);
    });
  }

  // issue 15 item 6: each finding the hostile-input session found missing is a rule in its own file, with a folder above
  it('the findings issue 15 found missing are each a rule with its own file and fixture', () => {
    const missing: Record<string, RuleId> = {
      'a date of birth in the future': 'dob-after-return',
      'DECOM before the date of birth': 'episode-before-birth',
      'an episode lasting 104 years': 'episode-too-long',
      'return year 1900 or 2100 (YEAR column)': 'year-out-of-range',
      'a date of birth of 01/01/1900': 'dob-too-old',
      'a date in 1899 or 2101': 'date-impossible',
      'garbage in a YEAR column': 'context-year-invalid',
      'an invalid LA code in an LA column': 'context-la-invalid',
      'lower-case UPNs (folded)': 'upn-lower-case',
    };
    for (const [what, id] of Object.entries(missing)) {
      expect(existsSync(join(ROOT, '../../src/validate/rules', `${id}.ts`)), `${what}: src/validate/rules/${id}.ts`).toBe(true);
      expect(folders, `${what}: fixtures/invalid/${id}`).toContain(id);
    }
  });

  it('date-impossible says when a real calendar date lies before 1900 or after 2100', () => {
    expect(parseDate('01/09/1899')).toMatchObject({ ok: false, reason: 'impossible', outOfRange: true });
    expect(parseDate('2101-01-01')).toMatchObject({ ok: false, reason: 'impossible', outOfRange: true });
    expect(parseDate('29/02/2104')).toMatchObject({ ok: false, outOfRange: true }); // a leap year
    expect(parseDate('29/02/1900')).toEqual({ ok: false, reason: 'impossible', detail: '29/02/1900 is not a real calendar date' }); // not one
    expect(parseDate('31/04/1850')).not.toHaveProperty('outOfRange');
    expect(parseDate('01/01/1900')).toMatchObject({ ok: true, iso: '1900-01-01' });
  });

  it('xml-wrong-root: the XML reader gives it on the fixture read directly (children still read)', async () => {
    const rows: unknown[] = [];
    const r = await readXmlReturn(join(ROOT, 'xml-wrong-root', XML), XML, (row) => rows.push(row));
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['xml-wrong-root', 3, 'SSDA903Return']]);
    expect(r.childrenAccepted).toBe(1);
    expect(rows.length).toBeGreaterThan(0);
  });
});
