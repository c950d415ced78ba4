/**
 * Validation, in stages (a failed stage does not stop the next, but rows rejected by one are not
 * used by the ones after): file recognition (ingest), cells (schemas), then cross-row rules.
 * Ends with row accounting per file: rows read = rows accepted + rows rejected.
 */
import type { Db } from '../io/duck.js';
import { queryRows, sqlString } from '../io/duck.js';
import { ingest, type Ingested, type IngestOptions } from '../io/ingest.js';
import { ALL_TABLES } from '../schemas/index.js';
import { cellTimes, validateCells } from './cells.js';
import { appendAll, type Finding } from './finding.js';
import { RULES, RULES_BY_ID } from './registry.js';
import type { RuleContext } from './rule.js';

export interface Validated extends Ingested {}

/** Reads and validates every file of the folder (src/store/validate-folder.ts takes a stored validation instead when it can). */
export async function validateFiles(db: Db, opts: IngestOptions): Promise<Validated> {
  const timing = process.env.CLA_ANALYSE_TIMING ? (label: string, t0: number) => process.stderr.write(`[timing] ${label} ${Date.now() - t0} ms\n`) : () => {};
  let t0 = Date.now();
  const ing = await ingest(db, opts, RULES_BY_ID);
  timing('ingest', t0);
  const fileIndex = new Map(ing.fileNames.map((n, i) => [n, i]));
  const findings: Finding[] = [...ing.findings];
  const present = ALL_TABLES.filter((t) => ing.tables.has(t.name));
  for (const spec of present) {
    t0 = Date.now();
    await validateCells(db, spec);
    timing(`cells ${spec.name}`, t0);
    const rows = await queryRows<{ _file: number; _line: number; col: string; raw: string | null; rule: string; message: string }>(db,
      `SELECT _file, _line, _path, col, raw, rule, message FROM cellfind_${spec.name} ORDER BY _file, _line, col`);
    for (const r of rows as Array<{ _file: number; _line: number; _path: string | null; col: string; raw: string | null; rule: string; message: string }>) {
      const rule = RULES_BY_ID.get(r.rule)!;
      findings.push({ ruleId: rule.id, severity: rule.severity, table: spec.name, file: ing.fileNames[Number(r._file)]!, line: Number(r._line),
        column: r._path ? `${r._path}/${r.col}` : r.col, value: r.raw, message: r.message, remedy: rule.remedy });
    }
  }
  cellTimes.report('cells');
  const ctx: RuleContext = { db, fileName: (i) => ing.fileNames[i]!, hasTable: (n) => ing.tables.has(n) };
  for (const rule of RULES) {
    if (!rule.check) continue;
    t0 = Date.now();
    const found = await rule.check.call(rule, ctx);
    appendAll(findings, found);
    if (rule.rejectsRow && found.length) await markRejected(db, found, fileIndex);
    timing(`rule ${rule.id}`, t0);
  }
  // row accounting: loaded rows now rejected (cells or cross-row rules) move from accepted to rejected
  for (const spec of present) {
    const counts = await queryRows<{ _file: number; rejected: string }>(db, `SELECT _file, count(*) AS rejected FROM p_${spec.name} WHERE _reject GROUP BY _file`);
    for (const c of counts) {
      const acc = ing.files[Number(c._file)]!;
      acc.rowsAccepted -= Number(c.rejected);
      acc.rowsRejected += Number(c.rejected);
    }
  }
  const rowRejecting = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.line === null || !RULES_BY_ID.get(f.ruleId)?.rejectsRow || f.ruleId.startsWith('csv-')) continue;
    const blocking = RULES_BY_ID.get(f.ruleId)!.stage === 'row' || f.message.endsWith('(row not used)');
    if (!blocking) continue;
    const key = `${f.file}:${f.line}`;
    if (!rowRejecting.has(key)) rowRejecting.set(key, new Set());
    rowRejecting.get(key)!.add(f.ruleId);
  }
  const byFile = new Map(ing.files.map((a) => [a.file, a]));
  for (const [key, rules] of rowRejecting) {
    const acc = byFile.get(key.slice(0, key.lastIndexOf(':')))!;
    const first = [...rules].sort()[0]!; // one reason per rejected row
    acc.rejectedBy[first] = (acc.rejectedBy[first] ?? 0) + 1;
  }
  findings.sort(compareFindings);
  return { ...ing, findings };
}

async function markRejected(db: Db, found: Finding[], fileIndex: Map<string, number>): Promise<void> {
  const byTable = new Map<string, string[]>();
  for (const f of found) {
    if (!f.table || f.line === null) continue;
    const list = byTable.get(f.table) ?? [];
    list.push(`(${fileIndex.get(f.file)}, ${f.line}, ${f.column === null ? 'NULL' : sqlString(f.column)})`);
    byTable.set(f.table, list);
  }
  for (const [table, keys] of byTable) {
    for (let i = 0; i < keys.length; i += 5000) {
      // an XML row is known by its element path as well (rows of a return written on one line share it)
      await db.con.run(`UPDATE p_${table} t SET _reject = true FROM (VALUES ${keys.slice(i, i + 5000).join(', ')}) k(f, l, c)
        WHERE t._file = k.f AND t._line = k.l AND (t._path IS NULL OR k.c = t._path OR starts_with(k.c, t._path || '/'))`);
    }
  }
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? '').localeCompare(b.column ?? '') || a.ruleId.localeCompare(b.ruleId);
}
