/**
 * Builds the standard annual-report document (sections.ts) from a flat list of measure rows that
 * have ALREADY been through `suppress`. Pure. Sections with no rows are left out.
 *
 * - Headline tables take the rows of the report year; education sections only the report cohort.
 *   Within a measure, the total (breakdown null) comes first, then the breakdowns in input order.
 * - Key stage 4: when the year has no Progress 8 (`z`), its reason is a section note and Attainment 8
 *   is charted against national CLA Attainment 8 instead (measures.md, Progress 8).
 * - Trends: every TREND_MEASURES id with rows in two or more years (total, report cohort), one
 *   table, and a chart of each headline measure over the last five years (trendCharts).
 * - Model: an optional generic table (term, estimate, se, ci, p, sentence).
 */
import type { SettingsRecord } from '../settings.js';
import type { MeasureRow } from '../measures/row.js';
import { compareBreakdowns } from './breakdown-labels.js';
import { resolveColumns, scopeLabelFor } from './table-view.js';
import type { ChartSpec, GenericTable, MeasureColumns, MeasureTable, ReportDocument, ReportSection } from './document.js';
import { measureTitle } from '../measures/registry.js';
import { basisMark, buildKeyMessages, HEADLINE_MEASURES } from './key-messages.js';
import { BUILD_TEXT, COLUMN, KEY_TEXT, LA_COMPARISON_TEXT, SECTION_TEXT } from './messages.js';
import { formatValue } from './format.js';
import { LA_ALL_PUPILS, LA_SCOPES, benchmarkNotApplicable } from './la-comparisons.js';
import { allPupilColumn, SECTION_LAYOUT, TREND_MEASURES } from '../measures/registry.js';
import { localFiguresSection, shownLocalFigures, type LocalFigure } from './local-figures.js';

export interface ModelTableInput {
  title?: string;
  intro?: string;
  headers: string[];
  rows: (string | number | null)[][];
  decimals?: number | (number | null)[];
}

export interface StandardReportInput {
  /** Suppressed measure rows (any years, cohorts, breakdowns). */
  rows: readonly MeasureRow[];
  la: string;
  laName: string | null;
  year: string;
  cohort: string;
  suppressionThreshold: number;
  /** Default public. */
  audience?: 'public' | 'board';
  /** The run's settings (src/settings.ts), recorded in every output. */
  settings?: SettingsRecord;
  toolVersion: string;
  title?: string;
  model?: ModelTableInput;
  /** Show counts beside percentages ("4 of 18, 22.2%") in the key messages (default true). */
  counts?: boolean;
  /** The folder's local figures (local-figures.ts), NOT yet suppressed: shown in their own section with their sources. */
  localFigures?: readonly LocalFigure[];
}

function byMeasureThenTotalFirst(rows: readonly MeasureRow[], ids: readonly string[]): MeasureRow[] {
  const out: MeasureRow[] = [];
  for (const id of ids) {
    const mine = rows.filter((r) => r.id === id);
    // breakdowns in natural order (age bands youngest first, placement types as the DfE orders them)
    out.push(...mine.filter((r) => r.breakdown === null), ...mine.filter((r) => r.breakdown !== null).sort((a, b) => compareBreakdowns(a.breakdown, b.breakdown)));
  }
  return out;
}

/** Benchmark columns in order of importance: the LA's own pupils, England, statistical neighbours, region. */
const SCOPE_PRIORITY = ['la_all_pupils', 'la_not_looked_after', 'england_cla_12m', 'england_all', 'sn_cla_12m_2025', 'sn_cla_12m_2021', 'region_cla_12m'];
/** The order they are shown in. */
const SCOPE_DISPLAY = ['la_all_pupils', 'la_not_looked_after', 'england_cla_12m', 'england_all', 'region_cla_12m', 'sn_cla_12m_2025', 'sn_cla_12m_2021'];
export const MAX_TABLE_COLUMNS = 8;

/**
 * The benchmark columns that matter, as many as fit in MAX_TABLE_COLUMNS beside the table's other
 * columns (`used`): the LA's own all pupils and pupils not looked after, England CLA, England all
 * pupils, the latest statistical-neighbour grouping, region; LA published only where none of those
 * exists (counts).
 */
function chosenScopes(rows: readonly MeasureRow[], used = 2): string[] {
  const present = new Set(rows.flatMap((r) => r.benchmarks.map((b) => b.scope)));
  const sn = ['sn_cla_12m_2025', 'sn_cla_12m_2021'].find((s) => present.has(s));
  const candidates = SCOPE_PRIORITY.filter((s) => present.has(s) && (!s.startsWith('sn_') || s === sn));
  const kept = new Set(candidates.slice(0, Math.max(0, MAX_TABLE_COLUMNS - used)));
  const main = SCOPE_DISPLAY.filter((s) => kept.has(s));
  return main.length > 0 ? main : present.has('la_published') ? ['la_published'] : [];
}

