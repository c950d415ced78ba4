import { buildCareHistory } from '../../../src/derive/care/care-history.js';
import { mergeReturns } from '../../../src/derive/care/merge-returns.js';
import type { CareHistory, ChildInfo, EpisodeRecord } from '../../../src/derive/care/types.js';

let line = 1;
/** An Episodes row with ordinary defaults: a foster placement (U4) on a full care order. */
export function ep(decom: string, dec: string | null, over: Partial<EpisodeRecord> = {}): EpisodeRecord {
  line += 1;
  return {
    la: '855', child: 'C1', returnYear: 2024, decom, dec, rne: 'S', ls: 'C2', cin: 'N1', place: 'U4',
    placeProvider: 'PR1', rec: dec === null ? null : 'E11', reasonPlaceChange: null, urn: null,
    file: 'episodes.csv', line, ...over,
  };
}

/** One child's history from rows of a single (latest) return. */
export function history(...rows: EpisodeRecord[]): CareHistory {
  const lastYear = Math.max(...rows.map((r) => r.returnYear));
  const { episodes } = mergeReturns(rows, new Map([['855', lastYear]]));
  return buildCareHistory(episodes);
}

export function child(dob: string): ChildInfo {
  return { la: '855', child: 'C1', dob, sex: 'F', ethnic: 'WBRI', upn: null };
}
