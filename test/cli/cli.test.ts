/**
 * End-to-end runs of the built command line (tsc output, run by plain node) (vitest's module interop hides import
 * mistakes that break `node dist/cli.js`): exit codes, exactly one JSON document on stdout with
 * --json, the summary on stderr, `rules --json`, and a config file whose three errors are all reported.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
/**
 * The CLI is built once into a private folder (same tsconfig, same sources): other work in this tree
 * rebuilds dist/ at any moment, and a run half-way through someone's build is not a test of the CLI.
 */
const BUILD = mkdtempSync(join(tmpdir(), 'cla-cli-build-'));
const CLI = join(BUILD, 'dist/cli.js');
const FIXTURES = join(REPO, 'fixtures/real-world');

interface Ran { code: number | null; stdout: string; stderr: string }
function run(...args: string[]): Ran {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp: string[] = [];
function tempCopyOf(fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cla-cli-'));
  temp.push(dir);
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  // tsc emits even when another folder has a type error, so its exit code is not the test: the file is
  copyFileSync(join(REPO, 'package.json'), join(BUILD, 'package.json'));
  symlinkSync(join(REPO, 'node_modules'), join(BUILD, 'node_modules'), 'dir');
  // the bundled DfE reference files are found beside dist/ (report and benchmark read them)
  symlinkSync(join(REPO, 'data'), join(BUILD, 'data'), 'dir');
  spawnSync('npx', ['tsc', '-p', 'tsconfig.json', '--outDir', join(BUILD, 'dist')], { cwd: REPO, stdio: 'ignore' });
  expect(existsSync(CLI), 'the CLI is built').toBe(true);
});
afterAll(() => { for (const d of [...temp, BUILD]) rmSync(d, { recursive: true, force: true }); });

