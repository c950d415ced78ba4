import { describe, expect, it } from 'vitest';
import type { FactorRow } from '../../src/link/factor-row.js';
import { InputError } from '../../src/errors.js';
import { buildDesignMatrix } from '../../src/model/design.js';
import { compareExpectedObserved } from '../../src/model/expected-observed.js';
import { groupSentence, renderExpectedObservedCsv, renderExpectedObservedJson, renderExpectedObservedMarkdown } from '../../src/model/render-expected-observed.js';
import { reesPreset } from '../../src/model/model-spec.js';
import { suppressExpectedObserved } from '../../src/report/suppress.js';
import { fitOls, type OlsResult } from '../../src/model/ols.js';
import { loadModel, saveModel, type SavedModel } from '../../src/model/saved-model.js';
import { emptyFactorRow, readReferenceRows, relativeDifference } from './reference-rows.js';

const handModel: SavedModel = {
  format: 'cla-analyse-model',
  version: 1,
  estimator: 'ols',
  spec: { outcome: 'att8', factors: ['ks2_emss', 'sex'], referenceLevels: { sex: 'M' }, clusterBy: 'school' },
  referenceLevels: { sex: 'M' },
  pupils: 1000,
  terms: [
    { term: 'intercept', factor: null, level: null, estimate: 10 },
    { term: 'ks2_emss', factor: 'ks2_emss', level: null, estimate: 0.5 },
    { term: 'sex=F', factor: 'sex', level: 'F', estimate: 2 },
  ],
};

const pupil = (key: string, la: string | null, ks2: number | null, sex: FactorRow['sex'], att8: number | null): FactorRow => ({
  ...emptyFactorRow(key), la, ks2_emss: ks2, sex, att8,
});

describe('compareExpectedObserved', () => {
  const rows = [
    pupil('a', '801', 100, 'M', 61.5), // expected 60, residual 1.5
    pupil('b', '801', 100, 'F', 60), // expected 62, residual −2
    pupil('c', '801', 80, 'M', 50.25), // expected 50, residual 0.25
    pupil('d', '801', 90, 'F', 60), // expected 57, residual 3
    pupil('e', '802', 90, 'M', 50), // one pupil
    pupil('f', '802', 90, 'U', 50), // level the model never saw
    pupil('g', '802', 90, 'M', null), // no outcome
    pupil('h', null, 90, 'M', 40), // no LA
  ];
  const result = compareExpectedObserved(loadModel(saveModel(handModel)), rows, 'la');

  it("gives each LA's mean residual with a t CI as R's t.test(c(1.5, -2, 0.25, 3))$conf.int", () => {
    const la801 = result.groups[0]!;
    expect(la801.group).toBe('801');
    expect(la801.pupils).toBe(4);
    expect(la801.meanObserved).toBeCloseTo(57.9375, 12);
    expect(la801.meanExpected).toBeCloseTo(57.25, 12);
    expect(la801.meanResidual).toBeCloseTo(0.6875, 12);
    expect(relativeDifference(la801.ci![0], -2.6782128187022298)).toBeLessThan(1e-10);
    expect(relativeDifference(la801.ci![1], 4.0532128187022298)).toBeLessThan(1e-10);
  });

  it('gives no CI for a one-pupil group, and says why', () => {
    const la802 = result.groups[1]!;
    expect(la802).toMatchObject({ group: '802', pupils: 1, meanResidual: -5, residualSd: null, ci: null });
    expect(la802.ciNote).toMatch(/one pupil/);
  });

  it('counts the pupils it could not score, by reason', () => {
    expect(result.pupilsCompared).toBe(5);
    expect(result.excluded).toEqual([
      { reason: 'missing att8', pupils: 1 },
      { reason: 'missing la and school_la', pupils: 1 },
      { reason: 'sex = U was not in the data the model was fitted on', pupils: 1 },
    ]);
  });

  it('scores the fitting sample with mean residual 0 overall (OLS with an intercept), via save and load', () => {
    const data = readReferenceRows();
    const fit = fitOls(buildDesignMatrix(data, reesPreset())) as OlsResult;
    const bySchool = compareExpectedObserved(loadModel(saveModel(fit)), data, 'school');
    expect(bySchool.pupilsCompared).toBe(fit.pupils);
    const total = bySchool.groups.reduce((sum, g) => sum + g.meanResidual * g.pupils, 0);
    expect(Math.abs(total / fit.pupils)).toBeLessThan(1e-9);
    expect(bySchool.groups).toHaveLength(fit.clusters);
  });
});

describe('saveModel / loadModel', () => {
  it('round-trips exactly and deterministically', () => {
    const text = saveModel(handModel);
    expect(loadModel(text)).toEqual(handModel);
    expect(saveModel(loadModel(text))).toBe(text);
  });
  it('rejects what is not a saved model, listing the problems', () => {
    expect(() => loadModel('{')).toThrow(InputError);
    expect(() => loadModel(JSON.stringify({ ...handModel, version: 2 }))).toThrow(/version/);
    expect(() => loadModel(JSON.stringify({ ...handModel, terms: [{ term: 'intercept', factor: null, level: null, estimate: 'x' }] }))).toThrow(/terms\.0\.estimate/);
    expect(() => loadModel(JSON.stringify({ ...handModel, terms: handModel.terms.slice(1) }))).toThrow(/intercept/);
  });
});

describe('rendered expected versus observed', () => {
  const rows = [
    pupil('a', '801', 100, 'M', 61.5),
    pupil('b', '801', 100, 'F', 60),
    pupil('c', '801', 80, 'M', 50.25),
    pupil('d', '801', 90, 'F', 60),
    pupil('e', '802', 90, 'M', 50),
  ];
  const result = compareExpectedObserved(handModel, rows, 'la');

  it('suppresses groups under 5 pupils through the one suppression function', () => {
    const five = { suppressBelow: 5, suppressed: suppressExpectedObserved(result, 5).groups };
    const json = JSON.parse(renderExpectedObservedJson(result, five)) as { groups: { pupils: unknown; meanResidual: unknown; suppression: unknown }[] };
    expect(json.groups.map((g) => [g.pupils, g.meanResidual, g.suppression])).toEqual([['c', 'c', 'confidential'], ['c', 'c', 'confidential']]);
    expect(renderExpectedObservedCsv(result, five)).toContain('801,c,c,c,c,c,c,"801: not shown (fewer than 5 pupils, or hidden so that such a group cannot be worked out from the pupils compared)."');
  });

  it('writes sentences, x for a missing CI, and no NaN when suppression is off', () => {
    const off = { suppressBelow: 0, suppressed: suppressExpectedObserved(result, 0).groups };
    expect(groupSentence(result.groups[0]!, 'att8', off)).toBe('801: 4 pupils; +0.69 Attainment 8 points against what their factors predict (95% CI \u22122.68 to 4.05).');
    const csv = renderExpectedObservedCsv(result, off);
    expect(csv.split('\n')[2]).toBe("802,1,50,55,-5,x,x,802: 1 pupil; \u22125.00 Attainment 8 points against what their factors predict (no CI: one pupil: no spread to build a confidence interval from).");
    const md = renderExpectedObservedMarkdown(result, off);
    expect(md).toContain('| 801 | 4 | 57.94 | 57.25 | 0.69 | \u22122.68 to 4.05 |');
    for (const text of [csv, md, renderExpectedObservedJson(result, off)]) expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});
