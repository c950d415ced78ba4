/**
 * Plain CSV files of one table and header are read together (one read_csv per header): every row
 * must still carry its own file and physical line, and rows DuckDB rejects must be reported at their
 * line in their file. The folder is written here (seeded), so each row's expected line is known:
 * a row's CHILD id encodes its LA, year and line.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../validate/helpers.js';

const root = mkdtempSync(join(tmpdir(), 'cla-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small seeded generator (mulberry32), so the bad lines are fixed but not hand-picked. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Planned { rel: string; rows: number; tooMany: number[]; tooFew: number[]; badEthnic: number[] }
const planned: Planned[] = [];
const rand = rng(20261123);
for (const la of ['855', '856', '857']) {
  for (const year of [2023, 2024]) {
    const rel = `903/${la}/${year}/header.csv`;
    const headerOnly = la === '856' && year === 2023;
    const n = headerOnly ? 0 : 20 + Math.floor(rand() * 40);
    const p: Planned = { rel, rows: n, tooMany: [], tooFew: [], badEthnic: [] };
    const lines = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
    for (let i = 0; i < n; i++) {
      const line = i + 2;
      const child = `${la}${year % 100}${String(line).padStart(3, '0')}`;
      const r = rand();
      if (r < 0.08) { p.tooMany.push(line); lines.push(`${child},1,01/01/2010,WBRI,,,,extra`); }
      else if (r < 0.16) { p.tooFew.push(line); lines.push(`${child},1,01/01/2010`); }
      else if (r < 0.22) { p.badEthnic.push(line); lines.push(`${child},1,01/01/2010,QQQQ,,,`); }
      else lines.push(`${child},${1 + (line % 2)},01/01/2010,WBRI,,,`);
    }
    const eol = la === '857' && year === 2024 ? '\r\n' : '\n'; // one CRLF file in the same batch
    mkdirSync(join(root, `903/${la}/${year}`), { recursive: true });
    writeFileSync(join(root, rel), lines.join(eol) + eol);
    planned.push(p);
  }
}

describe('plain files read in one batch', () => {
  it('the plan has rejected rows in several files, a CRLF file and a header-only file', () => {
    expect(planned.filter((p) => p.tooMany.length + p.tooFew.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(planned.some((p) => p.rows === 0)).toBe(true);
  });

  it('every accepted row keeps its own file and line; rejected rows are reported at theirs; rows add up', async () => {
    const v = await validate(root, {}, async ({ v, rows }) => {
      // all six files went through one read (the batch path), not one stage table per file
      const stages = await rows<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'stage%' ORDER BY 1`);
      expect(stages.map((s) => s.name)).toEqual(['stageb_0']);
      const got = await rows<{ _file: number; _line: number; CHILD: string }>(`SELECT _file, _line, CHILD FROM p_Header ORDER BY _file, _line`);
      const expected: Array<{ _file: number; _line: number; CHILD: string }> = [];
      for (const p of planned) {
        const file = v.fileNames.indexOf(p.rel);
        const [, la, year] = p.rel.split('/');
        for (let line = 2; line < p.rows + 2; line++) {
          if (p.tooMany.includes(line) || p.tooFew.includes(line)) continue;
          expected.push({ _file: file, _line: line, CHILD: `${la}${Number(year) % 100}${String(line).padStart(3, '0')}` });
        }
      }
      expected.sort((a, b) => a._file - b._file || a._line - b._line);
      expect(got.map((r) => ({ _file: Number(r._file), _line: Number(r._line), CHILD: r.CHILD }))).toEqual(expected);
    });
    for (const p of planned) {
      const mine = v.findings.filter((f) => f.file === p.rel);
      expect(mine.filter((f) => f.ruleId === 'csv-too-many-fields').map((f) => f.line), p.rel).toEqual(p.tooMany);
      expect(mine.filter((f) => f.ruleId === 'csv-too-few-fields').map((f) => f.line), p.rel).toEqual(p.tooFew);
      expect(mine.filter((f) => f.column === 'ETHNIC' && f.severity === 'error').map((f) => f.line), p.rel).toEqual(p.badEthnic);
      const acc = v.files.find((a) => a.file === p.rel)!;
      expect(acc.rowsRead, p.rel).toBe(p.rows);
      expect(acc.rowsAccepted + acc.rowsRejected).toBe(acc.rowsRead);
      expect(acc.rejectedBy['csv-too-many-fields'] ?? 0, p.rel).toBe(p.tooMany.length);
      expect(acc.rejectedBy['csv-too-few-fields'] ?? 0, p.rel).toBe(p.tooFew.length);
      expect(mine.some((f) => f.ruleId === 'file-header-only'), p.rel).toBe(p.rows === 0);
    }
  });
});
