import { isLeftCensored } from './censoring.js';
import { coverageOf } from './coverage.js';
import { childKey } from './episode-order.js';
import { periodsOfCare } from './periods-of-care.js';
import { isRespite } from './respite.js';
import type { CareHistory, MergedEpisode } from './types.js';

/**
 * One child's care history from its merged episodes (in `mergeReturns` order). `earliestReturn`:
 * the LA's earliest return year; with it, a first period that began before the returns is marked
 * left-censored (censoring.ts). Null: nothing is marked (the history is taken as complete).
 */
export function buildCareHistory(episodes: MergedEpisode[], earliestReturn: number | null = null): CareHistory {
  const first = episodes[0];
  if (!first) throw new Error('buildCareHistory needs at least one episode');
  const care = episodes.filter((e) => !isRespite(e));
  const periods = periodsOfCare(care);
  if (periods[0]) periods[0].leftCensored = isLeftCensored(periods[0], earliestReturn);
  return {
    la: first.la,
    child: first.child,
    episodes,
    care,
    respite: episodes.filter(isRespite),
    periods,
    coverage: coverageOf(care),
    earliestReturn,
  };
}

/**
 * Every child's history, keyed by `childKey(la, child)`, from the output of `mergeReturns`.
 * `earliestReturnByLa`: each LA's earliest return year (see `buildCareHistory`).
 */
export function buildCareHistories(merged: MergedEpisode[], earliestReturnByLa: ReadonlyMap<string, number> = new Map()): Map<string, CareHistory> {
  const byChild = new Map<string, MergedEpisode[]>();
  let previous: MergedEpisode | undefined;
  let rows: MergedEpisode[] = [];
  for (const e of merged) {
    // `mergeReturns` output is grouped by child: look the key up only where the child changes.
    if (!previous || previous.la !== e.la || previous.child !== e.child) {
      const key = childKey(e.la, e.child);
      const existing = byChild.get(key);
      if (existing) rows = existing;
      else byChild.set(key, (rows = []));
    }
    rows.push(e);
    previous = e;
  }
  const histories = new Map<string, CareHistory>();
  for (const [key, rows] of byChild) histories.set(key, buildCareHistory(rows, earliestReturnByLa.get(rows[0]!.la) ?? null));
  return histories;
}
