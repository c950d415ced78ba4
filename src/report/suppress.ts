/**
 * Small-number suppression: the one function `report`, `benchmark`, `model` and `export` run
 * (measures.md, "Small numbers"; GSS symbols; issue 16). Pure: returns new rows. README
 * "Small-number suppression" states the same rules for users, with a worked example.
 *
 * threshold 0 turns suppression off (rows are returned as copies; internal use only).
 *
 * PRIMARY — a shown row becomes `c` when
 *   1. the children behind it (`children`: the count itself, the pupils with a value, the pupils whose
 *      sessions are counted) are between 1 and threshold − 1, whatever the unit of the value;
 *   2. it is a percentage or rate whose numerator counts children (its denominator is children, not
 *      sessions) and that numerator is between 1 and threshold − 1 (DfE practice: no LA numerator
 *      below the threshold in reference/dfe-benchmarks/ks4_la.csv; value × denominator gives it back);
 *   3. ALL-OR-NONE: it is a percentage of exactly 0 or 100 on fewer than 2 × threshold children
 *      ("0 of 6", "100 % of 6" tell every child's outcome). The DfE's OC2 file shows 100 % only on 11
 *      or more children (at its threshold of 6); 2 × threshold is a little stricter.
 * In the `board` audience, headline rows (no breakdown) are exempt from 1–3: the LA's own board sees
 * "4/18 (22.2%)"; every breakdown cell is still protected.
 *
 * A `c` row has value, numerator, denominator, children, ci and note null, and every benchmark gap
 * null (a gap gives the value back); benchmark values are public and kept. Rows already `x`/`z` keep
 * their symbol, and whatever figures they publish (e.g. a denominator of 0) count as published; one
 * whose children are 1 to threshold − 1 publishes neither them nor its numerator and denominator.
 *
 * SECONDARY, PROVED — rows of one measure, year, LA and cohort form a table: the total (breakdown
 * null) and, per breakdown dimension, parts adding up to it. For every additive quantity (children;
 * numerator and denominator of non-counts) the differencing attacker of differencing.ts must pin no
 * `c` cell, nor a `c` percentage through its numerator and denominator. While it can, the next
 * smallest shown part (by children, zero parts last; ties: category label in code-point order) of the
 * dimension where the attack succeeded is also made `c` (GSS practice). A pinned total is protected by
 * a part of a dimension with no hidden part. Totals are never chosen as complements. When nothing
 * is left to hide (every part already `c`), what remains is what the shown total itself says (e.g. a
 * total of 0 % says every part is 0 %), which is not a disclosure by differencing.
 *
 * Count rows of a breakdown publish the total as their denominator: it is removed when the total is `c`.
 * A note that splits a count by reason (the linkage row's "Not matched: 8 …; 1 …") loses its counts
 * when any of them is small (noteWithoutSmallCounts).
 * Breakdowns over two dimensions at once are checked against the total as one more dimension.
 */
import type { GssSymbol, MeasureRow, SymbolReason } from '../measures/row.js';
import { noteFromParts } from '../domain/measure-row.js';
import { ERRORS } from './messages.js';
import { pinnedCells, ratioPinned, type TableCell } from './differencing.js';
import type { ExpectedObservedResult } from '../model/index.js';

export type Audience = 'public' | 'board';
export const AUDIENCES: readonly Audience[] = ['public', 'board'];

export type { SymbolReason };

export interface SuppressOptions {
  /** Default 'public'. */
  audience?: Audience;
}

export function suppress(rows: readonly MeasureRow[], threshold: number, options: SuppressOptions = {}): MeasureRow[] {
  if (!Number.isInteger(threshold) || threshold < 0) throw new RangeError(ERRORS.badThreshold(threshold));
  const audience = options.audience ?? 'public';
  const copies = rows.map(copyRow);
  if (threshold === 0) return copies;
  const out = copies.map((r) => {
    const why = primaryReason(r, threshold, audience);
    if (why) return suppressedCopy(r, why);
    // an x or z row keeps its symbol but publishes no small count of children (nor the figures that give it)
    if (r.symbol !== null && !(audience === 'board' && r.breakdown === null) && r.children !== null && r.children > 0 && r.children < threshold) {
      return { ...r, children: null, numerator: null, denominator: null };
    }
    return r;
  });
  applySecondary(out, rows);
  for (const r of out) noteWithoutSmallCounts(r, threshold);
  return out;
}

/**
 * A note that breaks a shown count into parts (`noteParts`: "Not matched: 8 with a placeholder instead
 * of a UPN, ...; 1 with no pupil record for their UPN", the linkage row) is a breakdown: when any part
 * is 1 to threshold − 1 the note is rewritten from the parts with the reasons only ("Not matched: with a
 * placeholder ...; with no pupil record ..."), since the shown numerator and denominator give the parts'
 * sum and one hidden part would follow from the others. The parts are then dropped from the row, so no
 * output can publish them; a suppressed row (c) has no note at all. The note's words are never parsed.
 */
