/**
 * The basis in words is a field of the measure row (`basisNote`, issue 11), set with the basis where
 * the figure is computed: the key messages' note under the headline table and the source of an LA
 * comparison column read it, never the free-text note, which is for the tables. These rows have
 * notes whose words would mislead a search of the note: the explanation joined with "; " (no sentence
 * starts with the label), a stale "Unadjusted:" sentence that is not the basis in words, and a note
 * with no such sentence at all.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureRow } from '../../src/measures/row.js';
import { measureRow } from '../../src/measures/compute/row-builder.js';
import { buildKeyMessages } from '../../src/report/key-messages.js';
import { attachLaComparisons, LA_ALL_PUPILS } from '../../src/report/la-comparisons.js';
import { measureRowJson } from '../../src/report/render-json.js';
import { suppress, suppressedCopy } from '../../src/report/suppress.js';
import { measureRowJsonSchema } from '../../src/schemas/report-json.js';

const Y = '2023/24';
const UNADJUSTED = 'Unadjusted: 3 of 40 pupil scores not capped at the DfE lower thresholds (none were supplied for 2023/24)';
const APPROXIMATE = 'Approximate: 2 of 40 pupils have two results in one subject; the better counts here, the DfE counts the first entry (no entry dates in the results file)';

function row(o: { id: string; cohort?: string; unit: 'score' | 'mean' | 'percent'; value: number; note: string | null; basis?: 'Unadjusted' | 'Approximate' | null; basisNote?: string | null }): MeasureRow {
  return measureRow({ id: o.id, year: Y, la: '855', cohort: o.cohort ?? 'cla_12m', breakdown: null, unit: o.unit, numerator: o.unit === 'percent' ? 20 : null, denominator: 40, children: 40,
    value: o.value, ci: o.unit === 'score' ? [o.value - 0.3, o.value + 0.3] : null, note: o.note, basis: o.basis ?? null, basisNote: o.basisNote ?? null });
}

describe('the basis in words is read from basisNote, not searched for in the note', () => {
  const rows = suppress([
    // the explanation is in the note, but joined with "; ": no sentence of the note starts with "Unadjusted:"
    row({ id: 'ks4_p8', unit: 'score', value: -1.2, note: `DfE Progress 8 band: Well below average; ${UNADJUSTED}`, basis: 'Unadjusted', basisNote: UNADJUSTED }),
    // the note says nothing of the basis; its basisNote does
    row({ id: 'ks4_att8', unit: 'mean', value: 20.5, note: 'Figures from the results file.', basis: 'Approximate', basisNote: APPROXIMATE }),
    // a stale "Approximate:" sentence in the note is not the basis in words
    row({ id: 'ks4_em_4plus', unit: 'percent', value: 50, note: 'Approximate: old words. Approximate: more old words', basis: 'Approximate', basisNote: 'Approximate: 1 of 40 pupils have two results in one subject' }),
  ], 5);
  const km = buildKeyMessages({ rows, year: Y, cohort: 'cla_12m' })!;

  it('the key messages give each figure’s basisNote beneath the headline table, once, with a full stop', () => {
    const why = km.notes.filter((n) => /: (Unadjusted|Approximate):/.test(n));
    expect(why).toEqual([
      `Attainment 8, ${Y}: ${APPROXIMATE}.`,
      `English and maths grade 4+, ${Y}: Approximate: 1 of 40 pupils have two results in one subject.`,
      `Progress 8, ${Y}: ${UNADJUSTED}.`,
    ]); // in the headline order: Attainment 8, English and maths 4+, Progress 8
    expect(km.notes.join(' ')).not.toMatch(/old words/);
  });

  it('a basis with no basisNote gives no explanation, even when the note has a sentence starting with the label', () => {
    const bare = suppress([row({ id: 'ks4_p8', unit: 'score', value: -1.2, note: `DfE Progress 8 band: Well below average. ${UNADJUSTED}`, basis: 'Unadjusted' })], 5);
    const k = buildKeyMessages({ rows: bare, year: Y, cohort: 'cla_12m' })!;
    expect(k.table.rows[0]![1]).toMatch(/\(unadjusted\)$/);
    expect(k.notes.some((n) => n.includes('Unadjusted:'))).toBe(false);
  });

  it('an LA comparison column computed on a basis gives its basisNote in its source', () => {
    const cla = suppress([row({ id: 'ks4_att8', unit: 'mean', value: 20.5, note: null })], 5);
    const all = suppress([row({ id: 'ks4_att8', cohort: 'all', unit: 'mean', value: 45.6, note: 'Figures from the results file.', basis: 'Approximate', basisNote: APPROXIMATE })], 5);
    const [out] = attachLaComparisons(cla, 'cla_12m', [{ scope: LA_ALL_PUPILS, rows: all }]);
    const source = out!.benchmarks.find((b) => b.scope === LA_ALL_PUPILS)!.source;
    expect(source.endsWith(`. ${APPROXIMATE}`)).toBe(true);
    expect(source).not.toContain('Figures from the results file');
  });

  it('the JSON carries basisNote beside basis (null where there is none), and a suppressed row has neither', () => {
    const j = measureRowJson(rows.find((r) => r.id === 'ks4_p8')!);
    expect(j.basis).toBe('Unadjusted');
    expect(j.basisNote).toBe(UNADJUSTED);
    expect(measureRowJsonSchema.safeParse(j).success).toBe(true);
    const plain = measureRowJson(row({ id: 'ks4_att8', unit: 'mean', value: 20.5, note: null, basisNote: 'words without a basis' }));
    expect(plain.basis).toBeNull();
    expect(plain.basisNote).toBeNull();
    const c = suppressedCopy(rows.find((r) => r.id === 'ks4_p8')!);
    expect(c.basisNote).toBeUndefined();
    expect(measureRowJson(c).basisNote).toBeNull();
  });
});
