/**
 * The seeded whole-folder fuzz loop (issue 15 item 7). Each case starts from the small synthetic
 * folder of base.ts plus a KS4 pupil file, applies 1 to 4 seeded mutations, and validates it
 * in-process:
 *
 * - file mutations: byte flips, truncation, a shuffled header line, columns reordered, a changed
 *   delimiter, CRLF line ends, UTF-16 LE/BE with a BOM, UTF-8 BOM, Windows-1252 bytes, NUL padding,
 *   stray quotes, duplicated lines, an empty file, a header-only file;
 * - folder mutations: renames (spaces, `*`, `[`, upper-case extension, non-ASCII), a move into a new
 *   sub-folder, a duplicate copy, a symbolic link to a file, a loop link, a broken link, an
 *   unreadable file (as root, permissions do not stop reads: then it is read), empty files.
 *
 * Every case must: not crash (an error is allowed only as the taxonomy's exit 2 or 4, never a bug:
 * src/errors.ts), not hang (a per-case time budget), and balance its row accounting for every file
 * and every table (rows read = accepted + rejected; rejected = the sum of its reasons). A few mutated
 * folders also go through the built CLI: never exit 3, and the one-line accounting balances.
 *
 * FUZZ_SEED=<n> runs another seed; FUZZ_CASES=<n> more cases (a failure names its seed, case and
 * mutations, so it can be replayed).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, classifyError } from '../../src/errors.js';
import { sharedValidator, type SharedValidator } from '../validate/helpers.js';
import { makeFolder } from './base.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20241204);
const CASES = Number(process.env.FUZZ_CASES ?? 24);
/** Far above what a case of this size takes (0.1 to 2 s on a loaded two-core machine); a parser loop would blow it. */
const CASE_BUDGET_MS = 15_000;

const KS4 = ['KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE,KS4_INP8CALC,KS4_KS2EMSS,KS4_L2BASICS_94,KS4_L2BASICS_95,KS4_EBACC_E_PTQ_EE,KS4_EBACC_94,KS4_EBACC_95,KS4_EBACCAPS',
  'P000000000001,2023/24,139200,855,34.34,,1,89.5,0,0,1,0,0,2.67',
  'D000000000002,2023/24,139200,855,28.5,,1,104,0,0,0,0,0,2',
  'T000000000003,2023/24,139201,855,51.5,,1,100,1,1,0,0,0,4', ''].join('\n');

/** mulberry32: a small, fixed PRNG, so a seed gives the same cases on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;
function shuffle<T>(r: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) { const j = int(r, i + 1); [xs[i], xs[j]] = [xs[j]!, xs[i]!]; }
  return xs;
}

/** Regular files under a folder (links not followed), as absolute paths. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

const lines = (b: Buffer) => b.toString('latin1').split('\n');
const joinLines = (ls: string[]) => Buffer.from(ls.join('\n'), 'latin1');

/** File mutations: each takes the bytes and returns new ones. */
const FILE_MUTATIONS: Record<string, (b: Buffer, r: Rand) => Buffer> = {
  'flip bytes': (b, r) => { const c = Buffer.from(b); for (let k = 1 + int(r, 6); k > 0 && c.length; k--) c[int(r, c.length)] = int(r, 256); return c; },
  'truncate': (b, r) => b.subarray(0, int(r, b.length + 1)),
  'shuffle header': (b, r) => { const ls = lines(b); ls[0] = shuffle(r, ls[0]!.split(',')).join(','); return joinLines(ls); },
  'reorder columns': (b, r) => {
    const ls = lines(b); const n = ls[0]!.split(',').length; const order = shuffle(r, [...Array(n).keys()]);
    return joinLines(ls.map((l) => (l === '' ? l : order.map((i) => l.split(',')[i] ?? '').join(','))));
  },
  'delimiter': (b, r) => Buffer.from(b.toString('latin1').replaceAll(',', pick(r, [';', '\t', '|'])), 'latin1'),
  'CRLF': (b) => Buffer.from(b.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  'UTF-16 LE': (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('latin1'), 'utf16le')]),
  'UTF-16 BE': (b) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(b.toString('latin1'), 'utf16le').swap16()]),
  'UTF-8 BOM': (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
  'Windows-1252 bytes': (b, r) => { const ls = lines(b); const i = 1 + int(r, Math.max(1, ls.length - 1)); ls[i] = `${ls[i] ?? ''}\xa3\xe9\x93`; return joinLines(ls); },
  'NUL padding': (b, r) => Buffer.concat([b, Buffer.alloc(1 + int(r, 600))]),
  'stray quotes': (b, r) => { const s = b.toString('latin1'); const at = int(r, s.length + 1); return Buffer.from(`${s.slice(0, at)}"${s.slice(at)}`, 'latin1'); },
  'duplicate lines': (b, r) => { const ls = lines(b); const i = int(r, ls.length); ls.splice(i, 0, ...Array(1 + int(r, 3)).fill(ls[i] ?? '')); return joinLines(ls); },
  'empty file': () => Buffer.alloc(0),
  'header only': (b) => joinLines([lines(b)[0]!, '']),
};