/** Columns of the report's measure tables: at most eight (measure, value, CI, note and the benchmarks that fit). */
function reportColumns(rows: readonly MeasureRow[], input: StandardReportInput, extra: MeasureColumns = {}): MeasureColumns {
  const base: MeasureColumns = { cohort: false, counts: false, combined: true, gaps: false, collapseSuppressed: true, showCounts: input.counts ?? true, ...extra };
  if (extra.benchmarks) return base;
  const c = resolveColumns(rows, { ...base, benchmarks: [] });
  const used = [c.measure, c.la, c.cohort, c.breakdown, c.year, c.ci, c.note].filter(Boolean).length + 1 + (c.counts ? 2 : 0);
  return { ...base, benchmarks: chosenScopes(rows, used) };
}

function shown(r: MeasureRow | undefined): r is MeasureRow {
  return r !== undefined && r.symbol === null && r.value !== null;
}

/** Benchmark scopes (other than the LA's own columns) shown as x in some row of the tables: no figure for that measure and year. */
function missingScopes(tables: readonly MeasureTable[]): string[] {
  const missing = new Set<string>();
  for (const t of tables) for (const scope of t.columns?.benchmarks ?? [])
    if (t.rows.some((r) => !benchmarkNotApplicable(r, scope) && !r.benchmarks.some((b) => b.scope === scope && b.year === r.year && b.symbol !== 'x'))) missing.add(scope);
  return SCOPE_DISPLAY.filter((x) => missing.has(x)).concat([...missing].filter((x) => !SCOPE_DISPLAY.includes(x)).sort());
}

/** Measures whose breakdown rows are shown in full in the narrative (not again in the appendix). */
const IN_NARRATIVE = new Set(['school_age_pupils']);

function headlineSections(input: StandardReportInput, appendix: ReportSection[]): ReportSection[] {
  const sections: ReportSection[] = [];
  let laNoteGiven = false;
  for (const layout of SECTION_LAYOUT) {
    const pool = input.rows.filter((r) => r.year === input.year && (!layout.cohortFilter || r.cohort === input.cohort));
    const all = layout.tables.map((t) => ({ id: t.id, title: t.title, sheet: t.sheet, groupSheet: t.groupSheet, rows: byMeasureThenTotalFirst(pool, t.measures) }));
    const tables: MeasureTable[] = all
      .map(({ groupSheet: _, ...t }) => ({ ...t, rows: t.rows.filter((r) => r.breakdown === null) }))
      .filter((t) => t.rows.length > 0)
      .map((t) => ({ ...t, columns: reportColumns(t.rows, input, { breakdown: false }) }));
    const details: MeasureTable[] = all
      .map((t) => ({ id: `${t.id}-detail`, title: BUILD_TEXT.detailTitle(t.title), sheet: t.groupSheet, rows: t.rows.filter((r) => r.breakdown !== null && !IN_NARRATIVE.has(r.id)) }))
      .filter((t) => t.rows.length > 0)
      .map((t) => ({ ...t, columns: reportColumns(t.rows, input, { benchmarks: [] }) }));
    // the placement mix at 31 March, as counts with their percentages, in the narrative (the real reports' table)
    if (layout.id === 'profile') {
      const mix = byMeasureThenTotalFirst(pool, ['cla_31mar']).filter((r) => r.breakdown !== null && Object.keys(r.breakdown).join() === 'placement_group');
      if (mix.length > 0) tables.push({ id: 'profile-placements', title: BUILD_TEXT.placementMixTitle(input.year), sheet: BUILD_TEXT.placementMixSheet, rows: mix, columns: reportColumns(mix, input, { breakdown: true, measure: false, benchmarks: [] }) });
    }
    // the school-age cohort by key stage and where the children go to school, in the narrative (the virtual school reports' first table)
    // (the total first, then each key stage and school location with its share of the total)
    if (layout.id === 'school') {
      const all = byMeasureThenTotalFirst(pool, ['school_age_pupils']);
      const at = tables.findIndex((t) => t.rows.some((r) => r.id === 'school_age_pupils'));
      if (at >= 0) tables[at] = { ...tables[at]!, title: BUILD_TEXT.schoolCohortTitle(input.year), rows: all, columns: reportColumns(all, input, { breakdown: true, measure: false, benchmarks: [] }) };
    }
    if (details.length > 0) appendix.push({ id: `appendix-${layout.id}`, title: BUILD_TEXT.appendixTitle(layout.title), appendix: true, tables: details });
    if (tables.length === 0) continue;
    const charts: ChartSpec[] = [];
    const notes: string[] = [];
    for (const id of layout.benchmarkCharts ?? []) {
      const total = pool.find((r) => r.id === id && r.breakdown === null);
      if (shown(total) && total.benchmarks.length > 0)
        charts.push({ kind: 'benchmarks', id: `${layout.id}-${id}-benchmarks`, title: BUILD_TEXT.benchmarkChartTitle(measureTitle(id), input.year, input.laName), row: total });
    }
    // a benchmark column showing x says why, under the table, rather than leaving the reader to guess
    const missing = missingScopes(tables);
    if (missing.length > 0) notes.push(KEY_TEXT.missingBenchmarks(missing.map((s) => scopeLabelFor(s, tables.flatMap((t) => t.rows)))));
    if (!laNoteGiven && tables.some((t) => t.columns?.benchmarks?.some((b) => LA_SCOPES.includes(b)))) {
      notes.push(LA_COMPARISON_TEXT.note);
      laNoteGiven = true;
    }
    if (layout.id === 'ks4') {
      const p8 = pool.find((r) => r.id === 'ks4_p8' && r.breakdown === null);
      if (p8?.symbol === 'z' && p8.note) notes.push(p8.note);
    }
    sections.push({ id: layout.id, title: layout.title, tables, ...(charts.length ? { charts } : {}), ...(notes.length ? { notes } : {}) });
  }
  return sections;
}

