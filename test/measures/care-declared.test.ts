/**
 * A new care measure is one definition (issue 11, "adding a measure is one new file plus its test"):
 * a definition with `careChild` says how one child looked after at 31 March counts, and the care pass
 * (src/measures/compute/care-measures.ts) computes it in its one pass over the histories, with the
 * same left-censoring rule as the DfE stability measures. The definition here lives only in the test.
 *
 * Fixture fixtures/real-world/care-before-earliest-return (LA 855, returns 2019/20 and 2020/21; the
 * data begin on 1 April 2019). By hand, at 31 March 2021 all five children are looked after:
 *  601 S 1 May 2019; 602 P 1 June 2018 (care began before the returns: censored), moved 1 January 2020;
 *  603 P 1 January 2019 (censored); 604 S 1 June 2019; 605 P 1 May 2020 (its care seen from its start in 2020/21).
 * "Looked after for the whole year" (continuously since 1 April 2020): 601, 602, 603, 604 yes; 605 no: 4 of 5, 80%.
 * "Looked after for three whole years" (since 1 April 2018): the window reaches before the returns, and
 * 602 and 603 were in care before them: x, with the note naming the 2018/19 return.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT_CHANGE, claAt31March, censoredContinuity, lookedAfterContinuouslySince } from '../../src/derive/care/index.js';
import type { StabilityResult } from '../../src/derive/care/types.js';
import { dayNumber } from '../../src/domain/dates.js';
import { april1, march31 } from '../../src/domain/years.js';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import type { CareData } from '../../src/link/care-data.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { careMeasures, type CareChildMeasure } from '../../src/measures/compute/care-measures.js';
import { defineMeasure, POP, type CareChildInput, type MeasureDefinition } from '../../src/measures/define.js';
import { MEASURES } from '../../src/measures/registry.js';
import { benchmarkStoreFor } from '../../src/benchmarks/index.js';

/** Looked after continuously for `years` whole years at 31 March (a made-up measure, for the test only). */
function wholeYears(id: string, years: number): CareChildMeasure {
  const from = (year: number) => april1(year - years);
  const careChild = {
    count: ({ history, year }: CareChildInput): StabilityResult => {
      if (!claAt31March(history, year)) return { inDenominator: false, inNumerator: false };
      if (censoredContinuity(history, dayNumber(from(year)), dayNumber(march31(year)))) return { inDenominator: false, inNumerator: false, censored: true };
      return { inDenominator: true, inNumerator: lookedAfterContinuouslySince(history, from(year), march31(year)) };
    },
    windowFrom: from,
  };
  return { careChild, ...defineMeasure({
    id, family: 'care', title: `Looked after ${years} whole years`, shortTitle: `Looked after ${years} years`, unit: 'percent',
    definition: `% of children looked after at 31 March who had been looked after continuously since 1 April ${years} years before.`,
    source: 'test', population: POP.CLA_31MAR, denominatorUnit: 'children', suppressionCount: 'denominator', direction: 'neutral', benchmark: null,
    report: { section: 'stability', table: 'stability', order: 99 },
    careChild,
  }) };
}

const FIXTURE = join(import.meta.dirname, '../../fixtures/real-world/care-before-earliest-return');
let db: Db;
let care: CareData;
beforeAll(async () => {
  db = await openDb({ threads: 1 });
  care = (await linkFolder(db, { folder: FIXTURE })).care;
});
afterAll(() => closeDb(db));

const run = (defs: CareChildMeasure[]) =>
  careMeasures(care, { la: '855', years: ['2020/21'], cohort: 'cla_31mar', breakdowns: [] }, DEFAULT_PLACEMENT_CHANGE, benchmarkStoreFor({}), defs);

describe('a care measure declared by its definition alone', () => {
  it('is computed in the care pass: looked after for the whole year at 31 March 2021, 4 of 5 (605 came into care on 1 May 2020)', () => {
    const r = run([wholeYears('test_whole_year', 1)]).find((x) => x.id === 'test_whole_year')!;
    expect([r.numerator, r.denominator, r.value, r.symbol, r.note]).toEqual([4, 5, 80, null, null]);
  });
  it('a window reaching before the returns, with children in care before them, is x with the note naming the return to supply', () => {
    const r = run([wholeYears('test_three_years', 3)]).find((x) => x.id === 'test_three_years')!;
    expect([r.numerator, r.denominator, r.value, r.symbol]).toEqual([null, null, null, 'x']);
    expect(r.note).toBe("Not available: some children of this cohort were already in care before the LA's earliest return (2019/20), "
      + "and the measure's window from 2018-04-01 reaches before it. Supply the returns for 2018/19 to publish it.");
  });
  it('the registry\'s stability measures are declared the same way, and nothing else in the care pass counts them', () => {
    const declared = (MEASURES as readonly MeasureDefinition[]).filter((d) => d.careChild).map((d) => d.id).sort();
    expect(declared).toEqual(['stability_3plus_2years', 'stability_3plus_year', 'stability_long_term']);
    // with no per-child definitions, the pass writes no stability row: they come from the definitions only
    expect(run([]).filter((r) => r.id.startsWith('stability_'))).toEqual([]);
  });
});
