/**
 * The pupil-level factor table export (issue "Linking care and education", item 5): written only with a
 * key, readable by DuckDB as CSV, Parquet and a database file, pseudonymised (no UPN of the demo data),
 * stable under the same key and different under another.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTOR_COLUMNS, KS2_FACTOR_COLUMNS } from '../../src/link/factor-table.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const DEMO = join(process.cwd(), 'fixtures', 'demo');
const KEY = 'test-key-0123456789abcdef';

function link(args: string[], env: Record<string, string | undefined>) {
  return spawnSync(process.execPath, [CLI, 'link', DEMO, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

async function readTable(sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  const con = await db.connect();
  try { return (await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]; } finally { con.closeSync(); db.closeSync(); }
}

function demoUpns(): Set<string> {
  const upns = new Set<string>();
  for (const f of readdirSync(join(DEMO, 'npd'))) {
    if (!f.startsWith('ks4_pupil')) continue;
    for (const line of readFileSync(join(DEMO, 'npd', f), 'utf8').split('\n').slice(1)) if (line) upns.add(line.split(',')[0]!);
  }
  return upns;
}

describe('link --export', () => {
  const out = mkdtempSync(join(tmpdir(), 'export-'));
  beforeAll(() => {
    if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    for (const format of ['csv', 'parquet', 'duckdb']) {
      const r = link(['--export', format, '--out', join(out, format)], { CLA_ANALYSE_KEY: KEY });
      expect(r.status, r.stderr).toBe(0);
    }
  }, 300_000);

  it('refuses pupil-level output without a key (exit 2, nothing written)', () => {
    const dir = join(out, 'nokey');
    const r = link(['--export', 'csv', '--out', dir], { CLA_ANALYSE_KEY: undefined });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/CLA_ANALYSE_KEY/);
    expect(existsSync(join(dir, 'factor_table.csv'))).toBe(false);
  });

  it('writes the same table as CSV, Parquet and a DuckDB file, with the factor-table columns and a pseudonym', async () => {
    const csv = await readTable(`SELECT * FROM read_csv('${join(out, 'csv', 'factor_table.csv')}', all_varchar=true) ORDER BY ALL`);
    const parquet = await readTable(`SELECT * FROM read_parquet('${join(out, 'parquet', 'factor_table.parquet')}') ORDER BY ALL`);
    const db = await readTable(`ATTACH '${join(out, 'duckdb', 'factor_table.duckdb')}' AS f (READ_ONLY); SELECT * FROM f.factor_table ORDER BY ALL`);
    expect(csv.length).toBeGreaterThan(1000);
    expect(parquet.length).toBe(csv.length);
    expect(db.length).toBe(csv.length);
    // the DuckDB file holds its table itself: no write-ahead log or partial file is left beside it
    expect(readdirSync(join(out, 'duckdb')).sort()).toEqual(['cla-analyse-output.json', 'factor_table.duckdb', 'factor_table_ks2.duckdb']);
    expect(Object.keys(csv[0]!)).toEqual(['pupil_id', ...FACTOR_COLUMNS.filter((c) => c !== 'pupil_key'), 'birth_month']);
    for (const r of csv) expect(r.pupil_id).toMatch(/^[0-9a-f]{16}$/);
    // dates of birth only as month and year, and only for children looked after
    for (const r of csv) expect(r.birth_month === null || /^\d{4}-\d{2}$/.test(String(r.birth_month))).toBe(true);
    expect(csv.some((r) => r.birth_month !== null)).toBe(true);
    const ks2 = await readTable(`SELECT * FROM read_parquet('${join(out, 'parquet', 'factor_table_ks2.parquet')}')`);
    expect(ks2.length).toBeGreaterThan(1000);
    expect(Object.keys(ks2[0]!)).toEqual(['pupil_id', ...KS2_FACTOR_COLUMNS.filter((c) => c !== 'pupil_key')]);
    expect(ks2.filter((r) => r.cla_12m === 1).length).toBeGreaterThan(0);
  });

  it('holds no UPN of the demo data', () => {
    const text = readFileSync(join(out, 'csv', 'factor_table.csv'), 'utf8');
    const upns = demoUpns();
    expect(upns.size).toBeGreaterThan(1000);
    const leaked = [...upns].filter((u) => text.includes(u));
    expect(leaked.length).toBe(0);
  });

  // two whole `link` runs of the demo (1,350 children in care since the recalibration, 5ba93f3): about 24 s each
  // alone, but together over the default 120 s in the full suite on 2 loaded cores
  it('gives the same pseudonyms with the same key and different ones with another key', () => {
    const again = join(out, 'again');
    const other = join(out, 'other');
    expect(link(['--export', 'csv', '--out', again], { CLA_ANALYSE_KEY: KEY }).status).toBe(0);
    expect(link(['--export', 'csv', '--out', other], { CLA_ANALYSE_KEY: 'another-key-0123456789' }).status).toBe(0);
    const a = readFileSync(join(out, 'csv', 'factor_table.csv'), 'utf8');
    expect(readFileSync(join(again, 'factor_table.csv'), 'utf8')).toBe(a);
    const ids = (t: string) => new Set(t.split('\n').slice(1).map((l) => l.split(',')[0]));
    const shared = [...ids(a)].filter((x) => ids(readFileSync(join(other, 'factor_table.csv'), 'utf8')).has(x));
    expect(shared.filter(Boolean).length).toBe(0);
  }, 300_000);
});
