/**
 * Suppression against an attacker (issue 16). The attacker knows every published cell and that the
 * parts of each breakdown add up to the total. Two attackers:
 *  - an exact INTEGER enumeration written here (independent of src/report/differencing.ts): for every
 *    possible total, the values each hidden part can take among non-negative integer solutions;
 *  - the rank/elimination attacker of differencing.ts, over all measures of a table at once.
 * Neither may pin a suppressed numerator, denominator or child count, nor a suppressed percentage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { attackTable, suppress, symbolMeaning } from '../../src/report/suppress.js';
import { row } from './sample-document.js';

const T = 5;
const count = (value: number, breakdown: Record<string, string> | null = null) => row({ id: 'ks4_pupils', unit: 'count', value, numerator: value, children: value, breakdown });
const pct = (numerator: number, denominator: number, breakdown: Record<string, string> | null = null, id = 'ks4_em_4plus') =>
  row({ id, unit: 'percent', numerator, denominator, children: denominator, value: denominator ? (100 * numerator) / denominator : null, symbol: denominator ? null : 'x', breakdown });
const cells = (rows: MeasureRow[]) => rows.map((r) => r.symbol ?? r.value);

describe('the cases of issue 16', () => {
  it('absence (sessions over sessions) is decided on pupils: one pupil with 653 sessions is c', () => {
    const abs = (n: number, d: number, kids: number, b: Record<string, string> | null) =>
      row({ id: 'absence_overall', unit: 'percent', numerator: n, denominator: d, children: kids, value: (100 * n) / d, breakdown: b });
    const out = suppress([abs(500, 6530, 10, null), abs(23, 653, 1, { sen: 'support' }), abs(477, 5877, 9, { sen: 'none' })], T);
    expect(cells(out)).toEqual([7.66, 'c', 'c'].map((v, i) => (i === 0 ? out[0]!.value : v)));
    expect(out[1]!.suppression).toBe('small');
    expect(out[2]!.suppression).toBe('complement');
    // the session numerator (23) is not a count of children: 23 sessions over 653 does not trip rule 2
    expect(cells(suppress([abs(3, 6530, 10, null)], T))).toEqual([expect.any(Number)]);
  });

  it('an x row that publishes its denominator cannot give the hidden group away (P8 by SEN: 10 − 8 = 2)', () => {
    const p8 = (den: number, value: number | null, b: Record<string, string> | null) =>
      row({ id: 'ks4_p8', unit: 'score', denominator: den, children: den, value, symbol: value === null ? 'x' : null, breakdown: b });
    const out = suppress([p8(10, -0.5, null), p8(8, -0.3, { sen: 'none' }), p8(2, -1.2, { sen: 'support' }), p8(0, null, { sen: 'ehcp' })], T);
    expect(cells(out)).toEqual([-0.5, 'c', 'c', 'x']);
    expect(out.map((r) => r.denominator)).toEqual([10, null, null, 0]);
    for (const i of [1, 2]) expect(attackTable(out, [0, 1, 2, 3]).has(i)).toBe(false);
  });

  it('never reveals a c through its rate: a hidden group whose numerators add up to 0 gets one more complement', () => {
    // total 8 of 40; M 0 of 3 (c, small); F 8 of 20; U 0 of 17. The next smallest, U, is hidden first,
    // but then M + U numerators = 8 − 8 = 0: both would be 0 %. So F is hidden as well.
    const out = suppress([pct(8, 40), pct(0, 3, { sex: 'M' }), pct(8, 20, { sex: 'F' }), pct(0, 17, { sex: 'U' })], T);
    expect(cells(out)).toEqual([20, 'c', 'c', 'c']);
    expect(out.map((r) => r.suppression)).toEqual([undefined, 'small', 'complement', 'complement']);
    expect(attackTable(out, [0, 1, 2, 3]).size).toBe(0);
  });

  it('all-or-none: 100 % of 6 and 0 of 6 are c; 0 of 10 is shown', () => {
    expect(cells(suppress([pct(6, 6), pct(0, 6), pct(0, 10)], T))).toEqual(['c', 'c', 0]);
    expect(suppress([pct(6, 6)], T)[0]!.suppression).toBe('all_or_none');
  });

  it('a listed category has at least one child: two hidden groups that share 2 children (one each) get a complement', () => {
    const c = (v: number, b: Record<string, string> | null) => row({ id: 'cla_31mar', unit: 'count', value: v, numerator: v, denominator: null, children: v, breakdown: b, cohort: 'cla_31mar' });
    const out = suppress([c(42, null), c(1, { legal_status: 'E1' }), c(1, { legal_status: 'J1' }), c(10, { legal_status: 'C1' }), c(30, { legal_status: 'C2' })], T);
    // 42 − 10 − 30 = 2 over two listed groups: each is 1 unless C1 is hidden too
    expect(cells(out)).toEqual([42, 'c', 'c', 'c', 30]);
    expect(attackTable(out, [0, 1, 2, 3, 4], [c(42, null), c(1, { legal_status: 'E1' }), c(1, { legal_status: 'J1' }), c(10, { legal_status: 'C1' }), c(30, { legal_status: 'C2' })]).size).toBe(0);
    // the pattern before this rule (only E1 and J1 hidden) is pinned by the attacker who knows the bound
    const truth = [c(42, null), c(1, { legal_status: 'E1' }), c(1, { legal_status: 'J1' }), c(10, { legal_status: 'C1' }), c(30, { legal_status: 'C2' })];
    const before = truth.map((r, i) => (i === 1 || i === 2 ? { ...r, symbol: 'c' as const, value: null, numerator: null, children: null } : r));
    expect([...attackTable(before, [0, 1, 2, 3, 4], truth)].sort()).toEqual([1, 2]);
  });

  it('an x row keeps its symbol but publishes no small count of children', () => {
    const x = row({ id: 'ks4_p8', unit: 'score', numerator: null, denominator: 3, children: 3, value: null, symbol: 'x', breakdown: { sex: 'F' } });
    expect(suppress([x], T)[0]).toMatchObject({ symbol: 'x', children: null, denominator: null });
    expect(suppress([x], 0)[0]).toMatchObject({ symbol: 'x', children: 3, denominator: 3 });
  });

  it('primary and secondary suppression publish the same meaning: telling them apart would pin both', () => {
    // total 20; parts A = 1 (small), B = 5 (its complement), C = 14 shown
    const c = (v: number, b: Record<string, string> | null) => row({ id: 'cla_31mar', unit: 'count', value: v, numerator: v, denominator: null, children: v, breakdown: b, cohort: 'cla_31mar' });
    const out = suppress([c(20, null), c(1, { sex: 'A' }), c(5, { sex: 'B' }), c(14, { sex: 'C' })], T);
    expect(cells(out)).toEqual([20, 'c', 'c', 14]);
    expect(out.map((r) => r.suppression)).toEqual([undefined, 'small', 'complement', undefined]);
    expect(new Set(out.slice(1, 3).map((r) => symbolMeaning(r.symbol)))).toEqual(new Set(['confidential']));
    // the attacker's solutions for (A, B), each at least 1 and adding up to 20 − 14 = 6
    const solutions = (bounded: boolean) => [1, 2, 3, 4, 5].filter((a) => !bounded || (a < T && 6 - a >= T)).map((a) => [a, 6 - a]);
    expect(solutions(false)).toHaveLength(5); // one meaning: five ways, nothing pinned
    expect(solutions(true)).toEqual([[1, 5]]); // "A small, B complement" would pin both
  });

  it('a count breakdown does not publish a suppressed total as its denominator', () => {
    const c = (v: number, b: Record<string, string> | null, den: number | null) => row({ id: 'cla_31mar', unit: 'count', value: v, numerator: v, denominator: den, children: v, breakdown: b, cohort: 'cla_31mar' });
    const out = suppress([c(3, null, null), c(3, { sex: 'F' }, 3), c(0, { sex: 'M' }, 3)], T);
    expect(out.map((r) => [r.symbol ?? r.value, r.denominator])).toEqual([['c', null], ['c', null], [0, null]]);
  });
});

describe('audiences', () => {
  it('board: headline totals are shown with their counts ("4/18 (22.2%)"), breakdown cells under the threshold are still c', () => {
    const rows = [pct(4, 18), pct(1, 7, { sex: 'M' }), pct(3, 11, { sex: 'F' })];
    expect(cells(suppress(rows, T, { audience: 'board' }))).toEqual([22.22222222222222, 'c', 'c']);
    expect(cells(suppress(rows, T))).toEqual(['c', 'c', 'c']);
    const small = [count(3), count(3, { sex: 'F' }), count(0, { sex: 'M' })];
    // board: total 3 shown, F 3 is c, so the only other part (a zero) must be c too, or 3 − 0 = 3
    expect(cells(suppress(small, T, { audience: 'board' }))).toEqual([3, 'c', 'c']);
  });
});

// ---------------------------------------------------------------------------------------------
// The property test

/** Exact integer attack on one quantity of a star table (total + dims), independent of src. */
function integerAttack(total: number | null, dims: (number | null)[][], bound: number): { pinned: boolean[][] } {
  const totals = total === null ? Array.from({ length: bound + 1 }, (_, t) => t) : [total];
  const seen = dims.map((parts) => parts.map(() => new Set<number>()));
  for (const t of totals) {
    const residual = dims.map((parts) => t - parts.reduce<number>((a, p) => a + (p ?? 0), 0));
    const ok = dims.every((parts, d) => {
      const hidden = parts.filter((p) => p === null).length;
      return residual[d]! >= 0 && (hidden > 0 || residual[d] === 0);
    });
    if (!ok) continue;
    dims.forEach((parts, d) => {
      const hidden = parts.map((p, i) => (p === null ? i : -1)).filter((i) => i >= 0);
      for (const i of hidden) for (let v = 0; v <= (hidden.length === 1 ? -1 : residual[d]!); v++) seen[d]![i]!.add(v);
      if (hidden.length === 1) seen[d]![hidden[0]!]!.add(residual[d]!);
    });
  }
  return { pinned: dims.map((parts, d) => parts.map((p, i) => p === null && seen[d]![i]!.size <= 1)) };
}

