/** Properties of the KS4 computations over random result sets (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ks4Outcomes, type EbaccCategory, type Ks4Result } from '../../../src/derive/attainment/index.js';

const CATEGORIES: EbaccCategory[] = ['ENG_LANG', 'ENG_LIT', 'MATHS', 'SCIENCE', 'COMBINED_SCIENCE', 'HUMANITY', 'LANGUAGE', 'NONE'];
const gcse = fc.record({
  subject: fc.string({ minLength: 1, maxLength: 6 }),
  qual: fc.constant('GCSE' as const),
  ebacc: fc.constantFrom(...CATEGORIES),
  grade: fc.constantFrom('9', '8', '7', '6', '5', '4', '3', '2', '1', 'U', 'X'),
  points: fc.constant(null),
}).map((r): Ks4Result => (r.ebacc === 'COMBINED_SCIENCE' && /^[2-9]$/.test(r.grade)
  ? { ...r, grade: `${r.grade}-${Number(r.grade) - 1}` } : r));
const other = fc.record({
  subject: fc.string({ minLength: 1, maxLength: 6 }),
  qual: fc.constant('OTHER' as const),
  ebacc: fc.constant('NONE' as const),
  grade: fc.constant(''),
  points: fc.option(fc.integer({ min: 0, max: 18 }).map((x) => x / 2), { nil: null }),
});
const pupil = fc.array(fc.oneof(gcse, other), { maxLength: 14 });

describe('KS4 properties', () => {
  it('A8 is the sum of its elements, each within its DfE maximum, never NaN', () => {
    fc.assert(fc.property(pupil, (results) => {
      const a = ks4Outcomes(results).attainment8;
      expect(a.att8).toBe(a.english + a.maths + a.ebacc + a.open);
      expect(a.english).toBeGreaterThanOrEqual(0);
      expect(a.english).toBeLessThanOrEqual(18);
      expect(a.maths).toBeLessThanOrEqual(18);
      expect(a.ebacc).toBeLessThanOrEqual(27);
      expect(a.open).toBeLessThanOrEqual(27);
      expect(Number.isFinite(ks4Outcomes(results).ebaccAps)).toBe(true);
    }));
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(fc.property(pupil, fc.integer(), (results, seed) => {
      const shuffled = [...results].sort((a, b) => ((a.subject.length * 31 + seed) % 7) - ((b.subject.length * 31 + seed) % 7)).reverse();
      expect(ks4Outcomes(shuffled)).toEqual(ks4Outcomes(results));
    }));
  });

  it('an X (no result) row changes nothing', () => {
    fc.assert(fc.property(pupil, fc.constantFrom(...CATEGORIES), (results, ebacc) => {
      const withX = [...results, { subject: 'absent', qual: 'GCSE' as const, ebacc, grade: 'X', points: null }];
      expect(ks4Outcomes(withX)).toEqual(ks4Outcomes(results));
    }));
  });

  it('a better grade never lowers A8', () => {
    fc.assert(fc.property(pupil, fc.constantFrom(...CATEGORIES.filter((c) => c !== 'COMBINED_SCIENCE')), (results, ebacc) => {
      const low = ks4Outcomes([...results, { subject: 'extra', qual: 'GCSE', ebacc, grade: '3', points: null }]).attainment8.att8;
      const high = ks4Outcomes([...results, { subject: 'extra', qual: 'GCSE', ebacc, grade: '8', points: null }]).attainment8.att8;
      expect(high).toBeGreaterThanOrEqual(low);
    }));
  });
});