function noteWithoutSmallCounts(r: MeasureRow, threshold: number): void {
  const parts = r.noteParts;
  if (!parts) return;
  delete r.noteParts;
  if (r.symbol !== null) return;
  const small = threshold > 0 && parts.parts.some((x) => x.count > 0 && x.count < threshold);
  r.note = noteFromParts(parts, !small);
}

/** What a GSS symbol means, as published beside it (JSON `suppression`). */
export type SymbolMeaning = 'confidential' | 'not_available' | 'not_applicable';

/**
 * The published meaning of a row's symbol: `c` confidential, `x` not available, `z` not applicable,
 * null for a shown figure. Primary and secondary (complement) suppression are both `confidential`:
 * telling them apart would tell the reader that one cell holds fewer children than the threshold and
 * the other at least the threshold, and those bounds can pin both (a table of 20 with one shown part
 * of 14: a small cell and its complement share 6, so they are 1 and 5). `symbolReason` keeps the
 * reason for the tool's own use and tests.
 */
export function symbolMeaning(symbol: GssSymbol | null): SymbolMeaning | null {
  return symbol === 'c' ? 'confidential' : symbol === 'x' ? 'not_available' : symbol === 'z' ? 'not_applicable' : null;
}

/** Why a cell shows its symbol: `c` with its reason, `x`/`z`, or null for a shown figure. */
export function symbolReason(r: MeasureRow): SymbolReason | null {
  if (r.symbol === 'x') return 'not_available';
  if (r.symbol === 'z') return 'not_applicable';
  if (r.symbol === 'c') return r.suppression ?? 'small';
  return null;
}

function copyRow(r: MeasureRow): MeasureRow {
  return {
    ...r,
    breakdown: r.breakdown ? { ...r.breakdown } : null,
    ci: r.ci ? [r.ci[0], r.ci[1]] : null,
    benchmarks: r.benchmarks.map((b) => ({ ...b })),
  };
}

/** Does the numerator count children (a percentage of children, a rate's count), not sessions or points? */
export function numeratorCountsChildren(r: MeasureRow): boolean {
  if (r.unit === 'rate') return true;
  // a percentage whose denominator is the children behind it; absence divides sessions by sessions
  return r.unit === 'percent' && r.denominator !== null && r.denominator === r.children;
}

/** Is this row below the threshold on its own (rules 1–3 above)? */
export function needsPrimary(r: MeasureRow, threshold: number, audience: Audience = 'public'): boolean {
  return primaryReason(r, threshold, audience) !== null;
}

function primaryReason(r: MeasureRow, threshold: number, audience: Audience): SymbolReason | null {
  if (threshold <= 0 || r.symbol !== null) return null;
  if (audience === 'board' && r.breakdown === null) return null;
  const small = (n: number | null): boolean => n !== null && n > 0 && n < threshold;
  const children = r.children ?? (r.unit === 'count' ? r.value : r.denominator);
  if (small(children)) return 'small';
  if (numeratorCountsChildren(r) && small(r.numerator)) return 'small_numerator';
  if (r.unit === 'percent' && children !== null && children > 0 && children < 2 * threshold && r.numerator !== null && r.denominator !== null
    && (r.numerator === 0 || r.numerator === r.denominator)) return 'all_or_none';
  return null;
}

export function suppressedCopy(r: MeasureRow, why: SymbolReason = 'small'): MeasureRow {
  return {
    ...r,
    value: null,
    symbol: 'c' as GssSymbol,
    suppression: why,
    numerator: null,
    denominator: null,
    children: null,
    ci: null,
    note: null,
    basis: undefined,
    basisNote: undefined,
    benchmarks: r.benchmarks.map((b) => ({ ...b, gap: null })),
  };
}

function baseKey(r: MeasureRow): string {
  return JSON.stringify([r.id, r.year, r.la, r.cohort]);
}

function dimOf(r: MeasureRow): string | null {
  return r.breakdown === null ? null : Object.keys(r.breakdown).sort().join('&');
}

function categoryLabel(r: MeasureRow): string {
  const b = r.breakdown ?? {};
  return Object.keys(b).sort().map((k) => `${k}=${b[k]}`).join('&');
}

type Quantity = 'children' | 'numerator' | 'denominator';

/** The additive figures of a row as the attacker sees them (a count's value is its children). */
function published(r: MeasureRow, q: Quantity): number | null {
  if (r.symbol === 'c') return null;
  if (r.unit === 'count') return q === 'children' ? (r.value ?? r.children) : null;
  if (q === 'numerator') return r.numerator ?? (r.value !== null && r.denominator !== null && r.unit !== 'percent' ? r.value * r.denominator : null);
  return r[q];
}

