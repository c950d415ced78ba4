import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { noteFromParts, type NoteParts } from '../../src/domain/measure-row.js';
import { suppress } from '../../src/report/suppress.js';
import { bench, row } from './sample-document.js';

const T = 5;
const count = (value: number, breakdown: Record<string, string> | null = null, extra: Partial<MeasureRow> = {}) =>
  row({ id: 'cla_31mar', unit: 'count', value, breakdown, ...extra });
const pct = (numerator: number, denominator: number, breakdown: Record<string, string> | null = null) =>
  row({ id: 'ks4_em_4plus', unit: 'percent', numerator, denominator, value: (100 * numerator) / denominator, breakdown });

/** The shown cell of each row: its value, or its symbol. */
const cells = (rows: MeasureRow[]) => rows.map((r) => r.symbol ?? r.value);

describe('primary suppression (threshold 5)', () => {
  const cases: [string, MeasureRow, number | string | null][] = [
    ['count 4 is c', count(4), 'c'],
    ['count 1 is c', count(1), 'c'],
    ['count 5 is shown', count(5), 5],
    ['count 0 is shown (DfE shows true zeros)', count(0), 0],
    ['percent with denominator 4 is c', pct(2, 4), 'c'],
    ['percent 0 of 5 is c (all-or-none on fewer than 2 × threshold)', pct(0, 5), 'c'],
    ['percent 6 of 6 is c (all-or-none: every child’s outcome)', pct(6, 6), 'c'],
    ['percent 0 of 9 is c, 0 of 10 is shown (2 × threshold)', pct(0, 9), 'c'],
    ['percent 0 of 10 is shown', pct(0, 10), 0],
    ['percent 10 of 10 is shown', pct(10, 10), 100],
    ['percent 3 of 38 is c (small numerator, DfE practice)', pct(3, 38), 'c'],
    ['percent 5 of 38 is shown', pct(5, 38), (100 * 5) / 38],
    ['percent 0 of 38 is shown', pct(0, 38), 0],
    ['percent 35 of 38 is shown (complement small, DfE shows it)', pct(35, 38), (100 * 35) / 38],
    ['mean over 4 pupils is c', row({ id: 'ks4_att8', unit: 'mean', numerator: 80, denominator: 4, value: 20 }), 'c'],
    ['mean over 5 pupils with points total 2.5 is shown', row({ id: 'ks4_att8', unit: 'mean', numerator: 2.5, denominator: 5, value: 0.5 }), 0.5],
    ['score over 3 pupils is c', row({ id: 'ks4_p8', unit: 'score', numerator: -1.5, denominator: 3, value: -0.5, ci: [-1.6, 0.6] }), 'c'],
    ['rate with 3 children of 100000 is c', row({ id: 'cla_rate_per_10k', unit: 'rate', numerator: 3, denominator: 100000, value: 0.3 }), 'c'],
    ['x stays x', row({ id: 'ks4_att8', unit: 'mean', symbol: 'x' }), 'x'],
    ['z stays z, note kept', row({ id: 'ks4_p8', unit: 'score', symbol: 'z', note: 'no P8' }), 'z'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(cells(suppress([input], T))).toEqual([expected]);
  });

  it('a suppressed row leaks nothing: numerator, denominator, ci, note and gaps null; benchmark values kept', () => {
    const input = row({
      id: 'ks4_p8', unit: 'score', numerator: -3.1, denominator: 3, value: -1.03, ci: [-2.1, 0.04], note: 'Below average',
      benchmarks: [bench('england_cla_12m', '2023/24', -1.25, 0.22), bench('region_cla_12m', '2023/24', null, null, 'x')],
    });
    const [out] = suppress([input], T);
    expect(out).toEqual({
      ...input, value: null, symbol: 'c', suppression: 'small', numerator: null, denominator: null, children: null, ci: null, note: null,
      benchmarks: [bench('england_cla_12m', '2023/24', -1.25, null), bench('region_cla_12m', '2023/24', null, null, 'x')],
    });
  });

  it('never leaves a value null without a symbol, and does not mutate its input', () => {
    const input = [count(2), pct(1, 3), count(9)];
    const before = JSON.stringify(input);
    const out = suppress(input, T);
    expect(JSON.stringify(input)).toBe(before);
    for (const r of out) expect(r.value === null).toBe(r.symbol !== null);
  });

  it('threshold 0 turns suppression off (copies, unchanged)', () => {
    const input = [count(1), pct(1, 2)];
    const out = suppress(input, 0);
    expect(out).toEqual(input);
    expect(out[0]).not.toBe(input[0]);
  });

  it.each([-1, 2.5, Number.NaN])('rejects threshold %s with a remedy', (t) => {
    expect(() => suppress([], t)).toThrow(/whole number of 0 or more/);
  });
});

