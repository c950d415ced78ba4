/**
 * The differencing attack over a whole published document (issue 16, "Done when"): the demo LA's
 * report as JSON with every breakdown at once, against an attacker who knows every published cell and
 * which breakdowns add up to their total. The same report run with `--suppress 0` gives the truth, so
 * a "recovered" cell is checked against the real figure: only a right answer is a disclosure.
 *
 * The attacker here is written independently of src/report/differencing.ts: for each table (measure,
 * year, LA, cohort) and each additive figure (a count's value; the numerator, the denominator and the
 * children of a rate, percentage, mean or score, or value × denominator where only those are published), it writes
 * total = sum of parts for every breakdown dimension whose parts really add up, puts the published
 * cells on the right-hand side, reduces the system to row-echelon form (exact within 1e-9) and reads
 * off every unknown that the equations fix. Counts and pupils cannot be negative, so an equation whose
 * unknowns all have coefficient +1 and whose right-hand side is 0 fixes them all at 0; a category is
 * listed only when it has children, so for counts of children such an equation whose right-hand side
 * equals its number of unknowns fixes them all at 1. Fixed values are substituted and the search
 * repeated until nothing more is learnt.
 *
 * One thing is not counted as a recovery: a part that is 0 because its published total is 0 (a
 * total "0 of 40", published since 40 ≥ 2 × threshold, says that no child in any group had the
 * outcome; README "Small-number suppression").
 *
 * It also asserts the plain rule: no published count of children between 1 and threshold − 1.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BREAKDOWNS } from '../../src/measures/compute/context.js';
import { MEASURE_BY_ID } from '../../src/measures/registry.js';

const REPO = join(import.meta.dirname, '../..');
const CLI = join(REPO, 'dist/cli.js');
const T = 5;

interface Row { id: string; year: string; la: string; cohort: string; breakdown: Record<string, string> | null; numerator: number | null; denominator: number | null; children: number | null; value: number | null; unit: string; symbol: string | null }

function report(...extra: string[]): Row[] {
  const r = spawnSync(process.execPath, [CLI, 'report', join(REPO, 'fixtures/demo'), '--la', '855', '--format', 'json', '--breakdown', BREAKDOWNS.join(','), ...extra],
    { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Row[];
}

const key = (r: Row) => JSON.stringify([r.id, r.year, r.la, r.cohort, r.breakdown]);
const tableKey = (r: Row) => JSON.stringify([r.id, r.year, r.la, r.cohort]);
const dimOf = (r: Row) => (r.breakdown === null ? null : Object.keys(r.breakdown).sort().join('&'));

type Quantity = 'count' | 'numerator' | 'denominator' | 'children';
/** What a row tells about a figure: the published number, or null. */
function figure(r: Row, q: Quantity): number | null {
  if (r.symbol === 'c') return null;
  if (q === 'count') return r.value;
  if (q === 'children') return r.children;
  if (q === 'denominator') return r.denominator;
  if (r.numerator !== null) return r.numerator;
  return r.unit !== 'percent' && r.value !== null && r.denominator !== null ? r.value * r.denominator : null;
}

/** Unknowns fixed by the equations Σ a_ij x_j = b_i (RREF, then zeros of non-negative sums). */
function solve(equations: { coef: Map<number, number>; rhs: number }[], nonNegative: boolean, atLeastOne = false): Map<number, number> {
  const fixed = new Map<number, number>();
  for (let round = 0; round < 50; round++) {
    const before = fixed.size;
    const rows = equations.map((e) => {
      let rhs = e.rhs;
      const coef = new Map<number, number>();
      for (const [j, a] of e.coef) if (fixed.has(j)) rhs -= a * fixed.get(j)!; else coef.set(j, a);
      return { coef, rhs };
    }).filter((e) => e.coef.size > 0);
    if (nonNegative) for (const e of rows) {
      if ([...e.coef.values()].every((a) => a === 1) && Math.abs(e.rhs) < 1e-9) for (const j of e.coef.keys()) fixed.set(j, 0);
      // a category is listed only when it has children: hidden parts adding up to their number are 1 each
      if (atLeastOne && [...e.coef.values()].every((a) => a === 1) && Math.abs(e.rhs - e.coef.size) < 1e-9) for (const j of e.coef.keys()) fixed.set(j, 1);
    }
    // Gauss–Jordan elimination over the remaining unknowns
    const vars = [...new Set(rows.flatMap((e) => [...e.coef.keys()]))].sort((a, b) => a - b);
    const m = rows.map((e) => [...vars.map((j) => e.coef.get(j) ?? 0), e.rhs]);
    let r = 0;
    for (let c = 0; c < vars.length && r < m.length; c++) {
      const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
      if (p < 0) continue;
      [m[r], m[p]] = [m[p]!, m[r]!];
      const piv = m[r]![c]!;
      m[r] = m[r]!.map((x) => x / piv);
      for (let i = 0; i < m.length; i++) if (i !== r && Math.abs(m[i]![c]!) > 1e-9) {
        const f = m[i]![c]!;
        m[i] = m[i]!.map((x, k) => x - f * m[r]![k]!);
      }
      r++;
    }
    for (const row of m) {
      const nz = vars.map((_, c) => c).filter((c) => Math.abs(row[c]!) > 1e-9);
      if (nz.length === 1) fixed.set(vars[nz[0]!]!, row[vars.length]! / row[nz[0]!]!);
    }
    if (fixed.size === before) break;
  }
  return fixed;
}

