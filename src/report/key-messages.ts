/**
 * Key messages: the first section of the report. A headline table (this year, last year, the
 * three-year trend, England CLA, England all pupils, region, statistical neighbours) for the headline
 * measure of each area, and one plain sentence per measure stating its comparisons.
 *
 * Rules (README, "Choices where the spec is silent"):
 * - A measure is in the table when it has a row in the report year; its cells are as published
 *   (`c`, `x`, `z` stay symbols). A sentence is written only for a figure that is shown: never about
 *   a suppressed (`c`) or missing (`x`) figure, and a benchmark that is not shown is left out of it.
 * - Trend: this year's figure against the figure two years earlier (three years in all), both shown;
 *   "improving"/"worsening" from the measure's direction (for absence, higher is worse), "rising"/
 *   "falling" where no direction is better, "no change" when the difference rounds to zero.
 * - Gaps are worked out from the rounded figures that the sentence prints, so a reader who
 *   subtracts the two printed figures gets the printed gap.
 * Pure: takes suppressed rows, returns text.
 */
import { directionOf, MEASURE_BY_ID, type Direction } from '../measures/registry.js';
import type { GssSymbol, MeasureRow, MeasureUnit } from '../measures/row.js';
import type { GenericTable } from './document.js';
import { DISPLAY_DECIMALS, formatNumber, formatValue, roundTo } from './format.js';
import { measureTitle } from '../measures/registry.js';
import { figureBasisLabel, figureBasisWhy } from '../measures/p8/index.js';
import { KEY_TEXT, SCOPE_LABELS, listJoin } from './messages.js';

/** The headline measure of each area, in report order. */
export const HEADLINE_MEASURES: readonly string[] = [
  'ks2_rwm_expected',
  'ks4_att8',
  'ks4_em_4plus',
  'ks4_p8',
  'absence_overall',
  'absence_persistent',
  'suspension_one_plus',
  'stability_3plus_year',
  'oc2_health_assessment',
];

/** How a sentence names each headline measure (the table uses the short title). */
const SUBJECT: Readonly<Record<string, string>> = {
  ks2_rwm_expected: 'At key stage 2, the percentage reaching the expected standard in reading, writing and maths',
  ks4_att8: 'Average Attainment 8',
  ks4_em_4plus: 'The percentage achieving grade 4 or above in English and maths',
  ks4_p8: 'Average Progress 8',
  absence_overall: 'Overall absence',
  absence_persistent: 'The percentage persistently absent (missing 10% or more of sessions)',
  suspension_one_plus: 'The percentage with one or more suspensions',
  stability_3plus_year: 'The percentage with three or more placements in the year',
  oc2_health_assessment: 'The percentage with an up-to-date health assessment',
};

/** Percentages whose numerator and denominator are sessions, not children: never shown as "n of d". */
const NOT_CHILDREN = new Set(['absence_overall', 'absence_unauthorised']);

/** Benchmark scopes of the headline table, in column order; statistical neighbours take the latest grouping present. */
const FIXED_SCOPES = ['england_cla_12m', 'england_all', 'region_cla_12m'] as const;
const SN_SCOPES = ['sn_cla_12m_2025', 'sn_cla_12m_2021'] as const;

