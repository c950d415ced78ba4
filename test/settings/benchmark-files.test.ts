/**
 * README "benchmarkFiles": a newer or fuller benchmark file of the bundled format, named in
 * cla-analyse.json relative to the folder, replaces the bundled one in the run's figures, and is read
 * as configuration only (not as an input table, which gave a file-unrecognised-table error).
 * The catalogue fixture copied with a KS4 file whose England 2023/24 English and maths 4+ is 77.7
 * (the bundled figure is 18).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { linkFolder, type Linked } from '../../src/link/pipeline.js';
import { measureRows } from '../../src/pipeline/analyse.js';
import { FIXTURE } from '../measures/catalogue/fixture.js';

const BUNDLED = join(import.meta.dirname, '../../data/benchmarks/ks4_cla12m.csv');
let dir = '';
let db: Db;
let linked: Linked;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'benchmark-files-'));
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(join(dir, 'bench'));
  const text = readFileSync(BUNDLED, 'utf8');
  const line = '202324,2023/24,national,E92000001,England,Final,6410,18.2,18,';
  expect(text).toContain(line);
  writeFileSync(join(dir, 'bench', 'ks4.csv'), text.replace(line, '202324,2023/24,national,E92000001,England,Final,6410,18.2,77.7,'));
  writeFileSync(join(dir, 'cla-analyse.json'), JSON.stringify({ benchmarkFiles: { 'ks4_cla12m.csv': 'bench/ks4.csv' } }));
  db = await openDb({ threads: 1 });
  linked = await linkFolder(db, { folder: dir, flags: {} });
});
afterAll(async () => { await closeDb(db); rmSync(dir, { recursive: true, force: true }); });

describe('benchmarkFiles in cla-analyse.json', () => {
  it('the named file replaces the bundled one: England CLA English and maths 4+ for 2023/24 is the file\'s 77.7, with the file (by name, no machine path) as its source', async () => {
    const rows = await measureRows(db, linked, { la: '855', years: ['2023/24'], cohort: 'cla_12m', breakdowns: [] });
    const em4 = rows.find((r) => r.id === 'ks4_em_4plus' && r.breakdown === null)!;
    const england = em4.benchmarks.find((b) => b.scope === 'england_cla_12m');
    expect(england?.value).toBe(77.7);
    expect(england?.source).toContain('(user file ks4.csv)');
    expect(england?.source).not.toContain(dir); // no machine path in an output
  });

  it('is not read as an input table: no finding names it and no file account holds it', () => {
    expect(linked.validated.findings.filter((f) => f.file.startsWith('bench/'))).toEqual([]);
    expect(linked.validated.fileNames.filter((f) => f.startsWith('bench/'))).toEqual([]);
  });
});
