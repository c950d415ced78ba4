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

export function buildDesignMatrix(rows: readonly FactorRow[], spec: ModelSpec): DesignMatrix {
  const factors = resolveFactors(spec);
  const n = rows.length;
  // Read each variable once, column by column (a tight loop per factor), then mark missing ones.
  const keep = new Uint8Array(n).fill(1);
  const missing: MissingCount[] = [];
  const countMissing = (variable: string, isMissing: (i: number) => boolean): void => {
    let pupils = 0;
    for (let i = 0; i < n; i++)
      if (isMissing(i)) {
        pupils++;
        keep[i] = 0;
      }
    missing.push({ variable, pupils });
  };
  const outcome = new Float64Array(n);
  for (let i = 0; i < n; i++) outcome[i] = rows[i]![spec.outcome] ?? Number.NaN;
  countMissing(spec.outcome, (i) => !Number.isFinite(outcome[i]!));
  const numericValues = new Map<string, Float64Array>();
  const levelCodes = new Map<string, { codes: Int32Array; levels: string[] }>();
  for (const factor of factors) {
    if (factor.kind === 'numeric') {
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) values[i] = factor.read(rows[i]!) ?? Number.NaN;
      numericValues.set(factor.name, values);
      countMissing(factor.name, (i) => !Number.isFinite(values[i]!));
    } else {
      const { codes, labels } = encodeLabels(rows, (row) => factor.read(row));
      levelCodes.set(factor.name, { codes, levels: labels });
      countMissing(factor.name, (i) => codes[i] === -1);
    }
  }
  const clusters = encodeLabels(rows, (row) => clusterIdOf(row, spec.clusterBy) || null);
  countMissing(clusterVariableName(spec.clusterBy), (i) => clusters.codes[i] === -1);
  let kept = 0;
  for (let i = 0; i < n; i++) kept += keep[i]!;

  const notes: string[] = [];
  const referenceLevels: Record<string, string> = {};
  const terms: DesignTerm[] = [{ name: interceptTerm, factor: null, level: null }];
  /** Per categorical factor: design column of each level code (−1 for the reference or unused). */
  const columnOfCode = new Map<string, Int32Array>();
  const numericColumn = new Map<string, number>();
  for (const factor of factors) {
    if (factor.kind === 'numeric') {
      numericColumn.set(factor.name, terms.length);
      terms.push({ name: factor.name, factor: factor.name, level: null });
      continue;
    }
    const { codes, levels: allLevels } = levelCodes.get(factor.name)!;
    const used = new Uint8Array(allLevels.length);
    for (let i = 0; i < n; i++) if (keep[i] === 1) used[codes[i]!] = 1;
    const levels = allLevels.filter((_, code) => used[code] === 1).sort(compareLevels);
    const requested = spec.referenceLevels[factor.name] ?? factor.defaultReference;
    const reference = requested === 'earliest' ? (levels[0] ?? '') : requested;
    referenceLevels[factor.name] = reference;
    if (levels.length > 0 && !levels.includes(reference))
      notes.push(`Reference level '${reference}' of ${factor.name} has no pupils in the sample; its levels cannot all be told apart from the intercept.`);
    const columnsOfCodes = new Int32Array(allLevels.length).fill(-1);
    for (const level of levels) {
      if (level === reference) continue;
      columnsOfCodes[allLevels.indexOf(level)] = terms.length;
      terms.push({ name: `${factor.name}=${level}`, factor: factor.name, level });
    }
    columnOfCode.set(factor.name, columnsOfCodes);
  }

  const columns = terms.length;
  const x = new Float64Array(kept * columns);
  const y = new Float64Array(kept);
  const usedClusters = new Uint8Array(clusters.labels.length);
  for (let i = 0; i < n; i++) if (keep[i] === 1) usedClusters[clusters.codes[i]!] = 1;
  const clusterLabels = clusters.labels.filter((_, code) => usedClusters[code] === 1).sort(compareLevels);
  const clusterOfCode = new Int32Array(clusters.labels.length).fill(-1);
  clusterLabels.forEach((label, index) => (clusterOfCode[clusters.labels.indexOf(label)] = index));
  const clusterIndex = new Int32Array(kept);
  const keptRows = new Int32Array(kept);
  for (let i = 0, r = 0; i < n; i++) if (keep[i] === 1) keptRows[r++] = i;
  for (let r = 0; r < kept; r++) {
    const i = keptRows[r]!;
    x[r * columns] = 1;
    y[r] = outcome[i]!;
    clusterIndex[r] = clusterOfCode[clusters.codes[i]!]!;
  }
  for (const [name, column] of numericColumn) {
    const values = numericValues.get(name)!;
    for (let r = 0; r < kept; r++) x[r * columns + column] = values[keptRows[r]!]!;
  }
  for (const [name, columnsOfCodes] of columnOfCode) {
    const codes = levelCodes.get(name)!.codes;
    for (let r = 0; r < kept; r++) {
      const column = columnsOfCodes[codes[keptRows[r]!]!]!;
      if (column >= 0) x[r * columns + column] = 1;
    }
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
    pupilsGiven: n,
    missing,
    referenceLevels,
    notes,
  };
}

/** Codes each row's label by first appearance (−1 when missing or empty), with the labels seen. */
function encodeLabels(rows: readonly FactorRow[], read: (row: FactorRow) => string | null): { codes: Int32Array; labels: string[] } {
  const codes = new Int32Array(rows.length);
  const lookup = new Map<string, number>();
  const labels: string[] = [];
  let last: string | null = null;
  let lastCode = -1;
  for (let i = 0; i < rows.length; i++) {
    const label = read(rows[i]!);
    if (label === null || label === '') {
      codes[i] = -1;
      continue;
    }
    if (label !== last) {
      let code = lookup.get(label);
      if (code === undefined) {
        code = labels.length;
        lookup.set(label, code);
        labels.push(label);
      }
      last = label;
      lastCode = code;
    }
    codes[i] = lastCode;
  }
  return { codes, labels };
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
