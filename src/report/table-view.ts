/**
 * Lays a report table out as a grid of cells (headers + rows), the same for md, html and xlsx, so
 * the three agree column for column. Each cell keeps its display text and, for figures, the number
 * with its decimals so xlsx can write a real number with a number format.
 */
import type { GssSymbol, MeasureRow, MeasureUnit } from '../measures/row.js';
import type { GenericTable, MeasureColumns, MeasureTable, ReportTable } from './document.js';
import { isGenericTable } from './document.js';
import {
  DISPLAY_DECIMALS,
  formatCount,
  formatNumber,
  formatGap,
  formatGenericCell,
  formatInterval,
  formatValue,
  roundTo,
} from './format.js';
import { measureTitle } from '../measures/registry.js';
import { cohortLabel, valueLabel } from './breakdown-labels.js';
import { BREAKDOWN_ALL, BREAKDOWN_LABELS, COLUMN, SCOPE_LABELS, SCOPE_ORDER, TABLE_TEXT } from './messages.js';
import { normaliseRow } from './normalise.js';
import { benchmarkNotApplicable } from './la-comparisons.js';

export interface ViewCell {
  text: string;
  /** The figure behind `text`, rounded to `decimals`; null for text and symbols. */
  number: number | null;
  decimals: number;
  percent: boolean;
}

export interface TableView {
  id: string;
  title: string;
  caption: string | null;
  headers: string[];
  /** Per column: true when it holds figures (right-aligned, numeric in xlsx). */
  numeric: boolean[];
  /** Per column: true when some cell holds a sentence (html gives it a minimum width). */
  long: boolean[];
  rows: ViewCell[][];
  symbols: Set<GssSymbol>;
}

const text = (t: string): ViewCell => ({ text: t, number: null, decimals: 0, percent: false });

function figure(t: string, n: number | null, decimals: number, percent: boolean): ViewCell {
  const isNumber = n !== null && Number.isFinite(n) && !/^[cxz]$/.test(t);
  return { text: t, number: isNumber ? roundTo(n, decimals) : null, decimals, percent: isNumber && percent };
}

export function breakdownLabel(b: Record<string, string> | null): string {
  if (!b) return BREAKDOWN_ALL;
  const keys = Object.keys(b).sort();
  return keys.length === 0 ? BREAKDOWN_ALL : keys.map((k) => `${dimensionLabel(k)}: ${valueLabel(k, b[k]!)}`).join(', ');
}

