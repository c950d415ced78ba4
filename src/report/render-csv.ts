/**
 * CSV in the tidy format of the DfE's statistics platform (explore education statistics, EES), "Open
 * data standards" (https://dfe-analytical-services.github.io/analysts-guide/statistics-production/ud.html):
 *
 * - the standard time and geography columns first: `time_period` (an academic year as 6 digits,
 *   202324), `time_identifier` ("Academic year"), `geographic_level` ("Local authority"),
 *   `country_code` (E92000001), `country_name`, `region_code`, `region_name`, `old_la_code` (the
 *   3-digit DfE number), `new_la_code` (the 9-character ONS code, E06…/E08…/E09…/E10…), `la_name`;
 * - then the filter columns (`measure`, `cohort`, `breakdown_topic`, `breakdown`; a figure for all
 *   children has breakdown_topic and breakdown "Total"), then the indicator columns (numbers);
 * - column names in lower snake case; no blank cell: a figure that is not shown holds its GSS symbol
 *   (`c` confidential, suppressed; `x` not available; `z` not applicable), with one meaning in every
 *   output (`cellSymbol`);
 * - a metadata file (`<name>.meta.csv`) with one line per filter and indicator column: col_name,
 *   col_type, label, indicator_grouping, indicator_unit, indicator_dp, filter_hint,
 *   filter_grouping_column.
 *
 * Numbers are rounded to the measure's precision (count 0 decimals, percent, rate and mean 1, score
 * 2; a numerator or denominator that is not whole, e.g. a points total, 2) and written without float
 * noise (636.33, not 636.3300000000002). RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF. Text cells are neutralised against formulas (neutralise.ts).
 */
import type { FigureBasis, GssSymbol, MeasureRow, MeasureUnit } from '../measures/row.js';
import { laInfo } from '../benchmarks/index.js';
import { collectRows } from './collect-rows.js';
import type { ReportDocument, ShownLocalFigure } from './document.js';
import { DISPLAY_DECIMALS, roundTo } from './format.js';
import { neutraliseText } from './neutralise.js';
import { dimensionLabel, scopeLabel, scopesOf } from './table-view.js';

/** The EES time and geography columns, in the standard's order. */
export const EES_GEOGRAPHY_COLUMNS = ['time_period', 'time_identifier', 'geographic_level', 'country_code', 'country_name',
  'region_code', 'region_name', 'old_la_code', 'new_la_code', 'la_name'] as const;

