/** The embedded DuckDB database: one per run, offline, with a spill folder for data bigger than memory. */
// DuckDB's native binding is loaded by openDb, not at start-up: --version, --help, rules and measures never load it
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { createWorkFolder, removeWorkFolder } from './work-folder.js';
import { join } from 'node:path';

export interface Db {
  instance: DuckDBInstance;
  con: DuckDBConnection;
  tempDir: string;
  /** Per input table, the SELECTs (one per file, or the appended XML rows) that make up its raw view. */
  rawParts: Map<string, string[]>;
  /** Versions of derived tables, so work built once per run is not repeated (e.g. per LA in a benchmark). */
  versions: Map<string, number>;
}

export async function openDb(opts: { memoryLimit?: string; threads?: number } = {}): Promise<Db> {
  const tempDir = createWorkFolder(); // owner-only; removed on close, on SIGINT/SIGTERM/SIGHUP, or by the next run
  const config: Record<string, string> = {
    autoinstall_known_extensions: 'false', autoload_known_extensions: 'false', temp_directory: join(tempDir, 'spill'),
  };
  // DuckDB spills to the temp folder beyond this, so national extracts bigger than memory complete
  config.memory_limit = opts.memoryLimit ?? process.env.CLA_ANALYSE_MEMORY_LIMIT ?? '4GB';
  if (opts.threads) config.threads = String(opts.threads);
  // a database file in the run's temporary folder, not ':memory:': its tables can then be evicted to
  // disk, so national extracts larger than the memory limit still complete (the folder is removed on close)
  const { DuckDBInstance: Instance } = await import('@duckdb/node-api');
  const instance = await Instance.create(process.env.CLA_ANALYSE_IN_MEMORY ? ':memory:' : join(tempDir, 'work.duckdb'), config);
  const con = await instance.connect();
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
