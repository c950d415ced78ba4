// Property: on small random designs (few pupils, missing values, constant and duplicated columns,
// one or many clusters), nothing the model code returns or writes contains NaN or an infinite number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactorRow } from '../../src/link/factor-row.js';
import { buildDesignMatrix } from '../../src/model/design.js';
import { compareExpectedObserved } from '../../src/model/expected-observed.js';
import type { ModelSpec } from '../../src/model/model-spec.js';
import { fitOls } from '../../src/model/ols.js';
import { fitRandomInterceptModel } from '../../src/model/multilevel.js';
import { renderModelCsv, renderModelJson, renderModelMarkdown } from '../../src/model/render.js';
import { loadModel, saveModel } from '../../src/model/saved-model.js';
import { emptyFactorRow } from './reference-rows.js';

/** Paths of every number in `value` that is NaN or ±Infinity. */
function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (value instanceof Float64Array || value instanceof Int32Array) return [...value].flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  return [];
}

const rarelyMissing = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { freq: 12, nil: null });
const smallNumber = rarelyMissing(fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 6 }), fc.double({ min: -50, max: 50, noNaN: true })));
const pupilArbitrary = fc.record({
  school: rarelyMissing(fc.constantFrom('S1', 'S2', 'S3')),
  la: rarelyMissing(fc.constantFrom('801', '802')),
  ks2: smallNumber,
  absence: smallNumber,
  changes: rarelyMissing(fc.integer({ min: 0, max: 4 })),
  sex: rarelyMissing(fc.constantFrom<FactorRow['sex']>('M', 'F')),
  schoolType: rarelyMissing(fc.constantFrom('mainstream', 'special', 'ap')),
  year: fc.constantFrom('2021/22', '2022/23'),
  att8: rarelyMissing(fc.oneof(fc.constant(40), fc.double({ min: 0, max: 90, noNaN: true }))),
});

const specArbitrary = fc.record({
  outcome: fc.constant('att8' as const),
  factors: fc.subarray(['ks2_emss', 'unauthorised_absence_pct', 'overall_absence_pct', 'placement_changes_after_11', 'sex', 'school_type_y11', 'ks4_year'], { minLength: 1, maxLength: 4 }),
  referenceLevels: fc.constantFrom<Record<string, string>>({}, { sex: 'F' }, { school_type_y11: 'ap' }),
  clusterBy: fc.constantFrom('school' as const, 'la' as const),
});

describe('no NaN anywhere (fast-check, seed 20261123)', () => {
  it('holds for OLS, the multilevel model, rendering and expected-versus-observed', () => {
    fc.assert(
      fc.property(fc.array(pupilArbitrary, { minLength: 0, maxLength: 40 }), specArbitrary, fc.boolean(), (pupils, spec: ModelSpec, duplicate) => {
        const rows = pupils.map((p, i): FactorRow => ({
          ...emptyFactorRow(`P${i}`), school_urn: p.school, la: p.la, ks2_emss: p.ks2, unauthorised_absence_pct: p.absence,
          overall_absence_pct: duplicate ? p.absence : p.ks2, placement_changes_after_11: p.changes, sex: p.sex,
          school_type_y11: p.schoolType, ks4_year: p.year, att8: p.att8,
        }));
        const design = buildDesignMatrix(rows, spec);
        for (const fit of [fitOls(design), fitOls(design, { variance: 'CR1' }), fitOls(design, { variance: 'HC1' }), fitRandomInterceptModel(design)]) {
          expect(nonFiniteNumbers(fit)).toEqual([]);
          for (const render of [renderModelJson, renderModelCsv, renderModelMarkdown]) expect(render(fit)).not.toMatch(/NaN|Infinity|undefined/);
          if (fit.kind === 'not-estimable') {
            expect(fit.reason.length).toBeGreaterThan(0);
            continue;
          }
          const comparison = compareExpectedObserved(loadModel(saveModel(fit)), rows, spec.clusterBy);
          expect(nonFiniteNumbers(comparison)).toEqual([]);
        }
      }),
      { seed: 20261123, numRuns: 400 },
    );
  });
});