export function dimensionLabel(key: string): string {
  const known = BREAKDOWN_LABELS[key];
  if (known) return known;
  const spaced = key.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A benchmark scope's label. The `*_cla_12m` scopes hold each measure's published figure on its own
 * population, which for the OC3 measures is care leavers, not children looked after: a column or
 * series over care-leaver rows only says so ("England care leavers"), not "England CLA".
 */
export function scopeLabel(scope: string): string {
  return SCOPE_LABELS[scope] ?? scope;
}
export function scopeLabelFor(scope: string, rows: readonly Pick<MeasureRow, 'cohort'>[]): string {
  const label = scopeLabel(scope);
  return rows.length > 0 && rows.every((r) => r.cohort === 'care_leavers') ? label.replace(/\bCLA\b/, 'care leavers') : label;
}

/** Scopes present in the rows, known ones in SCOPE_ORDER, unknown ones after them by name. */
export function scopesOf(rows: readonly MeasureRow[]): string[] {
  const present = new Set(rows.flatMap((r) => r.benchmarks.map((b) => b.scope)));
  const known = SCOPE_ORDER.filter((s) => present.has(s));
  const unknown = [...present].filter((s) => !SCOPE_ORDER.includes(s)).sort();
  return [...known, ...unknown];
}

interface ResolvedColumns {
  measure: boolean;
  la: boolean;
  cohort: boolean;
  breakdown: boolean;
  year: boolean;
  counts: boolean;
  ci: boolean;
  note: boolean;
  benchmarks: string[];
  gaps: boolean;
  combined: boolean;
  collapseSuppressed: boolean;
  showCounts: boolean;
}

export function resolveColumns(rows: readonly MeasureRow[], c: MeasureColumns = {}): ResolvedColumns {
  return {
    measure: c.measure ?? true,
    la: c.la ?? new Set(rows.map((r) => r.la)).size > 1,
    cohort: c.cohort ?? new Set(rows.map((r) => r.cohort)).size > 1,
    breakdown: c.breakdown ?? rows.some((r) => r.breakdown !== null),
    year: c.year ?? new Set(rows.map((r) => r.year)).size > 1,
    counts: c.counts ?? rows.some((r) => r.unit !== 'count'),
    ci: c.ci ?? rows.some((r) => r.ci !== null),
    note: c.note ?? rows.some((r) => r.note !== null && r.note !== ''),
    benchmarks: c.benchmarks ?? scopesOf(rows),
    gaps: c.gaps ?? true,
    combined: c.combined ?? false,
    collapseSuppressed: c.collapseSuppressed ?? false,
    showCounts: c.showCounts ?? true,
  };
}

function countCell(n: number | null, symbol: GssSymbol | null): ViewCell {
  const t = formatCount(n, symbol);
  return figure(t, n, n !== null && Number.isInteger(n) ? 0 : 2, false);
}

/** "12 of 13, 92.3%", "79 (39.9%)" or the value alone (see MeasureColumns.combined). */
export function combinedValue(r: MeasureRow, showCounts: boolean): string {
  const v = formatValue(r.value, r.unit, r.symbol);
  if (r.symbol !== null || r.value === null) return v;
  if (r.unit === 'percent' && showCounts && r.numerator !== null && r.denominator !== null && Number.isInteger(r.numerator) && !SESSION_MEASURES.has(r.id))
    return `${formatNumber(r.numerator, 0)} of ${formatNumber(r.denominator, 0)}, ${v}`;
  if (r.unit === 'count' && r.breakdown !== null && r.denominator !== null && r.denominator > 0)
    return `${v} (${formatNumber((100 * r.value) / r.denominator, 1)}%)`;
  return v;
}

/** Percentages of sessions, not of children: their counts are sessions, so never "n of d". */
const SESSION_MEASURES = new Set(['absence_overall', 'absence_unauthorised']);

/** Replaces each measure's suppressed breakdown rows by one line, after the measure's shown rows, saying how many were withheld. */
function collapse(rows: MeasureRow[]): (MeasureRow | { collapsed: MeasureRow[] })[] {
  const out: (MeasureRow | { collapsed: MeasureRow[] })[] = [];
  let pending: MeasureRow[] = [];
  const flush = () => {
    if (pending.length > 0) out.push({ collapsed: pending });
    pending = [];
  };
  for (const r of rows) {
    if (pending.length > 0 && pending[0]!.id !== r.id) flush();
    if (r.breakdown !== null && r.symbol === 'c') pending.push(r);
    else out.push(r);
  }
  flush();
  return out;
}

/**
 * The line of a measure's withheld breakdown rows: "Placement: 3 groups withheld (c)" when they are of
 * one breakdown (labelled as its shown rows are), else "3 groups withheld (c): 2 by legal status, 1 by
 * placement" (how many in each breakdown, in table order).
 */
function withheldLine(rows: readonly MeasureRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const dim = Object.keys(r.breakdown ?? {}).sort().map(dimensionLabel).join(' and ');
    counts.set(dim, (counts.get(dim) ?? 0) + 1);
  }
  const [only] = counts;
  if (counts.size === 1 && only![0]) return TABLE_TEXT.withheldOf(only![0], only![1]);
  return TABLE_TEXT.withheld(rows.length, [...counts].map(([dim, n]) => TABLE_TEXT.byDimension(n, dim)));
}

