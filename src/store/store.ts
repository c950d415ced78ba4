/**
 * The validated store: the first command over a folder keeps its parsed tables (p_<table>, raw_Header),
 * findings and row accounting in a DuckDB file; later commands over the same, unchanged files use
 * them instead of reading and validating the CSV and XML files again.
 *
 * Never stale: every input file (and cla-analyse.json) is fingerprinted by path, size, modification
 * time and a SHA-256 of its first and last 64 KiB; any file changed, added or removed, another
 * --la/--year, or another build of cla-analyse, and the folder is read and validated again.
 * The store holds personal data (UPNs, dates of birth), so it lives in the user's cache folder (or
 * --store / CLA_ANALYSE_STORE), never inside the input folder or --out, with owner-only permissions
 * (folders 0700, files 0600). A store that cannot be read (corrupt, truncated, from another format)
 * is rebuilt with a warning. Writers take a lock file; a second writer leaves the store alone and
 * says so, and readers never see a half-written entry (the data file has a new name each time and
 * meta.json is replaced by a rename).
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import type { Db } from '../io/duck.js';
import { queryRows, sqlIdent, sqlString } from '../io/duck.js';
import { discoverFiles } from '../io/discover.js';
import { VERSION } from '../domain/version.js';
import type { Validated } from '../validate/run.js';

/** Bumped whenever what the store keeps changes shape. */
const FORMAT = 1;
const HASH_BYTES = 64 * 1024;

interface FileFingerprint { rel: string; size: number; mtimeNs: string; hash: string }
export interface StoreMeta {
  format: number;
  build: string;
  folder: string;
  la: string | null;
  year: number | null;
  createdAt: string;
  files: FileFingerprint[];
  data: string;
  validated: string;
  /** Stored tables and their row counts (checked on every reuse: a truncated store is not used). */
  tables: Record<string, number>;
  /** The data file's size and a hash of its first and last 64 KiB: a truncated or overwritten file is not attached. */
  dataFile: { size: number; hash: string };
  /**
   * Tables derived from the stored ones (the factor table of a placement-change definition), each in
   * its own file, kept only with the data file they were derived from.
   */
  derived?: Record<string, { data: string; from: string; tables: Record<string, number>; dataFile: { size: number; hash: string } }>;
}

let chosenRoot: string | null = null;
/** What the last run did with the store (for tests and --timing): reused, saved, or not saved and why. */
export let lastStoreUse: 'reused' | 'saved' | 'locked' | 'changed-while-read' | 'failed' | 'none' = 'none';

/** Set by the CLI: the store folder for this run, or null for no store (the default for library use). */
export function useStore(root: string | null): void { chosenRoot = root; }
export function storeRootInUse(): string | null { return chosenRoot; }

/** The store folder the CLI uses: --store, else CLA_ANALYSE_STORE, else $XDG_CACHE_HOME/cla-analyse or ~/.cache/cla-analyse. */
export function defaultStoreRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLA_ANALYSE_STORE) return resolve(env.CLA_ANALYSE_STORE);
  const cache = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(cache, 'cla-analyse');
}

function real(p: string): string {
  let cur = resolve(p);
  const rest: string[] = [];
  // the store folder may not exist yet: resolve the part that does
  while (!existsSync(cur) && dirname(cur) !== cur) { rest.unshift(cur.slice(dirname(cur).length + 1)); cur = dirname(cur); }
  try { return join(realpathSync(cur), ...rest); } catch { return resolve(p); }
}
function inside(child: string, parent: string): boolean {
  const r = relative(real(parent), real(child));
  return r === '' || (!r.startsWith('..') && !isAbsolute(r) && r.split(sep)[0] !== '..');
}

/** Refuses a store inside the input folder or the output folder (it holds personal data). */
export function checkStorePlace(root: string, where: { input?: string; out?: string }): void {
  if (where.input && inside(root, where.input)) {
    throw new UsageError(`the store folder ${root} is inside the input folder ${where.input}`, 'give --store (or CLA_ANALYSE_STORE) a folder outside the input, e.g. ~/.cache/cla-analyse, or use --no-store');
  }
  if (where.out && inside(root, where.out)) {
    throw new UsageError(`the store folder ${root} is inside the output folder ${where.out}: the store holds personal data and outputs are shared`, 'give --store (or CLA_ANALYSE_STORE) a folder outside --out, or use --no-store');
  }
}

