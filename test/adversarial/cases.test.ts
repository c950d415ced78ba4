/**
 * The standing adversarial suite (issue 15): hostile or unlucky inputs, each a small generated
 * folder with the finding it must give, the exit code it implies (1 for an error-level finding,
 * 0 otherwise) and balanced row accounting. Run in-process; test/adversarial/cli.test.ts spawns the
 * built CLI for the cases where the command line itself is the subject.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, ConfigError } from '../../src/errors.js';
import { validate } from '../validate/helpers.js';
import { BASE_FILES, EPISODES, HEADER, makeFolder } from './base.js';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
const folder = (extra: Record<string, string | Buffer | null> = {}, also?: (dir: string) => void) => {
  const d = makeFolder(extra);
  made.push(d);
  also?.(d);
  return d;
};
/** The base Header with child 101's row replaced (the other children keep their rows). */
const header = (row101: string) => BASE_FILES['903/855/2024/header.csv']!.replace(/^101,.*$/m, row101);
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

interface Case { build: () => string; rule: string | null; exit: 0 | 1; line?: number | null; column?: string | null }

const CASES: Record<string, Case> = {
  'the base folder is clean': { build: () => folder(), rule: null, exit: 0 },
  'one NUL byte in one cell': { build: () => folder({ '903/855/2024/header.csv': header('101,1,01/09/2007,WB\0RI,P000000000001,,') }), rule: 'cell-nul-byte', exit: 0, line: 2, column: 'ETHNIC' },
  'NUL padding at the end of a file': { build: () => folder({ '903/855/2024/header.csv': Buffer.concat([Buffer.from(BASE_FILES['903/855/2024/header.csv']!), Buffer.alloc(512)]) }), rule: 'cell-nul-byte', exit: 0, line: null },
  'UTF-16 LE with a BOM': { build: () => folder({ '903/855/2024/header.csv': utf16le(BASE_FILES['903/855/2024/header.csv']!) }), rule: 'file-encoding', exit: 0 },
  'UTF-16 BE with a BOM': { build: () => folder({ '903/855/2024/episodes.csv': utf16be(BASE_FILES['903/855/2024/episodes.csv']!) }), rule: 'file-encoding', exit: 0 },
  'a date of birth in the future': { build: () => folder({ '903/855/2024/header.csv': header('101,1,01/09/2030,WBRI,P000000000001,,') }), rule: 'dob-after-return', exit: 1, line: 2, column: 'DOB' },
  'DECOM before the date of birth': { build: () => folder({ '903/855/2024/episodes.csv': `${EPISODES}\n102,01/04/2001,S,C2,N1,U4,PR1,,,,AB1,AB2,\n` }), rule: 'episode-before-birth', exit: 1, line: 2, column: 'DECOM' },
  'an episode lasting 104 years': { build: () => folder({ '903/855/2024/header.csv': header('101,1,01/09/1910,WBRI,P000000000001,,'), '903/855/2024/episodes.csv': `${EPISODES}\n101,01/04/1920,S,C2,N1,U4,PR1,,,,AB1,AB2,\n102,01/04/2022,S,C2,N1,U4,PR1,,,,AB1,AB2,\n103,01/04/2022,S,V2,N1,U1,PR1,,,,AB1,AB2,\n104,01/06/2023,L,C2,N1,U4,PR1,,,,AB1,AB2,\n` }), rule: 'episode-too-long', exit: 1, line: 2 },
  'year 1900 in the path': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/855/1900/header.csv': BASE_FILES['903/855/2024/header.csv']! }), rule: 'year-out-of-range', exit: 1 },
  'year 2100 in a YEAR column': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/header.csv': `LA,YEAR,${HEADER}\n855,2100,101,1,01/09/2007,WBRI,P000000000001,,\n` }), rule: 'year-out-of-range', exit: 1, line: 2 },
  'garbage in a YEAR column': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/header.csv': `LA,YEAR,${HEADER}\n855,twenty,101,1,01/09/2007,WBRI,P000000000001,,\n` }), rule: 'context-year-invalid', exit: 1, line: 2, column: 'YEAR' },
  'a path in an LA column': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/header.csv': `LA,YEAR,${HEADER}\n../../PWNED,2024,101,1,01/09/2007,WBRI,P000000000001,,\n` }), rule: 'context-la-invalid', exit: 1, line: 2, column: 'LA' },
  'markup in an LA column': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/header.csv': `LA,YEAR,${HEADER}\n<img src=x onerror=alert(1)>,2024,101,1,01/09/2007,WBRI,P000000000001,,\n` }), rule: 'context-la-invalid', exit: 1, line: 2, column: 'LA' },
  'a lower-case UPN': { build: () => folder({ '903/855/2024/header.csv': header('101,1,01/09/2007,WBRI,p000000000001,,') }), rule: 'upn-lower-case', exit: 0, line: 2, column: 'UPN' },
  'a file name with * and [': { build: () => folder({ '903/855/2024/header.csv': null, '903/855/2024/head*er[1].csv': BASE_FILES['903/855/2024/header.csv']! }), rule: null, exit: 0 },
  'an --out folder inside the input': { build: () => folder({ 'out/cla-analyse-output.json': '{"tool":"cla-analyse","files":[]}', 'out/cla-report-855-2023-24.csv': 'measure,value\nx,1\n' }), rule: 'folder-own-output', exit: 0 },
  'a symbolic-link loop': { build: () => folder({}, (d) => symlinkSync('..', join(d, '903/855/loop'))), rule: 'path-skipped', exit: 0 },
  'a broken symbolic link': { build: () => folder({}, (d) => symlinkSync(join(d, 'nowhere.csv'), join(d, '903/855/2024/missing.csv'))), rule: 'path-skipped', exit: 0 },
  'a symlinked folder (outside the input) is read': { build: () => folder({}, (d) => { const other = folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null }); mkdirSync(join(other, '2024')); writeFileSync(join(other, '2024/uasc.csv'), 'CHILD,SEX,DOB,DUC\n101,1,01/09/2007,\n'); symlinkSync(other, join(d, '903/856')); }), rule: null, exit: 0 },
  'a child id shifted into a code column is not echoed': { build: () => folder({ '903/855/2024/episodes.csv': `${EPISODES}\n101,01/04/2021,582513,C2,N1,U4,PR1,,,,AB1,AB2,\n` }), rule: 'code-invalid', exit: 1, line: 2, column: 'RNE' },
};