function measureView(t: MeasureTable): TableView {
  const rows = t.rows.map(normaliseRow);
  const col = resolveColumns(rows, t.columns);
  const headers: string[] = [];
  const numeric: boolean[] = [];
  const add = (h: string, isNum: boolean) => {
    headers.push(h);
    numeric.push(isNum);
  };
  if (col.la) add(COLUMN.la, false);
  if (col.measure) add(COLUMN.measure, false);
  if (col.cohort) add(COLUMN.cohort, false);
  if (col.breakdown) add(COLUMN.breakdown, false);
  if (col.year) add(COLUMN.year, false);
  if (col.counts) {
    add(COLUMN.numerator, true);
    add(COLUMN.denominator, true);
  }
  add(COLUMN.value, true);
  if (col.ci) add(COLUMN.ci, false);
  for (const s of col.benchmarks) {
    add(scopeLabelFor(s, rows), true);
    if (col.gaps) add(COLUMN.gapOf(scopeLabelFor(s, rows)), true);
  }
  if (col.note) add(COLUMN.note, false);

  const symbols = new Set<GssSymbol>();
  const items = col.collapseSuppressed ? collapse(rows) : rows;
  const body = items.map((item) => {
    const cells: ViewCell[] = [];
    if ('collapsed' in item) {
      const first = item.collapsed[0]!;
      symbols.add('c');
      for (const h of headers) {
        if (h === COLUMN.measure) cells.push(text(measureTitle(first.id)));
        else if (h === COLUMN.la) cells.push(text(first.la));
        else if (h === COLUMN.cohort) cells.push(text(cohortLabel(first.cohort)));
        else if (h === COLUMN.year) cells.push(text(first.year));
        else if (h === COLUMN.breakdown) cells.push(text(withheldLine(item.collapsed)));
        else if (h === COLUMN.note) cells.push(text(''));
        else cells.push(figure('c', null, 0, false));
      }
      return cells;
    }
    const r = item;
    const unit: MeasureUnit = r.unit;
    const d = DISPLAY_DECIMALS[unit];
    if (r.symbol) symbols.add(r.symbol);
    if (col.la) cells.push(text(r.la));
    if (col.measure) cells.push(text(measureTitle(r.id)));
    if (col.cohort) cells.push(text(cohortLabel(r.cohort)));
    if (col.breakdown) cells.push(text(breakdownLabel(r.breakdown)));
    if (col.year) cells.push(text(r.year));
    if (col.counts) {
      // A count row has no numerator or denominator: `z`. A row with a symbol shows the symbol.
      const countSym = (n: number | null) => r.symbol ?? (r.unit === 'count' && n === null ? 'z' : null);
      cells.push(countCell(r.numerator, countSym(r.numerator)));
      cells.push(countCell(r.denominator, countSym(r.denominator)));
    }
    cells.push(figure(col.combined ? combinedValue(r, col.showCounts) : formatValue(r.value, unit, r.symbol), r.value, d, unit === 'percent'));
    if (col.ci) cells.push(text(formatInterval(r.ci, unit, r.symbol)));
    for (const s of col.benchmarks) {
      const b = r.benchmarks.find((x) => x.scope === s && x.year === r.year);
      // the LA's own comparison columns exist only for pupil-file measures that are not counts, and a count
      // compares with its own published count only: elsewhere `z` (not applicable), not `x` (not available)
      const none: GssSymbol = benchmarkNotApplicable(r, s) ? 'z' : 'x';
      const bt = b ? formatValue(b.value, unit, b.symbol) : none;
      if (b?.symbol) symbols.add(b.symbol);
      if (!b) symbols.add(none);
      cells.push(figure(bt, b?.value ?? null, d, unit === 'percent'));
      if (col.gaps) {
        const g = r.symbol ? null : (b?.gap ?? null);
        cells.push(figure(r.symbol ?? formatGap(g, unit), g, d, false));
      }
    }
    if (col.note) cells.push(text(r.note ?? ''));
    for (const c of cells) if (/^[cxz]$/.test(c.text)) symbols.add(c.text as GssSymbol);
    return cells;
  });
  return { id: t.id, title: t.title, caption: t.caption ?? null, headers, numeric, long: longColumns(headers, body), rows: body, symbols };
}

function decimalsOf(t: GenericTable, j: number): number {
  const d = t.decimals;
  if (d === undefined) return 2;
  return typeof d === 'number' ? d : (d[j] ?? 2);
}

function genericView(t: GenericTable): TableView {
  const symbols = new Set<GssSymbol>();
  const numeric = t.headers.map((_, j) => t.numericColumns?.[j] ?? t.rows.some((r) => typeof r[j] === 'number'));
  const rows = t.rows.map((r) =>
    t.headers.map((_, j) => {
      const v = r[j] ?? null;
      const decimals = decimalsOf(t, j);
      const s = formatGenericCell(v, decimals);
      if (v === null) symbols.add('x');
      if (typeof v === 'number' && Number.isFinite(v) && !s.startsWith('<') && !s.startsWith('>'))
        return figure(s, v, Number.isInteger(v) ? 0 : decimals, false);
      if (typeof v === 'number') symbols.add('x');
      if (/^[cxz]$/.test(s)) symbols.add(s as GssSymbol);
      return text(s);
    }),
  );
  return { id: t.id, title: t.title, caption: t.caption ?? null, headers: [...t.headers], numeric, long: longColumns(t.headers, rows), rows, symbols };
}

const LONG_TEXT = 40;

function longColumns(headers: readonly string[], rows: ViewCell[][]): boolean[] {
  return headers.map((_, j) => rows.some((r) => (r[j]?.text.length ?? 0) > LONG_TEXT));
}

export function tableView(t: ReportTable): TableView {
  return isGenericTable(t) ? genericView(t) : measureView(t);
}
