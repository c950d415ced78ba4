/** Shared by the XML ingest tests: the built CLI, temp copies of fixtures, CSV twins of XML returns. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readXmlReturn } from '../../../src/io/xml/read-xml-return.js';
import { TABLE_COLUMNS, type XmlRow, type XmlTable } from '../../../src/io/xml/xml-row.js';

export const REPO = join(import.meta.dirname, '../../..');
export const DEMO = join(REPO, 'fixtures/demo');
export const XML_INGEST = join(REPO, 'fixtures/xml-ingest');
const CLI = join(REPO, 'dist/cli.js');

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs the built CLI under plain node (not vitest's module loader), as a user would. */
export function runCli(args: string[]): CliRun {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
export function tempDir(label: string): string {
  const d = mkdtempSync(join(tmpdir(), `cla-xml-${label}-`));
  temps.push(d);
  return d;
}
export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A copy of a fixture folder in a fresh temp folder. */
export function copyOf(folder: string, label: string): string {
  const d = tempDir(label);
  cpSync(folder, d, { recursive: true });
  return d;
}

/** Finding counts by rule from `validate --json` output. */
export function findingCounts(stdout: string): Record<string, number> {
  return (JSON.parse(stdout) as { findingCounts: Record<string, number> }).findingCounts;
}

/**
 * The CSV export of an XML return: its rows, table by table, written as `<out>/<table>.csv` with the
 * columns of inputs.md. Cells here are plain codes and dates; a cell needing quotes fails the test.
 */
export async function writeCsvTwin(xmlPath: string, outDir: string): Promise<void> {
  const rows: XmlRow[] = [];
  await readXmlReturn(xmlPath, 'twin.xml', (r) => rows.push(r));
  mkdirSync(outDir, { recursive: true });
  const tables = new Set(rows.map((r) => r.table));
  for (const table of tables as Set<XmlTable>) {
    const columns = TABLE_COLUMNS[table];
    const lines = [columns.join(',')];
    for (const r of rows.filter((x) => x.table === table)) {
      const cells = columns.map((c) => r.cells[c] ?? '');
      if (cells.some((c) => /[",\r\n]/.test(c))) throw new Error('a cell needs quoting: extend writeCsvTwin');
      lines.push(cells.join(','));
    }
    const path = join(outDir, `${table.toLowerCase()}.csv`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.join('\n') + '\n');
  }
}
