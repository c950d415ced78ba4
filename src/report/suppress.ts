/**
 * Small-number suppression (measures.md, "Small numbers"; GSS symbol `c`). Pure: returns new rows.
 *
 * threshold 0 turns suppression off (rows are returned as copies, unchanged).
 *
 * PRIMARY — a row is suppressed when
 *   1. unit 'count' and 0 < value < threshold;
 *   2. any other unit and 0 < denominator < threshold;
 *   3. unit 'percent' or 'rate' and 0 < numerator < threshold. The numerator of a percentage or rate is
 *      a count of children, and value × denominator would give it back. This is the DfE's own practice:
 *      in the KS4/KS2 CLA LA tables (reference/dfe-benchmarks/ks4_la.csv) no LA numerator below 6 is
 *      published; a small numerator shows `c` in both the count and the percentage column.
 *      (The numerator of a mean or score is a points total, not a count: rule 3 does not apply.)
 *
 * ZERO COUNTS are shown. The DfE publishes true zeros (e.g. OC2 development checks "0" in
 * la_conviction_health_outcome_cla.csv) and the GSS guidance treats suppression of 1..n as the
 * standard; a zero reveals nothing about an individual child that the total does not already. A
 * percentage of 0 % (or 100 %) is still suppressed when its denominator is small (rule 2), which
 * covers the group-disclosure case (“none of the 3 children…”).
 *
 * A suppressed row gets value, numerator, denominator, ci and note = null, symbol 'c', and every
 * benchmark gap = null (a gap would give the value back). Benchmark values themselves are public
 * and are kept. Rows that already carry a symbol (`x`, `z`, or `c`) are left as they are.
 *
 * SECONDARY (complementary) — breakdown rows are grouped by id, year, la, cohort and breakdown
 * dimension (the sorted keys of `breakdown`, e.g. `sex`). The group's total is the row with the same
 * id, year, la and cohort and breakdown null. When the total is shown and exactly one category of the
 * group is hidden, and that category is `c`, the hidden figure could be worked out by subtraction; so
 * the shown category with the smallest size (count value, otherwise denominator; ties: the first
 * category value in code-point order) is suppressed as well. A category hidden as `x` or `z` already
 * protects the `c` (the difference is their sum). Groups without a total row in `rows` get no
 * secondary suppression: the caller must pass the total with its breakdowns. Breakdowns over two
 * dimensions at once (e.g. {sex, age}) are grouped on both keys and are protected only against their
 * own total, not against the one-dimensional breakdowns.
 */
import type { MeasureRow } from '../measures/row.js';
import { ERRORS } from './messages.js';

export function suppress(rows: readonly MeasureRow[], threshold: number): MeasureRow[] {
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError(ERRORS.badThreshold(threshold));
  const copies = rows.map(copyRow);
  if (threshold === 0) return copies;
  const out = copies.map((r) => (needsPrimary(r, threshold) ? suppressedCopy(r) : r));
  applySecondary(out);
  return out;
}

function copyRow(r: MeasureRow): MeasureRow {
  return {
    ...r,
    breakdown: r.breakdown ? { ...r.breakdown } : null,
    ci: r.ci ? [r.ci[0], r.ci[1]] : null,
    benchmarks: r.benchmarks.map((b) => ({ ...b })),
  };
}

/** Is this row below the threshold on its own (rules 1–3 above)? */
export function needsPrimary(r: MeasureRow, threshold: number): boolean {
  if (threshold <= 0 || r.symbol !== null) return false;
  const small = (n: number | null): boolean => n !== null && n > 0 && n < threshold;
  if (r.unit === 'count') return small(r.value);
  if (small(r.denominator)) return true;
  if ((r.unit === 'percent' || r.unit === 'rate') && small(r.numerator)) return true;
  return false;
}

export function suppressedCopy(r: MeasureRow): MeasureRow {
  return {
    ...r,
    value: null,
    symbol: 'c',
    numerator: null,
    denominator: null,
    ci: null,
    note: null,
    benchmarks: r.benchmarks.map((b) => ({ ...b, gap: null })),
  };
}

function baseKey(r: MeasureRow): string {
  return JSON.stringify([r.id, r.year, r.la, r.cohort]);
}

/** Size used to choose the complementary cell: the count, or the denominator. */
function sizeOf(r: MeasureRow): number {
  const n = r.unit === 'count' ? r.value : r.denominator;
  return n ?? Number.POSITIVE_INFINITY;
}

function categoryLabel(r: MeasureRow): string {
  const b = r.breakdown ?? {};
  return Object.keys(b)
    .sort()
    .map((k) => `${k}=${b[k]}`)
    .join('&');
}

function applySecondary(rows: MeasureRow[]): void {
  const totals = new Map<string, number>();
  const groups = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.breakdown === null) {
      totals.set(baseKey(r), i);
      return;
    }
    const dim = Object.keys(r.breakdown).sort().join('&');
    const key = `${baseKey(r)}|${dim}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  for (const [key, members] of groups) {
    const totalIdx = totals.get(key.slice(0, key.lastIndexOf('|')));
    if (totalIdx === undefined || rows[totalIdx]!.symbol !== null) continue;
    const hidden = members.filter((i) => rows[i]!.symbol !== null);
    if (hidden.length !== 1 || rows[hidden[0]!]!.symbol !== 'c') continue;
    const shown = members.filter((i) => rows[i]!.symbol === null);
    if (shown.length === 0) continue;
    shown.sort((a, b) => cmp(sizeOf(rows[a]!), sizeOf(rows[b]!)) || cmp(categoryLabel(rows[a]!), categoryLabel(rows[b]!)));
    const pick = shown[0]!;
    rows[pick] = suppressedCopy(rows[pick]!);
  }
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