/** One CSV field: a number as its shortest exact decimal, a text neutralised and quoted when needed. */
export function csvField(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const s = neutraliseText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number rounded to `dp` decimals (no float noise, -0 as 0), or the symbol standing in for it. */
export function eesNumber(n: number | null | undefined, dp: number, missing: GssSymbol): string | number {
  if (n === null || n === undefined || !Number.isFinite(n)) return missing;
  return roundTo(n, dp);
}

/** Decimals of a measure's value, interval, benchmark and gap. */
export function valueDecimals(unit: MeasureUnit): number {
  return DISPLAY_DECIMALS[unit];
}
/** Decimals of a numerator or denominator: whole numbers as they are, a points total to 2. */
export function countDecimals(n: number | null): number {
  return n === null || Number.isInteger(n) ? 0 : 2;
}

/**
 * The one rule for the symbol of a figure that is not shown, for the report and the benchmark CSV:
 * a suppressed or unavailable row gives its own symbol to every figure of its own; a count has no
 * numerator or denominator (z); a score (Progress 8) should have an interval, so a missing one is x,
 * other units have none (z); a rank of a measure with no better direction is z; anything else missing is x.
 */
export function cellSymbol(kind: 'count' | 'ci' | 'value' | 'gap' | 'rank', r: { symbol: GssSymbol | null; unit: string; direction?: string }): GssSymbol {
  if (r.symbol) return r.symbol;
  if (kind === 'count') return r.unit === 'count' ? 'z' : 'x';
  if (kind === 'ci') return r.unit === 'score' ? 'x' : 'z';
  if (kind === 'rank' && r.direction === 'neutral') return 'z';
  return 'x';
}

/** The geography cells of an LA (names and codes from the bundled LA directory; x where it has none). */
export function geographyCells(academicYear: string, la: string): (string | number)[] {
  const info = laInfo(la);
  return [academicYear.replace('/', ''), 'Academic year', 'Local authority', 'E92000001', 'England',
    info?.regionCode ?? 'x', info?.regionName ?? 'x', la, info?.newLaCode ?? 'x', info?.name ?? 'x'];
}

/** breakdown_topic and breakdown of a row: "Total" for all children. */
export function breakdownCells(b: Record<string, string> | null): [string, string] {
  if (!b || Object.keys(b).length === 0) return ['Total', 'Total'];
  const keys = Object.keys(b).sort();
  return [keys.map(dimensionLabel).join(' and '), keys.map((k) => b[k]!).join(' and ') || 'x'];
}

export interface MetaLine { col_name: string; col_type: 'Filter' | 'Indicator'; label: string; indicator_grouping?: string; indicator_unit?: '' | '%' | '£' | 'pp'; indicator_dp?: number | ''; filter_hint?: string; filter_grouping_column?: string }
export const META_HEADER = ['col_name', 'col_type', 'label', 'indicator_grouping', 'indicator_unit', 'indicator_dp', 'filter_hint', 'filter_grouping_column'] as const;

export function renderMeta(lines: MetaLine[]): string {
  const out = [META_HEADER.join(',')];
  for (const l of lines) out.push(META_HEADER.map((k) => csvField(String(l[k] ?? ''))).join(','));
  return `${out.join('\r\n')}\r\n`;
}

/** The filter columns shared by the report and the benchmark CSV. */
export const FILTER_META: MetaLine[] = [
  { col_name: 'measure', col_type: 'Filter', label: 'Measure', filter_hint: 'the measure id (cla-analyse measures lists each with its definition)' },
  { col_name: 'cohort', col_type: 'Filter', label: 'Cohort', filter_hint: 'cla_12m: looked after 12 months at 31 March; cla_31mar, ever_cla, cla_under_12m, all' },
  { col_name: 'breakdown_topic', col_type: 'Filter', label: 'Breakdown topic', filter_hint: 'Total for all children' },
  { col_name: 'breakdown', col_type: 'Filter', label: 'Breakdown', filter_hint: 'Total for all children', filter_grouping_column: 'breakdown_topic' },
  { col_name: 'figure_basis', col_type: 'Filter', label: 'Basis of the figure', filter_hint: 'As defined; Unadjusted: Progress 8 not capped at the DfE lower thresholds; Approximate: KS4 figures from subject results without the first-entry rule (a pupil with two results in one subject); Estimated interval: the 95% CI uses a standard deviation estimated by the tool (implied by the DfE’s published intervals, or the cohort’s own), as the row’s note says; Not calculated by the DfE: x, as the DfE calculates no such figure for the year (KS2 progress 2023/24 and 2024/25: no KS1 baseline)' },
];

/**
 * The `figure_basis` filter of a row: its `basis` (FigureBasis, set where the figure is computed:
 * Unadjusted, Approximate, Estimated interval for a shown figure; Not calculated by the DfE for an x),
 * else "As defined". A suppressed row has no basis (suppressedCopy drops it).
 */
export function figureBasis(r: { symbol: GssSymbol | null; basis?: FigureBasis | null }): string {
  if (r.symbol !== null) return r.basis === 'Not calculated by the DfE' ? r.basis : 'As defined';
  return r.basis && r.basis !== 'Not calculated by the DfE' ? r.basis : 'As defined';
}

/** Indicator metadata of the figures every row has; the unit and decimals vary by measure, so they are left blank. */
const FIGURE_META: MetaLine[] = [
  { col_name: 'numerator', col_type: 'Indicator', label: 'Numerator', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
  { col_name: 'denominator', col_type: 'Indicator', label: 'Denominator', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
  { col_name: 'value', col_type: 'Indicator', label: 'Value (percent, mean, rate, score or count: see the measure)', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
  { col_name: 'ci_lower', col_type: 'Indicator', label: '95% confidence interval, lower', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
  { col_name: 'ci_upper', col_type: 'Indicator', label: '95% confidence interval, upper', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
];
export { FIGURE_META };

function figureCells(r: MeasureRow): (string | number)[] {
  const dp = valueDecimals(r.unit);
  return [
    eesNumber(r.numerator, countDecimals(r.numerator), cellSymbol('count', r)),
    eesNumber(r.denominator, countDecimals(r.denominator), cellSymbol('count', r)),
    eesNumber(r.value, dp, cellSymbol('value', r)),
    eesNumber(r.ci?.[0], dp, cellSymbol('ci', r)),
    eesNumber(r.ci?.[1], dp, cellSymbol('ci', r)),
  ];
}

/** The report's rows as an EES tidy data file. */
export function renderCsv(doc: ReportDocument): string {
  const rows = collectRows(doc);
  const scopes = scopesOf(rows);
  const header = [...EES_GEOGRAPHY_COLUMNS, ...FILTER_META.map((m) => m.col_name), ...FIGURE_META.map((m) => m.col_name), ...scopes.flatMap((s) => [s, `${s}_gap`])];
  const lines = [header.join(',')];
  for (const r of rows) {
    const dp = valueDecimals(r.unit);
    const cells: (string | number)[] = [...geographyCells(r.year, r.la), r.id, r.cohort, ...breakdownCells(r.breakdown), figureBasis(r), ...figureCells(r)];
    for (const s of scopes) {
      const b = r.benchmarks.find((x) => x.scope === s && x.year === r.year);
      cells.push(eesNumber(b?.value, dp, b?.symbol ?? 'x'));
      cells.push(eesNumber(r.symbol ? null : b?.gap, dp, cellSymbol('gap', r)));
    }
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The metadata file of `renderCsv(doc)`: one line per filter and indicator column. */
export function renderCsvMeta(doc: ReportDocument): string {
  const scopes = scopesOf(collectRows(doc));
  return renderMeta([...FILTER_META, ...FIGURE_META, ...scopes.flatMap((s): MetaLine[] => [
    { col_name: s, col_type: 'Indicator', label: scopeLabel(s), indicator_grouping: 'Benchmark', indicator_unit: '', indicator_dp: '' },
    { col_name: `${s}_gap`, col_type: 'Indicator', label: `Gap to ${scopeLabel(s)} (LA minus benchmark)`, indicator_grouping: 'Gap', indicator_unit: '', indicator_dp: '' },
  ])]);
}

/**
 * The local figures (ReportDocument.localFigures) as their own EES tidy data file,
 * `<report>.local-figures.csv` beside the report's CSV (with its `.local-figures.meta.csv`): written
 * only when the folder has a local figures file. Not in the report's CSV because a local figure has no
 * measure id of the tool's, no benchmark and a source of its own: the filters are the figure's id
 * (`local_<measure>`), the MEASURE text as written, its unit, the SOURCE and the NOTE (`z` when it has
 * none); the indicators numerator, denominator and value, suppressed as every figure (`c`).
 */
export const LOCAL_FIGURE_META: MetaLine[] = [
  { col_name: 'measure', col_type: 'Filter', label: 'Measure', filter_hint: 'local_ and the figure\'s name in lower snake case' },
  { col_name: 'measure_title', col_type: 'Filter', label: 'Figure', filter_hint: 'the figure as the local figures file names it' },
  { col_name: 'unit', col_type: 'Filter', label: 'Unit', filter_hint: 'percent, count or number' },
  { col_name: 'source', col_type: 'Filter', label: 'Source', filter_hint: 'where the authority says the figure comes from' },
  { col_name: 'note', col_type: 'Filter', label: 'Note', filter_hint: 'z when the figure has no note' },
  { col_name: 'numerator', col_type: 'Indicator', label: 'Numerator', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'denominator', col_type: 'Indicator', label: 'Denominator', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: 0 },
  { col_name: 'value', col_type: 'Indicator', label: 'Value (a percentage, a count or a number: see unit)', indicator_grouping: 'Figure', indicator_unit: '', indicator_dp: '' },
];

const LOCAL_UNIT = { percent: 'percent', count: 'count', mean: 'number', rate: 'number', score: 'number' } as const;

function localFigureCells(f: ShownLocalFigure): (string | number)[] {
  const r = f.row;
  return [...geographyCells(r.year, r.la), r.id, f.title, LOCAL_UNIT[r.unit], f.source, r.note ?? 'z',
    eesNumber(r.numerator, countDecimals(r.numerator), r.symbol ?? (r.unit === 'percent' ? 'x' : 'z')),
    eesNumber(r.denominator, countDecimals(r.denominator), r.symbol ?? (r.unit === 'percent' ? 'x' : 'z')),
    eesNumber(r.value, valueDecimals(r.unit), cellSymbol('value', r))];
}

/** The local figures file, or null when the document has none. */
export function renderLocalFiguresCsv(doc: ReportDocument): string | null {
  if (!doc.localFigures?.length) return null;
  const lines = [[...EES_GEOGRAPHY_COLUMNS, ...LOCAL_FIGURE_META.map((m) => m.col_name)].join(',')];
  for (const f of doc.localFigures) lines.push(localFigureCells(f).map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function renderLocalFiguresCsvMeta(): string {
  return renderMeta(LOCAL_FIGURE_META);
}
