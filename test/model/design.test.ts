import { describe, expect, it } from 'vitest';
import type { FactorRow } from '../../src/link/factor-row.js';
import { UsageError } from '../../src/errors.js';
import { buildDesignMatrix } from '../../src/model/design.js';
import { reesPreset, type ModelSpec } from '../../src/model/model-spec.js';
import { emptyFactorRow } from './reference-rows.js';

function pupil(i: number, fields: Partial<FactorRow>): FactorRow {
  return { ...emptyFactorRow(`P${i}`), school_urn: `S${i % 3}`, la: '801', att8: 40 + i, ...fields };
}

const spec = (factors: string[], extra: Partial<ModelSpec> = {}): ModelSpec => ({ outcome: 'att8', factors, referenceLevels: {}, clusterBy: 'school', ...extra });

describe('buildDesignMatrix', () => {
  it('drops pupils listwise and counts each missing variable separately', () => {
    const rows = [
      pupil(1, { ks2_emss: 100, suspension_days: 1 }),
      pupil(2, { ks2_emss: null, suspension_days: null }),
      pupil(3, { ks2_emss: null, suspension_days: 2, att8: null }),
      pupil(4, { ks2_emss: 98, suspension_days: 0, school_urn: null }),
      pupil(5, { ks2_emss: 101, suspension_days: Number.NaN }),
      pupil(6, { ks2_emss: 97, suspension_days: 3 }),
    ];
    const design = buildDesignMatrix(rows, spec(['ks2_emss', 'suspension_days']));
    expect(design.rows).toBe(2);
    expect(design.pupilsGiven).toBe(6);
    expect(design.missing).toEqual([
      { variable: 'att8', pupils: 1 },
      { variable: 'ks2_emss', pupils: 2 },
      { variable: 'suspension_days', pupils: 2 },
      { variable: 'school_urn', pupils: 1 },
    ]);
    expect([...design.x]).toEqual([1, 100, 1, 1, 97, 3]);
    expect([...design.y]).toEqual([41, 46]);
  });

  it('codes categorical factors against named reference levels, the earliest KS4 year by default', () => {
    const rows = [
      pupil(1, { sex: 'F', ks4_year: '2023/24', school_type_y11: 'special' }),
      pupil(2, { sex: 'M', ks4_year: '2021/22', school_type_y11: 'mainstream' }),
      pupil(3, { sex: 'F', ks4_year: '2022/23', school_type_y11: 'independent' }),
      pupil(4, { sex: 'M', ks4_year: '2022/23', school_type_y11: 'ap' }),
    ];
    const design = buildDesignMatrix(rows, spec(['sex', 'ks4_year', 'school_type_y11'], { referenceLevels: { sex: 'M' } }));
    expect(design.terms.map((t) => t.name)).toEqual([
      'intercept', 'sex=F', 'ks4_year=2022/23', 'ks4_year=2023/24', 'school_type_y11=ap', 'school_type_y11=independent', 'school_type_y11=special',
    ]);
    expect(design.referenceLevels).toEqual({ sex: 'M', ks4_year: '2021/22', school_type_y11: 'mainstream' });
    expect([...design.x.subarray(0, 7)]).toEqual([1, 1, 0, 1, 0, 0, 1]);
    expect([...design.x.subarray(7, 14)]).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it('turns days in care into years (/365.25) in the rees preset', () => {
    const rows = [pupil(1, { days_in_care: 730.5 })];
    const design = buildDesignMatrix(rows, spec(['days_in_care_years']));
    expect(design.x[1]).toBe(2);
    expect(reesPreset().factors).toContain('days_in_care_years');
  });

  it('clusters by LA, falling back to the school LA', () => {
    const rows = [pupil(1, { la: null, school_la: '802', sex: 'F' }), pupil(2, { la: '801', sex: 'M' }), pupil(3, { la: null, school_la: null, sex: 'M' })];
    const design = buildDesignMatrix(rows, spec(['sex'], { clusterBy: 'la' }));
    expect(design.clusterLabels).toEqual(['801', '802']);
    expect(design.rows).toBe(2);
    expect(design.missing.find((m) => m.variable === 'la (else school_la)')?.pupils).toBe(1);
  });

  it('marks a constant column with its value', () => {
    const rows = [pupil(1, { suspension_days: 0, ks2_emss: 99 }), pupil(2, { suspension_days: 0, ks2_emss: 101 })];
    const design = buildDesignMatrix(rows, spec(['suspension_days', 'ks2_emss']));
    expect(design.constantColumns).toEqual([{ index: 1, reason: 'constant: every pupil in the sample has suspension_days = 0' }]);
  });

  it('rejects an unknown factor with the list of known ones', () => {
    expect(() => buildDesignMatrix([], spec(['shoe_size']))).toThrow(UsageError);
    expect(() => buildDesignMatrix([], spec(['shoe_size']))).toThrow(/shoe_size/);
  });
});
