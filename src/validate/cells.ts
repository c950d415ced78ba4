/**
 * Cell validation: each column's zod schema is run once per distinct (year, value) pair, and the
 * verdicts are joined back to the rows in DuckDB. This keeps the schemas the single source of truth
 * and stays fast at national scale (millions of rows, few distinct values per column).
 */
import { type Db, sqlIdent } from '../io/duck.js';
import type { TableSpec } from '../schemas/index.js';
import type { CellOk, FieldSpec } from '../schemas/fields.js';
import { RULES_BY_ID, type RuleId } from './registry.js';
import { describeValue, shownValue } from './value-shape.js';
import { sumTimer } from '../io/timing.js';

/** Where cell-check time goes, per table and step (CLA_ANALYSE_TIMING). */
export const cellTimes = sumTimer();

interface Verdict { year: number | null; raw: string; value: string | null; ruleId: RuleId | null; message: string | null }

/** Runs a column's schema over one raw value. */
const schemaCache = new WeakMap<FieldSpec, Map<number | null, ReturnType<FieldSpec['schema']>>>();
function schemaOf(field: FieldSpec, year: number | null): ReturnType<FieldSpec['schema']> {
  let byYear = schemaCache.get(field);
  if (!byYear) schemaCache.set(field, (byYear = new Map()));
  let s = byYear.get(year);
  if (!s) byYear.set(year, (s = field.schema({ year })));
  return s;
}

export function judgeCell(field: FieldSpec, year: number | null, raw: string): Verdict {
  const r = schemaOf(field, year).safeParse(raw);
  if (r.success) {
    const ok = r.data as CellOk;
    return { year, raw, value: ok.value, ruleId: ok.note?.ruleId ?? null, message: ok.note?.message ?? null };
  }
  const issue = r.error.issues[0]!;
  const ruleId = (issue as { params?: { ruleId?: RuleId } }).params?.ruleId ?? 'value-out-of-range';
  return { year, raw, value: null, ruleId, message: issue.message };
}

/**
 * Builds `p_<Table>` (parsed, normalised cells; `_reject` set where a required cell failed) and the
 * table `cellfind_<Table>` of cell findings (file, line, path, column, value, rule, message).
 */
/**
 * The distinct (year, value) pairs of every column in one scan, read column-wise: every row is
 * unnested into (column, year, value) triples and one hash aggregate keeps the distinct ones (GROUPING
 * SETS did the same with one aggregate per column, whose fixed cost, about 0.7 s for 20 columns even
 * over 300 rows, made the small 903 tables as slow as the big ones). Values a column's SQL shortcut
 * already knows to be valid and normal (permanent UPNs, plain ids) are dropped, so millions of them
 * never cross into JavaScript. The year is kept only for columns whose schema depends on it.
 */
async function distinctValues(db: Db, raw: string, spec: TableSpec): Promise<Map<string, { years: Array<number | null>; values: string[] }>> {
  const cols = Object.entries(spec.columns);
  const out = new Map<string, { years: Array<number | null>; values: string[] }>(cols.map(([col]) => [col, { years: [], values: [] }]));
  if (cols.length === 0) return out;
  const values = cols.map(([col, field]) => {
    const c = sqlIdent(col);
    return field.sqlFastIdentity ? `CASE WHEN coalesce(${field.sqlFastIdentity(c)}, false) THEN NULL ELSE coalesce(${c}, '') END` : `coalesce(${c}, '')`;
  });
  const years = cols.map(([, field]) => (field.yearDependent ? 'TRY_CAST(_year AS INTEGER)' : 'NULL::INTEGER'));
  const result = (await db.con.runAndReadAll(`SELECT k, y, v FROM (SELECT unnest([${cols.map((_, i) => i).join(', ')}]) AS k,
    unnest([${years.join(', ')}]) AS y, unnest([${values.join(', ')}]) AS v FROM ${raw}) WHERE v IS NOT NULL GROUP BY k, y, v`)).getColumnsJS();
  const n = result[0]?.length ?? 0;
  for (let r = 0; r < n; r++) {
    const entry = out.get(cols[Number(result[0]![r])]![0])!;
    const y = result[1]![r] as number | null;
    entry.years.push(y === null || y === undefined ? null : Number(y));
    entry.values.push(result[2]![r] as string);
  }
  return out;
}