/** Years a trend chart covers: the report year and up to four before it. */
const CHART_YEARS = 5;

/**
 * A chart over the last five years of each headline measure (key messages) that the LA can show in
 * two or more of them: a line for the LA, dashed lines for England CLA, England all pupils and, where
 * the run computed them, the LA's own all pupils;
 * Progress 8 as points with 95 % CIs, with the same two lines.
 */
function trendCharts(all: readonly MeasureRow[], year: string, cohort: string): ChartSpec[] {
  const totals = all.filter((r) => r.breakdown === null);
  const years = [...new Set(totals.map((r) => r.year))].filter((y) => y <= year).sort().slice(-CHART_YEARS);
  // the report cohort; a measure of another population only (placement stability, health) keeps its own, as the key messages do
  const rowsOf = (id: string) => {
    const mine = totals.filter((r) => r.id === id && years.includes(r.year));
    const own = mine.some((r) => r.cohort === cohort) ? cohort : mine[0]?.cohort;
    return mine.filter((r) => r.cohort === own).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  };
  // England all pupils only for a measure that has an all-pupil figure (not placement moves or health
  // checks, which no chart should list as "not plotted"); the LA's own all pupils too, where the run
  // computed them (la-comparisons.ts)
  const scopesOf = (rows: MeasureRow[]) => ['england_cla_12m', ...(allPupilColumn(rows[0]!.id) ? ['england_all'] : []),
    ...(rows.some((r) => r.benchmarks.some((b) => b.scope === LA_ALL_PUPILS)) ? [LA_ALL_PUPILS] : [])];
  const span = (rows: MeasureRow[]) => [rows[0]!.year, rows[rows.length - 1]!.year] as const;
  // a chart plotting an unadjusted or approximate figure says so in its title (as the tables do)
  const mark = (rows: MeasureRow[]) => [...new Set(rows.map((r) => basisMark(r)).filter((m) => m !== ''))].join('');
  return HEADLINE_MEASURES.flatMap((id): ChartSpec[] => {
    const rows = rowsOf(id);
    if (rows.length < 2 || rows.filter(shown).length < (id === 'ks4_p8' ? 1 : 2)) return [];
    return id === 'ks4_p8'
      ? [{ kind: 'progress', id: 'trend-ks4_p8', title: `${BUILD_TEXT.progressChartTitle(...span(rows))}${mark(rows)}`, rows, scopes: scopesOf(rows) }]
      : [{ kind: 'trend', id: `trend-${id}`, title: `${BUILD_TEXT.trendChartTitle(measureTitle(id), ...span(rows))}${mark(rows)}`, rows, scopes: scopesOf(rows) }];
  });
}

/** Year columns of the narrative trends table: the latest ones, so that it keeps eight columns. */
const TREND_YEARS = 6;

/**
 * Trends: a compact table in the narrative (one row per measure, one column per year, the latest
 * England CLA figure), the charts, and the full figures by year (CI, benchmarks, the LA's own pupils)
 * as an appendix measure table, which the CSV and JSON keep. A measure's rows are the report cohort's
 * where it has them (education), else its own cohort's (care, health, care leavers, missing).
 */
