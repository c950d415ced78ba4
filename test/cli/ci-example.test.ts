/**
 * docs/benchmark.md's worked CI example runs as written: its shell script is taken from the doc,
 * run with `cla-analyse` on the PATH (the built CLI) over a small fixture, and must exit 0 and write
 * what it says; the JSON it writes validates against the schema it saved (`benchmark --schema`),
 * checked by a small checker (test/helpers/json-schema-check.ts; no new dependency).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkJsonSchema } from '../helpers/json-schema-check.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** The first ```sh block after a heading of docs/benchmark.md. */
function scriptAfter(heading: string): string {
  const doc = readFileSync(join(REPO, 'docs/benchmark.md'), 'utf8');
  const at = doc.indexOf(heading);
  expect(at, heading).toBeGreaterThan(-1);
  const m = doc.slice(at).match(/```sh\n([\s\S]*?)```/);
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('the CI example of docs/benchmark.md', () => {
  it('runs as written: exit 0, the files it names, JSON valid against the schema it saved', () => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
    const tmp = mkdtempSync(join(tmpdir(), 'cla-ci-example-'));
    dirs.push(tmp);
    const bin = join(tmp, 'bin');
    execFileSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'cla-analyse'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'cla-analyse'), 0o755);
    const script = join(tmp, 'annual-benchmark.sh');
    writeFileSync(script, scriptAfter('## Worked example: the annual tables in CI'));
    const out = join(tmp, 'out');
    const r = spawnSync('bash', [script, join(REPO, 'fixtures/real-world/tiny-la'), out], {
      encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, CI: 'true', NO_COLOR: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`benchmark written to ${out}`);
    for (const f of ['cla-benchmark.json', 'cla-benchmark.csv', 'cla-benchmark.meta.csv', 'cla-benchmark.xlsx', 'cla-benchmark.html', 'cla-benchmark.schema.json']) expect(readdirSync(out)).toContain(f);
    expect(readdirSync(join(out, 'reports'))).toContain('cla-report-855-2023-24.json');
    const schema = JSON.parse(readFileSync(join(out, 'cla-benchmark.schema.json'), 'utf8')) as Record<string, unknown>;
    const doc = JSON.parse(readFileSync(join(out, 'cla-benchmark.json'), 'utf8')) as Record<string, unknown>;
    expect(checkJsonSchema(doc, schema)).toEqual([]);
    // and the checker does catch a document that breaks the schema
    expect(checkJsonSchema({ ...doc, schemaVersion: 2 }, schema)).not.toEqual([]);
    expect(checkJsonSchema({ ...doc, rows: [{ id: 1 }] }, schema).length).toBeGreaterThan(0);
  }, 300_000);
});