/**
 * The least a part can hold, as the attacker knows it: a breakdown lists a category only when it has
 * children, so a listed part's children (and a denominator that counts them) are at least 1. Taken
 * from the unsuppressed row (`original`) where there is one: 1 only where that is true, the most the
 * attacker can know. Without `original`, from the row itself (0 for a hidden cell: no bound).
 */
function leastOf(r: MeasureRow, o: MeasureRow | undefined, q: Quantity): number {
  if (r.breakdown === null || q === 'numerator') return 0;
  const src = o ?? r;
  const children = src.children ?? (src.unit === 'count' ? src.value : null);
  if (children === null || children < 1) return 0;
  if (q === 'children') return 1;
  return src.unit !== 'count' && src.denominator !== null && src.denominator === src.children ? 1 : 0;
}

function tableCells(rows: readonly MeasureRow[], members: number[], q: Quantity, original?: readonly MeasureRow[]): TableCell[] {
  return members.map((i) => ({ dim: dimOf(rows[i]!), published: published(rows[i]!, q), protect: rows[i]!.symbol === 'c', min: leastOf(rows[i]!, original?.[i], q) }));
}

/**
 * Every way the attacker can pin a `c` cell of this table: the member indices pinned. `original`: the
 * rows before suppression (same indices), for the least each hidden part is known to hold.
 */
export function attackTable(rows: readonly MeasureRow[], members: number[], original?: readonly MeasureRow[]): Set<number> {
  const pinned = new Set<number>();
  const unit = rows[members[0]!]!.unit;
  const quantities: Quantity[] = unit === 'count' ? ['children'] : ['children', 'numerator', 'denominator'];
  for (const q of quantities) {
    const nonNegative = !(q === 'numerator' && unit === 'score');
    for (const k of pinnedCells(tableCells(rows, members, q, original), nonNegative)) pinned.add(members[k]!);
  }
  if (unit === 'percent') for (const k of ratioPinned(tableCells(rows, members, 'numerator'), tableCells(rows, members, 'denominator'))) pinned.add(members[k]!);
  return pinned;
}

function applySecondary(rows: MeasureRow[], original: readonly MeasureRow[]): void {
  const tables = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const k = baseKey(r);
    const t = tables.get(k);
    if (t) t.push(i);
    else tables.set(k, [i]);
  });
  for (const members of tables.values()) {
    const total = members.find((i) => rows[i]!.breakdown === null);
    if (total === undefined || members.length < 2) continue;
    for (let guard = 0; guard <= members.length; guard++) {
      const pinned = attackTable(rows, members, original);
      if (pinned.size === 0) break;
      // The first pinned cell a complement can protect: a cell pinned whatever is hidden (every part's
      // numerator under a published total of 0 %) must not stop the others being protected.
      let pick: number | null = null;
      for (const target of [...pinned].sort((a, b) => a - b)) if ((pick = complementFor(rows, original, members, target)) !== null) break;
      if (pick === null) break;
      rows[pick] = suppressedCopy(rows[pick]!, 'complement');
    }
    if (rows[total]!.symbol === 'c') {
      for (const i of members) if (rows[i]!.unit === 'count' && rows[i]!.breakdown !== null) rows[i]!.denominator = null;
    }
  }
}

/** The next smallest shown part that protects cell `target` (by children; zero parts last). */
function complementFor(rows: MeasureRow[], original: readonly MeasureRow[], members: number[], target: number): number | null {
  const shownIn = (dim: string) => members.filter((i) => dimOf(rows[i]!) === dim && rows[i]!.symbol !== 'c');
  let candidates: number[];
  const dim = dimOf(rows[target]!);
  if (dim !== null) candidates = shownIn(dim);
  else {
    const dims = [...new Set(members.map((i) => dimOf(rows[i]!)).filter((d): d is string => d !== null))].sort();
    const open = dims.find((d) => members.every((i) => dimOf(rows[i]!) !== d || rows[i]!.symbol !== 'c'));
    candidates = open === undefined ? [] : shownIn(open);
  }
  if (candidates.length === 0) return null;
  const size = (i: number): number => {
    const o = original[i]!;
    const n = o.children ?? (o.unit === 'count' ? o.value : o.denominator);
    return n === null ? Number.POSITIVE_INFINITY : n === 0 ? Number.MAX_SAFE_INTEGER : n;
  };
  candidates.sort((a, b) => size(a) - size(b) || cmp(categoryLabel(rows[a]!), categoryLabel(rows[b]!)));
  return candidates[0]!;
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One group of a whole split into groups (expected versus observed by LA or school; pupil counts per
 * school or LA): its pupils and, where the group's mean of a signed figure is published (its mean
 * residual), the sum of that figure.
 */
