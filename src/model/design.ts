/**
 * Builds the design matrix of a model from the per-pupil factor table: X (row-major Float64Array,
 * intercept first), the outcome y, the term names and the cluster of each pupil.
 *
 * Listwise deletion: a pupil missing the outcome, any factor or the cluster id is left out, and
 * counted once under every variable it is missing (so the counts can add up to more than the pupils
 * dropped). A column that is the same for every pupil kept is marked constant, with its value.
 */
import type { FactorRow } from '../link/factor-row.js';
import { UsageError } from '../errors.js';
import { factorRegistry, type Factor } from './factors.js';
import type { ModelSpec } from './model-spec.js';

export const interceptTerm = 'intercept';

export interface DesignTerm {
  name: string;
  /** Factor the term comes from (null for the intercept). */
  factor: string | null;
  /** Level, for a categorical factor's term. */
  level: string | null;
}

export interface MissingCount {
  variable: string;
  pupils: number;
}

export interface DesignMatrix {
  spec: ModelSpec;
  /** Pupils kept (rows of X). */
  rows: number;
  /** Columns of X, the intercept included. */
  columns: number;
  x: Float64Array;
  y: Float64Array;
  terms: DesignTerm[];
  /** Cluster of each kept pupil, as an index into clusterLabels (sorted). */
  clusterIndex: Int32Array;
  clusterLabels: string[];
  /** Columns with one value for every pupil kept: they cannot be estimated. */
  constantColumns: { index: number; reason: string }[];
  pupilsGiven: number;
  missing: MissingCount[];
  /** Reference level used for each categorical factor. */
  referenceLevels: Record<string, string>;
  notes: string[];
}

/** Reads the cluster id a pupil is clustered by. */
export function clusterIdOf(row: FactorRow, clusterBy: ModelSpec['clusterBy']): string | null {
  return clusterBy === 'school' ? row.school_urn : (row.la ?? row.school_la);
}

export function clusterVariableName(clusterBy: ModelSpec['clusterBy']): string {
  return clusterBy === 'school' ? 'school_urn' : 'la (else school_la)';
}

/** The factors of a spec, or a UsageError naming the unknown ones. */
export function resolveFactors(spec: ModelSpec): Factor[] {
  const unknown = spec.factors.filter((name) => factorRegistry[name] === undefined);
  if (unknown.length > 0)
    throw new UsageError(
      `Unknown model factor(s): ${unknown.join(', ')}.`,
      `Use factors from: ${Object.keys(factorRegistry).join(', ')}.`,
    );
  return spec.factors.map((name) => factorRegistry[name]!);
}

const isPresent = (value: number | string | null): boolean => value !== null && (typeof value === 'string' || Number.isFinite(value));

export function buildDesignMatrix(rows: readonly FactorRow[], spec: ModelSpec): DesignMatrix {
  const factors = resolveFactors(spec);
  const readOutcome = (row: FactorRow): number | null => row[spec.outcome];
  const missingByVariable = new Map<string, number>([[spec.outcome, 0], ...factors.map((f) => [f.name, 0] as const), [clusterVariableName(spec.clusterBy), 0]]);
  const keep = new Uint8Array(rows.length);
  const levelsSeen = new Map<string, Set<string>>(factors.filter((f) => f.kind === 'categorical').map((f) => [f.name, new Set<string>()]));
  const clusterSet = new Set<string>();
  let kept = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    let complete = true;
    const markMissing = (variable: string): void => {
      complete = false;
      missingByVariable.set(variable, missingByVariable.get(variable)! + 1);
    };
    if (!isPresent(readOutcome(row))) markMissing(spec.outcome);
    for (const factor of factors) if (!isPresent(factor.read(row))) markMissing(factor.name);
    const cluster = clusterIdOf(row, spec.clusterBy);
    if (cluster === null || cluster === '') markMissing(clusterVariableName(spec.clusterBy));
    if (!complete) continue;
    keep[i] = 1;
    kept++;
    clusterSet.add(cluster!);
    for (const factor of factors) if (factor.kind === 'categorical') levelsSeen.get(factor.name)!.add(factor.read(row)!);
  }

  const notes: string[] = [];
  const referenceLevels: Record<string, string> = {};
  const terms: DesignTerm[] = [{ name: interceptTerm, factor: null, level: null }];
  const levelColumn = new Map<string, Map<string, number>>();
  const numericColumn = new Map<string, number>();
  for (const factor of factors) {
    if (factor.kind === 'numeric') {
      numericColumn.set(factor.name, terms.length);
      terms.push({ name: factor.name, factor: factor.name, level: null });
      continue;
    }
    const levels = [...levelsSeen.get(factor.name)!].sort(compareLevels);
    const requested = spec.referenceLevels[factor.name] ?? factor.defaultReference;
    const reference = requested === 'earliest' ? (levels[0] ?? '') : requested;
    referenceLevels[factor.name] = reference;
    if (levels.length > 0 && !levels.includes(reference))
      notes.push(`Reference level '${reference}' of ${factor.name} has no pupils in the sample; its levels cannot all be told apart from the intercept.`);
    const columnsOfLevels = new Map<string, number>();
    for (const level of levels) {
      if (level === reference) continue;
      columnsOfLevels.set(level, terms.length);
      terms.push({ name: `${factor.name}=${level}`, factor: factor.name, level });
    }
    levelColumn.set(factor.name, columnsOfLevels);
  }

  const columns = terms.length;
  const x = new Float64Array(kept * columns);
  const y = new Float64Array(kept);
  const clusterLabels = [...clusterSet].sort(compareLevels);
  const clusterLookup = new Map(clusterLabels.map((label, index) => [label, index]));
  const clusterIndex = new Int32Array(kept);
  let r = 0;
  for (let i = 0; i < rows.length; i++) {
    if (keep[i] === 0) continue;
    const row = rows[i]!;
    const offset = r * columns;
    x[offset] = 1;
    for (const factor of factors) {
      if (factor.kind === 'numeric') x[offset + numericColumn.get(factor.name)!] = factor.read(row)!;
      else {
        const column = levelColumn.get(factor.name)!.get(factor.read(row)!);
        if (column !== undefined) x[offset + column] = 1;
      }
    }
    y[r] = readOutcome(row)!;
    clusterIndex[r] = clusterLookup.get(clusterIdOf(row, spec.clusterBy)!)!;
    r++;
  }

  return {
    spec,
    rows: kept,
    columns,
    x,
    y,
    terms,
    clusterIndex,
    clusterLabels,
    constantColumns: findConstantColumns(x, kept, columns, terms),
    pupilsGiven: rows.length,
    missing: [...missingByVariable].map(([variable, pupils]) => ({ variable, pupils })),
    referenceLevels,
    notes,
  };
}

/** Columns other than the intercept whose value is the same for every row. */
function findConstantColumns(x: Float64Array, rows: number, columns: number, terms: DesignTerm[]): { index: number; reason: string }[] {
  const constant: { index: number; reason: string }[] = [];
  for (let j = 1; j < columns; j++) {
    const first = rows > 0 ? x[j]! : 0;
    let same = true;
    for (let i = 1; i < rows && same; i++) same = x[i * columns + j] === first;
    if (!same) continue;
    const term = terms[j]!;
    const reason = term.level !== null ? `every pupil in the sample has ${term.factor} = ${term.level}` : `every pupil in the sample has ${term.name} = ${first}`;
    constant.push({ index: j, reason: `constant: ${reason}` });
  }
  return constant;
}

/** Deterministic order for levels and cluster ids: by UTF-16 code unit (locale-independent). */
function compareLevels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
