// npm run bench: generates synthetic data sets and times each stage of the built CLI as its own
// process (wall time and peak resident memory from /usr/bin/time), writing BENCHMARKS.md.
//   node scripts/bench.mjs                      national size (150 LAs, ~100,000 children in care, 1,000,000 KS4 pupils a year)
//   node scripts/bench.mjs --scales 1,2,4,8     growth table (multiples of the national size)
//   node scripts/bench.mjs --memory 2GB         DuckDB memory limit for the pipeline stages
//   node scripts/bench.mjs --years 2015..2024   more return years (ten years: bigger than memory)
//   node scripts/bench.mjs --scales 8 --append  adds rows to the section's table (rows kept in <dir>/rows-<section>.json), e.g. one scale per run
//   node scripts/bench.mjs --timing             also keeps each stage's CLA_ANALYSE_TIMING lines in <dir>/timing-x<scale>-<stage>.log
//   --stages validate,link,link-warm            link-warm: link again over the store the link stage left (an analyst's next command)
//   --stages annual                             the CI job in one process: benchmark --reports --fit-model (every format but pdf)
// Each stage runs cold, as a user's first command over the folder: its own new, empty store
// (CLA_ANALYSE_STORE=<dir>/x<scale>/store-<stage>), so it reads, validates and stores every file;
// link-warm reuses the link stage's store. The stores are removed with the scale's folder.
// Figures are whatever this machine measures; nothing here asserts a target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { machineLine, writeSection } from './benchmarks-md.mjs';
import { join } from 'node:path';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const scales = arg('--scales', '1').split(',').map(Number);
const years = arg('--years', '2023..2024');
const memory = arg('--memory', '4GB');
const stages = arg('--stages', 'validate,link,report,model').split(',');
const section = arg('--section', `National pipeline, return years ${years}, memory limit ${memory}`);
const root = arg('--dir', 'bench-data');
const existing = arg('--data', null); // time the stages on an existing data folder instead of generating one

if (!existsSync('/usr/bin/time')) { console.error('needs /usr/bin/time (apt-get install -y time)'); process.exit(2); }

function run(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const errLines = r.stderr.trim().split('\n');
  const peakMb = Number((errLines.pop() ?? '0').trim()) / 1024;
  // a failed stage shows why (the CLI's own message; no data values are printed by it)
  if (r.status !== 0 && r.status !== 1) console.error(errLines.slice(-20).join('\n'));
  return { seconds, peakMb, exit: r.status, stdout: r.stdout, timing: errLines.filter((l) => l.startsWith('[timing]')) };
}
function sizeOf(dir) {
  let bytes = 0, rows = 0;
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else { bytes += statSync(p).size; } } };
  walk(dir);
  return { bytes, rows };
}

