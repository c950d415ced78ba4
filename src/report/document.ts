/**
 * The report document: what every renderer (md, csv, json, xlsx, html) takes. Built by the caller
 * (see build-document.ts for the standard annual-report layout), already suppressed (suppress.ts).
 * Renderers never reorder rows: the order here is the order in every output.
 */
import type { MeasureRow } from '../measures/row.js';
import type { SettingsRecord } from '../settings.js';

export interface ReportDocument {
  title: string;
  la: string;
  laName: string | null;
  year: string;
  cohort: string;
  /** The threshold that `suppress` was run with (0 = off); printed in every format. */
  suppressionThreshold: number;
  /**
   * Who the report is for (suppress.ts): `public` (the default, fit to publish) or `board` (totals
   * with small counts shown; every page says "not for publication"). Printed in every format.
   */
  audience?: 'public' | 'board';
  /** Every setting the run used (src/settings.ts), printed in the notes of every format; absent for hand-built documents. */
  settings?: SettingsRecord;
  toolVersion: string;
  sections: ReportSection[];
  /**
   * The folder's local figures (local-figures.ts), already suppressed, in the order the "Local
   * figures" section shows them: the CSV writes them to their own file, the JSON appends them to its
   * rows with their title and source (the section's table carries them into md, html, pdf and xlsx).
   */
  localFigures?: ShownLocalFigure[];
}

/**
 * A local figure as every output shows it: its row suppressed under the run's threshold (the same
 * `suppress` as every measure row; id `local_<measure in snake case>`, cohort `local`), with the
 * MEASURE text of the local figures file as its title and the SOURCE it names.
 */
export interface ShownLocalFigure {
  row: MeasureRow;
  title: string;
  source: string;
}

export interface ReportSection {
  id: string;
  title: string;
  intro?: string;
  notes?: string[];
  tables: ReportTable[];
  /** Plain sentences shown as a list after the tables (the key messages). */
  bullets?: string[];
  /** Part of the appendix (detail tables), after the narrative sections. */
  appendix?: boolean;
  charts?: ChartSpec[];
}

export type ReportTable = MeasureTable | GenericTable;

/** A table of measure rows, each beside its benchmarks and gaps. */
export interface MeasureTable {
  kind?: 'measures';
  id: string;
  title: string;
  /**
   * The table's spreadsheet sheet name, given where the table is defined: at most 31 characters,
   * none of \\ / ? * [ ] : (write 2023/24 as 2023-24), unique within its document. The XLSX writer uses it as it is.
   */
  sheet: string;
  caption?: string;
  rows: MeasureRow[];
  columns?: MeasureColumns;
}

/** Which columns a measure table shows. Every option has a default worked out from the rows. */
export interface MeasureColumns {
  /** Show the measure title column (default true). */
  measure?: boolean;
  /** Show the LA column (default: rows from more than one LA, e.g. the benchmark command). */
  la?: boolean;
  /** Show the cohort column (default: rows from more than one cohort). */
  cohort?: boolean;
  /** Show the breakdown column (default: any row has a breakdown). */
  breakdown?: boolean;
  /** Show the year column (default: rows span more than one year). */
  year?: boolean;
  /** Numerator and denominator (default true). */
  counts?: boolean;
  /** 95 % CI (default: any row has a CI). */
  ci?: boolean;
  /** Note, e.g. the P8 band or the reason for `z` (default: any row has a note). */
  note?: boolean;
  /** Benchmark scopes to show, in this order (default: every scope present, in SCOPE_ORDER). */
  benchmarks?: string[];
  /** A gap column after each benchmark (default true). */
  gaps?: boolean;
  /**
   * Value as "12 of 13, 92.3%" for a percentage and "79 (39.9%)" for a count that is a share of a
   * total (default false: the value alone). With `counts: false` a percentage shows only "92.3%".
   */
  combined?: boolean;
  /** Breakdown rows whose figure is suppressed (`c`) are collapsed into one line per measure saying how many (default false). */
  collapseSuppressed?: boolean;
  /** With `combined`: show the counts beside percentages (default true; the audience may not allow it). */
  showCounts?: boolean;
}

