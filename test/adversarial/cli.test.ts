/**
 * The adversarial cases where the command line itself is the subject (issue 15): exit codes and the
 * end-of-run summary of the built CLI (dist/, built by `npm test`). Everything else in this folder
 * runs in-process.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_FILES, makeFolder } from './base.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');

export interface Ran { code: number | null; stdout: string; stderr: string }
/** As root, permission cases run as nobody (root reads and writes through any mode bits). */
const AS_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
export function cli(args: string[], env: Record<string, string | undefined> = {}, asUser = false): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1', ...env }, ...(asUser ? AS_USER : {}) });
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
  chmodSync(clean, 0o755); // the permission cases run as nobody
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
    expect(bad.stderr).toContain('Allowed choices are error, warning, info, none');
  });

  it('--fail-on none: an error-level finding is still printed and counted, but the exit code is 0', () => {
    const v = cli(['validate', dup, '--fail-on', 'none']);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout + v.stderr).toContain('[duplicate-row]');
    expect(rowsLine(v.stderr).rejected).toBe(1);
    expect(v.stderr).not.toContain('exit code 1');
    // the same flag on benchmark, which reports the level in its document
    const bench = cli(['benchmark', dup, '--fail-on', 'none']);
    expect(bench.code, bench.stderr).toBe(0);
    expect((JSON.parse(bench.stdout) as { validation: { failOn: string; ok: boolean } }).validation).toMatchObject({ failOn: 'none', ok: true });
    // and usage errors are still exit 2 whatever --fail-on says
    expect(cli(['validate', dup, '--fail-on', 'none', '--max-findings', 'abc']).code).toBe(2);
  });
});

/** Exit 2 (never 3), the message naming the path or setting, no stack trace. */
function exit2(r: Ran, says: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(says);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at .*\(/);
  expect(r.stdout).toBe('');
}

describe('ordinary mistakes are exit 2 with the path or setting to change, never exit 3 (issue 15)', () => {
  it('--out an existing file, under a file, or read-only', () => {
    const d = tempDir('adv-cli-out-');
    writeFileSync(join(d, 'afile'), 'x');
    const ro = join(d, 'ro');
    mkdirSync(ro, { mode: 0o555 });
    chmodSync(d, 0o777);
    exit2(cli(['report', clean, '--format', 'csv', '--out', join(d, 'afile')]), /--out .*afile is a file/);
    exit2(cli(['report', clean, '--format', 'csv', '--out', join(d, 'afile/sub')]), /--out .*afile\/sub is a file, or lies under a file/);
    exit2(cli(['report', clean, '--format', 'csv', '--out', join(ro, 'x')], {}, true), /--out .*ro\/x cannot be created here/);
    exit2(cli(['report', clean, '--format', 'csv', '--out', ro], {}, true), /--out .*ro is not writable/);
  });

  it('TMPDIR missing or read-only; CLA_ANALYSE_MEMORY_LIMIT=garbage', () => {
    const d = tempDir('adv-cli-tmp-');
    chmodSync(d, 0o555);
    exit2(cli(['link', clean], { TMPDIR: join(d, 'missing') }), /TMPDIR/);
    exit2(cli(['link', clean], { TMPDIR: d }, true), /TMPDIR/);
    exit2(cli(['link', clean], { CLA_ANALYSE_MEMORY_LIMIT: 'garbage' }), /CLA_ANALYSE_MEMORY_LIMIT/);
  });

  it('an unreadable file or sub-folder', () => {
    const f = makeFolder({ 'npd/ks4_pupil_2023-24.csv': KS4 });
    temp.push(f);
    chmodSync(f, 0o755);
    chmodSync(join(f, 'npd/ks4_pupil_2023-24.csv'), 0o000);
    exit2(cli(['validate', f], {}, true), /permission denied.*ks4_pupil_2023-24\.csv/);
    chmodSync(join(f, 'npd/ks4_pupil_2023-24.csv'), 0o644);
    chmodSync(join(f, 'npd'), 0o000);
    exit2(cli(['validate', f], {}, true), /permission denied.*npd/);
    chmodSync(join(f, 'npd'), 0o755);
  });

  it('--model missing or a folder, --save to a folder or a missing folder, --key-file a folder: before any work', () => {
    const d = tempDir('adv-cli-model-');
    exit2(cli(['model', clean, '--model', join(d, 'none.json')]), /--model .*none\.json does not exist/);
    exit2(cli(['model', clean, '--model', d]), /--model .* is a folder/);
    exit2(cli(['model', clean, '--save', d]), /--save .* is a folder/);
    exit2(cli(['model', clean, '--save', join(d, 'no/such/m.json')]), /--save .*the folder .* does not exist/);
    exit2(cli(['link', clean, '--export', 'csv', '--out', join(d, 'x'), '--key-file', d], { CLA_ANALYSE_KEY: undefined }), /--key-file .* is a folder/);
  });

  it('every invalid synth option', () => {
    const d = tempDir('adv-cli-synth-');
    for (const bad of [['--las', '0'], ['--las', '-3'], ['--seed', 'x'], ['--years', '2024-2019'], ['--children-per-la', '-5'], ['--pupils-per-year', '-1']]) {
      const r = cli(['synth', '--out', join(d, 's'), ...bad]);
      expect(r.code, `${bad.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(bad[0]!);
    }
    expect(existsSync(join(d, 's'))).toBe(false);
  });

  it('model on data with no pupils', () => {
    const f = makeFolder();
    temp.push(f);
    exit2(cli(['model', f, '--cohort', 'all']), /no KS4 pupils of the all cohort.*nothing to fit/);
  });

  it('file names with * and [ are read as they are', () => {
    const f = makeFolder({ '903/855/2024/header.csv': null, '903/855/2024/head*er[1].csv': BASE_FILES['903/855/2024/header.csv']!, 'npd/ks4_pupil*[2023-24].csv': KS4 });
    temp.push(f);
    const r = cli(['link', f]);
    expect(r.code, r.stderr).toBe(0);
    expect(rowsLine(r.stderr)).toEqual({ read: 12, accepted: 12, rejected: 0 });
  });

  it('two runs writing the same --out at once: both finish, every file whole, one manifest listing them', async () => {
    const out = tempDir('adv-cli-race-');
    const once = () => new Promise<number | null>((done) => {
      const p = spawn(process.execPath, [CLI, 'report', clean, '--breakdown', 'sex', '--format', 'csv,md,json', '--out', out], { env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' }, stdio: 'ignore' });
      p.on('close', done);
    });
    expect(await Promise.all([once(), once()])).toEqual([0, 0]);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['cla-analyse-output.json', 'cla-report-855-2023-24.csv', 'cla-report-855-2023-24.json', 'cla-report-855-2023-24.md', 'cla-report-855-2023-24.meta.csv']);
    expect(() => JSON.parse(readFileSync(join(out, 'cla-report-855-2023-24.json'), 'utf8'))).not.toThrow();
    expect((JSON.parse(readFileSync(join(out, 'cla-analyse-output.json'), 'utf8')) as { files: string[] }).files).toEqual(files.slice(1));
  });
});
