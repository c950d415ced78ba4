/**
 * The LA's own pupils beside the report's cohort (issue 17 item 2): each headline row of the cohort
 * (children looked after) gets the same measure for all pupils at the LA's schools (`la_all_pupils`)
 * and for those pupils less the children looked after 12 months (`la_not_looked_after`), computed
 * from the pupil files in the same run and carried as two more benchmark columns, so every output
 * shows them beside the published figures without a second run.
 *
 * Privacy: the comparison rows go through the same `suppress` as every row before they arrive here.
 * Only rates, percentages, means and scores are set beside the cohort, never counts, and each value
 * is rounded to the precision it is shown at (as a published figure is): the two columns differ by
 * the looked-after pupils at the LA's schools, and unrounded figures over known denominators would
 * let that small group be worked out by differencing. A suppressed cohort figure has no gap.
 */
import { DISPLAY_DECIMALS, roundTo } from './format.js';
import type { BenchmarkValue, MeasureRow } from '../measures/row.js';
import { LA_COMPARISON_TEXT } from './messages.js';
import { figureBasisWhy } from '../measures/p8/index.js';

export const LA_ALL_PUPILS = 'la_all_pupils';
export const LA_NOT_LOOKED_AFTER = 'la_not_looked_after';
export const LA_SCOPES: readonly string[] = [LA_ALL_PUPILS, LA_NOT_LOOKED_AFTER];

/**
 * Whether a benchmark column does not apply to a row (`z`, not `x`): the LA's own comparison columns
 * where the row has none, and any published column beside a count, which compares with the LA's own
 * published count only (an LA's number of children against England's means nothing; attach-benchmarks.ts).
 */
export function benchmarkNotApplicable(r: { unit: string }, scope: string): boolean {
  return LA_SCOPES.includes(scope) || (r.unit === 'count' && scope !== 'la_published');
}

export interface LaComparison {
  scope: string;
  /** Suppressed rows of the comparison cohort (totals). */
  rows: readonly MeasureRow[];
}

function comparisonValue(r: MeasureRow, c: MeasureRow | undefined, scope: string): BenchmarkValue {
  const source = LA_COMPARISON_TEXT.source(scope);
  if (!c) return { scope, year: r.year, value: null, symbol: 'x', gap: null, source };
  if (c.symbol !== null || c.value === null || !Number.isFinite(c.value)) return { scope, year: r.year, value: null, symbol: c.symbol ?? 'x', gap: null, source };
  const value = roundTo(c.value, DISPLAY_DECIMALS[c.unit]);
  const gap = r.symbol === null && r.value !== null && Number.isFinite(r.value) ? roundTo(r.value - value, 10) : null;
  // a comparison figure computed unadjusted or approximately says so where its source is given
  // (its basisNote, set with its basis where it was computed: figureBasisWhy)
  const why = figureBasisWhy(c);
  return { scope, year: r.year, value, symbol: null, gap, source: why ? `${source}. ${why}` : source };
}

/**
 * New rows with the comparison columns added to every total row (breakdown null) of the report's
 * cohort whose measure the comparison cohorts are measured on (a row of that id and year exists in
 * some comparison). Other rows are returned unchanged. Pure.
 */
export function attachLaComparisons(rows: readonly MeasureRow[], cohort: string, comparisons: readonly LaComparison[]): MeasureRow[] {
  const measured = new Set(comparisons.flatMap((c) => c.rows.map((r) => `${r.id}|${r.year}`)));
  return rows.map((r) => {
    if (r.breakdown !== null || r.cohort !== cohort || r.unit === 'count' || !measured.has(`${r.id}|${r.year}`)) return r;
    const added = comparisons
      .filter((c) => !(c.scope === LA_ALL_PUPILS && cohort === 'all'))
      .map((c) => comparisonValue(r, c.rows.find((x) => x.id === r.id && x.year === r.year && x.breakdown === null), c.scope));
    return { ...r, benchmarks: [...r.benchmarks, ...added] };
  });
}