const cohortArb = fc.record({
  t: fc.integer({ min: 2, max: 6 }),
  board: fc.boolean(),
  // each child: sex 0..2, sen 0..3, achieved
  children: fc.array(fc.record({ a: fc.integer({ min: 0, max: 2 }), b: fc.integer({ min: 0, max: 3 }), ok: fc.boolean(), p8: fc.boolean() }), { minLength: 0, maxLength: 40 }),
});

function tableOf(children: { a: number; b: number; ok: boolean; p8: boolean }[]): MeasureRow[] {
  const rows: MeasureRow[] = [];
  const add = (b: Record<string, string> | null, kids: typeof children) => {
    rows.push(count(kids.length, b));
    const withP8 = kids.filter((k) => k.p8);
    rows.push(pct(withP8.filter((k) => k.ok).length, withP8.length, b));
  };
  add(null, children);
  for (let a = 0; a < 3; a++) add({ sex: `s${a}` }, children.filter((k) => k.a === a));
  for (let b = 0; b < 4; b++) add({ sen: `e${b}` }, children.filter((k) => k.b === b));
  return rows;
}

describe('property: an attacker who knows every published cell pins no suppressed cell', () => {
  it('random cohorts and breakdowns, both audiences, thresholds 2–6 (fixed seed)', () => {
    fc.assert(
      fc.property(cohortArb, ({ t, board, children }) => {
        const out = suppress(tableOf(children), t, { audience: board ? 'board' : 'public' });
        const n = children.length;
        for (const id of ['ks4_pupils', 'ks4_em_4plus']) {
          const members = out.map((r, i) => (r.id === id ? i : -1)).filter((i) => i >= 0);
          // 1. no published count of children between 1 and t − 1, except board headline totals
          for (const i of members) {
            const r = out[i]!;
            if (board && r.breakdown === null) continue;
            for (const v of [r.children, r.unit === 'count' ? r.value : r.numerator]) if (v !== null) expect(v === 0 || v >= t).toBe(true);
          }
          // 2. the rank/elimination attacker over the whole table
          const pinned = attackTable(out, members);
          const tot = out[members[0]!]!;
          const inherent = tot.unit === 'percent' && tot.symbol === null && (tot.numerator === 0 || tot.numerator === tot.denominator);
          if (!inherent) expect([...pinned]).toEqual([]);
          // 3. the independent integer attacker, quantity by quantity
          const quantities: ((r: MeasureRow) => number | null)[] = id === 'ks4_pupils' ? [(r) => r.value] : [(r) => r.numerator, (r) => r.denominator];
          for (const q of quantities) {
            const dims = ['sex', 'sen'].map((d) => members.filter((i) => out[i]!.breakdown?.[d] !== undefined).map((i) => (out[i]!.symbol === 'c' ? null : q(out[i]!))));
            const { pinned: p } = integerAttack(tot.symbol === 'c' ? null : q(tot), dims, n + 2);
            if (!inherent) expect(p.flat().some(Boolean)).toBe(false);
          }
        }
      }),
      { seed: 20261204, numRuns: 200 },
    );
  });
});