let buildId: string | undefined;
/** This build of cla-analyse: its version and the size and time of every compiled module (a rebuilt tool does not reuse old results). */
function currentBuild(): string {
  if (buildId) return buildId;
  const h = createHash('sha256').update(VERSION);
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) { const s = statSync(p, { bigint: true }); h.update(`${relative(root, p)} ${s.size} ${s.mtimeNs}\n`); }
    }
  };
  try { walk(root); } catch { /* an unreadable install still has a version */ }
  buildId = h.digest('hex').slice(0, 24);
  return buildId;
}

function fingerprintFile(abs: string, rel: string): FileFingerprint {
  const st = statSync(abs, { bigint: true });
  const size = Number(st.size);
  const h = createHash('sha256');
  const fd = openSync(abs, 'r');
  try {
    const buf = Buffer.alloc(Math.min(size, HASH_BYTES));
    h.update(buf.subarray(0, readSync(fd, buf, 0, buf.length, 0)));
    if (size > HASH_BYTES) {
      const tail = Buffer.alloc(Math.min(size - HASH_BYTES, HASH_BYTES));
      h.update(tail.subarray(0, readSync(fd, tail, 0, tail.length, size - tail.length)));
    }
  } finally { closeSync(fd); }
  return { rel, size, mtimeNs: String(st.mtimeNs), hash: h.digest('hex') };
}

export function fingerprintFolder(folder: string): FileFingerprint[] {
  const files = discoverFiles(folder).map((f) => ({ abs: f.abs, rel: f.rel }));
  const config = join(folder, 'cla-analyse.json');
  if (existsSync(config) && !files.some((f) => f.rel === 'cla-analyse.json')) files.push({ abs: config, rel: 'cla-analyse.json' });
  return files.map((f) => fingerprintFile(f.abs, f.rel));
}

function sameFiles(a: FileFingerprint[], b: FileFingerprint[]): boolean {
  if (a.length !== b.length) return false;
  const byRel = new Map(a.map((f) => [f.rel, f]));
  return b.every((f) => { const o = byRel.get(f.rel); return !!o && o.size === f.size && o.mtimeNs === f.mtimeNs && o.hash === f.hash; });
}

/** What differs between the stored files and the folder now (for the message when the folder is read again). */
function changes(before: FileFingerprint[], now: FileFingerprint[]): string[] {
  const was = new Map(before.map((f) => [f.rel, f]));
  const is = new Map(now.map((f) => [f.rel, f]));
  const out: string[] = [];
  for (const f of now) { const o = was.get(f.rel); if (!o) out.push(`${f.rel} added`); else if (o.size !== f.size || o.mtimeNs !== f.mtimeNs || o.hash !== f.hash) out.push(`${f.rel} changed`); }
  for (const f of before) if (!is.has(f.rel)) out.push(`${f.rel} removed`);
  return out;
}

function warn(message: string): void { process.stderr.write(`warning: ${message}\n`); }
function note(message: string): void { if (process.env.CLA_ANALYSE_STORE_LOG || process.env.CLA_ANALYSE_TIMING) process.stderr.write(`[store] ${message}\n`); }

function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

export interface StoreEntry {
  dir: string;
  /** Stored results for these exact files, loaded into the run's database; null when they cannot be used. */
  reuse(db: Db): Promise<Validated | null>;
  /**
   * Keeps a fresh validation for the next command (unless another process is writing this entry).
   * The tables are copied on a connection of its own, so the caller may go on with other work on
   * `db.con` meanwhile (it must await this before keeping derived tables or closing the database).
   */
  save(db: Db, v: Validated): Promise<void>;
  /** Loads the tables derived under `key` from the data this run uses, as views; false when there are none to use. */
  reuseDerived(db: Db, key: string): Promise<boolean>;
  /** Keeps tables derived under `key` from the data this run uses (after reuse or save). */
  saveDerived(db: Db, key: string, tables: string[]): Promise<void>;
}

/** The store entry a validation came from or went to (for the tables derived from it). */
const entryOfValidated = new WeakMap<Validated, StoreEntry>();
export function storeEntryOf(v: Validated): StoreEntry | null { return entryOfValidated.get(v) ?? null; }
export function rememberStoreEntry(v: Validated, e: StoreEntry): void { entryOfValidated.set(v, e); }

