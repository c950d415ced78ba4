/** The embedded DuckDB database: one per run, offline, with a spill folder for data bigger than memory. */
// DuckDB's native binding is loaded by openDb, not at start-up: --version, --help, rules and measures never load it
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createWorkFolder, removeWorkFolder } from './work-folder.js';
import { join } from 'node:path';
import { lstatSync, readdirSync } from 'node:fs';

export interface Db {
  instance: DuckDBInstance;
  con: DuckDBConnection;
  tempDir: string;
  /** Per input table, the SELECTs (one per file, or the appended XML rows) that make up its raw view. */
  rawParts: Map<string, string[]>;
  /** Versions of derived tables, so work built once per run is not repeated (e.g. per LA in a benchmark). */
  versions: Map<string, number>;
}

/** Bytes in a memory setting such as 4GB, 512MB or 2GiB (null when it cannot be read). */
export function memoryBytes(setting: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)?\s*$/i.exec(setting);
  if (!m) return null;
  const unit = (m[2] ?? 'B').toUpperCase();
  const pow = { B: 0, KB: 1, MB: 2, GB: 3, TB: 4, KIB: 1, MIB: 2, GIB: 3, TIB: 4 }[unit]!;
  return Number(m[1]) * (unit.includes('I') ? 1024 : 1000) ** pow;
}

/** Total bytes of the files below a folder (symbolic links not followed), counting no further than `stopAt`. */
export function folderBytes(folder: string, stopAt = Infinity): number {
  let total = 0;
  const stack = [folder];
  while (stack.length && total <= stopAt) {
    const dir = stack.pop()!;
    let entries;
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) { try { total += lstatSync(p).size; } catch { /* gone meanwhile: ingest reports it */ } }
    }
  }
  return total;
}

/**
 * Input (CSV or XML) of at most this share of the memory limit is worked on in memory: its raw,
 * parsed and derived tables take several times the bytes of the text (measured: 101 MB of 20-LA
 * CSV peaked at 1.25 GB in memory), and an in-memory database cannot evict its tables to disk.
 */
export const IN_MEMORY_SHARE = 1 / 32;

/**
 * Where the run's tables live: in memory for input well within the memory limit (twice as fast to
 * load and to scan), else in a database file in the work folder whose tables DuckDB can evict, so
 * data larger than memory complete. CLA_ANALYSE_IN_MEMORY=1 or 0 forces either.
 */
export function workInMemory(input: string | undefined, memoryLimit: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.CLA_ANALYSE_IN_MEMORY === '0') return false;
  if (env.CLA_ANALYSE_IN_MEMORY) return true;
  if (input === undefined) return false;
  const limit = memoryBytes(memoryLimit);
  if (limit === null) return false;
  const budget = limit * IN_MEMORY_SHARE;
  return folderBytes(input, budget) <= budget;
}

export async function openDb(opts: { memoryLimit?: string; threads?: number; input?: string } = {}): Promise<Db> {
  const tempDir = createWorkFolder(); // owner-only; removed on close, on SIGINT/SIGTERM/SIGHUP, or by the next run
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', temp_directory: join(tempDir, 'spill'),
  };
  // DuckDB spills to the temp folder beyond this, so national extracts bigger than memory complete
  config.memory_limit = opts.memoryLimit ?? process.env.CLA_ANALYSE_MEMORY_LIMIT ?? '4GB';
  if (opts.threads) config.threads = String(opts.threads);
  // the work database is thrown away at the end of the run, so DuckDB's automatic checkpoints (at every
  // 16 MB of write-ahead log by default) only rewrite data that is about to be deleted: at national size
  // they cost about 50 s of a 200 s `model` run (OC2's 100,000 rows "took" 15 s: the checkpoint of the
  // tables before them). Large tables are still written to the file as they are made (DuckDB's
  // optimistic writes), so they can be evicted under the memory limit; 1 GB bounds the log.
  config.checkpoint_threshold = '1GB';
  // small input in memory; otherwise a database file in the run's temporary folder, not ':memory:':
  // its tables can then be evicted to disk, so national extracts larger than the memory limit still
  // complete (the folder is removed on close)
  const { DuckDBInstance: Instance } = await import('@duckdb/node-api');
  const instance = await Instance.create(workInMemory(opts.input, config.memory_limit) ? ':memory:' : join(tempDir, 'work.duckdb'), config);
  const con = await instance.connect();
  // nor a checkpoint when the run closes it, just before it is deleted: at national size that final
  // checkpoint wrote the run's tables to a file about to be removed (a cold `model` with a new store,
  // 208.6 s with it, 189.8 s without, one run each at load about 1). The store is a separate file,
  // written with its own CHECKPOINT before it is detached (src/store/store.ts).
  await con.run('PRAGMA disable_checkpoint_on_shutdown');
  return { instance, con, tempDir, rawParts: new Map(), versions: new Map() };
}

/** Rows of a query as plain JSON-safe objects (BIGINT and DECIMAL as strings, dates as yyyy-mm-dd). */
export async function queryRows<T = Record<string, unknown>>(db: Db, sql: string, params?: Record<string, string | number>): Promise<T[]> {
  const r = params ? await db.con.runAndReadAll(sql, params) : await db.con.runAndReadAll(sql);
  return r.getRowObjectsJson() as unknown as T[];
}

export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}
export function sqlIdent(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

export function closeDb(db: Db): void {
  db.con.closeSync();
  db.instance.closeSync();
  removeWorkFolder(db.tempDir);
}
