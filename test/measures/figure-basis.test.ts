/**
 * A figure's basis (Unadjusted, Approximate, Estimated interval, Not calculated by the DfE) is a typed
 * field of the measure row, set where the figure is computed (issue 11): the CSV figure_basis, the
 * JSON `basis`, the key messages' "(unadjusted)" mark and the LA comparisons read the field, never the
 * wording of the note. Changing a note's words alone cannot change the basis.
 */
import { describe, expect, it } from 'vitest';
import type { FigureBasis, MeasureRow } from '../../src/measures/row.js';
import { measureRow } from '../../src/measures/compute/row-builder.js';
import { figureBasis } from '../../src/report/render-csv.js';
import { figureBasisLabel } from '../../src/measures/p8/index.js';
import { basisMark } from '../../src/report/key-messages.js';
import { measureRowJson } from '../../src/report/render-json.js';
import { suppress, suppressedCopy } from '../../src/report/suppress.js';
import { measureRowJsonSchema } from '../../src/schemas/report-json.js';

function row(o: { note: string | null; basis?: FigureBasis | null; value?: number | null; symbol?: 'c' | 'x' | 'z' | null; id?: string }): MeasureRow {
  return measureRow({ id: o.id ?? 'ks4_p8', year: '2023/24', la: '855', cohort: 'cla_12m', breakdown: null, unit: 'score', numerator: null, denominator: 40, children: 40,
    value: o.value === undefined ? -1.2 : o.value, symbol: o.symbol ?? null, ci: [-1.5, -0.9], note: o.note, basis: o.basis ?? null });
}

describe('figure basis: a typed field, not the words of the note', () => {
  it('a row with its basis set and a note that says nothing of it keeps its basis in every reader', () => {
    const r = row({ note: 'DfE Progress 8 band: Well below average', basis: 'Unadjusted' });
    expect(r.basis).toBe('Unadjusted');
    expect(figureBasis(r)).toBe('Unadjusted');
    expect(figureBasisLabel(r)).toBe('Unadjusted');
    expect(basisMark(r)).toBe(' (unadjusted)');
    expect(measureRowJson(r).basis).toBe('Unadjusted');
    expect(figureBasis(row({ note: null, basis: 'Estimated interval' }))).toBe('Estimated interval');
    expect(figureBasis(row({ note: 'Some other words.', basis: 'Approximate', id: 'ks4_att8' }))).toBe('Approximate');
  });

  it('a note with the old phrases ("CI from", "Unadjusted:", "Approximate:", "Not calculated:") but no basis is as defined', () => {
    for (const note of [
      'DfE Progress 8 band: Average. CI from the national sd 1.283 implied by the DfE\'s published 2018/19 intervals (data/p8/sd_from_published.csv).',
      'DfE Progress 8 band: Average. Unadjusted: 3 of 40 pupil scores not capped at the DfE lower thresholds',
      'Approximate: 1 of 12 pupils have two results in one subject',
    ]) {
      const r = row({ note });
      expect(figureBasis(r), note).toBe('As defined');
      expect(figureBasisLabel(r), note).toBeNull();
      expect(basisMark(r), note).toBe('');
      expect(measureRowJson(r).basis, note).toBeNull();
    }
    const x = row({ note: 'Not calculated: the DfE calculates no KS1–KS2 progress for 2023/24', value: null, symbol: 'x', id: 'ks2_read_progress' });
    expect(figureBasis(x)).toBe('As defined');
  });

  it('Not calculated by the DfE belongs to an x; the other bases to a shown figure only', () => {
    const x = row({ note: 'any words', basis: 'Not calculated by the DfE', value: null, symbol: 'x', id: 'ks2_read_progress' });
    expect(figureBasis(x)).toBe('Not calculated by the DfE');
    expect(measureRowJson(x).basis).toBe('Not calculated by the DfE');
    expect(figureBasisLabel(x)).toBeNull();
    // a suppressed copy shows no basis (there is no figure to describe), in the CSV or the JSON
    const c = suppressedCopy(row({ note: 'DfE Progress 8 band: Average', basis: 'Unadjusted' }));
    expect(figureBasis(c)).toBe('As defined');
    expect(measureRowJson(c).basis).toBeNull();
    expect(basisMark(c)).toBe('');
  });

  it('survives suppression of a shown row, and the JSON with it matches the published schema', () => {
    const [kept] = suppress([row({ note: 'DfE Progress 8 band: Average', basis: 'Estimated interval' })], 10);
    expect(kept!.symbol).toBeNull();
    expect(kept!.basis).toBe('Estimated interval');
    expect(figureBasis(kept!)).toBe('Estimated interval');
    expect(measureRowJsonSchema.safeParse(measureRowJson(kept!)).success).toBe(true);
  });
});
