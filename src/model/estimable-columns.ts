/**
 * Which design columns a model can estimate: constant columns are dropped first (named by their
 * single value), then exact collinearities (collinearity.ts). Every dropped term keeps its reason.
 */
import type { DesignMatrix } from './design.js';
import { findEstimableColumns } from './collinearity.js';
import { selectSubmatrix } from './symmetric-matrix.js';

export interface ColumnChoice {
  /** Indices into the design columns, in design order. */
  kept: number[];
  dropped: Map<number, string>;
}

export function chooseEstimableColumns(design: DesignMatrix, xtx: Float64Array): ColumnChoice {
  const dropped = new Map<number, string>(design.constantColumns.map((c) => [c.index, c.reason]));
  const candidates: number[] = [];
  for (let j = 0; j < design.columns; j++) if (!dropped.has(j)) candidates.push(j);
  const names = candidates.map((j) => design.terms[j]!.name);
  const check = findEstimableColumns(selectSubmatrix(xtx, design.columns, candidates), names);
  for (const d of check.dropped) dropped.set(candidates[d.index]!, d.reason);
  return { kept: check.kept.map((a) => candidates[a]!), dropped };
}
