/**
 * The validated store (src/store/store.ts), in process on a small fixture: reuse, per-file change
 * detection, owner-only permissions, damaged entries, two writers at once, and no personal data
 * written anywhere but the store (the run's work folder under TMPDIR is removed).
 */
import { appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, openDb, queryRows } from '../../src/io/duck.js';
import { validateFolder } from '../../src/store/validate-folder.js';
import { factorTableFolder, linkFolder } from '../../src/link/pipeline.js';
import { readFactorRows } from '../../src/link/read-factors.js';
import * as store from '../../src/store/store.js';
import { expectedCheckLetter } from '../../src/domain/upn.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/real-world/tiny-la');
const temp: string[] = [];
function tempDir(prefix: string): string { const d = mkdtempSync(join(tmpdir(), prefix)); temp.push(d); return d; }
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });

let root: string;
let input: string;
let warnings: string[];
beforeEach(() => {
  root = join(tempDir('cla-store-'), 'store');
  input = tempDir('cla-store-in-');
  cpSync(FIXTURE, input, { recursive: true });
  store.useStore(root);
  warnings = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { warnings.push(String(s)); return true; });
});
afterEach(() => { vi.restoreAllMocks(); store.useStore(null); });

/** One command's validation in its own database: what it found, the store's use, and the parsed header rows. */
async function run(folder = input) {
  const db = await openDb({ threads: 1 });
  try {
    const v = await validateFolder(db, { folder });
    const header = await queryRows<{ CHILD: string; _reject: boolean }>(db, 'SELECT CHILD, _reject FROM p_Header ORDER BY _file, _line');
    return { v, use: store.lastStoreUse, header };
  } finally { closeDb(db); }
}
const entryDir = () => join(root, readdirSync(root)[0]!);
const strip = (r: Awaited<ReturnType<typeof run>>) => ({ findings: r.v.findings, files: r.v.files, fileNames: r.v.fileNames, tables: [...r.v.tables].sort(), header: r.header });

