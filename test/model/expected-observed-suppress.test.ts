/**
 * Expected versus observed through the one suppression path (issue 16 item 5): `model`'s groups (by
 * LA or school) are decided by suppressExpectedObserved (src/report/suppress.ts), complements
 * included, and rendered as JSON, CSV and Markdown alike.
 *
 * The attacker here is written independently of src/report/differencing.ts. It reads the published
 * JSON and knows what any reader knows: the pupils compared (the whole), each shown group's pupils and
 * mean residual, that an OLS fit's residuals add up to 0 over its sample (so the whole's residual sum
 * is 0), and that a group is listed only when it has at least one pupil. With k hidden groups whose
 * pupils add up to R (the whole minus the shown groups): k = 1 gives that group's pupils and residual
 * sum away; R = k gives every hidden group (one pupil each).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExpectedObservedResult, GroupComparison } from '../../src/model/expected-observed.js';
import { renderExpectedObservedCsv, renderExpectedObservedJson, renderExpectedObservedMarkdown } from '../../src/model/render-expected-observed.js';
import { suppressExpectedObserved, suppressPartition } from '../../src/report/suppress.js';

/** Groups with these pupils and mean residuals, the last one balancing the residuals to a total of 0. */
function result(pupils: number[], means: number[]): ExpectedObservedResult {
  const sums = pupils.map((n, i) => (i < pupils.length - 1 ? n * means[i]! : 0));
  sums[sums.length - 1] = -sums.reduce((a, b) => a + b, 0);
  const groups: GroupComparison[] = pupils.map((n, i) => ({
    group: `S${String(i).padStart(2, '0')}`, pupils: n, meanObserved: 40 + sums[i]! / n, meanExpected: 40, meanResidual: sums[i]! / n, residualSd: null, ci: null, ciNote: 'hand-made',
  }));
  return { groupBy: 'school', outcome: 'att8', pupilsCompared: pupils.reduce((a, b) => a + b, 0), excluded: [], groups };
}

interface JsonGroup { group: string; pupils: number | 'c'; meanResidual: number | 'c' }

/** What the attacker recovers from the published JSON: group → pupils (and residual sum where fixed). */
function attack(json: string): Map<string, { pupils?: number; residualSum?: number }> {
  const doc = JSON.parse(json) as { pupilsCompared: number | 'c'; groups: JsonGroup[] };
  const out = new Map<string, { pupils?: number; residualSum?: number }>();
  if (doc.pupilsCompared === 'c') return out; // the whole is hidden: nothing to difference against
  const hidden = doc.groups.filter((g) => g.pupils === 'c');
  const shown = doc.groups.filter((g) => g.pupils !== 'c') as { group: string; pupils: number; meanResidual: number }[];
  const R = doc.pupilsCompared - shown.reduce((a, g) => a + g.pupils, 0);
  const S = 0 - shown.reduce((a, g) => a + g.pupils * g.meanResidual, 0);
  if (hidden.length === 1) out.set(hidden[0]!.group, { pupils: R, residualSum: S });
  else if (hidden.length > 1 && R === hidden.length) for (const g of hidden) out.set(g.group, { pupils: 1 });
  return out;
}

const T = 5;
const options = (eo: ExpectedObservedResult, t = T) => {
  const s = suppressExpectedObserved(eo, t);
  return { suppressBelow: t, suppressed: s.groups, wholeSuppressed: s.whole !== null };
};