interface Disclosure { table: string; breakdown: string; quantity: Quantity; truth: number }

function attack(published: Row[], truth: Map<string, Row>): Disclosure[] {
  const tables = new Map<string, Row[]>();
  for (const r of published) tables.set(tableKey(r), [...(tables.get(tableKey(r)) ?? []), r]);
  const found: Disclosure[] = [];
  for (const [tk, rows] of tables) {
    const total = rows.find((r) => r.breakdown === null);
    if (!total || rows.length < 2) continue;
    const quantities: Quantity[] = total.unit === 'count' ? ['count'] : ['numerator', 'denominator', 'children'];
    for (const q of quantities) {
      const real = (r: Row) => figure(truth.get(key(r))!, q);
      const index = new Map<Row, number>();
      const unknown = (r: Row) => figure(r, q) === null && real(r) !== null;
      rows.forEach((r) => { if (unknown(r)) index.set(r, index.size); });
      if (index.size === 0) continue;
      const equations: { coef: Map<number, number>; rhs: number }[] = [];
      const dims = new Set(rows.map(dimOf).filter((d): d is string => d !== null));
      for (const d of dims) {
        const parts = rows.filter((r) => dimOf(r) === d);
        const values = [total, ...parts].map(real);
        if (values.some((v) => v === null)) continue;
        const sum = parts.reduce((s, r) => s + real(r)!, 0);
        if (Math.abs(sum - real(total)!) > 1e-6) continue; // not additive: the attacker cannot use it
        const coef = new Map<number, number>();
        let rhs = 0;
        for (const [r, sign] of [[total, -1] as const, ...parts.map((p) => [p, 1] as const)]) {
          if (index.has(r)) coef.set(index.get(r)!, (coef.get(index.get(r)!) ?? 0) + sign);
          else rhs -= sign * figure(r, q)!;
        }
        equations.push({ coef, rhs });
      }
      const nonNegative = q !== 'numerator' || total.unit !== 'score';
      for (const [j, v] of solve(equations, nonNegative, q === 'count' || q === 'children')) {
        const r = [...index.entries()].find(([, i]) => i === j)![0];
        // a published total of 0 (e.g. "0 of 40 permanently excluded", shown because 40 ≥ 2 × threshold)
        // itself says every part is 0: that is what the total publishes, not a recovery by differencing
        const saidByTotal = nonNegative && figure(total, q) === 0;
        if (r.symbol === 'c' && !saidByTotal && Math.abs(v - real(r)!) < 0.5) found.push({ table: tk, breakdown: JSON.stringify(r.breakdown), quantity: q, truth: real(r)! });
      }
    }
  }
  return found;
}

let published: Row[] = [];
let truth = new Map<string, Row>();
beforeAll(() => {
  published = report();
  const raw = report('--suppress', '0');
  truth = new Map(raw.map((r) => [key(r), r]));
}, 120_000);

describe('the whole demo report, every breakdown at once', () => {
  it('is the same rows with and without suppression, and many of them are suppressed', () => {
    expect(published.length).toBeGreaterThan(300);
    expect(published.every((r) => truth.has(key(r)))).toBe(true);
    expect(published.filter((r) => r.symbol === 'c').length).toBeGreaterThan(100);
  });

  it('no suppressed numerator, denominator or count can be recovered by differencing', () => {
    const found = attack(published, truth);
    expect(found, JSON.stringify(found.slice(0, 5))).toEqual([]);
  });

  it('the attacker is not blind: with the complements (secondary suppression) put back, it recovers cells', () => {
    // publish every complement again: the primary cells alone must then be exposed somewhere
    const weakened = published.map((r) => (r.symbol === 'c' && truth.get(key(r))!.symbol === null && !isPrimary(truth.get(key(r))!) ? truth.get(key(r))! : r));
    expect(attack(weakened, truth).length).toBeGreaterThan(0);
  });

  it('publishes no count of children between 1 and the threshold − 1', () => {
    const small = (n: number | null) => n !== null && n > 0 && n < T;
    const bad = published.filter((r) => {
      if (small(r.children)) return true;
      if (r.symbol !== null) return small(r.denominator) && MEASURE_BY_ID.get(r.id)?.denominatorUnit !== 'sessions';
      if (r.unit === 'count') return small(r.value);
      const unit = MEASURE_BY_ID.get(r.id)?.denominatorUnit;
      const countsChildren = unit === 'children' || unit === 'pupils';
      return (countsChildren && small(r.denominator)) || (countsChildren && r.unit === 'percent' && small(r.numerator));
    });
    expect(bad.map((r) => [r.id, r.year, r.breakdown])).toEqual([]);
  });
});

/** A cell the primary rule hides on its own (a small count of children, or all-or-none). */
function isPrimary(r: Row): boolean {
  const unit = MEASURE_BY_ID.get(r.id)?.denominatorUnit;
  const children = r.unit === 'count' ? r.value : unit === 'sessions' ? null : r.denominator;
  const small = (n: number | null) => n !== null && n > 0 && n < T;
  if (small(children)) return true;
  if (r.unit === 'percent' && (unit === 'children' || unit === 'pupils') && small(r.numerator)) return true;
  return r.unit === 'percent' && children !== null && children > 0 && children < 2 * T && (r.numerator === 0 || r.numerator === r.denominator);
}
