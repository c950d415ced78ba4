/**
 * Pure: turns suppressed total measure rows of many LAs into benchmark output rows, each with its
 * direction, rank in the run, rank among published LAs (none for a neutral measure, which has no
 * better direction) and gap to its statistical neighbours.
 * Ranks are taken within one measure id, year and cohort. Row order: measure (catalogue order, then
 * unknown ids by name), year, cohort, LA.
 */
import type { MeasureRow } from '../measures/row.js';
import { measureRowJson } from '../report/render-json.js';
import { roundTo } from '../report/format.js';
import { directionOf } from '../measures/registry.js';
import { rankAmong, rankValues } from './rank.js';
import type { PublishedFigures } from './published-figures.js';
import type { BenchmarkRowOut } from './schema.js';

export interface RankRowsOptions {
  /** Measure ids in display order (the catalogue). */
  measureOrder: readonly string[];
  /** Statistical-neighbour grouping whose mean gives gapToNeighbours. */
  neighbourGrouping: 2021 | 2025;
  /** Published LA figures by measure and year; omit for no rankAmongPublished. */
  published?: PublishedFigures;
}

const round2 = (n: number): number => roundTo(n, 2);
const groupKey = (r: MeasureRow): string => JSON.stringify([r.id, r.year, r.cohort]);

export function rankRows(rows: readonly MeasureRow[], o: RankRowsOptions): BenchmarkRowOut[] {
  const totals = rows.filter((r) => r.breakdown === null);
  const groups = new Map<string, MeasureRow[]>();
  for (const r of totals) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
  const ranks = new Map<string, ReturnType<typeof rankValues>>();
  for (const [key, members] of groups) {
    const direction = directionOf(members[0]!.id);
    // a measure with no better direction (a count of children, say) is not ranked: rank 1 would read as "best"
    if (direction !== 'neutral') ranks.set(key, rankValues(new Map(members.map((r) => [r.la, r.symbol === null ? r.value : null])), direction));
  }
  const order = new Map(o.measureOrder.map((id, i) => [id, i]));
  const sorted = [...totals].sort((a, b) =>
    cmp(order.get(a.id) ?? order.size, order.get(b.id) ?? order.size) || cmp(a.id, b.id) || cmp(a.year, b.year) || cmp(a.cohort, b.cohort) || cmp(a.la, b.la));
  return sorted.map((r) => {
    const direction = directionOf(r.id);
    const shownValue = r.symbol === null ? r.value : null;
    const others = o.published ? [...o.published(r.id, r.year)].filter(([la]) => la !== r.la).map(([, v]) => v) : [];
    const sn = r.benchmarks.find((b) => b.scope === `sn_cla_12m_${o.neighbourGrouping}`);
    return {
      ...measureRowJson(r),
      breakdown: null,
      ci: r.ci ? [round2(r.ci[0]), round2(r.ci[1])] : null,
      direction,
      rankInRun: ranks.get(groupKey(r))?.get(r.la) ?? null,
      rankAmongPublished: direction === 'neutral' ? null : rankAmong(shownValue, others, direction),
      gapToNeighbours: shownValue === null || sn?.gap === null || sn?.gap === undefined ? null : round2(sn.gap),
    };
  });
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