describe('cla-analyse validate (built CLI)', () => {
  it('exit 0 on a clean folder; findings (none) on stdout, the summary and row accounting on stderr', () => {
    const r = run('validate', join(FIXTURES, 'tiny-la'), '--verbose');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^reading and checking the files: \d+\.\d s\n/);
    expect(r.stderr).toContain('0 findings: 0 errors, 0 warnings, 0 info');
    expect(r.stderr).toContain('903/855/2024/episodes.csv [Episodes LA 855 2024]: 4 = 4 + 0');
    expect(r.stderr).toContain('npd/ks4.csv [KS4Pupil]: 3 = 3 + 0');
  });

  it('exit 1 with error findings; each finding names file:line:column, rule and remedy', () => {
    const r = run('validate', join(FIXTURES, 'duplicates'), '-v');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('903/855/2024/header.csv:5:CHILD error [header-duplicate-child]');
    expect(r.stdout).toContain('903/855/2024/episodes.csv:3 error [duplicate-row]');
    expect(r.stdout).toContain('remedy: ');
    expect(r.stderr).toContain('3 findings: 3 errors, 0 warnings, 0 info');
    expect(r.stderr).toContain('903/855/2024/header.csv [Header LA 855 2024]: 4 = 2 + 2 (duplicate-row 1, header-duplicate-child 1)');
  });

  it('warnings alone exit 0, and exit 1 with --fail-on warning', () => {
    expect(run('validate', join(FIXTURES, 'semicolon')).code).toBe(0);
    expect(run('validate', join(FIXTURES, 'semicolon'), '--fail-on', 'warning').code).toBe(1);
  });

  it('--json prints exactly one JSON document on stdout, and nothing else there', () => {
    const r = run('validate', join(FIXTURES, 'duplicates'), '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as { ok: boolean; command: string; findingCounts: Record<string, number>; findings: Array<{ ruleId: string; file: string; line: number | null; column: string | null }>; files: Array<{ file: string; rowsRead: number; rowsAccepted: number; rowsRejected: number }> };
    expect(r.stdout.trimEnd().endsWith('}')).toBe(true);
    expect(doc.command).toBe('validate');
    expect(doc.ok).toBe(false);
    expect(doc.findingCounts).toEqual({ 'duplicate-row': 2, 'header-duplicate-child': 1 });
    expect(doc.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ['duplicate-row', '903/855/2024/episodes.csv', 3, null],
      ['duplicate-row', '903/855/2024/header.csv', 3, null],
      ['header-duplicate-child', '903/855/2024/header.csv', 5, 'CHILD'],
    ]);
    for (const a of doc.files) expect(a.rowsRead).toBe(a.rowsAccepted + a.rowsRejected);
    expect(r.stderr).toContain('3 findings: 3 errors');
    // privacy: no child id, UPN or date of birth of the fixture in the output
    for (const id of ['301', '302', 'P000000000001', 'D000000000002', '01/09/2007', '2007-09-01']) expect(r.stdout).not.toMatch(new RegExp(`"[^"]*\\b${id.replace(/\//g, '\\/')}\\b[^"]*"`));
  });

  it('--json on a clean folder: ok true, exit 0', () => {
    const r = run('validate', join(FIXTURES, 'tiny-la'), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; findings: unknown[]; files: unknown[] };
    expect(doc.ok).toBe(true);
    expect(doc.findings).toEqual([]);
    expect(doc.files).toHaveLength(3);
  });

  it('--format json, as report takes it, is the same as --json; --format with another value is a usage error', () => {
    const r = run('validate', join(FIXTURES, 'tiny-la'), '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { ok: boolean }).ok).toBe(true);
    const bad = run('validate', join(FIXTURES, 'tiny-la'), '--format', 'csv');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format.*csv.*json, text|Allowed choices are json, text/s);
  });

  it('exit 2 for a missing folder, with nothing on stdout', () => {
    const r = run('validate', join(FIXTURES, 'no-such-folder'), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^input error: input folder not found: .*no-such-folder\nremedy: /);
  });

  it('exit 2 for a 903 file with no year; the remedy names --year; --year fixes it', () => {
    const r = run('validate', join(FIXTURES, 'no-year'), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('input error: 903/855/header.csv: no return year for this Header file');
    expect(r.stderr).toMatch(/remedy: .*--year 2024/);
    const fixed = run('validate', join(FIXTURES, 'no-year'), '--year', '2024', '--json');
    expect(fixed.code).toBe(0);
    expect((JSON.parse(fixed.stdout) as { files: Array<{ year: number }> }).files[0]!.year).toBe(2024);
  });

  it('exit 2 for a bad flag or flag value', () => {
    const bogus = run('validate', join(FIXTURES, 'tiny-la'), '--bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stdout).toBe('');
    expect(bogus.stderr).toContain("unknown option '--bogus'");
    const failOn = run('validate', join(FIXTURES, 'tiny-la'), '--fail-on', 'nope');
    expect(failOn.code).toBe(2);
    expect(failOn.stderr).toContain('Allowed choices are error, warning, info');
    expect(run('validate', join(FIXTURES, 'tiny-la'), '--year', '24').code).toBe(2);
    expect(run('validate', join(FIXTURES, 'tiny-la'), '--la', '85').code).toBe(2);
    expect(run('validate').code).toBe(2);
    // issue 15: these were accepted; each is exit 2 naming what is allowed, before any data are read
    const maxFindings = run('validate', join(FIXTURES, 'tiny-la'), '--max-findings', 'abc');
    expect([maxFindings.code, maxFindings.stdout]).toEqual([2, '']);
    expect(maxFindings.stderr).toContain("option '--max-findings <n>' argument 'abc' is invalid. a whole number such as 100");
    const level = run('model', join(FIXTURES, 'tiny-la'), '--reference', 'sex=Q');
    expect([level.code, level.stdout]).toEqual([2, '']);
    expect(level.stderr).toContain('--reference sex=Q: not a level of sex');
    expect(level.stderr).toContain('choose one of M, F, U');
    expect(level.stderr).not.toContain('reading, checking and linking');
    const factor = run('model', join(FIXTURES, 'tiny-la'), '--reference', 'colour=blue');
    expect(factor.code).toBe(2);
    expect(factor.stderr).toContain('--reference colour: not a categorical factor');
  });

  it('a config file with three errors: all three reported with their JSON paths, exit 2, nothing on stdout', () => {
    const dir = tempCopyOf('tiny-la');
    writeFileSync(join(dir, 'cla-analyse.json'), JSON.stringify({ la: '85', suppression: -1, bogus: true }));
    const r = run('validate', dir, '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('configuration error: cla-analyse.json: 3 problem(s) in the configuration');
    const issues = r.stderr.split('\n').filter((l) => l.startsWith('  $'));
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/^ {2}\$\.la: /);
    expect(issues[1]).toMatch(/^ {2}\$\.suppression: /);
    expect(issues[2]).toMatch(/^ {2}\$: .*bogus/);
  });

  it('a config file that is not JSON: exit 2', () => {
    const dir = tempCopyOf('tiny-la');
    writeFileSync(join(dir, 'cla-analyse.json'), '{ "la": "855", }');
    const r = run('validate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cla-analyse.json: not valid JSON');
  });

  it('bad input files never crash the CLI (no exit 3) and never print a stack', () => {
    for (const c of readdirSync(FIXTURES).filter((n) => !n.includes('.'))) {
      const r = run('validate', join(FIXTURES, c), '--json');
      expect([0, 1, 2], `${c}: ${r.stderr}`).toContain(r.code);
      expect(r.stderr, c).not.toMatch(/internal error|\n\s+at /);
      if (r.code !== 2) JSON.parse(r.stdout);
    }
  }, 600_000);
});

describe('resource errors (built CLI)', () => {
  it('exit 4 when DuckDB runs out of memory, naming the limit and the setting to change; no stack, nothing on stdout', () => {
    const r = spawnSync(process.execPath, [CLI, 'link', join(FIXTURES, 'tiny-la'), '--json'], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_MEMORY_LIMIT: '1MB' } });
    expect(r.status).toBe(4);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^resource error: the data engine needed more memory than its limit \(1MB\)/);
    expect(r.stderr).toMatch(/\nremedy: raise the limit \(e\.g\. CLA_ANALYSE_MEMORY_LIMIT=8GB\)/);
    expect(r.stderr).not.toContain('internal error');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cla-analyse rules (built CLI)', () => {
  it('--json lists every rule (one file per rule in src/validate/rules) with a unique id', () => {
    const r = run('rules', '--json');
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; severity: string; stage: string; title: string; remedy: string; rejectsRow: boolean }>;
    const ids = rules.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const files = readdirSync(join(REPO, 'src/validate/rules')).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).map((f) => f.slice(0, -3));
    expect([...ids].sort()).toEqual(files.sort());
    for (const x of rules) {
      expect(['error', 'warning', 'info']).toContain(x.severity);
      expect(x.title.length, x.id).toBeGreaterThan(0);
      expect(x.remedy.length, x.id).toBeGreaterThan(0);
    }
  });

  it('without --json, one entry per rule on stdout', () => {
    const r = run('rules');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('duplicate-row  (error, row, rejects the row)');
    expect(r.stdout.split('\n').filter((l) => /^[a-z0-9-]+ {2}\(/.test(l)).length).toBe((JSON.parse(run('rules', '--json').stdout) as unknown[]).length);
  });
});