/** The entry of a folder (and --la/--year) in the store chosen for this run, or null when the run has no store. */
export function storeEntry(opts: { folder: string; la?: string; year?: number }): StoreEntry | null {
  const root = chosenRoot;
  lastStoreUse = 'none';
  if (!root) return null;
  checkStorePlace(root, { input: opts.folder });
  const folder = real(opts.folder);
  const key = createHash('sha256').update(`${folder}\0${opts.la ?? ''}\0${opts.year ?? ''}`).digest('hex').slice(0, 20);
  const dir = join(root, key);
  const metaPath = join(dir, 'meta.json');
  const before = fingerprintFolder(opts.folder);
  const t0 = Date.now();
  /** The data file this run's tables come from (reused) or went to (saved): derived tables are tied to it. */
  let usedData: string | null = null;

  function readMeta(): StoreMeta | null {
    if (!existsSync(metaPath)) return null;
    try {
      const m = JSON.parse(readFileSync(metaPath, 'utf8')) as StoreMeta;
      if (typeof m !== 'object' || m === null || !Array.isArray(m.files) || typeof m.data !== 'string' || typeof m.tables !== 'object') throw new Error('not a store entry');
      return m;
    } catch (e) {
      warn(`the store entry ${dir} is damaged (${(e as Error).message}); the folder is read again and the entry rebuilt`);
      return null;
    }
  }

  return {
    dir,
    async reuse(db) {
      const meta = readMeta();
      if (!meta) return null;
      if (meta.format !== FORMAT || meta.build !== currentBuild()) { note('stored by another build of cla-analyse: reading the folder again'); return null; }
      if (!sameFiles(meta.files, before)) {
        const what = changes(meta.files, before);
        note(`files changed since the store was made (${what.slice(0, 5).join(', ')}${what.length > 5 ? ', …' : ''}): reading the folder again`);
        return null;
      }
      const alias = `clastore_${randomBytes(4).toString('hex')}`;
      let attached = false;
      try {
        await attachChecked(db, dir, meta.data, meta.dataFile, meta.tables, alias);
        attached = true;
        const stored = JSON.parse(readFileSync(join(dir, meta.validated), 'utf8')) as Omit<Validated, 'tables'> & { tables: string[] };
        await viewsOver(db, alias, meta.tables);
        lastStoreUse = 'reused';
        usedData = meta.data;
        note(`reused ${dir} (${Object.keys(meta.tables).length} tables, ${stored.findings.length} findings) in ${Date.now() - t0} ms`);
        return { ...stored, tables: new Set(stored.tables) };
      } catch (e) {
        if (attached) await db.con.run(`DETACH ${alias}`).catch(() => {});
        warn(`the store entry ${dir} cannot be used (${(e as Error).message}); the folder is read again and the entry rebuilt`);
        return null;
      }
    },
    async save(db, v) {
      // files changed while they were read: what was read is not what is there, so nothing is stored
      const after = fingerprintFolder(opts.folder);
      if (!sameFiles(before, after)) { lastStoreUse = 'changed-while-read'; warn('input files changed while they were read: the results are not kept in the store'); return; }
      ownerOnlyRoot(root);
      ownerOnlyDir(dir);
      const lock = join(dir, 'lock');
      if (!takeLock(lock)) {
        lastStoreUse = 'locked';
        warn(`another cla-analyse run is saving ${opts.folder} to the store (${lock}); this run's results are not kept there (nothing is lost: the next command reads the folder or the other run's store)`);
        return;
      }
      const oldMask = process.umask(0o077);
      const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      const data = `data-${id}.duckdb`;
      const validated = `validated-${id}.json`;
      const alias = `clastore_w_${randomBytes(4).toString('hex')}`;
      try {
        const names = [...v.tables].sort().map((t) => `p_${t}`);
        if (v.tables.has('Header')) names.push('raw_Header');
        const con = await db.instance.connect();
        let tables: Record<string, number>;
        try { tables = await copyTablesTo({ ...db, con }, join(dir, data), names, alias); } finally { con.closeSync(); }
        writeFileSync(join(dir, validated), JSON.stringify({ ...v, tables: [...v.tables] }), { mode: 0o600 });
        const meta: StoreMeta = { format: FORMAT, build: currentBuild(), folder: real(opts.folder), la: opts.la ?? null, year: opts.year ?? null,
          createdAt: new Date().toISOString(), files: before, data, validated, tables, dataFile: (({ size, hash }) => ({ size, hash }))(fingerprintFile(join(dir, data), data)) };
        const tmp = join(dir, `meta-${id}.json.partial`);
        writeFileSync(tmp, JSON.stringify(meta, null, 1), { mode: 0o600 });
        renameSync(tmp, metaPath);
        // older data files go: a reader that has one open keeps reading it (POSIX unlink)
        for (const f of readdirSync(dir)) if (f !== 'meta.json' && f !== 'lock' && f !== data && f !== validated) rmSync(join(dir, f), { force: true });
        lastStoreUse = 'saved';
        usedData = data;
        note(`saved ${dir} in ${Date.now() - t0} ms`);
      } catch (e) {
        lastStoreUse = 'failed';
        rmSync(join(dir, data), { force: true });
        rmSync(join(dir, `${data}.wal`), { force: true });
        rmSync(join(dir, validated), { force: true });
        warn(`the results could not be kept in the store ${dir} (${(e as Error).message}); the next command reads the folder again`);
      } finally {
        process.umask(oldMask);
        rmSync(lock, { force: true });
      }
    },
    async reuseDerived(db, key) {
      const meta = usedData ? readMeta() : null;
      const d = meta?.derived?.[key];
      if (!meta || !d || meta.data !== usedData || d.from !== usedData) return false;
      const alias = `clastore_d_${randomBytes(4).toString('hex')}`;
      let attached = false;
      try {
        await attachChecked(db, dir, d.data, d.dataFile, d.tables, alias);
        attached = true;
        await viewsOver(db, alias, d.tables);
        note(`reused the derived tables ${Object.keys(d.tables).join(', ')} (${key})`);
        return true;
      } catch (e) {
        if (attached) await db.con.run(`DETACH ${alias}`).catch(() => {});
        warn(`the stored derived tables in ${dir} cannot be used (${(e as Error).message}); they are built again`);
        return false;
      }
    },
    async saveDerived(db, key, names) {
      if (!usedData) return;
      const lock = join(dir, 'lock');
      if (!takeLock(lock)) return; // another run is writing this entry: nothing lost, the next run builds them
      const oldMask = process.umask(0o077);
      const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      const data = `derived-${id}.duckdb`;
      const alias = `clastore_dw_${randomBytes(4).toString('hex')}`;
      try {
        const meta = readMeta();
        if (!meta || meta.data !== usedData) return; // the entry moved on under us
        const tables = await copyTablesTo(db, join(dir, data), names, alias);
        const old = meta.derived?.[key]?.data;
        const next: StoreMeta = { ...meta, derived: { ...(meta.derived ?? {}), [key]: { data, from: usedData, tables, dataFile: (({ size, hash }) => ({ size, hash }))(fingerprintFile(join(dir, data), data)) } } };
        const tmp = join(dir, `meta-${id}.json.partial`);
        writeFileSync(tmp, JSON.stringify(next, null, 1), { mode: 0o600 });
        renameSync(tmp, metaPath);
        if (old) rmSync(join(dir, old), { force: true });
        note(`saved the derived tables ${names.join(', ')} (${key})`);
      } catch (e) {
        rmSync(join(dir, data), { force: true });
        rmSync(join(dir, `${data}.wal`), { force: true });
        warn(`the derived tables could not be kept in the store ${dir} (${(e as Error).message})`);
      } finally {
        process.umask(oldMask);
        rmSync(lock, { force: true });
      }
    },
  };
}