function trendSections(input: StandardReportInput): { main: ReportSection; appendix: ReportSection } | null {
  const totals = input.rows.filter((r) => r.breakdown === null);
  const rowsOf = (id: string) => {
    const all = totals.filter((r) => r.id === id);
    const mine = all.some((r) => r.cohort === input.cohort) ? all.filter((r) => r.cohort === input.cohort) : all;
    const cohort = mine[0]?.cohort;
    return mine.filter((r) => r.cohort === cohort).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  };
  const ids = TREND_MEASURES.filter((m) => new Set(rowsOf(m.id).map((r) => r.year)).size > 1);
  if (ids.length === 0) return null;
  const rows = ids.flatMap((m) => rowsOf(m.id));
  const years = [...new Set(rows.map((r) => r.year))].sort().slice(-TREND_YEARS);
  const latest = years[years.length - 1]!;
  const body = ids.map((m) => {
    const mine = rowsOf(m.id);
    const cells: (string | number | null)[] = [measureTitle(m.id)];
    for (const y of years) {
      const r = mine.find((x) => x.year === y);
      // an unadjusted or approximate figure says so here too (its note is in the appendix table)
      cells.push(r ? `${formatValue(r.value, r.unit, r.symbol)}${basisMark(r)}` : 'x');
    }
    const last = mine.find((x) => x.year === latest);
    const b = last?.benchmarks.find((x) => x.scope === 'england_cla_12m' && x.year === latest);
    cells.push(b && last ? formatValue(b.value, last.unit, b.symbol) : 'x');
    return cells;
  });
  const headers = [COLUMN.measure, ...years, BUILD_TEXT.trendBenchmarkHeader(latest)];
  const compact: GenericTable = { kind: 'generic', id: 'trends', title: BUILD_TEXT.trendsTitle, sheet: BUILD_TEXT.trendsSheet, headers, rows: body, numericColumns: headers.map((_, j) => j > 0) };
  const charts = trendCharts(input.rows, input.year, input.cohort);
  const detail: MeasureTable = { id: 'trends-detail', title: BUILD_TEXT.trendsDetailTitle, sheet: BUILD_TEXT.trendsDetailSheet, rows,
    columns: reportColumns(rows, input, { year: true, benchmarks: chosenScopes(rows, 0).filter((s) => s === 'la_all_pupils' || s === 'england_cla_12m' || s === 'england_all') }) };
  return {
    main: { id: 'trends', title: BUILD_TEXT.trendsTitle, intro: BUILD_TEXT.trendsIntro, tables: [compact], ...(charts.length ? { charts } : {}) },
    appendix: { id: 'appendix-trends', title: BUILD_TEXT.trendsAppendixTitle, appendix: true, tables: [detail] },
  };
}

function modelSection(model: ModelTableInput): ReportSection {
  const table: GenericTable = {
    kind: 'generic',
    id: 'model-terms',
    title: model.title ?? BUILD_TEXT.modelTitle,
    sheet: BUILD_TEXT.modelSheet,
    headers: model.headers,
    rows: model.rows,
    ...(model.decimals !== undefined ? { decimals: model.decimals } : {}),
  };
  return { id: 'model', title: BUILD_TEXT.modelTitle, intro: model.intro ?? SECTION_TEXT.modelIntro, tables: [table] };
}

function keyMessagesSection(input: StandardReportInput): ReportSection | null {
  const km = buildKeyMessages({ rows: input.rows, year: input.year, cohort: input.cohort, ...(input.counts !== undefined ? { counts: input.counts } : {}) });
  if (!km) return null;
  return { id: 'key-messages', title: KEY_TEXT.sectionTitle, intro: KEY_TEXT.intro(input.year), tables: [km.table], bullets: km.sentences, notes: km.notes };
}

export function buildReportDocument(input: StandardReportInput): ReportDocument {
  const key = keyMessagesSection(input);
  const appendix: ReportSection[] = [];
  const sections = [...(key ? [key] : []), ...headlineSections(input, appendix)];
  const localFigures = shownLocalFigures(input.localFigures ?? [], { la: input.la, threshold: input.suppressionThreshold, audience: input.audience ?? 'public' });
  const local = localFiguresSection(localFigures, { counts: input.counts ?? true });
  if (local) sections.push(local);
  const trends = trendSections(input);
  if (trends) sections.push(trends.main);
  if (input.model) sections.push(modelSection(input.model));
  sections.push(...appendix);
  if (trends) sections.push(trends.appendix);
  return {
    title: input.title ?? BUILD_TEXT.defaultTitle(input.year),
    la: input.la,
    laName: input.laName,
    year: input.year,
    cohort: input.cohort,
    suppressionThreshold: input.suppressionThreshold,
    audience: input.audience ?? 'public',
    ...(input.settings ? { settings: input.settings } : {}),
    toolVersion: input.toolVersion,
    sections,
    ...(localFigures.length ? { localFigures } : {}),
  };
}
