import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatGap, formatGenericCell, formatInterval, formatNumber, formatValue, roundTo } from '../../src/report/format.js';

describe('format', () => {
  it.each([
    [23.684210526, 'percent', null, '23.7%'],
    [0, 'percent', null, '0.0%'],
    [1205, 'count', null, '1,205'],
    [1234567, 'count', null, '1,234,567'],
    [21.348684, 'mean', null, '21.3'],
    [-1.013333, 'score', null, '-1.01'],
    [-0.004, 'score', null, '0.00'],
    [67.25, 'rate', null, '67.3'],
    [null, 'percent', 'c', 'c'],
    [12, 'percent', 'x', 'x'],
    [null, 'mean', null, 'x'],
    [Number.NaN, 'percent', null, 'x'],
    [Number.POSITIVE_INFINITY, 'count', null, 'x'],
  ] as const)('formatValue(%s, %s, %s) = %s', (v, unit, sym, expected) => {
    expect(formatValue(v, unit, sym)).toBe(expected);
  });

  it('rounds half away from zero without binary artefacts', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(formatNumber(0.05, 1)).toBe('0.1');
  });

  it('gaps carry a sign; intervals start with a bracket', () => {
    expect(formatGap(0.88, 'percent')).toBe('+0.9');
    expect(formatGap(-41.72, 'percent')).toBe('-41.7');
    expect(formatGap(0.02, 'percent')).toBe('0.0');
    expect(formatGap(null, 'percent')).toBe('x');
    expect(formatInterval([-1.355, -0.6717], 'score', null)).toBe('(-1.36, -0.67)');
    expect(formatInterval(null, 'score', null)).toBe('x');
    expect(formatInterval(null, 'percent', null)).toBe('z');
    expect(formatInterval([1, 2], 'score', 'c')).toBe('c');
  });

  it('counts and generic cells', () => {
    expect(formatCount(811.25)).toBe('811.25');
    expect(formatCount(38)).toBe('38');
    expect(formatCount(null)).toBe('x');
    expect(formatCount(3, 'c')).toBe('c');
    expect(formatGenericCell(0.0001, 3)).toBe('<0.001');
    expect(formatGenericCell(-0.0001, 2)).toBe('>-0.01');
    expect(formatGenericCell(0, 3)).toBe('0');
    expect(formatGenericCell(null)).toBe('x');
    expect(formatGenericCell(Number.NaN)).toBe('x');
    expect(formatGenericCell('text')).toBe('text');
  });

  it('property: no formatter ever returns NaN, Infinity, undefined or an empty string', () => {
    const units = ['count', 'percent', 'mean', 'rate', 'score'] as const;
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: null }), fc.constantFrom(...units), fc.integer({ min: 0, max: 6 }), (x, unit, d) => {
        for (const s of [formatValue(x, unit, null), formatGap(x, unit), formatCount(x), formatNumber(x, d), formatGenericCell(x, d), formatInterval(x === null ? null : [x, x], unit, null)]) {
          expect(s).not.toMatch(/NaN|Infinity|undefined/);
          expect(s.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