/** Copies the run's tables into a new DuckDB file (owner-only); their row counts, checked again on reuse. */
async function copyTablesTo(db: Db, file: string, names: string[], alias: string): Promise<Record<string, number>> {
  const tables: Record<string, number> = {};
  await db.con.run(`ATTACH ${sqlString(file)} AS ${alias}`);
  try {
    for (const t of names) {
      await db.con.run(`CREATE TABLE ${alias}.${sqlIdent(t)} AS SELECT * FROM ${sqlIdent(t)}`);
      const [r] = await queryRows<{ n: string }>(db, `SELECT count(*) AS n FROM ${alias}.${sqlIdent(t)}`);
      tables[t] = Number(r!.n);
    }
    await db.con.run(`CHECKPOINT ${alias}`);
  } finally {
    await db.con.run(`DETACH ${alias}`);
  }
  chmodSync(file, 0o600);
  return tables;
}

/**
 * Attaches a stored file read-only as `alias` only if it is the file that was stored (size and hash)
 * and every table has its row count: a truncated, overwritten or damaged file throws (left detached
 * when the check fails before the attach; the caller detaches otherwise).
 */
async function attachChecked(db: Db, dir: string, rel: string, stored: { size: number; hash: string } | undefined, tables: Record<string, number>, alias: string): Promise<void> {
  const file = join(dir, rel);
  if (!existsSync(file)) throw new Error(`${rel} is missing`);
  const seen = fingerprintFile(file, rel);
  if (!stored || seen.size !== stored.size || seen.hash !== stored.hash) throw new Error(`${rel} is not the file that was stored (truncated or overwritten)`);
  await db.con.run(`ATTACH ${sqlString(file)} AS ${alias} (READ_ONLY)`);
  try {
    for (const [t, n] of Object.entries(tables)) {
      const [r] = await queryRows<{ n: string }>(db, `SELECT count(*) AS n FROM ${alias}.${sqlIdent(t)}`);
      if (Number(r!.n) !== n) throw new Error(`${t} has ${r!.n} rows, not ${n}`);
    }
  } catch (e) {
    await db.con.run(`DETACH ${alias}`).catch(() => {});
    throw e;
  }
}