/** Folder mutations: each changes the folder and returns what it did. */
const FOLDER_MUTATIONS: Record<string, (dir: string, r: Rand) => string> = {
  'rename': (dir, r) => {
    const f = pick(r, filesUnder(dir));
    const to = join(dirname(f), `${pick(r, ['my file ', 'a*b', 'x[1]', 'Épisodes ', 'UPPER'])}${basename(f, '.csv')}${pick(r, ['.csv', '.CSV', '.txt', ''])}`);
    renameSync(f, to);
    return `${relative(dir, f)} -> ${relative(dir, to)}`;
  },
  'move into a sub-folder': (dir, r) => { const f = pick(r, filesUnder(dir)); const sub = join(dirname(f), 'sub folder'); mkdirSync(sub, { recursive: true }); renameSync(f, join(sub, basename(f))); return relative(dir, f); },
  'duplicate copy': (dir, r) => { const f = pick(r, filesUnder(dir)); copyFileSync(f, `${f}.copy.csv`); return relative(dir, f); },
  'link to a file': (dir, r) => { const f = pick(r, filesUnder(dir)); symlinkSync(f, join(dir, `linked-${basename(f)}`)); return relative(dir, f); },
  'loop link': (dir, r) => { const d = dirname(pick(r, filesUnder(dir))); symlinkSync('..', join(d, 'loop')); return relative(dir, d) || '.'; },
  'broken link': (dir) => { symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'gone.csv')); return 'gone.csv'; },
  'unreadable file': (dir, r) => { const f = pick(r, filesUnder(dir)); chmodSync(f, 0o000); return relative(dir, f); },
  'empty files': (dir) => { writeFileSync(join(dir, 'empty.csv'), ''); mkdirSync(join(dir, 'npd'), { recursive: true }); writeFileSync(join(dir, 'npd/blank.csv'), '\n\n'); return 'empty.csv, npd/blank.csv'; },
};

interface Case { index: number; dir: string; applied: string[] }

