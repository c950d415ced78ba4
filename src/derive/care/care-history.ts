import { coverageOf } from './coverage.js';
import { childKey } from './episode-order.js';
import { periodsOfCare } from './periods-of-care.js';
import { isRespite } from './respite.js';
import type { CareHistory, MergedEpisode } from './types.js';

/** One child's care history from its merged episodes (in `mergeReturns` order). */
export function buildCareHistory(episodes: MergedEpisode[]): CareHistory {
  const first = episodes[0];
  if (!first) throw new Error('buildCareHistory needs at least one episode');
  const care = episodes.filter((e) => !isRespite(e));
  return {
    la: first.la,
    child: first.child,
    episodes,
    care,
    respite: episodes.filter(isRespite),
    periods: periodsOfCare(care),
    coverage: coverageOf(care),
  };
}

/** Every child's history, keyed by `childKey(la, child)`, from the output of `mergeReturns`. */
export function buildCareHistories(merged: MergedEpisode[]): Map<string, CareHistory> {
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
  for (const [key, rows] of byChild) histories.set(key, buildCareHistory(rows));
  return histories;
}
