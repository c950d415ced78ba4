/**
 * Writes the factor table for analysts (CSV, Parquet or a DuckDB file), with ids replaced by keyed
 * pseudonyms. The table has no names, dates of birth or postcodes; written to a temporary name and
 * renamed, so an interrupted run leaves no half-written file.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { insidePath, prepareOutDir, writeOutputManifest } from '../io/safe-path.js';
import { type Db, queryRows, sqlString } from '../io/duck.js';
import { FACTOR_COLUMNS, KS2_FACTOR_COLUMNS } from './factor-table.js';
import { pseudonym } from './pseudonym.js';

export type ExportFormat = 'csv' | 'parquet' | 'duckdb';

export async function exportFactorTable(db: Db, format: ExportFormat, outDir: string, key: string): Promise<string> {
  prepareOutDir(outDir); // a file in the way or no permission: exit 2 naming --out
  const keys = await queryRows<{ k: string }>(db, `SELECT DISTINCT pupil_key AS k FROM (SELECT pupil_key FROM factors UNION SELECT pupil_key FROM factors_ks2) ORDER BY 1`);
  await db.con.run(`CREATE OR REPLACE TABLE pseudo (pupil_key VARCHAR, pid VARCHAR)`);
  const app = await db.con.createAppender('pseudo');
  for (const { k } of keys) { app.appendVarchar(k); app.appendVarchar(pseudonym(key, 'upn', k)); app.endRow(); }
  app.closeSync();
  // the month and year of birth only (outputs.md, Privacy), for children looked after
  const ks4 = [...FACTOR_COLUMNS.filter((c) => c !== 'pupil_key'), 'birth_month'];
  const ks2 = KS2_FACTOR_COLUMNS.filter((c) => c !== 'pupil_key');
  const final = await writeOne(db, format, outDir, 'factor_table', `SELECT p.pid AS pupil_id, ${ks4.map((c) => `f.${c}`).join(', ')} FROM factors f JOIN pseudo p USING (pupil_key) ORDER BY f.ks4_year, f.la NULLS LAST, p.pid`);
  const ks2File = await writeOne(db, format, outDir, 'factor_table_ks2', `SELECT p.pid AS pupil_id, ${ks2.map((c) => `f.${c}`).join(', ')} FROM factors_ks2 f JOIN pseudo p USING (pupil_key) ORDER BY f.ks2_year, f.la NULLS LAST, p.pid`);
  writeOutputManifest(outDir, [final, ks2File]); // the folder is not read back as input
  return final;
}

async function writeOne(db: Db, format: ExportFormat, outDir: string, table: string, select: string): Promise<string> {
  const name = `${table}.${format}`;
  // checked to stay inside --out; a temporary name of its own (two runs at once never share one), then a rename
  const final = insidePath(outDir, name);
  const tmp = join(dirname(final), `.${basename(final)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  if (format === 'csv') await db.con.run(`COPY (${select}) TO ${sqlString(tmp)} (FORMAT csv, HEADER true)`);
  else if (format === 'parquet') await db.con.run(`COPY (${select}) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
  else {
    await db.con.run(`ATTACH ${sqlString(tmp)} AS out_db`);
    await db.con.run(`CREATE TABLE out_db.${table} AS ${select}`);
    // written into the file itself before it is renamed: the run's database does not checkpoint on
    // close or detach (src/io/duck.ts), and a table left in the write-ahead log (<file>.wal) would not
    // travel with the renamed file
    await db.con.run('CHECKPOINT out_db');
    await db.con.run(`DETACH out_db`);
  }
  try { renameSync(tmp, final); } catch (e) { rmSync(tmp, { force: true }); throw e; }
  return final;
}
