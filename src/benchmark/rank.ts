/**
 * Ranks and quartile bands among LAs (DfE LAIT convention: rank 1 = best, quartile 1 = best quarter).
 *
 * Order: for `higher` and `neutral` measures the largest value ranks 1; for `lower` the smallest.
 * Values are compared rounded to 2 decimals, the precision every output shows, so two LAs that read
 * the same are tied.
 *
 * Ties: standard competition ranking ("1224"): tied LAs share the best rank of their group and the
 * next LA's rank skips, so rank = 1 + the number of LAs strictly better.
 *
 * Quartile: by the share of ranked LAs strictly better, (rank − 1) ÷ n: under 25 % is quartile 1,
 * under 50 % quartile 2, under 75 % quartile 3, else 4; i.e. quartile = floor(4 × (rank − 1) ÷ n) + 1,
 * n = the LAs ranked. With n = 150: ranks 1–38 are quartile 1, 39–75 quartile 2, 76–113 quartile 3,
 * 114–150 quartile 4. A lone LA (rank 1 of 1) is quartile 1. Tied LAs share a quartile.
 * Only shown values are ranked: a suppressed (`c`) or missing (`x`, `z`) figure gets no rank and
 * does not count in n, so a rank never hints at a hidden value.
 */
import type { Direction } from '../measures/registry.js';
import { roundTo } from '../report/format.js';

export interface Rank {
  rank: number;
  /** How many LAs were ranked. */
  of: number;
  quartile: 1 | 2 | 3 | 4;
}

const round2 = (v: number): number => roundTo(v, 2);

/** Is `a` strictly better than `b` for this direction (values already rounded)? */
function better(a: number, b: number, direction: Direction): boolean {
  return direction === 'lower' ? a < b : a > b;
}

export function quartileOfRank(rank: number, of: number): 1 | 2 | 3 | 4 {
  if (!Number.isInteger(rank) || !Number.isInteger(of) || rank < 1 || rank > of) throw new RangeError(`rank ${rank} of ${of} is not a rank`);
  return (Math.floor((4 * (rank - 1)) / of) + 1) as 1 | 2 | 3 | 4;
}

/** Competition ranks of finite values, by key; keys with a null or non-finite value are left out. */
export function rankValues(values: ReadonlyMap<string, number | null>, direction: Direction): Map<string, Rank> {
  const shown = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1])).map(([k, v]) => [k, round2(v)] as const);
  const out = new Map<string, Rank>();
  for (const [key, v] of shown) {
    const rank = 1 + shown.filter(([, w]) => better(w, v, direction)).length;
    out.set(key, { rank, of: shown.length, quartile: quartileOfRank(rank, shown.length) });
  }
  return out;
}

/**
 * Where one value would stand among other LAs' figures (e.g. every published LA figure except the
 * LA's own): rank = 1 + the figures strictly better, n = the figures + 1. Null for a missing value
 * or with no figures to rank against.
 */
export function rankAmong(value: number | null, others: readonly number[], direction: Direction): Rank | null {
  if (value === null || !Number.isFinite(value)) return null;
  const finite = others.filter((o) => Number.isFinite(o)).map(round2);
  if (finite.length === 0) return null;
  const v = round2(value);
  const rank = 1 + finite.filter((o) => better(o, v, direction)).length;
  return { rank, of: finite.length + 1, quartile: quartileOfRank(rank, finite.length + 1) };
}