describe('fail fast with the fix, years as people write them (built CLI, issue 14)', () => {
  const DEMO = join(REPO, 'fixtures/demo');
  /** With CLA_ANALYSE_TIMING every loading and linking stage prints a [timing] line: none may appear before a usage error. */
  function runTimed(...args: string[]): Ran {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_TIMING: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('an LA the data do not hold: exit 2 before loading, naming the LAs they hold; nothing written', () => {
    const out = mkdtempSync(join(tmpdir(), 'cla-cli-out-'));
    temp.push(out);
    const r = runTimed('report', DEMO, '--la', '999', '--format', 'html,csv', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage error: the data in');
    expect(r.stderr).toContain('hold no care episodes for LA 999; they hold LA 855\nremedy: pass --la 855');
    expect(r.stderr).not.toContain('[timing]');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a year the data do not hold (written 31/32) and benchmark --las with an unknown LA: exit 2 listing what they hold', () => {
    const y = runTimed('report', DEMO, '--year', '31/32');
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('hold no 2031/32\nremedy: choose from 2018/19, 2019/20, 2020/21, 2021/22, 2022/23, 2023/24');
    expect(y.stderr).not.toContain('[timing]');
    const b = runTimed('benchmark', DEMO, '--las', '855,999', '--years', '2021/22..2023/24');
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('hold no care episodes for LA 999\nremedy: choose from 855');
    expect(b.stderr).not.toContain('[timing]');
  });

  it('a multi-LA folder without --la: exit 2 before loading, listing the LAs', () => {
    const r = runTimed('report', join(FIXTURES, 'several-las'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hold 2 LAs (855, 856); choose one\nremedy: pass --la 855');
    expect(r.stderr).not.toContain('[timing]');
  });

  it('years in every form: the DfE time_period 202324 reports 2023/24; a list item that is not a year is exit 2 with the accepted forms', () => {
    const out = mkdtempSync(join(tmpdir(), 'cla-cli-out-'));
    temp.push(out);
    const ok = run('report', join(FIXTURES, 'tiny-la'), '--year', '202324', '--format', 'json', '--out', out);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(out)).toContain('cla-report-855-2023-24.json');
    const bad = run('model', join(FIXTURES, 'tiny-la'), '--years', '2022/23,twenty');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot read the year "twenty": write years as 2023/24, 2023-24, 202324, 23/24 or 2024');
    const ambiguous = run('benchmark', join(FIXTURES, 'tiny-la'), '--years', '2023-2024');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('2023-2024 is ambiguous: write 2023/24 for that one academic year, or 2023..2024');
  });

  it('row accounting one line per table and in total, findings by severity, the first errors themselves; --quiet prints only the errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'cla-cli-out-'));
    temp.push(out);
    const r = run('report', join(FIXTURES, 'duplicates'), '--format', 'csv', '--out', out);
    expect(r.code).toBe(1); // error-level findings, outputs written all the same
    expect(r.stderr).toContain(`wrote ${join(out, 'cla-report-855-2023-24.csv')}\n`);
    expect(r.stderr).toContain('rows read = accepted + rejected, per table (per file with --verbose or in --json):\n  Episodes: 1 file, 3 = 2 + 1 (duplicate-row 1)\n  Header: 1 file, 4 = 2 + 2 (duplicate-row 1, header-duplicate-child 1)\nrows: 7 read = 4 accepted + 3 rejected, in 2 files\n3 findings: 3 errors, 0 warnings, 0 info\nerrors:\n  903/855/2024/episodes.csv:3 [duplicate-row] ');
    expect(r.stderr).toContain('  903/855/2024/header.csv:5:CHILD [header-duplicate-child] ');
    expect(r.stderr).not.toContain('[Episodes LA 855 2024]'); // per file only with --verbose
    const q = run('report', join(FIXTURES, 'duplicates'), '--format', 'csv', '--out', out, '--quiet');
    expect(q.code).toBe(1);
    expect(q.stderr.split('\n')[0]).toBe('errors:');
    expect(q.stderr).not.toMatch(/wrote|rows read|findings:/);
    expect(q.stderr.match(/^ {2}\S/gm)).toHaveLength(3);
    expect(readdirSync(out)).toContain('cla-report-855-2023-24.csv');
  });

  it('help shows defaults as a person writes them, not as JSON', () => {
    const r = run('report', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(default: json)');
    expect(r.stdout).toContain('2023/24, 2023-24, 202324, 23/24 or 2024');
    expect(r.stdout).not.toContain('["json"]');
  });
});

describe('start-up is lazy (built CLI)', () => {
  /** The modules a run of the built CLI imports, from loader hooks (test/helpers/trace-imports.mjs). */
  function modulesOf(...args: string[]): { code: number | null; modules: string[] } {
    const dir = mkdtempSync(join(tmpdir(), 'cla-trace-'));
    temp.push(dir);
    const trace = join(dir, 'imports.txt');
    writeFileSync(trace, '');
    const r = spawnSync(process.execPath, ['--import', join(REPO, 'test/helpers/trace-imports.mjs'), CLI, ...args],
      { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_TRACE_IMPORTS: trace } });
    return { code: r.status, modules: readFileSync(trace, 'utf8').split('\n').filter(Boolean) };
  }
  const HEAVY = /node_modules\/(@duckdb|vega|vega-lite|exceljs|playwright-core|zod)\//;

  it.each([['--version'], ['--help'], ['measures']])('%s loads no command code, DuckDB, vega, exceljs or zod', (arg) => {
    const { code, modules } = modulesOf(arg);
    expect(code).toBe(0);
    expect(modules.some((m) => m.endsWith('/dist/cli.js')), 'the trace sees the CLI itself').toBe(true);
    expect(modules.filter((m) => HEAVY.test(m))).toEqual([]);
    expect(modules.filter((m) => /\/dist\/(io\/duck|link|report|model|measures\/compute\/index|benchmark\/)/.test(m))).toEqual([]);
  });
  it('rules loads the rule registry but not DuckDB, vega, exceljs, zod or the table schemas (the checks load them)', () => {
    const { code, modules } = modulesOf('rules', '--json');
    expect(code).toBe(0);
    expect(modules.some((m) => m.endsWith('/dist/validate/registry.js'))).toBe(true);
    expect(modules.filter((m) => HEAVY.test(m) || /\/dist\/schemas\//.test(m))).toEqual([]);
  });
  it('validate loads DuckDB, and not vega or exceljs', () => {
    const { modules } = modulesOf('validate', join(FIXTURES, 'tiny-la'));
    expect(modules.some((m) => m.includes('node_modules/@duckdb/'))).toBe(true);
    expect(modules.filter((m) => /node_modules\/(vega|vega-lite|exceljs)\//.test(m))).toEqual([]);
  });
});

describe('the validated store (built CLI)', () => {
  it('link twice: the same output, the second from the store; store list, clear; a store inside --out is refused; --no-store keeps nothing', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'cla-cli-store-')), 'store');
    temp.push(dirname(root));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_STORE: root, CLA_ANALYSE_STORE_LOG: '1' };
    delete env.CLA_ANALYSE_NO_STORE;
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', env });
    const folder = join(FIXTURES, 'tiny-la');
    const first = cli('link', folder, '--json');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('[store] saved');
    const second = cli('link', folder, '--json');
    expect(second.stderr).toContain('[store] reused');
    // the KS4 and KS2 factor tables link built are kept with the validated tables, not built again
    expect(first.stderr).toContain('[store] saved the derived tables factors, factors_ks2');
    expect(second.stderr).toContain('[store] reused the derived tables factors, factors_ks2');
    expect(second.stdout).toBe(first.stdout);
    // …and they serve a report after link (which reads only the KS4 table)
    const after = cli('report', folder, '--format', 'json', '--out', join(dirname(root), 'report-after-link'));
    expect(after.status, after.stderr).toBe(0);
    expect(after.stderr).toContain('[store] reused the derived tables factors, factors_ks2');
    const list = cli('store', 'list', '--json');
    expect(JSON.parse(list.stdout).entries.map((e: { folder: string }) => e.folder)).toEqual([folder]);
    const out = join(dirname(root), 'out');
    const refused = cli('--store', join(out, 'cache'), 'report', folder, '--format', 'json', '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('inside the output folder');
    expect(cli('store', 'clear').stdout).toContain('removed 1 folder(s)');
    const none = cli('--no-store', 'link', folder, '--json');
    expect(none.stdout).toBe(first.stdout);
    expect(none.stderr).not.toContain('[store]');
    expect(readdirSync(root)).toEqual([]);
  });
});
