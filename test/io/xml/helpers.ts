import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readXmlChunks, readXmlReturn } from '../../../src/io/xml/read-xml-return.js';
import type { XmlReadResult, XmlRow } from '../../../src/io/xml/xml-row.js';

export const fixture = (name: string): string => fileURLToPath(new URL(`../../../fixtures/xml/${name}`, import.meta.url));
export const fixtureBytes = (name: string): Buffer => readFileSync(fixture(name));

export interface ReadAll extends XmlReadResult { rows: XmlRow[] }

export async function readFixture(name: string): Promise<ReadAll> {
  const rows: XmlRow[] = [];
  const result = await readXmlReturn(fixture(name), `xml/${name}`, (r) => rows.push(r));
  return { ...result, rows };
}

/** Reads bytes cut into chunks of `chunkSize`, to exercise chunk boundaries. */
export async function readBytes(bytes: Buffer | string, chunkSize = 64 * 1024, relPath = 'mem.xml'): Promise<ReadAll> {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const chunks: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunkSize) chunks.push(buf.subarray(i, i + chunkSize));
  const rows: XmlRow[] = [];
  const result = await readXmlChunks(chunks, relPath, (r) => rows.push(r));
  return { ...result, rows };
}

/** findings reduced to what the tests compare exactly. */
export const brief = (r: XmlReadResult) => r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column }));
export const accounting = (r: XmlReadResult) => ({ read: r.childrenRead, accepted: r.childrenAccepted, reported: r.childrenReported });
export const countByTable = (rows: XmlRow[]) => rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.table]: (acc[r.table] ?? 0) + 1 }), {});