/** "2023/24" shifted by `by` years: "2022/23" for -1. Null when `year` is not of that form. */
export function shiftYear(year: string, by: number): string | null {
  const m = /^(\d{4})\/(\d{2})$/.exec(year);
  if (!m) return null;
  const start = Number(m[1]) + by;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function isShown(r: MeasureRow | undefined): r is MeasureRow & { value: number } {
  return r !== undefined && r.symbol === null && r.value !== null && Number.isFinite(r.value);
}

/** The total row of `id` in `year`: the report cohort's if there is one, else the first of another cohort. */
export function totalRow(rows: readonly MeasureRow[], id: string, year: string, cohort: string): MeasureRow | undefined {
  const mine = rows.filter((r) => r.id === id && r.year === year && r.breakdown === null);
  return mine.find((r) => r.cohort === cohort) ?? mine[0];
}

function unitWord(unit: MeasureUnit, n: number): string {
  if (unit === 'percent') return n === 1 ? 'percentage point' : 'percentage points';
  return n === 1 ? 'point' : 'points';
}

export interface Trend {
  /** Text for the table cell. */
  text: string;
  /** 'improving' | 'worsening' | 'rising' | 'falling' | 'no change', or null when not available. */
  word: string | null;
  change: number | null;
  from: string | null;
}

/** Does an England all-pupil figure apply to the measure (a school measure), or is it not applicable (children in care of all ages)? */
export function allPupilsApply(id: string): boolean {
  return MEASURE_BY_ID.get(id)?.population.phase !== 'all ages';
}

export function trendOf(rows: readonly MeasureRow[], id: string, year: string, cohort: string): Trend {
  const from = shiftYear(year, -2);
  const now = totalRow(rows, id, year, cohort);
  const then = from ? totalRow(rows, id, from, now?.cohort ?? cohort) : undefined;
  if (!isShown(now) || !isShown(then) || !from) return { text: 'x', word: null, change: null, from };
  const d = DISPLAY_DECIMALS[now.unit];
  const change = roundTo(roundTo(now.value, d) - roundTo(then.value, d), d);
  const word = trendWord(change, directionOf(id));
  const sign = change > 0 ? '+' : '';
  return { text: change === 0 ? KEY_TEXT.noChange : KEY_TEXT.trendCell(word, `${sign}${formatNumber(change, d)}`), word, change, from };
}

function trendWord(change: number, dir: Direction): string {
  if (change === 0) return 'no change';
  if (dir === 'neutral') return change > 0 ? 'rising' : 'falling';
  const better = dir === 'higher' ? change > 0 : change < 0;
  return better ? 'improving' : 'worsening';
}

/**
 * ` (unadjusted)` after a Progress 8 mean whose pupil scores were not capped at the DfE lower
 * thresholds, ` (approximate)` after a KS4 figure from results without the first-entry rule (their
 * notes say so: figureBasisLabel), in the key messages and the trends table.
 */
export function basisMark(r: Pick<MeasureRow, 'symbol' | 'basis'> | undefined): string {
  const label = r ? figureBasisLabel(r) : null;
  return label ? ` (${label.toLowerCase()})` : '';
}

/** `4 of 18, 22.2%` for a percentage with its counts (when `counts`), else the value as formatted everywhere. */
export function valueWithCounts(r: MeasureRow | undefined, counts: boolean): string {
  if (!r) return 'x';
  const v = formatValue(r.value, r.unit, r.symbol);
  if (!counts || NOT_CHILDREN.has(r.id) || r.symbol !== null || r.unit !== 'percent' || r.numerator === null || r.denominator === null) return v;
  return `${formatNumber(r.numerator, 0)} of ${formatNumber(r.denominator, 0)}, ${v}`;
}

function benchmarkOf(r: MeasureRow | undefined, scope: string, year: string): { value: number | null; symbol: GssSymbol | null } | undefined {
  return r?.benchmarks.find((b) => b.scope === scope && b.year === year);
}

/** The statistical-neighbour scope shown: the latest grouping any headline row has. */
function snScope(rows: readonly MeasureRow[]): string | null {
  return SN_SCOPES.find((s) => rows.some((r) => r.benchmarks.some((b) => b.scope === s))) ?? null;
}

const COMPARE_WITH: Readonly<Record<string, string>> = {
  england_cla_12m: KEY_TEXT.englandCla,
  england_all: KEY_TEXT.englandAll,
  la_all_pupils: KEY_TEXT.laAll,
};

/**
 * One sentence for a shown figure: its value, then its gap to England CLA, to England all pupils and
 * to all pupils at the LA's own schools (la-comparisons.ts) where those are shown. Null when the figure itself is not shown.
 */
export function keySentence(r: MeasureRow | undefined, previous?: MeasureRow): string | null {
  if (!isShown(r)) return null;
  const d = DISPLAY_DECIMALS[r.unit];
  const title = SUBJECT[r.id] ?? measureTitle(r.id);
  const mine = roundTo(r.value, d);
  const parts: string[] = [];
  const verdicts: { who: string; better: boolean }[] = [];
  for (const scope of Object.keys(COMPARE_WITH)) {
    const b = benchmarkOf(r, scope, r.year);
    if (!b || b.symbol !== null || b.value === null || !Number.isFinite(b.value)) continue;
    const theirs = roundTo(b.value, d);
    const gap = roundTo(mine - theirs, d);
    const who = COMPARE_WITH[scope]!;
    const bench = formatValue(theirs, r.unit, null);
    if (gap === 0) parts.push(KEY_TEXT.same(who, bench));
    else {
      const size = Math.abs(gap);
      // the first gap names its unit ("3.2 points above"); later ones leave it understood
      const amount = verdicts.length === 0 ? `${formatNumber(size, d)} ${unitWord(r.unit, size)}` : formatNumber(size, d);
      parts.push(gap > 0 ? KEY_TEXT.above(amount, who, bench) : KEY_TEXT.below(amount, who, bench));
      verdicts.push({ who, better: gap < 0 });
    }
  }
  const value = formatValue(mine, r.unit, null);
  let s = `${title}${basisMark(r)} was ${value}`;
  if (isShown(previous)) s += ` (${formatValue(roundTo(previous.value, d), previous.unit, null)} in ${previous.year})`;
  if (parts.length === 0) return `${s}${KEY_TEXT.noBenchmark}`;
  s += `, ${listJoin(parts)}`;
  // Where lower is better, "above" reads as good news; say plainly which way it is.
  // (beside a comparison that is the same, the verdict names whom it is against)
  if (directionOf(r.id) === 'lower' && verdicts.length > 0) s += KEY_TEXT.lowerIsBetter(verdicts, verdicts.length < parts.length);
  return `${s}.`;
}

export interface KeyMessages {
  table: GenericTable;
  sentences: string[];
  notes: string[];
}

export interface KeyMessagesInput {
  rows: readonly MeasureRow[];
  year: string;
  cohort: string;
  /** Show `4 of 18, 22.2%` for this year's percentages (default true; the audience may not allow it). */
  counts?: boolean;
}

export function buildKeyMessages(input: KeyMessagesInput): KeyMessages | null {
  const { rows, year, cohort } = input;
  const last = shiftYear(year, -1);
  const ids = HEADLINE_MEASURES.filter((id) => totalRow(rows, id, year, cohort) !== undefined);
  if (ids.length === 0) return null;
  const headlineRows = ids.map((id) => totalRow(rows, id, year, cohort)!);
  const sn = snScope(headlineRows);
  const scopes: string[] = [...FIXED_SCOPES, ...(sn ? [sn] : [])];
  const headers = [
    KEY_TEXT.measureHeader,
    year,
    last ?? KEY_TEXT.lastYear,
    // every row compares with the same year, two years before the report's
    shiftYear(year, -2) ? KEY_TEXT.trendSince(shiftYear(year, -2)!) : KEY_TEXT.trendHeader,
    ...scopes.map((s) => SCOPE_LABELS[s] ?? s),
  ];
  const missing = new Set<string>();
  const body = ids.map((id, i) => {
    const r = headlineRows[i]!;
    const prev = last ? totalRow(rows, id, last, r.cohort) : undefined;
    const cells: string[] = [measureTitle(id), `${valueWithCounts(r, input.counts ?? true)}${basisMark(r)}`, prev ? `${formatValue(prev.value, prev.unit, prev.symbol)}${basisMark(prev)}` : 'x', trendOf(rows, id, year, cohort).text];
    for (const s of scopes) {
      // a measure of children in care of every age (placement moves, health checks) has no all-pupil figure: z, not x
      if (s === 'england_all' && !allPupilsApply(id)) {
        cells.push('z');
        continue;
      }
      const b = benchmarkOf(r, s, year);
      if (!b) missing.add(SCOPE_LABELS[s] ?? s);
      cells.push(b ? formatValue(b.value, r.unit, b.symbol) : 'x');
    }
    return cells;
  });
  const notes: string[] = [KEY_TEXT.trendNote];
  if (missing.size > 0) notes.push(KEY_TEXT.missingBenchmarks([...missing]));
  // an unadjusted or approximate figure says why beside the headline table, in the words of its own row
  // (its basisNote, set with its basis where it was computed: figureBasisWhy)
  for (const r of headlineRows) {
    const why = figureBasisWhy(r);
    if (why) notes.push(`${measureTitle(r.id)}, ${r.year}: ${why}.`);
  }
  const sentences = headlineRows.map((r) => keySentence(r, last ? totalRow(rows, r.id, last, r.cohort) : undefined)).filter((s): s is string => s !== null);
  return {
    table: { kind: 'generic', id: 'key-headline', title: KEY_TEXT.tableTitle(year), sheet: KEY_TEXT.tableSheet(year), headers, rows: body, numericColumns: headers.map((_, j) => j > 0 && j !== 3) },
    sentences,
    notes,
  };
}