describe('validated store', () => {
  it('the second command over unchanged files reuses tables, findings and row accounting', async () => {
    const first = await run();
    expect(first.use).toBe('saved');
    const second = await run();
    expect(second.use).toBe('reused');
    expect(strip(second)).toEqual(strip(first));
    expect(first.v.files.reduce((s, f) => s + f.rowsRead, 0)).toBeGreaterThan(0);
    store.useStore(null);
    const none = await run();
    expect(none.use).toBe('none');
    expect(strip(none)).toEqual(strip(first));
  });

  it('a changed, added or removed file is seen; the results are those of the files now', async () => {
    const first = await run();
    const header = join(input, '903/855/2024/header.csv');
    // same size, new content: a changed child id
    const text = readFileSync(header, 'utf8');
    const firstChild = first.header[0]!.CHILD;
    writeFileSync(header, text.replace(firstChild, firstChild.slice(0, -1) + (firstChild.endsWith('9') ? '8' : '9')));
    expect(statSync(header).size).toBe(Buffer.byteLength(text));
    const changed = await run();
    expect(changed.use).toBe('saved');
    expect(changed.header[0]!.CHILD).not.toBe(firstChild);
    expect((await run()).use).toBe('reused');
    // the same bytes with only a new modification time are read again too
    utimesSync(header, new Date(), new Date(Date.now() + 5000));
    expect((await run()).use).toBe('saved');
    // an added file
    writeFileSync(join(input, 'npd/notes.csv'), 'nothing,known\n1,2\n');
    const added = await run();
    expect(added.use).toBe('saved');
    expect(added.v.fileNames).toContain('npd/notes.csv');
    // a removed file
    rmSync(join(input, 'npd/notes.csv'));
    const removed = await run();
    expect(removed.use).toBe('saved');
    expect(removed.v.fileNames).not.toContain('npd/notes.csv');
    expect(strip(removed)).toEqual(strip(changed));
  });

  it('owner-only: the store folder and entry 0700, every file 0600', async () => {
    await run();
    expect(statSync(root).mode & 0o777).toBe(0o700);
    const dir = entryDir();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files.some((f) => f.endsWith('.duckdb'))).toBe(true);
    for (const f of files) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
  });

  it('a damaged meta file, a truncated or overwritten database: a warning, the folder read again, the entry rebuilt', async () => {
    const good = strip(await run());
    const dir = entryDir();
    writeFileSync(join(dir, 'meta.json'), '{"format": 1, "files": [');
    const a = await run();
    expect(a.use).toBe('saved');
    expect(strip(a)).toEqual(good);
    expect(warnings.join('')).toMatch(/warning: the store entry .* is damaged/);
    expect((await run()).use).toBe('reused');

    const data = readdirSync(dir).find((f) => f.endsWith('.duckdb'))!;
    const bytes = readFileSync(join(dir, data));
    writeFileSync(join(dir, data), bytes.subarray(0, Math.floor(bytes.length / 3)));
    warnings.length = 0;
    const b = await run();
    expect(b.use).toBe('saved');
    expect(strip(b)).toEqual(good);
    expect(warnings.join('')).toMatch(/warning: the store entry .* cannot be used/);

    const data2 = readdirSync(dir).find((f) => f.endsWith('.duckdb'))!;
    writeFileSync(join(dir, data2), 'not a database at all');
    warnings.length = 0;
    const c = await run();
    expect(strip(c)).toEqual(good);
    expect(warnings.join('')).toMatch(/cannot be used/);
    expect((await run()).use).toBe('reused');
  });

  it('a second writer: while another live process holds the lock of the entry, a run says so and leaves the entry alone', async () => {
    await run();
    const dir = entryDir();
    const meta = readFileSync(join(dir, 'meta.json'), 'utf8');
    // another cla-analyse (here: this test's parent process, which is alive) is saving this folder
    writeFileSync(join(dir, 'lock'), `${process.ppid}\n`);
    utimesSync(join(input, 'npd/ks4.csv'), new Date(), new Date(Date.now() + 7000));
    const second = await run();
    expect(second.use).toBe('locked');
    expect(warnings.join('')).toMatch(/another cla-analyse run is saving .* to the store/);
    expect(readFileSync(join(dir, 'meta.json'), 'utf8')).toBe(meta);
    expect(readdirSync(dir).filter((f) => f.endsWith('.duckdb'))).toHaveLength(1);
    rmSync(join(dir, 'lock'));
    expect((await run()).use).toBe('saved');
    expect((await run()).use).toBe('reused');
  });

  it('a lock left by a process that has ended is taken over', async () => {
    await run();
    const dir = entryDir();
    writeFileSync(join(dir, 'lock'), '999999999\n');
    appendFileSync(join(input, 'npd/ks4.csv'), '');
    utimesSync(join(input, 'npd/ks4.csv'), new Date(), new Date(Date.now() + 9000));
    expect((await run()).use).toBe('saved');
  });

  it('nothing is written outside the store: the input is unchanged and the work folder under TMPDIR is removed', async () => {
    const work = tempDir('cla-store-tmp-');
    const before = readdirSync(input, { recursive: true }).sort();
    const old = process.env.TMPDIR;
    process.env.TMPDIR = work;
    try { await run(); await run(); } finally { if (old === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = old; }
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(input, { recursive: true }).sort()).toEqual(before);
    // the store folder holds only its entry
    expect(readdirSync(root)).toHaveLength(1);
  });

  it('a store inside the input folder or --out is refused', () => {
    expect(() => store.checkStorePlace(join(input, 'cache'), { input })).toThrow(/inside the input folder/);
    const out = tempDir('cla-store-out-');
    expect(() => store.checkStorePlace(join(out, 's'), { out })).toThrow(/inside the output folder/);
    expect(() => store.checkStorePlace(root, { input, out })).not.toThrow();
  });

  it('list and clear: every entry, then none (other files in the folder are left)', async () => {
    await run();
    const list = store.listStore(root);
    expect(list).toHaveLength(1);
    expect(list[0]!.files).toBe(3);
    expect(list[0]!.usable).toBe(true);
    writeFileSync(join(root, 'README-not-ours.txt'), 'x');
    chmodSync(join(root, 'README-not-ours.txt'), 0o600);
    expect(store.clearStore(root)).toBe(1);
    expect(readdirSync(root)).toEqual(['README-not-ours.txt']);
  });
});

describe('tables derived from the stored ones (the factor table model uses)', () => {
  async function factors(folder = input) {
    const db = await openDb({ threads: 1 });
    try {
      await factorTableFolder(db, { folder });
      const rows = await queryRows<Record<string, unknown>>(db, 'SELECT * FROM factors ORDER BY ALL');
      const [kind] = await queryRows<{ t: string }>(db, "SELECT table_type AS t FROM information_schema.tables WHERE table_name = 'factors' AND table_catalog = current_database()");
      return { rows, kind: kind!.t };
    } finally { closeDb(db); }
  }

  it('built once, then reused with the same rows; any changed file builds it again; a damaged file is a warning, never stale', async () => {
    const first = await factors();
    expect(first.kind).toBe('BASE TABLE');
    expect(first.rows.length).toBeGreaterThan(0);
    const second = await factors();
    expect(second.kind).toBe('VIEW'); // read from the store's derived file
    expect(second.rows).toEqual(first.rows);
    const derived = readdirSync(entryDir()).filter((f) => f.startsWith('derived-'));
    expect(derived).toHaveLength(1);
    for (const f of derived) expect(statSync(join(entryDir(), f)).mode & 0o777).toBe(0o600);

    const header = join(input, '903/855/2024/header.csv');
    utimesSync(header, new Date(), new Date(Date.now() + 5000));
    const third = await factors();
    expect(third.kind).toBe('BASE TABLE'); // the folder changed: validated and derived again
    expect(third.rows).toEqual(first.rows);
    expect(readdirSync(entryDir()).filter((f) => f.startsWith('derived-'))).toHaveLength(1); // the old one went with its data

    const file = join(entryDir(), readdirSync(entryDir()).find((f) => f.startsWith('derived-'))!);
    writeFileSync(file, 'not a database');
    warnings.length = 0;
    const fourth = await factors();
    expect(fourth.kind).toBe('BASE TABLE');
    expect(fourth.rows).toEqual(first.rows);
    expect(warnings.join('')).toMatch(/derived tables .* cannot be used/);
  });
});

