/**
 * The differencing attacker (issue 16): given the published cells of one additive table — a total and,
 * for each breakdown dimension, parts that add up to it — which hidden cells can be worked out?
 *
 * The attacker knows every published number and that, in each dimension, the parts add up to the
 * total. It solves that linear system exactly: a hidden cell is PINNED when
 *   1. it is determined by the equations alone (its unit vector lies in the row space of the
 *      equations over the unknowns: exact integer elimination, no floating point), or
 *   2. the quantity cannot be negative (children, pupils, sessions, points of a percentage) and the
 *      hidden cells of one dimension, once everything known is subtracted, add up to the least they
 *      can hold: each is at its least. The least is 0, or 1 for a count of children in a category
 *      that is listed only because it has children (`min`): two listed groups that share 2 children
 *      have one each.
 * Both are repeated until nothing new is learnt (a pinned total makes its dimensions' residuals
 * known). For the star shape used here (one total, disjoint parts per dimension) this is complete:
 * a hidden cell not pinned by 1 or 2 takes at least two values among the non-negative solutions.
 *
 * `ratioPinned` adds the rate attack: when the hidden numerators of a dimension add up to 0, or to
 * the hidden denominators, every hidden percentage of that dimension is 0 % or 100 %.
 *
 * Pure; reads a hidden cell's `value` never (the defender passes true values, the attacker sees none).
 */

export interface TableCell {
  /** null = the total; otherwise the breakdown dimension the part belongs to. */
  dim: string | null;
  /** Published number, or null when not published (`c`, or an `x`/`z` without this figure). */
  published: number | null;
  /** Should the attacker be unable to pin it (a `c` cell)? Unpublished `x`/`z` figures are unknowns too, but not reported. */
  protect: boolean;
  /** The least the attacker knows it holds when the quantity cannot be negative (default 0). */
  min?: number;
}

const EPS = 1e-6;

/** Indices of protected cells the attacker can pin. */
export function pinnedCells(cells: readonly TableCell[], nonNegative: boolean): Set<number> {
  return solve(cells, nonNegative).pinned;
}

interface Solution {
  pinned: Set<number>;
  /** For each dimension: the residual the still-unknown parts add up to, when the total is known (or pinned). */
  residual: Map<string, { sum: number; free: number[] }>;
}

function solve(cells: readonly TableCell[], nonNegative: boolean): Solution {
  const known = new Map<number, number>();
  cells.forEach((c, i) => { if (c.published !== null) known.set(i, c.published); });
  const dims = [...new Set(cells.filter((c) => c.dim !== null).map((c) => c.dim!))].sort();
  const totals = cells.map((c, i) => (c.dim === null ? i : -1)).filter((i) => i >= 0);
  const total = totals.length === 1 ? totals[0]! : null;
  const pinnedAll = new Set<number>();
  let residual = new Map<string, { sum: number; free: number[] }>();
  if (total === null) return { pinned: new Set(), residual };
  for (let round = 0; round < cells.length + 2; round++) {
    const before = known.size;
    // 1. equations: for each dimension, Σ parts − total = 0, over the unknown cells
    const unknown = cells.map((_, i) => i).filter((i) => !known.has(i));
    const col = new Map(unknown.map((i, k) => [i, k]));
    const rows: { coef: bigint[]; rhs: number }[] = [];
    for (const d of dims) {
      const coef = unknown.map(() => 0n);
      let rhs = 0;
      cells.forEach((c, i) => {
        const sign = c.dim === d ? 1 : i === total ? -1 : 0;
        if (sign === 0) return;
        if (known.has(i)) rhs -= sign * known.get(i)!;
        else coef[col.get(i)!] = BigInt(sign);
      });
      if (coef.some((x) => x !== 0n)) rows.push({ coef, rhs });
    }
    for (const [k, value] of determined(rows, unknown.length)) known.set(unknown[k]!, value);
    // 2. non-negative parts adding up to 0 once the total is known
    residual = new Map();
    if (known.has(total)) {
      for (const d of dims) {
        let sum = known.get(total)!;
        const free: number[] = [];
        cells.forEach((c, i) => {
          if (c.dim !== d) return;
          if (known.has(i)) sum -= known.get(i)!;
          else free.push(i);
        });
        residual.set(d, { sum, free });
        const least = free.reduce((a, i) => a + (cells[i]!.min ?? 0), 0);
        if (nonNegative && free.length > 0 && Math.abs(sum - least) < EPS) for (const i of free) known.set(i, cells[i]!.min ?? 0);
      }
    }
    if (known.size === before) break;
  }
  cells.forEach((c, i) => { if (c.protect && c.published === null && known.has(i)) pinnedAll.add(i); });
  return { pinned: pinnedAll, residual };
}

/**
 * Unknowns fixed by the equations: reduced row echelon form over the rationals with BigInt
 * (fraction-free), then a column is determined when its pivot row has no other non-zero entry.
 * Returns column index → value (the value in floating point, for the later residuals).
 */
function determined(rows: { coef: bigint[]; rhs: number }[], n: number): Map<number, number> {
  const m = rows.map((r) => ({ coef: [...r.coef], rhs: r.rhs }));
  const pivots: { row: number; col: number }[] = [];
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row.coef[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i]!.coef[c] === 0n) continue;
      const a = m[r]!.coef[c]!, b = m[i]!.coef[c]!;
      m[i] = { coef: m[i]!.coef.map((x, k) => x * a - m[r]!.coef[k]! * b), rhs: m[i]!.rhs * Number(a) - m[r]!.rhs * Number(b) };
    }
    pivots.push({ row: r, col: c });
    r++;
  }
  const out = new Map<number, number>();
  for (const { row, col } of pivots) {
    const coef = m[row]!.coef;
    if (coef.every((x, k) => k === col || x === 0n)) out.set(col, m[row]!.rhs / Number(coef[col]!));
  }
  return out;
}

/**
 * Percentages pinned through their numerator and denominator: in a dimension whose hidden numerators
 * add up to 0 (every hidden cell is 0 %) or to the hidden denominators (every one is 100 %), with the
 * same cells hidden in both. `num` and `den` describe the same cells in the same order.
 */
export function ratioPinned(num: readonly TableCell[], den: readonly TableCell[]): Set<number> {
  const out = new Set<number>();
  const n = solve(num, true).residual, d = solve(den, true).residual;
  for (const [dim, rn] of n) {
    const rd = d.get(dim);
    if (!rd || rn.free.length === 0 || rn.free.join() !== rd.free.join()) continue;
    if (Math.abs(rn.sum) < EPS || Math.abs(rn.sum - rd.sum) < EPS) for (const i of rn.free) if (num[i]!.protect) out.add(i);
  }
  return out;
}
