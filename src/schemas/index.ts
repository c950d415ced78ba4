/** Every input table the tool recognises. */
import { TABLES_903 } from './tables-903.js';
import { PUPIL_TABLES } from './tables-pupil.js';
import { LOCAL_TABLES } from './tables-local.js';
import type { TableSpec } from './table.js';

export const ALL_TABLES: TableSpec[] = [...TABLES_903, ...PUPIL_TABLES, ...LOCAL_TABLES];
export const TABLE_BY_NAME = new Map(ALL_TABLES.map((t) => [t.name, t]));
export function tableSpec(name: string): TableSpec {
  const t = TABLE_BY_NAME.get(name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}
export type { TableSpec } from './table.js';
