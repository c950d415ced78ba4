import { describe, expect, it } from 'vitest';
import { quartileOfRank, rankAmong, rankValues } from '../../src/benchmark/rank.js';
import { directionOf } from '../../src/measures/registry.js';

describe('rankValues (competition ranking, 1 = best)', () => {
  it('higher is better: ties share the best rank and the next rank skips (1224)', () => {
    const r = rankValues(new Map<string, number | null>([['a', 50], ['b', 70], ['c', 50], ['d', 10]]), 'higher');
    // b 70 → 1; a, c 50 → 2 (one LA better); d 10 → 4 (three better).
    expect([...r].sort()).toEqual([
      ['a', { rank: 2, of: 4, quartile: 2 }],
      ['b', { rank: 1, of: 4, quartile: 1 }],
      ['c', { rank: 2, of: 4, quartile: 2 }],
      ['d', { rank: 4, of: 4, quartile: 4 }],
    ]);
  });

  it('lower is better reverses the order; null values are left out and not counted', () => {
    const r = rankValues(new Map<string, number | null>([['a', 12.5], ['b', null], ['c', 3], ['d', 40]]), 'lower');
    expect(r.get('c')).toEqual({ rank: 1, of: 3, quartile: 1 });
    expect(r.get('a')).toEqual({ rank: 2, of: 3, quartile: 2 });
    expect(r.get('d')).toEqual({ rank: 3, of: 3, quartile: 3 });
    expect(r.has('b')).toBe(false);
  });

  it('neutral ranks the highest value first', () => {
    const r = rankValues(new Map<string, number | null>([['a', 1], ['b', 2]]), 'neutral');
    expect(r.get('b')!.rank).toBe(1);
    expect(r.get('a')!.rank).toBe(2);
  });

  it('compares values at the 2 decimals every output shows', () => {
    const r = rankValues(new Map<string, number | null>([['a', 41.004], ['b', 40.996], ['c', 41.02]]), 'higher');
    expect(r.get('a')!.rank).toBe(2); // 41.00
    expect(r.get('b')!.rank).toBe(2); // 41.00: a tie with a
    expect(r.get('c')!.rank).toBe(1);
  });
});

describe('quartileOfRank = floor(4 × (rank − 1) ÷ n) + 1', () => {
  it('splits 150 LAs at ranks 38/39, 75/76, 113/114', () => {
    expect([1, 38, 39, 75, 76, 113, 114, 150].map((r) => quartileOfRank(r, 150))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('small runs: 1 of 1 is quartile 1; 2 of 2 is 3; 4 of 4 is 4; 3 of 5 is 2', () => {
    expect(quartileOfRank(1, 1)).toBe(1);
    expect(quartileOfRank(2, 2)).toBe(3);
    expect(quartileOfRank(4, 4)).toBe(4);
    expect(quartileOfRank(3, 5)).toBe(2);
  });
  it('refuses a rank outside 1..n', () => {
    expect(() => quartileOfRank(0, 3)).toThrow(RangeError);
    expect(() => quartileOfRank(4, 3)).toThrow(RangeError);
  });
});

describe('rankAmong (an LA among the published figures of the others)', () => {
  it('counts the strictly better figures; n = figures + 1', () => {
    expect(rankAmong(20, [25, 20, 10, 30], 'higher')).toEqual({ rank: 3, of: 5, quartile: 2 });
    expect(rankAmong(20, [25, 20, 10, 30], 'lower')).toEqual({ rank: 2, of: 5, quartile: 1 });
  });
  it('no value or no figures: no rank', () => {
    expect(rankAmong(null, [1, 2], 'higher')).toBeNull();
    expect(rankAmong(5, [], 'higher')).toBeNull();
  });
});

describe('direction table', () => {
  it('examples: attainment up, absence down, counts neutral, unknown neutral', () => {
    expect([directionOf('ks4_att8'), directionOf('absence_overall'), directionOf('cla_31mar'), directionOf('no_such')]).toEqual(['higher', 'lower', 'neutral', 'neutral']);
  });
});