// the rows measured for this section so far (--append adds to them; a row of the same scale is replaced)
const rowsFile = join(root, `rows-${section.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80)}.json`);
const lines = process.argv.includes('--append') && existsSync(rowsFile) ? JSON.parse(readFileSync(rowsFile, 'utf8')).filter((r) => !scales.includes(r.scale)) : [];
const stagesShown = () => [...new Set([...lines.flatMap((r) => Object.keys(r.stages)), ...stages])];
for (const scale of scales) {
  const dir = join(root, `x${scale}`);
  const las = String(Math.min(150, 150 * scale));
  const perLa = Math.round((100000 * scale) / Number(las));
  const pupils = String(1000000 * scale);
  if (!existing) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dataDir = existing ?? join(dir, 'data');
  const synth = existing ? { seconds: 0, peakMb: 0, exit: 0, stdout: '{}' } : run(['synth', '--las', las, '--years', years, '--seed', '1', '--out', dataDir, '--children-per-la', String(perLa), '--pupils-per-year', pupils, '--json']);
  const summary = JSON.parse(synth.stdout || '{}');
  const size = sizeOf(dataDir);
  const rows = (summary.rows903 ?? 0) + (summary.rowsPupil ?? 0) || Number(arg('--rows', '0'));
  console.error(`x${scale}: ${existing ? `existing data ${existing}` : `synth ${synth.seconds.toFixed(1)} s`}, ${rows} rows, ${(size.bytes / 2 ** 30).toFixed(2)} GiB`);
  const row = { scale, rows, gib: size.bytes / 2 ** 30, synth, stages: {} };
  const env = { CLA_ANALYSE_MEMORY_LIMIT: memory, ...(process.argv.includes('--timing') ? { CLA_ANALYSE_TIMING: '1' } : {}) };
  for (const stage of stages) {
    const store = join(dir, `store-${stage === 'link-warm' ? 'link' : stage}`);
    if (stage !== 'link-warm') rmSync(store, { recursive: true, force: true });
    const args = stage === 'validate' ? ['validate', dataDir, '--json']
      : stage === 'link' || stage === 'link-warm' ? ['link', dataDir, '--json']
      : stage === 'report' ? ['report', dataDir, '--la', '855', '--format', 'json,csv,md,html,xlsx', '--out', join(dir, 'report')]
      : stage === 'model' ? ['model', dataDir, '--format', 'json', '--cohort', 'all', '--estimator', 'ols']
      : stage === 'model-multilevel' ? ['model', dataDir, '--format', 'json', '--cohort', 'all', '--estimator', 'multilevel']
      : stage === 'benchmark' ? ['benchmark', dataDir, '--format', 'json']
      // the annual job of issue 13 item 4 in one process: every LA's measures beside England, region and
      // neighbours, the Rees model, and every LA's report, from one ingest
      : stage === 'annual' ? ['benchmark', dataDir, '--reports', '--fit-model', '--format', 'json,csv,md,html,xlsx', '--out', join(dir, 'annual')] : null;
    if (!args) continue;
    const r = run(args, { ...env, CLA_ANALYSE_STORE: store, CLA_ANALYSE_NO_STORE: '' });
    row.stages[stage] = r;
    if (r.timing.length) writeFileSync(join(root, `timing-x${scale}-${stage}.log`), r.timing.join('\n') + '\n');
    console.error(`x${scale}: ${stage} ${r.seconds.toFixed(1)} s, peak ${r.peakMb.toFixed(0)} MB, exit ${r.exit}`);
  }
  lines.push(row);
  lines.sort((a, b) => a.scale - b.scale);
  mkdirSync(root, { recursive: true });
  writeFileSync(rowsFile, JSON.stringify(lines.map((r) => ({ ...r, existing: r.existing ?? Boolean(existing), synth: { seconds: r.synth.seconds }, stages: Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, { seconds: v.seconds, peakMb: v.peakMb, exit: v.exit }])) }))));
  writeTable(); // after every scale, so a long growth run keeps what it has measured
  // the stores hold the data's rows: removed with the generated data (with --data, only the stores)
  if (!process.argv.includes('--keep') && !existing) rmSync(dir, { recursive: true, force: true });
  if (!process.argv.includes('--keep') && existing) for (const e of readdirSync(dir)) if (e.startsWith('store-')) rmSync(join(dir, e), { recursive: true, force: true });
}

function writeTable() {
  const base = lines.find((r) => r.scale === 1);
  // beside each time, how many times the 1× time it is (cost growth), when the run has a 1× row
  const growth = (r, s) => (base && r !== base && base.stages[s]?.seconds ? ` [${(r.stages[s].seconds / base.stages[s].seconds).toFixed(1)}×]` : '');
  const shown = stagesShown();
  const head = `| scale | data rows | CSV GiB | synth s | ${shown.map((s) => `${s} s (peak MB)`).join(' | ')} |`;
  const table = [head, `|${'---|'.repeat(4 + shown.length)}`,
    ...lines.map((r) => `| ${r.scale}× | ${r.rows.toLocaleString('en-GB')} | ${r.gib.toFixed(2)} | ${(r.existing ?? existing) ? 'existing data' : r.synth.seconds.toFixed(1)} | ${shown.map((s) => r.stages[s] ? `${r.stages[s].seconds.toFixed(1)} (${r.stages[s].peakMb.toFixed(0)})${growth(r, s)}${r.stages[s].exit > 1 ? ` failed (exit ${r.stages[s].exit})` : ''}` : '—').join(' | ')} |`)];
  writeSection(section, [machineLine(`node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`),
    'Each stage is the built CLI (its bin, as a user runs it) as its own process on the same generated data, cold: a new, empty store per stage, so every stage reads, validates and stores every file, as a user\'s first command over the folder would (link-warm: link again over the link stage\'s store, as the next command); wall time and peak resident memory from /usr/bin/time; [n×] is the time as a multiple of the 1× time. Exit code 1 means error-level findings (validate, benchmark), not a failure; 3 is a crash, 4 out of memory or disk.', '',
    ...table].join('\n'));
}
console.error('wrote BENCHMARKS.md');