describe('secondary (complementary) suppression', () => {
  const sex = (v: string) => ({ sex: v });
  const age = (v: string) => ({ age_band: v });
  const cases: [string, MeasureRow[], (number | string | null)[]][] = [
    ['sex M 3, F 40, total 43: F also c', [count(43), count(3, sex('M')), count(40, sex('F'))], [43, 'c', 'c']],
    [
      'age under 1 = 3: the next smallest (1-4 = 12) is also c',
      [count(1205), count(3, age('under 1')), count(12, age('1-4')), count(250, age('5-9')), count(640, age('10-15')), count(300, age('16+'))],
      [1205, 'c', 'c', 250, 640, 300],
    ],
    ['two categories already c: nothing more', [count(100), count(2, sex('M')), count(3, sex('F')), count(95, sex('U'))], [100, 'c', 'c', 95]],
    ['no total row: nothing more', [count(3, sex('M')), count(40, sex('F'))], ['c', 40]],
    ['total itself c: nothing more', [count(4), count(4, sex('M')), count(0, sex('F'))], ['c', 'c', 0]],
    ['tie on size: first category in code-point order', [count(22), count(2, age('A')), count(10, age('C')), count(10, age('B'))], [22, 'c', 10, 'c']],
    ['a category already x protects the c', [count(50), count(2, sex('M')), row({ id: 'cla_31mar', unit: 'count', breakdown: sex('U'), symbol: 'x' }), count(40, sex('F'))], [50, 'c', 'x', 40]],
    ['a shown zero is taken last (it hides nothing): the next smallest non-zero is', [count(10), count(0, sex('M')), count(7, sex('F')), count(3, sex('U'))], [10, 0, 'c', 'c']],
    ['only a zero is left: it is taken', [count(3, null), count(0, sex('M')), count(3, sex('F'))].map((r) => ({ ...r, breakdown: r.breakdown })), ['c', 0, 'c']],
    ['percent by denominator: M 1 of 3 c, so F 19 of 37 also c', [pct(20, 40), pct(1, 3, sex('M')), pct(19, 37, sex('F'))], [50, 'c', 'c']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(cells(suppress(input, T))).toEqual(expected);
  });

  it('groups by dimension: sex and age each get their own complement', () => {
    const out = suppress([count(60), count(2, sex('M')), count(58, sex('F')), count(4, age('0-9')), count(56, age('10+'))], T);
    expect(cells(out)).toEqual([60, 'c', 'c', 'c', 'c']);
  });

  it('does not mix years, LAs or cohorts', () => {
    const other = (p: Partial<MeasureRow>) => [count(43, null, p), count(40, sex('F'), p)];
    const out = suppress([count(43), count(3, sex('M')), ...other({ year: '2022/23' }), ...other({ la: '998' }), ...other({ cohort: 'cla_31mar_x' })], T);
    expect(cells(out)).toEqual([43, 'c', 43, 40, 43, 40, 43, 40]);
  });

  it('property: after suppression no shown count is 1..t-1 and no group with a shown total has exactly one c', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 10 }), (parts, t) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const rows = [count(total), ...parts.map((n, i) => count(n, sex(`k${i}`)))];
        const out = suppress(rows, t);
        for (const r of out) if (r.symbol === null) expect(r.value === 0 || (r.value ?? 0) >= t).toBe(true);
        if (out[0]!.symbol === null) expect(out.slice(1).filter((r) => r.symbol === 'c').length).not.toBe(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a note that splits a shown count by reason (the linkage row): written from its parts, never parsed', () => {
  const parts = (...p: Array<[number, string]>): NoteParts => ({ lead: 'Not matched', parts: p.map(([count, words]) => ({ count, words })) });
  const linkage = (p: NoteParts) => row({ id: 'linkage_match_rate', cohort: 'ever_cla', unit: 'percent', numerator: 134, denominator: 143, children: 143, value: 93.7, note: noteFromParts(p), noteParts: p });
  it('keeps the counts when every part is at least the threshold, drops them all when one is small (143 − 134 = 9 gives the other back)', () => {
    expect(suppress([linkage(parts([5, 'with no UPN'], [6, 'with an invalid UPN']))], 5)[0]!.note).toBe('Not matched: 5 with no UPN; 6 with an invalid UPN');
    expect(suppress([linkage(parts([8, 'with a placeholder instead of a UPN, which cannot be matched'], [1, 'with no pupil record for their UPN']))], 5)[0]!.note)
      .toBe('Not matched: with a placeholder instead of a UPN, which cannot be matched; with no pupil record for their UPN');
    expect(suppress([linkage(parts([3, 'with no UPN']))], 5, { audience: 'board' })[0]!.note).toBe('Not matched: with no UPN');
    // a part of 0 is not written; threshold 0 (internal use) keeps the counts
    expect(suppress([linkage(parts([0, 'with no UPN'], [7, 'with an invalid UPN']))], 5)[0]!.note).toBe('Not matched: 7 with an invalid UPN');
    expect(suppress([linkage(parts([1, 'with no UPN']))], 0)[0]!.note).toBe('Not matched: 1 with no UPN');
  });
  it('the parts never leave suppression, whatever their words, and a suppressed row has no note', () => {
    // reworded lead and reasons (the old code matched the words "Not matched: <n> ..."): the small count still goes
    const reworded: NoteParts = { lead: 'Children we could not link', parts: [{ count: 2, words: 'lacking a UPN (code UN1-UN5)' }, { count: 40, words: 'other' }] };
    const [out] = suppress([linkage(reworded)], 5);
    expect(out!.note).toBe('Children we could not link: lacking a UPN (code UN1-UN5); other');
    expect(out!.noteParts).toBeUndefined();
    expect(JSON.stringify(out)).not.toMatch(/\b2\b.*lacking|"count"/);
    // the row itself suppressed (too few children): no note, no parts
    const small = row({ id: 'linkage_match_rate', cohort: 'ever_cla', unit: 'percent', numerator: 2, denominator: 3, children: 3, value: 66.7, note: noteFromParts(parts([1, 'with no UPN'])), noteParts: parts([1, 'with no UPN']) });
    const [c] = suppress([small], 5);
    expect([c!.symbol, c!.note, c!.noteParts]).toEqual(['c', null, undefined]);
    // a note with no parts is published as written: only parts are ever counts by reason
    expect(suppress([row({ id: 'ks4_p8', unit: 'score', numerator: null, denominator: 10, children: 10, value: -1, note: 'DfE Progress 8 band: Average' })], 5)[0]!.note).toBe('DfE Progress 8 band: Average');
  });
});
