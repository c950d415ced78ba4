/**
 * Writes the factor table for analysts (CSV, Parquet or a DuckDB file), with ids replaced by keyed
 * pseudonyms. The table has no names, dates of birth or postcodes; written to a temporary name and
 * renamed, so an interrupted run leaves no half-written file.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Db, queryRows, sqlString } from '../io/duck.js';
import { FACTOR_COLUMNS } from './factor-table.js';
import { pseudonym } from './pseudonym.js';

export type ExportFormat = 'csv' | 'parquet' | 'duckdb';

export async function exportFactorTable(db: Db, format: ExportFormat, outDir: string, key: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const keys = await queryRows<{ k: string }>(db, `SELECT DISTINCT pupil_key AS k FROM factors ORDER BY 1`);
  await db.con.run(`CREATE OR REPLACE TEMP TABLE pseudo (pupil_key VARCHAR, pid VARCHAR)`);
  const app = await db.con.createAppender('pseudo', 'main', 'temp');
  for (const { k } of keys) { app.appendVarchar(k); app.appendVarchar(pseudonym(key, 'upn', k)); app.endRow(); }
  app.closeSync();
  const cols = FACTOR_COLUMNS.filter((c) => c !== 'pupil_key').map((c) => `f.${c}`).join(', ');
  const select = `SELECT p.pid AS pupil_id, ${cols} FROM factors f JOIN pseudo p USING (pupil_key) ORDER BY f.ks4_year, f.la NULLS LAST, p.pid`;
  const name = `factor_table.${format === 'duckdb' ? 'duckdb' : format}`;
  const final = join(outDir, name);
  const tmp = join(outDir, `.${name}.partial`);
  rmSync(tmp, { force: true });
  if (format === 'csv') await db.con.run(`COPY (${select}) TO ${sqlString(tmp)} (FORMAT csv, HEADER true)`);
  else if (format === 'parquet') await db.con.run(`COPY (${select}) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
  else {
    await db.con.run(`ATTACH ${sqlString(tmp)} AS out_db`);
    await db.con.run(`CREATE TABLE out_db.factor_table AS ${select}`);
    await db.con.run(`DETACH out_db`);
  }
  renameSync(tmp, final);
  return final;
}
