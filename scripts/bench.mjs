// npm run bench: generates a synthetic set (national size by default) and times each stage of the
// built CLI as a separate process (wall time and peak RSS from /usr/bin/time or process resource usage),
// writing the figures to BENCHMARKS.md. Usage: node scripts/bench.mjs [--las 150] [--pupils 1000000] [--years 2023-2024]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : dflt; };
const las = arg('--las', '150');
const pupils = arg('--pupils', '1000000');
const children = arg('--children-per-la', String(Math.round(100000 / Number(las))));
const years = arg('--years', '2023-2024');
const dir = arg('--dir', 'bench-data/national');

function run(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssKb = Number((r.stderr.trim().split('\n').pop() ?? '0').trim());
  console.error(`${label}: ${seconds.toFixed(1)} s, peak ${(rssKb / 1024).toFixed(0)} MB, exit ${r.status}`);
  return { label, seconds, peakMb: rssKb / 1024, exit: r.status };
}
if (!existsSync('/usr/bin/time')) { console.error('needs /usr/bin/time (apt-get install -y time)'); process.exit(2); }
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const results = [];
results.push(run(`synth (${las} LAs, ${children} children per LA, ${pupils} KS4 pupils per year, return years ${years})`,
  ['synth', '--las', las, '--years', years, '--seed', '1', '--out', `${dir}/data`, '--children-per-la', children, '--pupils-per-year', pupils]));
const rows = Object.values(JSON.parse(spawnSync(process.execPath, ['-e', `let n=0;const fs=require('fs');const w=d=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){const p=d+'/'+e.name;if(e.isDirectory())w(p);else n+=fs.readFileSync(p,'latin1').split('\\n').length-2;}};w('${dir}/data');console.log(JSON.stringify({n}))`], { encoding: 'utf8' }).stdout));
const validate = run('validate', ['validate', `${dir}/data`, '--json']);
results.push(validate);
results.push(run('link + derive (factor table)', ['link', `${dir}/data`, '--json']));
results.push(run('report (one LA, all formats)', ['report', `${dir}/data`, '--la', '855', '--format', 'json,csv,md,html,xlsx', '--out', `${dir}/report`]));
const lines = [
  '# Benchmarks', '', `Measured by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Each stage runs the built CLI as its own process on the same generated data (${rows[0]} data rows in all); wall time and peak resident memory from /usr/bin/time.`, '',
  '| stage | wall time (s) | peak memory (MB) | exit code |', '|---|---:|---:|---:|',
  ...results.map((r) => `| ${r.label} | ${r.seconds.toFixed(1)} | ${r.peakMb.toFixed(0)} | ${r.exit} |`), '',
  `Validation throughput: ${Math.round(rows[0] / validate.seconds).toLocaleString('en-GB')} rows per second.`, '',
];
const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
const extra = previous.includes('<!-- more -->') ? previous.slice(previous.indexOf('<!-- more -->')) : '';
writeFileSync('BENCHMARKS.md', lines.join('\n') + '\n' + extra);
console.error('wrote BENCHMARKS.md');