/** A free-form table, e.g. the model's terms: term, estimate, se, ci, p, sentence. */
export interface GenericTable {
  kind: 'generic';
  id: string;
  title: string;
  /**
   * The table's spreadsheet sheet name, given where the table is defined: at most 31 characters,
   * none of \\ / ? * [ ] : (write 2023/24 as 2023-24), unique within its document. The XLSX writer uses it as it is.
   */
  sheet: string;
  caption?: string;
  headers: string[];
  rows: (string | number | null)[][];
  /**
   * Decimals for numeric cells, for all columns or per column (default 2); integers print without
   * decimals, and a non-zero number too small to show prints as `<0.001` (e.g. a p-value).
   */
  decimals?: number | (number | null)[];
  /** Per column: true when it holds figures (right-aligned) even as text, e.g. `12.5%` (default: a column with a number). */
  numericColumns?: boolean[];
  /**
   * HTML only: the table is folded in a `<details>` element whose summary line is this text (the
   * benchmark overview's long tables, so the page is not 100,000 px of rows). Other formats show the table as usual.
   */
  collapsed?: string;
  /** Per row: a highlighted row (the focus LA, its statistical neighbours); HTML marks it with a class. Say it in the row's text too. */
  rowMarks?: (RowMark | null)[];
}

export type RowMark = 'focus' | 'neighbour';

export type ChartSpec = BenchmarkBarsChart | TrendChart | ProgressIntervalChart | ByLaChart;

/** One measure row as a bar, beside a bar for each of its benchmarks. */
export interface BenchmarkBarsChart {
  kind: 'benchmarks';
  id: string;
  title: string;
  row: MeasureRow;
  /** Scopes to draw (default every benchmark of the row, in SCOPE_ORDER). */
  scopes?: string[];
}

/** One measure over years: a line for the LA, a line for a benchmark scope. */
export interface TrendChart {
  kind: 'trend';
  id: string;
  title: string;
  /** Rows of one measure id (breakdown null), one per year; sorted by year for drawing. */
  rows: MeasureRow[];
  /** Default 'england_cla_12m'. */
  scope?: string;
  /** Several benchmark lines (e.g. England CLA and England all pupils); overrides `scope`. */
  scopes?: string[];
}

/** Progress 8 by year (or by breakdown): a point with its 95 % CI as an error bar, and a zero line. */
export interface ProgressIntervalChart {
  kind: 'progress';
  id: string;
  title: string;
  rows: MeasureRow[];
  /** Benchmark scopes drawn as dashed lines over years (rows without breakdowns only; default none). */
  scopes?: string[];
}

/**
 * One measure in one year across LAs (the benchmark overview): a horizontal bar per LA, labelled with
 * its name, best first (each measure's direction in the registry, as the ranks; highest first where no direction is
 * known), and a dashed vertical rule at England CLA and, when the rows carry it, England all pupils.
 * With `interval` (Progress 8) each LA is a point with its 95 % CI as a line, and a rule marks zero.
 */
export interface ByLaChart {
  kind: 'by-la';
  id: string;
  title: string;
  /** Rows of one measure id and one year (breakdown null), one per LA; suppressed ones are left out. */
  rows: MeasureRow[];
  /** LA names by code for the axis labels (an LA without one is labelled with its code). */
  names?: Record<string, string>;
  /** The LA to highlight and its statistical neighbours (codes; those in the rows are drawn in their own colour). */
  focus?: { la: string; neighbours: string[]; grouping: number };
  /** Points with 95 % CI lines instead of bars, and a rule at zero (Progress 8). */
  interval?: boolean;
}

export function isGenericTable(t: ReportTable): t is GenericTable {
  return t.kind === 'generic';
}
