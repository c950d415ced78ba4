/**
 * Registry test: every measure id of the catalogue is computed on the catalogue fixture, in every
 * cohort, and no row carries NaN or Infinity (measures.md "Never NaN, Infinity or a blank"): a value
 * is a finite number exactly when it has no symbol.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, MEASURE_BY_ID } from '../../../src/measures/catalogue.js';
import { COHORTS, type Cohort } from '../../../src/measures/compute/context.js';
import type { MeasureRow } from '../../../src/measures/row.js';
import { openFixture, type Session } from './fixture.js';

let session: Session;
const byCohort = new Map<Cohort, MeasureRow[]>();
beforeAll(async () => {
  session = await openFixture();
  for (const c of COHORTS) byCohort.set(c, await session.rows(c, ['2023/24', '2024/25'], ['sex', 'placement_group', 'sen', 'ethnic_group', 'time_in_care', 'age_band', 'legal_status']));
});
afterAll(() => session.close());

describe('the catalogue is computed', () => {
  it('the catalogue has 49 ids, each once', () => {
    expect(new Set(CATALOGUE.map((m) => m.id)).size).toBe(CATALOGUE.length);
    expect(CATALOGUE.length).toBe(49);
  });

  it.each(COHORTS.map((c) => [c]))('every catalogue id has a 2023/24 headline row when cohort %s is asked for', (cohort) => {
    const ids = new Set(byCohort.get(cohort)!.filter((r) => r.year === '2023/24' && r.breakdown === null).map((r) => r.id));
    expect(CATALOGUE.map((m) => m.id).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every row names a catalogue id and carries its unit', () => {
    for (const rows of byCohort.values()) {
      for (const r of rows) {
        expect(MEASURE_BY_ID.has(r.id), r.id).toBe(true);
        expect(r.unit, r.id).toBe(MEASURE_BY_ID.get(r.id)!.unit);
      }
    }
  });

  it('no NaN or Infinity anywhere; value is null exactly when a symbol is set; CIs are finite and ordered', () => {
    let n = 0;
    for (const rows of byCohort.values()) {
      for (const r of rows) {
        n++;
        const where = `${r.id} ${r.cohort} ${r.year} ${JSON.stringify(r.breakdown)}`;
        for (const v of [r.numerator, r.denominator, r.value, ...(r.ci ?? [])]) if (v !== null) expect(Number.isFinite(v), where).toBe(true);
        expect(r.value === null, where).toBe(r.symbol !== null);
        if (r.ci) expect(r.ci[0] <= r.value! && r.value! <= r.ci[1], where).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});
