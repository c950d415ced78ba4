/**
 * Volume that an ordinary mistake can produce (issue 15): a file of repeated rows gives one finding
 * per row, and appending findings with `push(...items)` threw "Maximum call stack size exceeded"
 * (exit 3) past about 125,000 of them. Run in-process on 200,000 identical rows (a million took 50 s
 * through the CLI, by hand: exit 1, `rows: 1,000,000 read = 1 accepted + 999,999 rejected`).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendAll } from '../../src/validate/finding.js';
import { validate } from '../validate/helpers.js';
import { HEADER, makeFolder } from './base.js';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

describe('a file of 200,000 identical rows', () => {
  it('is 199,999 duplicate-row findings and balanced accounting, not a stack overflow', async () => {
    const rows = 200_000;
    const dir = makeFolder({ '903/855/2024/header.csv': `${HEADER}\n${'101,1,01/09/2007,WBRI,P000000000001,,\n'.repeat(rows)}`, '903/855/2024/episodes.csv': null });
    made.push(dir);
    const v = await validate(dir);
    const dups = v.findings.filter((f) => f.ruleId === 'duplicate-row');
    expect(dups).toHaveLength(rows - 1);
    expect(dups[0]!.line).toBe(3);
    const a = v.files.find((f) => f.file === '903/855/2024/header.csv')!;
    expect([a.rowsRead, a.rowsAccepted, a.rowsRejected]).toEqual([rows, 1, rows - 1]);
    // no id or date of birth in a finding, however many there are
    expect(v.findings.some((f) => `${f.value} ${f.message}`.match(/P000000000001|01\/09\/2007/))).toBe(false);
  });

  it('appendAll takes any number of items, where push(...items) overflows the stack', () => {
    const many = new Array<number>(500_000).fill(1);
    expect(() => [].push(...(many as never[]))).toThrow(/call stack/);
    expect(appendAll([0], many)).toHaveLength(500_001);
  });

  it('no findings array in src is appended with push(...)', () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) readFileSync(p, 'utf8').split('\n').forEach((l, i) => { if (/\.push\(\.\.\.(await )?[\w.]*([Ff]indings|found)/.test(l)) offenders.push(`${p}:${i + 1}`); });
      }
    };
    walk(join(import.meta.dirname, '../../src'));
    expect(offenders).toEqual([]);
  });
});