export interface PartitionGroup {
  key: string;
  children: number;
  sum?: number;
  /** false: the group is not published at all (another LA's, in one LA's report): an unknown to the attacker. */
  published?: boolean;
}

/**
 * Suppression for groups that add up to a whole whose size is published (`model`'s expected versus
 * observed and the same in `benchmark` and the report's model section). The whole is the total row
 * and the groups the parts of one breakdown, run through `suppress`, so the primary rules and the
 * proved secondary suppression are the report's own: a group of 1 to threshold − 1 pupils is `c`, and
 * while the whole minus the shown groups (pupils, or pupils × mean residual: an OLS fit's residuals
 * add up to 0 over its sample, so the attacker knows that sum too) gives a `c` group back, the next
 * smallest group is `c` as well. A listed group has at least one pupil, and the attacker knows it.
 * The whole itself is a headline: `c` when small in the public audience, shown in the board's.
 *
 * Returns why the whole is `c` (or null), and group key → why it is `c`; a group not in the map is shown.
 */
export function suppressPartition(groups: readonly PartitionGroup[], threshold: number, audience: Audience = 'public'): { whole: SymbolReason | null; groups: Map<string, SymbolReason> } {
  const base = { id: 'partition', year: '', la: '', cohort: '', unit: 'score' as const, ci: null, note: null, benchmarks: [] };
  const row = (breakdown: Record<string, string> | null, children: number, sum: number | undefined): MeasureRow => ({
    // without sums no figure but the pupils is published: value and numerator stay unknown to the attacker
    ...base, breakdown, children, denominator: children, numerator: sum ?? null, value: sum === undefined || children === 0 ? null : sum / children, symbol: null,
  });
  const hasSums = groups.some((g) => g.sum !== undefined);
  const total = row(null, groups.reduce((a, g) => a + g.children, 0), hasSums ? groups.reduce((a, g) => a + (g.sum ?? 0), 0) : undefined);
  const parts = groups.map((g): MeasureRow => g.published === false
    ? { ...row({ group: g.key }, 0, undefined), children: null, denominator: null, numerator: null, value: null, symbol: 'x' }
    : row({ group: g.key }, g.children, hasSums ? (g.sum ?? 0) : undefined));
  const out = suppress([total, ...parts], threshold, { audience });
  const hidden = new Map<string, SymbolReason>();
  groups.forEach((g, i) => {
    const r = out[i + 1]!;
    if (g.published !== false && r.symbol === 'c') hidden.set(g.key, r.suppression ?? 'small');
  });
  return { whole: out[0]!.symbol === 'c' ? (out[0]!.suppression ?? 'small') : null, groups: hidden };
}

/**
 * Expected versus observed groups (by LA or school) through `suppressPartition`: each group's pupils
 * and the sum of its residuals; the whole is the pupils compared. `publish`: which groups the output
 * shows at all (default every one).
 */
export function suppressExpectedObserved(eo: ExpectedObservedResult, threshold: number, options: { audience?: Audience; publish?: (group: string) => boolean } = {}) {
  const publish = options.publish ?? (() => true);
  return suppressPartition(eo.groups.map((g) => ({ key: g.group, children: g.pupils, sum: g.meanResidual * g.pupils, published: publish(g.group) })), threshold, options.audience);
}

/** A count shown, or `c`. */
export type CountCell = number | 'c';

/**
 * A small table of counts of children through `suppress`: a whole and, per dimension, the parts that
 * add up to it (a linkage summary: school-age children = matched + each reason unmatched). Parts that
 * are not printed but follow from printed figures (pupils − linked) must be given too: they are
 * treated as published. Returns the same shape with `c` where a count is suppressed.
 */
export function suppressCountTable(table: { total: number; dims: Record<string, Record<string, number>> }, threshold: number, audience: Audience = 'public'): { total: CountCell; dims: Record<string, Record<string, CountCell>> } {
  const base = { id: 'counts', year: '', la: '', cohort: '', unit: 'count' as const, denominator: null, ci: null, note: null, benchmarks: [], symbol: null };
  const rows: MeasureRow[] = [{ ...base, breakdown: null, value: table.total, numerator: table.total, children: table.total }];
  const where: [string, string][] = [];
  for (const [dim, parts] of Object.entries(table.dims)) for (const [cat, n] of Object.entries(parts)) {
    rows.push({ ...base, breakdown: { [dim]: cat }, value: n, numerator: n, children: n });
    where.push([dim, cat]);
  }
  const out = suppress(rows, threshold, { audience });
  const cell = (r: MeasureRow): CountCell => (r.symbol === 'c' ? 'c' : r.value!);
  const dims: Record<string, Record<string, CountCell>> = {};
  where.forEach(([dim, cat], i) => { (dims[dim] ??= {})[cat] = cell(out[i + 1]!); });
  return { total: cell(out[0]!), dims };
}