/** The stored tables as views under their own names. */
async function viewsOver(db: Db, alias: string, tables: Record<string, number>): Promise<void> {
  for (const t of Object.keys(tables)) await db.con.run(`CREATE OR REPLACE VIEW ${sqlIdent(t)} AS SELECT * FROM ${alias}.${sqlIdent(t)}`);
}

function ownerOnlyRoot(root: string): void {
  if (!existsSync(root)) { ownerOnlyDir(root); return; }
  const mode = statSync(root).mode & 0o777;
  if (mode & 0o077) chmodSync(root, 0o700);
}

/** A lock file made with O_EXCL; one left by a process that no longer runs (or older than an hour) is taken over. */
function takeLock(path: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = NaN;
      let age = 0;
      try { pid = Number.parseInt(readFileSync(path, 'utf8'), 10); age = Date.now() - statSync(path).mtimeMs; } catch { continue; }
      let alive = false;
      if (Number.isInteger(pid) && pid > 0) { try { process.kill(pid, 0); alive = true; } catch (k) { alive = (k as NodeJS.ErrnoException).code === 'EPERM'; } }
      if (alive && age < 3_600_000) return false;
      rmSync(path, { force: true });
    }
  }
  return false;
}

/** `cla-analyse store list`: every entry with its folder, files, size and date. */
export function listStore(root: string): Array<{ entry: string; folder: string; files: number; bytes: number; createdAt: string; usable: boolean }> {
  if (!existsSync(root)) return [];
  const out = [];
  for (const e of readdirSync(root, { withFileTypes: true })) {
    if (!e.isDirectory() || !/^[0-9a-f]{20}$/.test(e.name)) continue;
    const dir = join(root, e.name);
    let meta: StoreMeta | null = null;
    try { meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as StoreMeta; } catch { /* listed as unusable */ }
    const bytes = readdirSync(dir).reduce((s, f) => { try { return s + statSync(join(dir, f)).size; } catch { return s; } }, 0);
    out.push({ entry: e.name, folder: meta?.folder ?? '(damaged entry)', files: meta?.files.length ?? 0, bytes, createdAt: meta?.createdAt ?? '', usable: !!meta && meta.format === FORMAT });
  }
  return out.sort((a, b) => a.folder.localeCompare(b.folder));
}

/** `cla-analyse store clear`: removes every entry (only folders that look like entries, never anything else in the folder). */
export function clearStore(root: string): number {
  let n = 0;
  for (const e of listStore(root)) { rmSync(join(root, e.entry), { recursive: true, force: true }); n++; }
  return n;
}
