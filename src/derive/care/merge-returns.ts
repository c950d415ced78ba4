import { dayNumber } from '../../domain/dates.js';
import type { RuleId } from '../../domain/rule-ids.js';
import { april1 } from '../../domain/years.js';
import { compareEpisodes, compareText } from './episode-order.js';
import type { EpisodeRecord, MergedEpisode } from './types.js';

/** The rule an episode closed at the end of its return year is reported under (by link, src/link/care-data.ts; also checked on the validated Episodes, so `validate` reports it). */
export const EPISODE_OPEN_MISSING_RULE: RuleId = 'episode-open-missing-from-later-return';

/**
 * Where an open episode missing from every later return, with no later episode, is closed.
 * definitions.md §1 says "closed at 31 March of its return year"; that return reported the child
 * as still looked after at the end of 31 March (the episode was open), and with `[DECOM, DEC)`
 * spans a DEC of 31 March would un-count the child from that return's own "CLA at 31 March".
 * So the episode is closed at the END of 31 March: DEC = 1 April of the return year, which keeps
 * the child looked after on 31 March as the return said, and not a day longer.
 */
export function returnEndClosingDate(returnYear: number): string {
  return april1(returnYear);
}

/**
 * Pools the Episodes rows of all returns per child (definitions.md §1 "Merge returns"):
 * - the same episode (LA, CHILD, DECOM) in several returns: the latest return's copy wins;
 * - an episode left open in a return and missing from the LA's later returns is closed at the
 *   child's next episode's DECOM, or, with no later episode, at the end of its return year
 *   (see `returnEndClosingDate`); those episodes are also listed in `closedAtReturnEnd` (in output
 *   order) for the caller to report under EPISODE_OPEN_MISSING_RULE (derive raises no findings).
 * Duplicates within one return, overlaps and DEC before DECOM are kept as they are (validation
 * reports them). Output: grouped by child key (sorted), each child's episodes in `compareEpisodes` order.
 * `lastReturnYearByLa`: the latest return year each LA supplied (any table); the latest year seen
 * in `episodes` for the LA is used when it is later.
 */
export function mergeReturns(
  episodes: EpisodeRecord[],
  lastReturnYearByLa: Map<string, number>,
): { episodes: MergedEpisode[]; closedAtReturnEnd: MergedEpisode[] } {
  const lastReturn = new Map(lastReturnYearByLa);
  const byLa = new Map<string, Map<string, EpisodeRecord[]>>();
  for (const e of episodes) {
    if (e.returnYear > (lastReturn.get(e.la) ?? -Infinity)) lastReturn.set(e.la, e.returnYear);
    let children = byLa.get(e.la);
    if (!children) byLa.set(e.la, (children = new Map()));
    const rows = children.get(e.child);
    if (rows) rows.push(e);
    else children.set(e.child, [e]);
  }
  const merged: MergedEpisode[] = [];
  const closedAtReturnEnd: MergedEpisode[] = [];
  for (const la of [...byLa.keys()].sort(compareText)) {
    const children = byLa.get(la)!;
    for (const child of [...children.keys()].sort(compareText)) {
      mergeChild(children.get(child)!, lastReturn.get(la)!, merged, closedAtReturnEnd);
    }
  }
  return { episodes: merged, closedAtReturnEnd };
}

/** Merges one child's rows (see `mergeReturns`), appending to `merged` and `closedAtReturnEnd`. */
function mergeChild(rows: EpisodeRecord[], last: number, merged: MergedEpisode[], closedAtReturnEnd: MergedEpisode[]): void {
  const kept = latestCopies(rows);
  for (let i = 0; i < kept.length; i++) {
    const e = kept[i]!;
    if (e.dec !== null || e.returnYear >= last) {
      merged.push(withDays(e, e.dec, 'record'));
      continue;
    }
    let next: EpisodeRecord | undefined;
    for (let j = i + 1; j < kept.length && !next; j++) if (kept[j]!.decom > e.decom) next = kept[j];
    if (next) {
      merged.push(withDays(e, next.decom, 'next_episode'));
    } else {
      const closed = withDays(e, returnEndClosingDate(e.returnYear), 'return_end');
      merged.push(closed);
      closedAtReturnEnd.push(closed);
    }
  }
}

/** Of one child's rows, those from the latest return holding each DECOM, in episode order. */
function latestCopies(rows: EpisodeRecord[]): EpisodeRecord[] {
  const sorted = [...rows].sort(compareEpisodes);
  const kept: EpisodeRecord[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    let latest = sorted[start]!.returnYear;
    for (; end < sorted.length && sorted[end]!.decom === sorted[start]!.decom; end++) latest = Math.max(latest, sorted[end]!.returnYear);
    for (let k = start; k < end; k++) if (sorted[k]!.returnYear === latest) kept.push(sorted[k]!);
    start = end;
  }
  return kept;
}

function withDays(e: EpisodeRecord, dec: string | null, closedBy: MergedEpisode['closedBy']): MergedEpisode {
  // An explicit literal (not a spread): one object shape for every episode, which keeps 500,000 rows fast.
  return {
    la: e.la, child: e.child, returnYear: e.returnYear, decom: e.decom, dec, rne: e.rne, ls: e.ls, cin: e.cin,
    place: e.place, placeProvider: e.placeProvider, rec: e.rec, reasonPlaceChange: e.reasonPlaceChange, urn: e.urn,
    file: e.file, line: e.line, plPost: e.plPost ?? null, closedBy, startDay: dayNumber(e.decom), endDay: dec === null ? null : dayNumber(dec),
  };
}
