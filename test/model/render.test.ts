import { describe, expect, it } from 'vitest';
import { buildDesignMatrix } from '../../src/model/design.js';
import { reesPreset } from '../../src/model/model-spec.js';
import { fitOls } from '../../src/model/ols.js';
import { fitRandomInterceptModel } from '../../src/model/multilevel.js';
import { modelReport, renderModelCsv, renderModelJson, renderModelMarkdown } from '../../src/model/render.js';
import { formatForReading, roundTo } from '../../src/model/number-format.js';
import { estimatedTerm, notEstimableTerm } from '../../src/model/term-result.js';
import { termSentence } from '../../src/model/term-sentence.js';
import { readReferenceRows } from './reference-rows.js';

describe('term sentences', () => {
  it('says each effect in plain words with its CI, with a true minus sign', () => {
    const term = { ...estimatedTerm({ name: 'placement_changes_after_11', factor: 'placement_changes_after_11', level: null }, -0.33, 0.097, 2000), ci: [-0.52, -0.14] as [number, number] };
    expect(termSentence(term, {}, 'att8')).toBe('Each placement change after age 11: \u22120.330 Attainment 8 points (95% CI \u22120.520 to \u22120.140).');
    const level = estimatedTerm({ name: 'school_type_y11=special', factor: 'school_type_y11', level: 'special' }, -14.2, 1.1, 59);
    expect(termSentence(level, { school_type_y11: 'mainstream' }, 'p8')).toMatch(/^In a special school at 16 \(vs a mainstream school\): \u221214\.20 Progress 8 points \(95% CI \u221216\.40 to \u221212\.00\)\.$/);
    const dropped = notEstimableTerm({ name: 'sex=F', factor: 'sex', level: 'F' }, 'constant: every pupil in the sample has sex = F');
    expect(termSentence(dropped, { sex: 'M' }, 'att8')).toBe('Female (vs male): not estimable (constant: every pupil in the sample has sex = F).');
  });
  it('never writes −0', () => {
    expect(formatForReading(-0.0001, 2)).toBe('0.00');
    expect(roundTo(-0.00001, 4)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 4), -0)).toBe(false);
  });
});

describe('rendered model', () => {
  const design = buildDesignMatrix(readReferenceRows(), reesPreset());
  const ols = fitOls(design);
  const mixed = fitRandomInterceptModel(design);

  it('gives JSON terms with term, estimate, se, ci, p and sentence, rounded', () => {
    const report = JSON.parse(renderModelJson(ols)) as ReturnType<typeof modelReport>;
    const placement = report.terms.find((t) => t.term === 'placement_changes_after_11')!;
    expect(placement).toEqual({
      term: 'placement_changes_after_11', estimable: true, estimate: -0.3444, se: 0.172, ci: [-0.6886, -0.0002], p: 0.04986,
      sentence: 'Each placement change after age 11: \u22120.34 Attainment 8 points (95% CI \u22120.69 to 0.00).',
    });
    expect(report.standardErrors).toBe('cluster-robust (CR1) by school_urn');
    expect(report.droppedForMissing.map((m) => m.variable)).toEqual(['att8', 'unauthorised_absence_pct', 'ks2_emss', 'sen_y11', 'school_urn']);
  });

  it('is deterministic and free of NaN and Infinity in every format', () => {
    for (const fit of [ols, mixed]) {
      for (const render of [renderModelJson, renderModelCsv, renderModelMarkdown]) {
        const text = render(fit);
        expect(render(fit)).toBe(text);
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
    expect(renderModelMarkdown(mixed)).toMatch(/ICC 0\.19\d/);
  });

  it('writes CSV with one row per term and neutralised text cells', () => {
    const lines = renderModelCsv(ols).trimEnd().split('\n');
    expect(lines[0]).toBe('term,estimable,estimate,se,ci_low,ci_high,p,sentence,reason');
    expect(lines).toHaveLength(17);
    expect(renderModelCsv({ kind: 'not-estimable', reason: '-1 pupils' })).toContain(",'-1 pupils");
  });
});

describe('fitFactorModel', () => {
  it('fits either estimator from rows and a spec, and explains an empty sample', async () => {
    const { fitFactorModel } = await import('../../src/model/index.js');
    const data = readReferenceRows();
    expect(fitFactorModel({ rows: data, spec: reesPreset(), estimator: 'ols' }).kind).toBe('ols');
    expect(fitFactorModel({ rows: data, spec: reesPreset(), estimator: 'multilevel' }).kind).toBe('multilevel');
    const empty = fitFactorModel({ rows: data.map((r) => ({ ...r, att8: null })), spec: reesPreset(), estimator: 'ols' });
    expect(empty).toEqual({ kind: 'not-estimable', reason: expect.stringMatching(/^No pupil of 3000 has every variable the model needs \(att8 missing for 3000/) });
  });
});
