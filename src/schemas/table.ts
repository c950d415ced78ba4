/** A table definition: its columns (in export order), how a header is recognised, and its zod row schema. */
import { z } from 'zod';
import type { CellContext, FieldSpec } from './fields.js';

/** '903' returns, 'pupil' NPD-style files, 'local' figures the LA adds (tables-local.ts). */
export type TableFamily = '903' | 'pupil' | 'local';

export interface TableSpec {
  name: string;
  family: TableFamily;
  title: string;
  /** Columns in export order, by canonical (upper-case) name. */
  columns: Record<string, FieldSpec>;
  /** Columns whose presence in a header identifies the table (all must be present). */
  signature: string[];
  /** Prefix allowed on pupil-file headers (e.g. KS4_), stripped before matching. */
  prefix?: string;
  /** First return year the table exists in (SWEpisodes: 2024). */
  fromYear?: number;
}

/** The zod schema of a whole row for a given year: every column's parser. */
export function rowSchema(spec: TableSpec, ctx: CellContext) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(spec.columns)) shape[name] = field.schema(ctx);
  return z.object(shape);
}