export async function validateCells(db: Db, spec: TableSpec): Promise<void> {
  const raw = `raw_${spec.name}`;
  const selects: string[] = [];
  const joins: string[] = [];
  const rejectConds: string[] = [];
  await db.con.run(`CREATE OR REPLACE TABLE cellfind_${spec.name} (_file INTEGER, _line INTEGER, _path VARCHAR, col VARCHAR, raw VARCHAR, rule VARCHAR, message VARCHAR, blocking BOOLEAN)`);
  let idx = 0;
  let t0 = performance.now();
  const lap = (step: string) => { const now = performance.now(); cellTimes.add(`${spec.name} ${step}`, now - t0); t0 = now; };
  const distinctByColumn = await distinctValues(db, raw, spec);
  lap('distinct values');
  for (const [col, field] of Object.entries(spec.columns)) {
    const c = sqlIdent(col);
    const { years, values } = distinctByColumn.get(col)!;
    // only the exceptions are kept: a value that parses to itself with no note needs no mapping
    const exceptions: Verdict[] = [];
    for (let i = 0; i < values.length; i++) {
      const raw = values[i]!;
      if (field.fastIdentity?.(raw)) continue;
      const v = judgeCell(field, years[i] === null || years[i] === undefined ? null : Number(years[i]), raw);
      if (v.ruleId === null && (v.value === raw || (v.value === null && raw === ''))) continue;
      exceptions.push(v);
    }
    lap('schemas (JS)');
    if (exceptions.length === 0) {
      selects.push(`nullif(r.${c}, '') AS ${c}`);
      continue;
    }
    const m = `map_${spec.name}_${idx++}`;
    await db.con.run(`CREATE OR REPLACE TABLE ${m} (y INTEGER, raw VARCHAR, val VARCHAR, rule VARCHAR, message VARCHAR, blocking BOOLEAN, severe BOOLEAN, shown VARCHAR)`);
    const app = await db.con.createAppender(m);
    for (const v of exceptions) {
      const rule = v.ruleId ? RULES_BY_ID.get(v.ruleId) : undefined;
      const isError = (rule?.severity ?? 'error') === 'error' && v.ruleId !== null;
      v.year === null ? app.appendNull() : app.appendInteger(v.year);
      app.appendVarchar(v.raw);
      v.value === null ? app.appendNull() : app.appendVarchar(v.value);
      v.ruleId === null ? app.appendNull() : app.appendVarchar(v.ruleId);
      // a value is echoed only when the column is not personal and the value has the column's shape;
      // otherwise the message describes it (a date, a value of 13 characters): value-shape.ts
      const shown = v.ruleId === null ? null : shownValue(field, v.raw);
      const described = v.ruleId !== null && shown === null && v.raw.trim() !== '' && (v.value === null || !field.personal) ? ` (${describeValue(v.raw)})` : '';
      v.message === null ? app.appendNull() : app.appendVarchar(v.message + described);
      app.appendBoolean(isError && field.required);
      app.appendBoolean(isError);
      shown === null ? app.appendNull() : app.appendVarchar(shown);
      app.endRow();
    }
    app.closeSync();
    lap('verdict maps');
    const on = `${m}.raw = coalesce(r.${c}, '')` + (field.yearDependent ? ` AND ${m}.y IS NOT DISTINCT FROM TRY_CAST(r._year AS INTEGER)` : '');
    joins.push(`LEFT JOIN ${m} ON ${on}`);
    selects.push(`CASE WHEN ${m}.raw IS NULL THEN nullif(r.${c}, '') ELSE ${m}.val END AS ${c}`);
    rejectConds.push(`coalesce(${m}.blocking, false)`);
    const valueExpr = field.personal ? 'NULL' : `${m}.shown`;
    const suffix = `CASE WHEN ${m}.severe AND NOT ${m}.blocking THEN ' (optional field: treated as blank)' WHEN ${m}.blocking THEN ' (row not used)' ELSE '' END`;
    await db.con.run(`INSERT INTO cellfind_${spec.name} SELECT r._file, r._line, r._path, '${col}', ${valueExpr}, ${m}.rule, ${m}.message || ${suffix}, ${m}.blocking
      FROM ${raw} r JOIN ${m} ON ${on} WHERE ${m}.rule IS NOT NULL`);
    lap('finding scans');
  }
  const reject = rejectConds.length ? rejectConds.join(' OR ') : 'false';
  await db.con.run(`CREATE OR REPLACE TABLE p_${spec.name} AS SELECT r._file, r._line, r._path, r._la AS _la, TRY_CAST(r._year AS INTEGER) AS _year, ${selects.join(', ')}, (${reject}) AS _reject
    FROM ${raw} r ${joins.join(' ')}`);
  lap('parsed table');
}
