/**
 * The adversarial cases where the command line itself is the subject (issue 15): exit codes and the
 * end-of-run summary of the built CLI (dist/, built by `npm test`). Everything else in this folder
 * runs in-process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FILES, makeFolder } from './base.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');

export interface Ran { code: number | null; stdout: string; stderr: string }
export function cli(args: string[], env: Record<string, string | undefined> = {}): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp: string[] = [];
const tempDir = (prefix: string) => { const d = mkdtempSync(join(tmpdir(), prefix)); temp.push(d); return d; };
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });

/** The base 903 return with three of its children in a KS4 pupil file (so link, report and model all have work). */
const KS4 = ['KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE,KS4_INP8CALC,KS4_KS2EMSS,KS4_L2BASICS_94,KS4_L2BASICS_95,KS4_EBACC_E_PTQ_EE,KS4_EBACC_94,KS4_EBACC_95,KS4_EBACCAPS',
  'P000000000001,2023/24,139200,855,34.34,,1,89.5,0,0,1,0,0,2.67',
  'D000000000002,2023/24,139200,855,28.5,,1,104,0,0,0,0,0,2',
  'T000000000003,2023/24,139201,855,51.5,,1,100,1,1,0,0,0,4', ''].join('\n');
let clean = '', dup = '';
beforeAll(() => {
  // a header-only OC3 file: a warning (file-header-only), no error
  clean = makeFolder({ 'npd/ks4_pupil_2023-24.csv': KS4, '903/855/2024/oc3.csv': 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n' });
  // the first child's Header row twice: duplicate-row, an error
  dup = makeFolder({ 'npd/ks4_pupil_2023-24.csv': KS4, '903/855/2024/header.csv': BASE_FILES['903/855/2024/header.csv']!.replace(/^(101,.*\n)/m, '$1$1') });
  temp.push(clean, dup);
});

/** rows: N read = A accepted + R rejected, in F files (the one line every command that reads a folder ends with). */
function rowsLine(stderr: string): { read: number; accepted: number; rejected: number } {
  const m = /^rows: ([\d,]+) read = ([\d,]+) accepted \+ ([\d,]+) rejected, in \d+ files?$/m.exec(stderr);
  expect(m, stderr).not.toBeNull();
  const [read, accepted, rejected] = m!.slice(1).map((s) => Number(s.replaceAll(',', '')));
  expect(read).toBe(accepted! + rejected!);
  return { read: read!, accepted: accepted!, rejected: rejected! };
}

describe('every command that reads a folder ends with the row accounting and exits 1 at --fail-on', () => {
  it('link, report and model over an error-level finding: exit 1, the one-line accounting, the reason, outputs still written', () => {
    const link = cli(['link', dup]);
    expect(link.code, link.stderr).toBe(1);
    expect(rowsLine(link.stderr).rejected).toBe(1);
    expect(link.stderr).toContain('[duplicate-row]');
    expect(link.stderr).toContain('exit code 1: findings at or above --fail-on error');

    const out = tempDir('adv-cli-out-');
    const report = cli(['report', dup, '--breakdown', 'sex', '--cohort', 'all', '--format', 'csv', '--out', out]);
    expect(report.code, report.stderr).toBe(1);
    expect(rowsLine(report.stderr)).toEqual(rowsLine(link.stderr));
    expect(existsSync(join(out, 'cla-report-855-2023-24.csv'))).toBe(true);

    const model = cli(['model', dup, '--cohort', 'all', '--format', 'json']);
    expect(model.code, model.stderr).toBe(1);
    expect(() => JSON.parse(model.stdout)).not.toThrow(); // stdout is still exactly the result
    expect(rowsLine(model.stderr)).toEqual(rowsLine(link.stderr));
  });

  it('a folder with only warnings: exit 0 by default, 1 with --fail-on warning; --fail-on takes only a severity', () => {
    const plain = cli(['link', clean]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(rowsLine(plain.stderr).rejected).toBe(0);
    expect(plain.stderr).toContain('[file-header-only]'); // a warning
    const strict = cli(['model', clean, '--cohort', 'all', '--format', 'json', '--fail-on', 'warning']);
    expect(strict.code, strict.stderr).toBe(1);
    expect(strict.stderr).toContain('exit code 1: findings at or above --fail-on warning');
    const bad = cli(['report', clean, '--fail-on', 'never']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fail-on.*never.*is invalid/);
  });
});