describe('adversarial cases (issue 15)', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const dir = c.build();
      const v = await validate(dir);
      if (name.startsWith('a symlinked folder')) expect(v.files.map((a) => a.file)).toContain('903/856/2024/uasc.csv');
      if (c.rule) {
        const hit = v.findings.find((f) => f.ruleId === c.rule);
        expect(hit, `${c.rule} in ${JSON.stringify(v.findings.map((f) => f.ruleId))}`).toBeDefined();
        if (c.line !== undefined) expect(hit!.line).toBe(c.line);
        if (c.column !== undefined) expect(hit!.column).toBe(c.column);
      } else {
        expect(v.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
      }
      expect(v.findings.some((f) => f.severity === 'error') ? 1 : 0).toBe(c.exit);
      for (const a of v.files) {
        expect(a.rowsRead, a.file).toBe(a.rowsAccepted + a.rowsRejected);
        expect(Object.values(a.rejectedBy).reduce((s, n) => s + n, 0), a.file).toBe(a.rowsRejected);
      }
      // nothing personal in a finding: no child id, date of birth or UPN of the folder
      for (const f of v.findings) {
        const text = `${f.value ?? ''} ${f.message}`;
        for (const p of ['582513', '01/09/2007', '15/03/2008', 'P000000000001', 'p000000000001', '01/09/2030']) expect(text).not.toContain(p);
        expect(text).not.toContain('<img');
        expect(text).not.toContain('PWNED');
      }
    });
  }

  it('cla-analyse.json with a UTF-8 BOM is read; a benchmark file outside the folder is a configuration error', async () => {
    const ok = folder({ 'cla-analyse.json': '\uFEFF{"suppression": 5}\n' });
    await expect(validate(ok)).resolves.toBeDefined();
    const bad = folder({ 'cla-analyse.json': '{"benchmarkFiles": {"england_all_pupils.csv": "../../etc/passwd"}}\n' });
    const err = await validate(bad).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues.join('\n')).toMatch(/\$\.benchmarkFiles\.england_all_pupils\.csv: the path leaves the input folder/);
    expect((err as CliError).exitCode).toBe(2);
  });

  it('a long comment and a DOCTYPE before the XML root are read; its entities are not resolved', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE EXPSSDA903 [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<!-- ${'c'.repeat(4000)} -->\n<EXPSSDA903><CHILD><HEADER><CHILDID>101</CHILDID><UPN>P000000000001</UPN><SEX>1</SEX><DOB>01/09/2007</DOB><ETHNIC>&xxe;</ETHNIC></HEADER></CHILD></EXPSSDA903>\n`;
    const v = await validate(folder({ '903/855/2024/header.csv': null, '903/855/2024/episodes.csv': null, '903/855/2024/return.xml': xml }));
    expect(v.files[0]!.table).not.toBeNull();
    expect(v.findings.map((f) => f.ruleId)).not.toContain('xml-wrong-root');
    expect(JSON.stringify(v.findings)).not.toContain('root:');
  });
});
