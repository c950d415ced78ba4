#!/usr/bin/env node
/**
 * Start-up and warm commands (issue 13): the built CLI's light commands against a bare `node -e 0`,
 * and an LA-size `report` cold (a new store) and warm (the store reused).
 *
 *   npm run build && node scripts/bench-startup.mjs [--runs N] [--folder fixtures/demo --la 855] [--no-write]
 *
 * Each command runs as its own process; the time is the median wall time of N runs (default 7 for
 * the light commands, 3 for report). Writes the section "Start-up and warm commands" of BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'cli.js');
const args = process.argv.slice(2);
const flag = (name, d) => { const i = args.indexOf(name); return i < 0 ? d : args[i + 1]; };
const runs = Number(flag('--runs', 7));
const folder = resolve(flag('--folder', join(repo, 'fixtures/demo')));
const la = flag('--la', '855');
const write = !args.includes('--no-write');
if (!existsSync(cli)) { console.error('build first: npm run build'); process.exit(2); }

const scratch = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const env = { ...process.env, CLA_ANALYSE_STORE: join(scratch, 'store'), CLA_ANALYSE_NO_STORE: '', NO_COLOR: '1' };
function wall(cmd, cmdArgs) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) { console.error(`${cmdArgs.join(' ')} exited with ${r.status}: ${r.stderr.slice(-2000)}`); process.exit(3); }
  return { s, stderr: r.stderr };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const load = [loadavg()[0]];

// alternate the runs so that a burst of other work falls on every command alike
const light = [['node -e 0', ['-e', '0']], ['--version', [cli, '--version']], ['--help', [cli, '--help']], ['rules', [cli, 'rules']], ['measures', [cli, 'measures']]];
const times = new Map(light.map(([n]) => [n, []]));
for (let i = 0; i < runs; i++) for (const [n, a] of light) times.get(n).push(wall(process.execPath, a).s);
const base = median(times.get('node -e 0'));

const out = join(scratch, 'out');
const reportArgs = [cli, 'report', folder, '--la', la, '--format', 'json', '--out', out];
const cold = [], warm = [];
const reportRuns = Math.max(1, Math.min(runs, 3));
for (let i = 0; i < reportRuns; i++) {
  rmSync(join(scratch, 'store'), { recursive: true, force: true });
  cold.push(wall(process.execPath, reportArgs).s);
  warm.push(wall(process.execPath, reportArgs).s);
}
// the warm run really reused the store
const check = spawnSync(process.execPath, reportArgs, { cwd: repo, env: { ...env, CLA_ANALYSE_STORE_LOG: '1' }, encoding: 'utf8' });
if (!check.stderr.includes('[store] reused')) { console.error('the warm report did not reuse the store'); process.exit(3); }
load.push(loadavg()[0]);
rmSync(scratch, { recursive: true, force: true });

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout.trim();
const f = (x, d = 2) => x.toFixed(d);
const md = [];
md.push('## Start-up and warm commands', '');
md.push(`Measured by \`node scripts/bench-startup.mjs --runs ${runs}\` at commit ${commit} on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${f(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, `
  + `load average ${load.map((l) => f(l, 1)).join(' → ')}${load.some((l) => l > 1.5) ? ' (other work was running on the machine: times are upper bounds)' : ''}.`);
md.push(`Each command is the built CLI as its own process; median wall time of ${runs} alternating runs (report: ${reportRuns}). The report is \`report ${relative(repo, folder)} --la ${la} --format json --out …\`, cold with a new store, warm with the store of the cold run.`, '');
md.push('| command | median s | × `node -e 0` | aim |', '|---|---:|---:|---|');
md.push(`| \`node -e 0\` | ${f(base)} | 1.0 | |`);
for (const [n] of light.slice(1)) { const m = median(times.get(n)); md.push(`| \`cla-analyse ${n}\` | ${f(m)} | ${f(m / base, 1)} | ≤ 3×: ${m / base <= 3 ? 'met' : '**not met**'} |`); }
const c = median(cold), w = median(warm);
md.push(`| \`report\`, LA size, cold | ${f(c)} | ${f(c / base, 1)} | |`);
md.push(`| \`report\`, LA size, warm | ${f(w)} | ${f(w / base, 1)} | ≤ 15×: ${w / base <= 15 ? 'met' : '**not met**'} |`, '');
const section = md.join('\n');
console.log(section);

if (write) {
  const path = join(repo, 'BENCHMARKS.md');
  const body = readFileSync(path, 'utf8');
  const parts = body.split(/^(?=## )/m);
  const i = parts.findIndex((p) => p.startsWith('## Start-up and warm commands'));
  if (i >= 0) parts[i] = `${section}\n`; else parts.splice(1, 0, `${section}\n`);
  writeFileSync(path, parts.join(''));
  console.error('wrote BENCHMARKS.md');
}