function buildCase(index: number): Case {
  const r = prng(SEED * 1000 + index);
  const dir = makeFolder({ 'npd/ks4_pupil_2023-24.csv': KS4 });
  const applied: string[] = [];
  for (let k = 1 + int(r, 4); k > 0; k--) {
    if (r() < 0.6) {
      const name = pick(r, Object.keys(FILE_MUTATIONS));
      const files = filesUnder(dir);
      if (!files.length) continue;
      const f = pick(r, files);
      writeFileSync(f, FILE_MUTATIONS[name]!(readFileSync(f), r));
      applied.push(`${name}: ${relative(dir, f)}`);
    } else {
      const name = pick(r, Object.keys(FOLDER_MUTATIONS));
      if (!filesUnder(dir).length) continue;
      try {
        applied.push(`${name}: ${FOLDER_MUTATIONS[name]!(dir, r)}`);
      } catch (e) {
        // the same mutation twice (a second loop link in one folder): the first stands
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  }
  return { index, dir, applied };
}

/** An error a user, a file or the environment caused: the CLI's exit 2 or 4, not a bug (exit 3). */
function expectedError(e: unknown): boolean {
  return e instanceof CliError || classifyError(e) !== null;
}

let validator: SharedValidator;
const cases: Case[] = [];
beforeAll(async () => { validator = await sharedValidator(); });
afterAll(() => {
  validator?.close();
  for (const c of cases) {
    for (const f of existsSync(c.dir) ? filesUnder(c.dir) : []) chmodSync(f, 0o644);
    rmSync(c.dir, { recursive: true, force: true });
  }
});

describe(`seeded whole-folder fuzz (seed ${SEED}, ${CASES} cases)`, () => {
  it('no crash, no hang, balanced row accounting for every file and table', async () => {
    const tally = { ran: 0, errors2or4: 0, rowsRead: 0, rejected: 0, ms: [] as number[] };
    for (let i = 0; i < CASES; i++) {
      const c = buildCase(i);
      cases.push(c);
      const what = `seed ${SEED} case ${i}: ${c.applied.join('; ')}`;
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`hang: over ${CASE_BUDGET_MS} ms`)), CASE_BUDGET_MS); });
      const t0 = performance.now();
      try {
        const v = await Promise.race([validator.validate(c.dir), budget]);
        tally.ran++;
        tally.ms.push(performance.now() - t0);
        const byTable = new Map<string, { read: number; accepted: number; rejected: number }>();
        for (const a of v.files) {
          expect(a.rowsRead, `${what}: ${a.file}`).toBe(a.rowsAccepted + a.rowsRejected);
          expect(Object.values(a.rejectedBy).reduce((x, y) => x + y, 0), `${what}: ${a.file} rejectedBy`).toBe(a.rowsRejected);
          for (const n of [a.rowsRead, a.rowsAccepted, a.rowsRejected]) expect(Number.isInteger(n) && n >= 0, `${what}: ${a.file}`).toBe(true);
          const t = byTable.get(a.table ?? '(unrecognised)') ?? { read: 0, accepted: 0, rejected: 0 };
          t.read += a.rowsRead; t.accepted += a.rowsAccepted; t.rejected += a.rowsRejected;
          byTable.set(a.table ?? '(unrecognised)', t);
          tally.rowsRead += a.rowsRead; tally.rejected += a.rowsRejected;
        }
        for (const [table, t] of byTable) expect(t.read, `${what}: table ${table}`).toBe(t.accepted + t.rejected);
        // every finding names its file (or the folder) and a known severity
        for (const f of v.findings) expect(['error', 'warning', 'info'], `${what}: ${f.ruleId}`).toContain(f.severity);
      } catch (e) {
        if (!expectedError(e)) throw new Error(`${what}: ${(e as Error).stack ?? String(e)}`);
        tally.errors2or4++;
        if (process.env.FUZZ_VERBOSE) console.log(`${what}: exit 2/4: ${(e as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
    }
    if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify({ ...tally, ms: tally.ms.map(Math.round) }));
    // the loop did real work: most cases were validated and rows were both read and rejected
    expect(tally.ran).toBeGreaterThan(CASES / 2);
    expect(tally.rowsRead).toBeGreaterThan(0);
    expect(tally.rejected).toBeGreaterThan(0);
  }, 120_000);

  it('the built CLI on a few mutated folders: exit 0, 1, 2 or 4, never 3; the accounting line balances', () => {
    const REPO = join(import.meta.dirname, '../..');
    for (const c of cases.filter((x) => x.index % 16 === 0)) {
      const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'validate', c.dir], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
      const what = `seed ${SEED} case ${c.index}: ${c.applied.join('; ')}\n${r.stderr}`;
      expect([0, 1, 2, 4], what).toContain(r.status);
      if (r.status === 0 || r.status === 1) {
        const m = /^rows: ([\d,]+) read = ([\d,]+) accepted \+ ([\d,]+) rejected/m.exec(r.stderr);
        expect(m, what).not.toBeNull();
        const [read, acc, rej] = m!.slice(1).map((s) => Number(s.replaceAll(',', '')));
        expect(read, what).toBe(acc! + rej!);
      }
    }
  }, 120_000);
});