describe('model expected versus observed: the differencing attack on the groups', () => {
  const eo = result([3, 6, 9, 20, 40], [1.2, -0.4, 0.8, -0.1, 0]);

  it('has teeth: a group-by-group test alone (pupils < 5, as the renderer used to do) is undone by the total', () => {
    const naive = { suppressBelow: T, suppressed: new Map(eo.groups.filter((g) => g.pupils < T).map((g) => [g.group, 'small' as const])) };
    const recovered = attack(renderExpectedObservedJson(eo, naive));
    expect(recovered.get('S00')?.pupils).toBe(3);
    expect(recovered.get('S00')?.residualSum).toBeCloseTo(3.6, 3);
  });

  it('through suppressExpectedObserved: the next smallest group (6 pupils) is c as well, and nothing is recovered', () => {
    const o = options(eo);
    expect([...o.suppressed]).toEqual([['S00', 'small'], ['S01', 'complement']]);
    const json = renderExpectedObservedJson(eo, o);
    expect(attack(json).size).toBe(0);
    const doc = JSON.parse(json) as { groups: JsonGroup[] };
    expect(doc.groups.map((g) => g.pupils)).toEqual(['c', 'c', 9, 20, 40]);
    // CSV and Markdown hide the same groups
    const csv = renderExpectedObservedCsv(eo, o).split('\n').slice(1, 6).map((l) => l.split(',')[1]);
    expect(csv).toEqual(['c', 'c', '9', '20', '40']);
    const md = renderExpectedObservedMarkdown(eo, o);
    expect(md).toContain('| S00 | c | c | c | c | c |');
    expect(md).toContain('| S01 | c | c | c | c | c |');
    expect(md).not.toMatch(/\| S0[01] \| \d/);
  });

  it('a suppressed group and its complement read the same: the sentence does not say which is which', () => {
    const doc = JSON.parse(renderExpectedObservedJson(eo, options(eo))) as { groups: { sentence: string; suppression: string }[] };
    expect(doc.groups[0]!.sentence.replace('S00', '')).toBe(doc.groups[1]!.sentence.replace('S01', ''));
    expect(doc.groups[0]!.suppression).toBe(doc.groups[1]!.suppression);
  });

  it('two listed groups of one pupil each are not given away by the total (each group has at least one pupil)', () => {
    // 1 + 1 hidden, the rest shown: the total minus the shown groups is 2 for 2 groups
    expect([...suppressPartition([{ key: 'a', children: 1 }, { key: 'b', children: 1 }, { key: 'c', children: 12 }, { key: 'd', children: 30 }], T).groups.keys()]).toEqual(['a', 'b', 'c']);
    const two = result([1, 1, 12, 30], [2, -1, 0.5, 0]);
    expect(attack(renderExpectedObservedJson(two, options(two))).size).toBe(0);
  });

  it('a whole of fewer pupils than the threshold is c in the public audience, shown to the board; its groups are c either way', () => {
    const small = result([2, 1], [0.5, 0]);
    const pub = suppressExpectedObserved(small, T);
    expect(pub.whole).toBe('small');
    expect(JSON.parse(renderExpectedObservedJson(small, options(small))).pupilsCompared).toBe('c');
    const board = suppressExpectedObserved(small, T, { audience: 'board' });
    expect(board.whole).toBeNull();
    expect([...board.groups.keys()]).toEqual(['S00', 'S01']);
  });

  it('groups that are not published (other LAs in one LA\'s report) are unknowns, never complements', () => {
    const groups = [{ key: 'mine', children: 3 }, { key: 'other', children: 4, published: false }, { key: 'big', children: 50 }];
    // mine (3) is c; 'other' is not published, so the total minus 'big' is 7 over two unknowns: no complement needed
    expect([...suppressPartition(groups, T).groups]).toEqual([['mine', 'small']]);
  });

  it('property: random groups and thresholds, no group recovered and no shown group of 1 to t − 1 pupils (fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.record({ n: fc.integer({ min: 1, max: 25 }), m: fc.integer({ min: -300, max: 300 }) }), { minLength: 1, maxLength: 8 }),
        (t, gs) => {
          const eoR = result(gs.map((g) => g.n), gs.map((g) => g.m / 100));
          const json = renderExpectedObservedJson(eoR, options(eoR, t));
          expect([...attack(json).keys()]).toEqual([]);
          const doc = JSON.parse(json) as { pupilsCompared: number | 'c'; groups: JsonGroup[] };
          for (const n of [doc.pupilsCompared, ...doc.groups.map((g) => g.pupils)]) if (n !== 'c') expect(n).toBeGreaterThanOrEqual(t);
        },
      ),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
