/**
 * Local figures (issue 17 item 4; input table LocalFigures, src/schemas/tables-local.ts): figures the
 * returns do not hold (PEP completion, Early Years good level of development, NEET after Year 11,
 * pupils in Good or Outstanding schools), read from the folder's validated rows and shown in their own
 * section with their source. A figure with a numerator and denominator goes through the same
 * `suppress` as every measure row (one row at a time: a local figure has no breakdown to difference),
 * so "3 of 4" is `c` in a public report as any other small count is.
 */
import { type Db, queryRows } from '../io/duck.js';
import type { MeasureRow, MeasureUnit } from '../measures/row.js';
import type { GenericTable, ReportSection, ShownLocalFigure } from './document.js';
import { academicYearEnding, censusYearOf } from '../domain/years.js';
import { LOCAL_TEXT } from './messages.js';
import { suppress, type Audience } from './suppress.js';
import { combinedValue } from './table-view.js';

export interface LocalFigure {
  measure: string;
  year: string;
  unit: 'percent' | 'count' | 'number';
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: string;
  note: string | null;
}

/** The accepted rows of LocalFigures for this LA (or for every LA: LA blank) in the report year and the year before, in file order. */
export async function readLocalFigures(db: Db, tables: ReadonlySet<string>, la: string, year: string): Promise<LocalFigure[]> {
  if (!tables.has('LocalFigures')) return [];
  const years = [academicYearEnding(censusYearOf(year) - 1), year];
  const rows = await queryRows<Record<string, string | number | null>>(db,
    `SELECT MEASURE, ACADYR, UNIT, NUMERATOR, DENOMINATOR, VALUE, SOURCE, NOTE FROM p_LocalFigures
     WHERE NOT _reject AND (LA IS NULL OR LA = $la) AND ACADYR IN (${years.map((_, i) => `$y${i}`).join(', ')}) ORDER BY _file, _line`,
    { la, ...Object.fromEntries(years.map((y, i) => [`y${i}`, y])) });
  const num = (v: string | number | null) => (v === null || v === '' ? null : Number(v));
  return rows.map((r) => {
    const numerator = num(r.NUMERATOR), denominator = num(r.DENOMINATOR);
    const unit = (r.UNIT as LocalFigure['unit'] | null) ?? (numerator !== null && denominator !== null ? 'percent' : 'number');
    return { measure: String(r.MEASURE), year: String(r.ACADYR), unit, numerator, denominator, value: num(r.VALUE), source: String(r.SOURCE), note: r.NOTE === null ? null : String(r.NOTE) };
  });
}

const UNIT: Record<LocalFigure['unit'], MeasureUnit> = { percent: 'percent', count: 'count', number: 'mean' };

/** The id of a local figure in the CSV and JSON outputs: `local_` and its MEASURE text in lower snake case (`local_peps_completed_within_20_school_days`). */
export function localFigureId(measure: string): string {
  const slug = measure.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 80);
  return `local_${slug || 'figure'}`;
}

/** A local figure as a measure row, so it is suppressed and formatted as every other figure. */
export function localFigureRow(f: LocalFigure, la: string): MeasureRow {
  const pct = f.unit === 'percent' && f.numerator !== null && f.denominator !== null;
  const value = pct ? (f.denominator! > 0 ? (100 * f.numerator!) / f.denominator! : null) : f.unit === 'count' ? (f.value ?? f.numerator) : f.value;
  const children = pct ? f.denominator : f.unit === 'count' ? value : null;
  return {
    id: localFigureId(f.measure), year: f.year, la, cohort: 'local', breakdown: null, unit: UNIT[f.unit],
    numerator: pct ? f.numerator : null, denominator: pct ? f.denominator : null, children,
    value: value !== null && Number.isFinite(value) ? value : null, symbol: value !== null && Number.isFinite(value) ? null : 'x',
    ci: null, note: f.note, benchmarks: [],
  };
}

/** The figures to show, the report year first, then file order; each suppressed as every figure is. */
export function shownLocalFigures(figures: readonly LocalFigure[], opts: { la: string; threshold: number; audience: Audience }): ShownLocalFigure[] {
  const order = [...figures.keys()].sort((a, b) => (figures[a]!.year === figures[b]!.year ? a - b : figures[a]!.year > figures[b]!.year ? -1 : 1));
  const rows = suppress(order.map((i) => localFigureRow(figures[i]!, opts.la)), opts.threshold, { audience: opts.audience });
  return order.map((i, k) => ({ row: rows[k]!, title: figures[i]!.measure, source: figures[i]!.source }));
}

/** The "Local figures" section: one row per figure (report year first), its value suppressed under the run's threshold, and its source. */
export function localFiguresSection(shown: readonly ShownLocalFigure[], opts: { counts: boolean }): ReportSection | null {
  if (shown.length === 0) return null;
  const table: GenericTable = {
    kind: 'generic', id: 'local-figures', title: LOCAL_TEXT.tableTitle, sheet: LOCAL_TEXT.tableSheet,
    headers: [...LOCAL_TEXT.headers],
    rows: shown.map((f) => [f.title, f.row.year, combinedValue(f.row, opts.counts), f.source, f.row.note ?? '']),
    numericColumns: [false, false, true, false, false],
  };
  return { id: 'local', title: LOCAL_TEXT.sectionTitle, intro: LOCAL_TEXT.intro, tables: [table] };
}