describe('the factor table of the linked pupils alone (what model builds for every cohort but all)', () => {
  const cohorts = ['cla_12m', 'cla_31mar', 'ever_cla', 'cla_under_12m'] as const;
  async function rowsOf(pupils: 'all' | 'linked') {
    const db = await openDb({ threads: 1 });
    try {
      await factorTableFolder(db, { folder: input, pupils });
      const [n] = await queryRows<{ n: string }>(db, 'SELECT count(*) AS n FROM factors');
      const byCohort: Record<string, unknown[]> = {};
      for (const c of cohorts) byCohort[c] = await readFactorRows(db, c);
      const [kind] = await queryRows<{ t: string }>(db, "SELECT table_type AS t FROM information_schema.tables WHERE table_name = 'factors' AND table_catalog = current_database()");
      return { n: Number(n!.n), byCohort, kind: kind!.t };
    } finally { closeDb(db); }
  }

  it('has fewer rows than the full table but the same rows of every cohort that needs a responsible LA', async () => {
    store.useStore(null);
    // a KS4 pupil no 903 child links to: in the full table (la null), not in the linked one
    const upn = `${expectedCheckLetter('A000000000097')}000000000097`;
    appendFileSync(join(input, 'npd/ks4.csv'), `${upn},2023/24,100002,855,40,0.2,1,101,1,0,0,0,0,2.9\n`);
    const full = await rowsOf('all');
    const linked = await rowsOf('linked');
    expect(linked.n).toBeLessThan(full.n);
    expect(full.byCohort.ever_cla!.length).toBeGreaterThan(0);
    for (const c of cohorts) expect(linked.byCohort[c]).toEqual(full.byCohort[c]);
  });

  it('is kept in the store under its own key; a stored full table serves it too', async () => {
    const first = await rowsOf('linked');
    expect(first.kind).toBe('BASE TABLE');
    const again = await rowsOf('linked');
    expect(again.kind).toBe('VIEW');
    expect(again.byCohort).toEqual(first.byCohort);
    const full = await rowsOf('all'); // not served by the linked table: built and kept
    expect(full.kind).toBe('BASE TABLE');
    expect(readdirSync(entryDir()).filter((f) => f.startsWith('derived-'))).toHaveLength(2);
    const fromFull = await rowsOf('linked');
    expect(fromFull.kind).toBe('VIEW');
    expect(fromFull.n).toBe(full.n); // the full table's view, not the linked one
    expect(fromFull.byCohort).toEqual(first.byCohort);
  });
});

describe('linkFolder (report, benchmark) and the stored factor table', () => {
  async function linkRun(ks2Factors?: boolean) {
    const db = await openDb({ threads: 1 });
    try {
      const linked = await linkFolder(db, { folder: input, ks2Factors });
      const rows = await queryRows<Record<string, unknown>>(db, 'SELECT * FROM factors ORDER BY ALL');
      const [kind] = await queryRows<{ t: string }>(db, "SELECT table_type AS t FROM information_schema.tables WHERE table_name = 'factors' AND table_catalog = current_database()");
      const [ks2] = await queryRows<{ n: string }>(db, "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'factors_ks2'");
      return { rows, kind: kind!.t, ks2: Number(ks2!.n), children: linked.care.children.size };
    } finally { closeDb(db); }
  }

  it('the second run takes the KS4 factor table from the store (same rows, care histories still built); link --export builds it with the KS2 table', async () => {
    const first = await linkRun();
    expect(first.kind).toBe('BASE TABLE');
    expect(first.ks2).toBe(0);
    const second = await linkRun();
    expect(second.kind).toBe('VIEW');
    expect(second.rows).toEqual(first.rows);
    expect(second.children).toBe(first.children);
    const withKs2 = await linkRun(true);
    expect(withKs2.kind).toBe('BASE TABLE');
    expect(withKs2.ks2).toBe(1);
    expect(withKs2.rows).toEqual(first.rows);
    // model's factor table is the same stored table
    const db = await openDb({ threads: 1 });
    try {
      await factorTableFolder(db, { folder: input });
      const rows = await queryRows<Record<string, unknown>>(db, 'SELECT * FROM factors ORDER BY ALL');
      expect(rows).toEqual(first.rows);
    } finally { closeDb(db); }
  });
});
