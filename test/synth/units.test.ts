import { describe, expect, it } from 'vitest';
import { classifyUpn } from '../../src/domain/upn.js';
import { chooseLaCodes, DFE_LA_CODES } from '../../src/synth/la-codes.js';
import { expectedAtt8, KS4_OUTCOME_MODEL, drawAtt8 } from '../../src/synth/outcome-model.js';
import { ks4Flags, type SubjectResult } from '../../src/synth/ks4-results.js';
import { Random, mixSeed } from '../../src/synth/random.js';
import { makeUpn } from '../../src/synth/upn-factory.js';
import { inCohort } from '../../src/synth/population.js';
import { dayOf } from '../../src/synth/calendar.js';

describe('random', () => {
  it('is a fixed sequence for a seed and stream', () => {
    const a = new Random(1, 2, 3);
    const b = new Random(1, 2, 3);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(new Random(1, 2, 4).nextUint32()).not.toBe(xs[0]);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
  it('draws sensible uniforms and normals', () => {
    const r = new Random(9);
    let sum = 0;
    let sq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.05);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(3, 5);
      expect(k >= 3 && k <= 5).toBe(true);
    }
  });
});

describe('LA codes', () => {
  it('uses 855 first, then distinct real LA numbers, never 201 or 420', () => {
    const las = chooseLaCodes(150, 1);
    expect(las[0]).toBe('855');
    expect(new Set(las).size).toBe(150);
    expect(las).not.toContain('201');
    expect(las).not.toContain('420');
    expect(las.every((c) => DFE_LA_CODES.includes(c))).toBe(true);
    expect(chooseLaCodes(3, 1)).toEqual(las.slice(0, 3));
    expect(chooseLaCodes(['886', '855'], 1)).toEqual(['886', '855']);
    expect(() => chooseLaCodes(['85'], 1)).toThrow(/3-digit/);
  });
});

describe('UPNs', () => {
  it('makes valid permanent and temporary UPNs', () => {
    expect(classifyUpn(makeUpn('855', 2008, 1, 42))).toBe('permanent');
    expect(classifyUpn(makeUpn('855', 2008, 6, 42, true, new Random(1)))).toBe('temporary');
    expect(makeUpn('855', 2008, 1, 42).slice(1)).toBe('855081000420');
  });
});

describe('cohorts', () => {
  it('KS4 2023/24 is born 1 Sep 2007 – 31 Aug 2008', () => {
    expect(inCohort(dayOf(2007, 9, 1), 2024, 15)).toBe(true);
    expect(inCohort(dayOf(2008, 8, 31), 2024, 15)).toBe(true);
    expect(inCohort(dayOf(2007, 8, 31), 2024, 15)).toBe(false);
    expect(inCohort(dayOf(2008, 9, 1), 2024, 15)).toBe(false);
    // KS2 2023/24: aged 10 on 31 Aug 2023 → born 1 Sep 2012 – 31 Aug 2013
    expect(inCohort(dayOf(2012, 9, 1), 2024, 10)).toBe(true);
    expect(inCohort(dayOf(2013, 9, 1), 2024, 10)).toBe(false);
  });
});

describe('outcome model', () => {
  it('expected A8 by hand', () => {
    // 46 + 1.5×(99−105) − 0.35×3 − 5.5 − 0.45×4 − 0.17×2.5 − 6.5 − 13.8 + 0.5×(730.5/365.25) − 10 (ever looked after) + 3.5 − 5
    // = 46 − 9 − 1.05 − 5.5 − 1.8 − 0.425 − 6.5 − 13.8 + 1 − 10 + 3.5 − 5 = −2.575
    const v = expectedAtt8({ ks2Emss: 99, placementChangesAfter11: 3, schoolChangeY10Y11: 1, unauthorisedAbsencePct: 4,
      suspensionDays: 2.5, notFosterY11: 1, schoolTypeY11: 'ap', daysInCare: 730.5, everCla: 1, sex: 'F', sen: 'support' });
    expect(v).toBeCloseTo(-2.575, 10);
    expect(expectedAtt8({ ks2Emss: 105, placementChangesAfter11: 0, schoolChangeY10Y11: 0, unauthorisedAbsencePct: 0,
      suspensionDays: 0, notFosterY11: 0, schoolTypeY11: 'independent', daysInCare: 0, everCla: 0, sex: 'M', sen: 'none' })).toBe(46);
    expect(KS4_OUTCOME_MODEL.RESIDUAL_SD).toBeGreaterThanOrEqual(8);
  });
  it('clamps to [0, 90] and says so', () => {
    const low = drawAtt8({ ks2Emss: 80, placementChangesAfter11: 0, schoolChangeY10Y11: 1, unauthorisedAbsencePct: 60,
      suspensionDays: 0, notFosterY11: 1, schoolTypeY11: 'special', daysInCare: 0, everCla: 1, sex: 'M', sen: 'ehcp' }, -20, new Random(1));
    expect(low).toEqual({ att8: 0, clamped: true });
  });
});

describe('KS4 flags from subject grades', () => {
  const r = (ebacc: SubjectResult['ebacc'], grade: string): SubjectResult => ({ subject: ebacc, qual: 'GCSE', ebacc, grade, points: '' });
  it('English is the better of language and literature; EBacc needs every pillar', () => {
    const results = [r('ENG_LANG', '3'), r('ENG_LIT', '5'), r('MATHS', '5'), r('COMBINED_SCIENCE', '5-4'), r('HUMANITY', '6'), r('LANGUAGE', '4')];
    // APS = (5 + 5 + 5 + 4 + 6 + 4) / 6 = 4.83
    expect(ks4Flags(results)).toEqual({ l2Basics94: 1, l2Basics95: 1, ebaccEntered: 1, ebacc94: 1, ebacc95: 0, ebaccAps: 4.83 });
    const noLanguage = results.filter((x) => x.ebacc !== 'LANGUAGE');
    // APS = (5 + 5 + 5 + 4 + 6 + 0) / 6 = 4.17
    expect(ks4Flags(noLanguage)).toEqual({ l2Basics94: 1, l2Basics95: 1, ebaccEntered: 0, ebacc94: 0, ebacc95: 0, ebaccAps: 4.17 });
    const singles = [r('ENG_LANG', '5'), r('MATHS', '4'), r('SCIENCE', '3'), r('SCIENCE', '6'), r('SCIENCE', '5'), r('HUMANITY', '5'), r('LANGUAGE', 'U')];
    // two best sciences 6 and 5; APS = (5 + 4 + 6 + 5 + 5 + 0) / 6 = 4.17
    expect(ks4Flags(singles)).toEqual({ l2Basics94: 1, l2Basics95: 0, ebaccEntered: 1, ebacc94: 0, ebacc95: 0, ebaccAps: 4.17 });
  });
});
