import { DEFAULT_PLACEMENT_CHANGE } from '../../../src/derive/care/placement-changes.js';
import { describe, expect, it } from 'vitest';
import { isoOfDay, dayNumber } from '../../../src/domain/dates.js';
import { careFactorsAt } from '../../../src/derive/care/care-factors.js';
import { buildCareHistories } from '../../../src/derive/care/care-history.js';
import { mergeReturns } from '../../../src/derive/care/merge-returns.js';
import type { EpisodeRecord } from '../../../src/derive/care/types.js';

/** 100,000 children × 5 episodes (X1 chains, some repeated across two returns), deterministic. */
function bigInput(): EpisodeRecord[] {
  const rows: EpisodeRecord[] = [];
  const base = dayNumber('2015-01-01');
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let c = 0; c < 100_000; c++) {
    let day = base + Math.floor(next() * 2000);
    for (let k = 0; k < 5; k++) {
      const len = 20 + Math.floor(next() * 300);
      const last = k === 4;
      rows.push({
        la: c % 2 ? '855' : '201', child: `C${c}`, returnYear: 2020 + k, decom: isoOfDay(day),
        dec: last ? null : isoOfDay(day + len), rne: k === 0 ? 'S' : 'P', ls: 'C2', cin: 'N1', place: k === 2 ? 'T1' : 'U4',
        placeProvider: null, rec: last ? null : 'X1', reasonPlaceChange: null, urn: null, file: 'e.csv', line: rows.length + 2,
      });
      day += len;
    }
  }
  return rows;
}

describe('performance', () => {
  it('merges and builds 500,000 episodes of 100,000 children (timing printed, not asserted)', () => {
    const rows = bigInput();
    const t0 = performance.now();
    const merged = mergeReturns(rows, new Map([['855', 2024], ['201', 2024]]));
    const histories = buildCareHistories(merged.episodes);
    const built = performance.now() - t0;
    let cla = 0;
    for (const h of histories.values()) cla += careFactorsAt(h, { la: h.la, child: h.child, dob: '2008-01-01', sex: null, ethnic: null, upn: null }, '2024-03-31', DEFAULT_PLACEMENT_CHANGE).cla_31mar;
    const factors = performance.now() - t0 - built;
    console.log(`built ${histories.size} histories in ${built.toFixed(0)} ms; care factors in ${factors.toFixed(0)} ms`);
    expect(histories.size).toBe(100_000);
    expect(merged.episodes).toHaveLength(500_000);
    // Every child's five episodes chain by X1 into one period, open at the end: each is looked after on
    // 31 March 2024 exactly when its last episode had started by then (computed from the input rows).
    let expectedCla = 0;
    for (let i = 4; i < rows.length; i += 5) if (rows[i]!.decom <= '2024-03-31') expectedCla++;
    expect(cla).toBe(expectedCla);
    expect(cla).toBeGreaterThan(0);
    let notOnePeriodOfFive = 0;
    for (const h of histories.values()) if (h.periods.length !== 1 || h.episodes.length !== 5) notOnePeriodOfFive++;
    expect(notOnePeriodOfFive).toBe(0);
    // The timing is printed above, never asserted (tests must not depend on machine speed).
  });
});
