/**
 * Prior attainment below 80 (issue 12, item 5): the DfE's first Progress 8 prior-attainment group
 * starts at a KS2 average of 59 (pupils below the test standard get nominal scores under 80), so a
 * KS2EMSS of 59–79.5 is valid and gives a Progress 8 score; under 59 is still out of range.
 */
import { describe, expect, it } from 'vitest';
import { pupilP8 } from '../../../src/derive/attainment/index.js';
import { KS4Pupil } from '../../../src/schemas/tables-pupil.js';
import { judgeCell } from '../../../src/validate/cells.js';

describe('KS2EMSS from 59', () => {
  it('the cell accepts 59 and 70, and rejects 58.5 and 120.5', () => {
    const field = KS4Pupil.columns.KS2EMSS!;
    expect(judgeCell(field, 2024, '70')).toMatchObject({ value: '70', ruleId: null });
    expect(judgeCell(field, 2024, '59')).toMatchObject({ value: '59', ruleId: null });
    expect(judgeCell(field, 2024, '58.5')).toMatchObject({ value: null, ruleId: 'scaled-score-range' });
    expect(judgeCell(field, 2024, '120.5')).toMatchObject({ value: null, ruleId: 'scaled-score-range' });
  });

  it('a pupil with KS2 average 70 and Attainment 8 of 10 in 2023/24 has P8 (10 − 15.96) ÷ 10 = −0.596 (group 1, 59 to 82)', () => {
    const r = pupilP8(10, 70, '2023/24');
    expect(r.group).toBe(1);
    expect(r.att8Estimate).toBe(15.96);
    expect(r.value).toBeCloseTo(-0.596, 12);
  });
});
