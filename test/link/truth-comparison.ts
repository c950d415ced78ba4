/**
 * Compares the tool's factor table (DuckDB table `factors`) with the generator's truth file, row by
 * row on (pupil_key, ks4_year, la) and column by column, and reports only counts (never an id).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { type Db, queryRows } from '../../src/io/duck.js';
import type { FactorRow } from '../../src/link/factor-row.js';

/** The truth columns compared (every FactorRow column but the key and p8, which the truth leaves blank). */
export const COMPARED_COLUMNS = ['cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry', 'periods_of_care',
  'placement_changes_after_11', 'placements_in_year', 'placement_group_y11', 'not_foster_y11', 'school_change_y10_y11',
  'unauthorised_absence_pct', 'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'sen_y11', 'school_type_y11',
  'ks2_emss', 'att8', 'sex', 'ethnic_group', 'school_la', 'school_urn'] as const satisfies readonly (keyof FactorRow)[];
export type ComparedColumn = (typeof COMPARED_COLUMNS)[number];

const NUMERIC = new Set<ComparedColumn>(['cla_12m', 'cla_31mar', 'ever_cla', 'days_in_care', 'age_at_entry', 'periods_of_care',
  'placement_changes_after_11', 'placements_in_year', 'not_foster_y11', 'school_change_y10_y11', 'unauthorised_absence_pct',
  'overall_absence_pct', 'suspension_days', 'permanently_excluded', 'ks2_emss', 'att8']);

/** Absolute tolerance of numeric columns (the percentages are ratios of whole sessions). */
export const TOLERANCE = 1e-9;

/** A cell as text: '' for null (the truth file writes null as an empty cell). */
export type Cells = Record<string, string>;

export function readTruth(path: string): Cells[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as Cells[];
}

export async function readFactors(db: Db): Promise<Cells[]> {
  const cols = ['pupil_key', 'ks4_year', 'la', ...COMPARED_COLUMNS];
  const rows = await queryRows<Record<string, unknown>>(db, `SELECT ${cols.map((c) => `CAST(${c} AS VARCHAR) AS ${c}`).join(', ')} FROM factors`);
  return rows.map((r) => Object.fromEntries(cols.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])])));
}

export const rowKey = (r: Cells) => `${r.pupil_key}|${r.ks4_year}|${r.la}`;

/**
 * Digits after the decimal point of a truth cell. The generator writes numbers with at most 6
 * decimals (src/synth/truth.ts `truthCell`); a tool value is rounded the same way before comparing
 * with such a cell, and compared unrounded with a cell of more decimals.
 */
function decimals(cell: string): number {
  const m = /\.(\d+)$/.exec(cell);
  return m ? m[1]!.length : 0;
}

export function cellsAgree(column: ComparedColumn, tool: string, truth: string): boolean {
  if (tool === '' || truth === '') return tool === truth;
  if (!NUMERIC.has(column)) return tool === truth;
  const t = Number(tool);
  const g = Number(truth);
  if (!Number.isFinite(t) || !Number.isFinite(g)) return false;
  const comparable = decimals(truth) > 6 ? t : Math.round(t * 1e6) / 1e6;
  return Math.abs(comparable - g) <= TOLERANCE;
}

export interface Comparison {
  truthRows: number;
  toolRows: number;
  /** Rows of the truth with no tool row of the same (pupil_key, ks4_year, la), and the reverse. */
  missingFromTool: number;
  extraInTool: number;
  /** Of the missing rows: those whose pupil and year the tool has under another `la` (e.g. linked on one side only). */
  missingButPupilYearPresent: number;
  duplicateKeys: { truth: number; tool: number };
  /** Per compared column: rows (present on both sides) whose values differ. */
  mismatches: Record<ComparedColumn, number>;
}

export function compareWithTruth(tool: Cells[], truth: Cells[]): Comparison {
  const index = (rows: Cells[]) => {
    const map = new Map<string, Cells>();
    let duplicates = 0;
    for (const r of rows) {
      const k = rowKey(r);
      if (map.has(k)) duplicates++;
      else map.set(k, r);
    }
    return { map, duplicates };
  };
  const t = index(tool);
  const g = index(truth);
  const mismatches = Object.fromEntries(COMPARED_COLUMNS.map((c) => [c, 0])) as Record<ComparedColumn, number>;
  let missingFromTool = 0;
  let missingButPupilYearPresent = 0;
  const toolPupilYears = new Set(tool.map((r) => `${r.pupil_key}|${r.ks4_year}`));
  for (const [k, truthRow] of g.map) {
    const toolRow = t.map.get(k);
    if (!toolRow) {
      missingFromTool++;
      if (toolPupilYears.has(`${truthRow.pupil_key}|${truthRow.ks4_year}`)) missingButPupilYearPresent++;
      continue;
    }
    for (const c of COMPARED_COLUMNS) if (!cellsAgree(c, toolRow[c] ?? '', truthRow[c] ?? '')) mismatches[c]++;
  }
  let extraInTool = 0;
  for (const k of t.map.keys()) if (!g.map.has(k)) extraInTool++;
  return { truthRows: truth.length, toolRows: tool.length, missingFromTool, extraInTool, missingButPupilYearPresent,
    duplicateKeys: { truth: g.duplicates, tool: t.duplicates }, mismatches };
}

/** A table of counts for a failure message: no pupil key, child id or date appears in it. */
export function formatComparison(label: string, c: Comparison): string {
  const lines = [`${label}: ${c.truthRows} truth rows, ${c.toolRows} tool rows; rows keyed (pupil_key, ks4_year, la) missing from tool `
    + `${c.missingFromTool} (of which the tool has the pupil and year under another la: ${c.missingButPupilYearPresent}), extra in tool `
    + `${c.extraInTool}, duplicate keys truth ${c.duplicateKeys.truth} / tool ${c.duplicateKeys.tool}`, 'column                        mismatches'];
  for (const col of COMPARED_COLUMNS) lines.push(`${col.padEnd(30)}${String(c.mismatches[col]).padStart(10)}`);
  return lines.join('\n');
}

export function totalDifferences(c: Comparison): number {
  return c.missingFromTool + c.extraInTool + c.duplicateKeys.tool + c.duplicateKeys.truth
    + Object.values(c.mismatches).reduce((a, b) => a + b, 0);
}
