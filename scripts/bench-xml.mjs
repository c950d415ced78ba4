#!/usr/bin/env node
/**
 * Speed and memory of the SSDA903 XML reader on a national-size return.
 *   npx tsc -p tsconfig.json && node scripts/bench-xml.mjs [children=100000] [seed=903]
 * Writes a synthetic (seeded, made-up) return with write903Xml, then reads it with readXmlReturn in a
 * fresh Node process, so the peak RSS printed is the reader's alone. Set CLA_DIST to use a build
 * folder other than ./dist. The file is left in the OS temp folder and removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { machineLine, writeSection } from './benchmarks-md.mjs';

const dist = resolve(process.env.CLA_DIST ?? 'dist');
const xml = await import(pathToFileURL(join(dist, 'io/xml/index.js')).href);

if (process.argv[2] === '--read') {
  const file = process.argv[3];
  const started = performance.now();
  let rows = 0;
  const result = await xml.readXmlReturn(file, 'bench.xml', () => { rows += 1; });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows, seconds, childrenRead: result.childrenRead, childrenAccepted: result.childrenAccepted, findings: result.findings.length, peakMb }));
  process.exit(0);
}

const children = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 903);

/** mulberry32: a small seeded PRNG, so the file is the same on every run. */
function prng(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(seed);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n) => String(n).padStart(2, '0');
const date = (y) => `${pad(int(1, 28))}/${pad(int(1, 12))}/${y}`;

const tables = { Header: [], Episodes: [], UASC: [], OC2: [], OC3: [], Reviews: [], Missing: [], AD1: [], PlacedAdoption: [], PrevPerm: [] };
for (let i = 1; i <= children; i++) {
  const CHILD = `SYN${String(i).padStart(7, '0')}`;
  const SEX = pick(['1', '2']);
  const DOB = date(int(2003, 2019));
  tables.Header.push({ CHILD, SEX, DOB, ETHNIC: pick(['WBRI', 'MWBC', 'AOTH', 'BAFR', 'OOTH']), UPN: pick(['UN1', 'UN2', 'UN4']), MOTHER: '', MC_DOB: '' });
  const episodes = int(1, 4);
  for (let e = 0; e < episodes; e++) {
    const last = e === episodes - 1;
    tables.Episodes.push({
      CHILD, DECOM: date(2019), RNE: e === 0 ? 'S' : 'P', LS: pick(['C2', 'C1', 'V2', 'E1']), CIN: pick(['N1', 'N2', 'N4', 'N8']),
      PLACE: pick(['U1', 'U4', 'U5', 'K2', 'R1', 'P1']), PLACE_PROVIDER: pick(['PR1', 'PR4']), DEC: last ? '' : date(2020), REC: last ? '' : 'X1',
      REASON_PLACE_CHANGE: last ? '' : pick(['CARPL', 'CHILD', 'LAREQ']), HOME_POST: '', PL_POST: '', URN: '',
    });
  }
  for (let r = int(0, 3); r > 0; r--) tables.Reviews.push({ CHILD, DOB, REVIEW: date(2019), REVIEW_CODE: pick(['PN0', 'PN1', 'PN2']) });
  if (rand() < 0.2) tables.Missing.push({ CHILD, DOB, MISSING: pick(['M', 'A']), MIS_START: date(2019), MIS_END: date(2019) });
  if (rand() < 0.05) tables.UASC.push({ CHILD, SEX, DOB, DUC: date(2021) });
  if (rand() < 0.4) {
    tables.OC2.push({ CHILD, DOB, SDQ_SCORE: String(int(0, 40)), SDQ_REASON: '', CONVICTED: '0', HEALTH_CHECK: '1', IMMUNISATIONS: '1', TEETH_CHECK: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '', INTERVENTION_OFFERED: '' });
  }
  if (rand() < 0.1) tables.OC3.push({ CHILD, DOB, IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'S1' });
  if (rand() < 0.03) {
    tables.AD1.push({ CHILD, DOB, DATE_INT: date(2019), DATE_MATCH: date(2019), FOSTER_CARE: '0', NB_ADOPTR: '2', SEX_ADOPTR: 'MF', LS_ADOPTR: 'L0' });
    tables.PlacedAdoption.push({ CHILD, DOB, DATE_PLACED: date(2019), DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' });
  }
}
const rowsWritten = Object.values(tables).reduce((n, t) => n + t.length, 0);
const file = join(tmpdir(), `bench-903-${children}-${seed}.xml`);
let started = performance.now();
await xml.write903Xml(tables, file);
const writeSeconds = (performance.now() - started) / 1000;
const sizeMb = statSync(file).size / 1024 / 1024;
console.log(`wrote ${children} children, ${rowsWritten} rows, ${sizeMb.toFixed(1)} MB in ${writeSeconds.toFixed(1)} s`);

const run = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--read', file], { encoding: 'utf8', env: process.env });
rmSync(file, { force: true });
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const read = JSON.parse(run.stdout.trim().split('\n').pop());
console.log(`read ${read.childrenRead} children (${read.childrenAccepted} accepted, ${read.findings} findings), ${read.rows} rows in ${read.seconds.toFixed(1)} s:` +
  ` ${Math.round(read.rows / read.seconds).toLocaleString('en-GB')} rows/s, ${(sizeMb / read.seconds).toFixed(1)} MB/s, peak RSS ${read.peakMb.toFixed(0)} MB`);
if (read.rows !== rowsWritten || read.childrenAccepted !== children) {
  console.error(`mismatch: wrote ${rowsWritten} rows for ${children} children`);
  process.exit(1);
}
if (!process.argv.includes('--no-write')) {
  writeSection('Reading a national-size SSDA903 XML return', [
    machineLine(`node scripts/bench-xml.mjs ${children} ${seed}`),
    'A seeded synthetic return is written with write903Xml, then read with readXmlReturn (streaming) in a fresh process, so the peak memory is the reader\'s alone.', '',
    '| children | rows | file MB | read s | rows/s | MB/s | reader peak RSS MB |', '|---:|---:|---:|---:|---:|---:|---:|',
    `| ${children.toLocaleString('en-GB')} | ${read.rows.toLocaleString('en-GB')} | ${sizeMb.toFixed(0)} | ${read.seconds.toFixed(1)} | ${Math.round(read.rows / read.seconds).toLocaleString('en-GB')} | ${(sizeMb / read.seconds).toFixed(1)} | ${read.peakMb.toFixed(0)} |`,
  ].join('\n'));
  console.log('wrote BENCHMARKS.md');
}
