/**
 * Stability measures when children were in care before the LA's earliest return (definitions.md §3,
 * issue 12 item 1), on fixtures/real-world/care-before-earliest-return: LA 855, returns 2019/20 and
 * 2020/21 (the data begin on 1 April 2019). By hand, at 31 March 2021 all five children are looked after:
 *  601 S 1 May 2019; 602 P 1 June 2018 (censored), moved (P) 1 January 2020; 603 P 1 January 2019
 *  (censored); 604 S 1 June 2019 (its earlier short break left out); 605 P 1 May 2020 (in 2020/21: not censored).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLACEMENT_CHANGE } from '../../src/derive/care/index.js';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import type { CareData } from '../../src/link/care-data.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { careMeasures } from '../../src/measures/compute/care-measures.js';
import { benchmarkStoreFor } from '../../src/benchmarks/index.js';
import type { MeasureRow } from '../../src/measures/row.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/real-world/care-before-earliest-return');
let db: Db;
let care: CareData;
beforeAll(async () => {
  db = await openDb({ threads: 1 });
  care = (await linkFolder(db, { folder: FIXTURE })).care;
});
afterAll(() => closeDb(db));

const rowsOf = (year: string) => careMeasures(care, { la: '855', years: [year], cohort: 'cla_31mar', breakdowns: [] }, DEFAULT_PLACEMENT_CHANGE, benchmarkStoreFor({}));
const pick = (rows: MeasureRow[], id: string) => rows.find((r) => r.id === id)!;

describe('stability at 31 March 2021', () => {
  it('long-term stability is x with a note naming the return needed: 603 is censored for the window from 1 October 2018', () => {
    const r = pick(rowsOf('2020/21'), 'stability_long_term');
    expect([r.numerator, r.denominator, r.value, r.symbol]).toEqual([null, null, null, 'x']);
    expect(r.note).toBe("Not available: some children of this cohort were already in care before the LA's earliest return (2019/20), "
      + "and the measure's window from 2018-10-01 reaches before it. Supply the returns for 2018/19 to publish it.");
  });
  it('3+ placements in 2 years (window from 1 April 2019, inside the returns) is published: 602 and 603, neither with 3 spells: 0/2', () => {
    const r = pick(rowsOf('2020/21'), 'stability_3plus_2years');
    expect([r.numerator, r.denominator, r.value, r.symbol]).toEqual([0, 2, 0, null]);
  });
  it('3+ placements in the year: 0/5', () => {
    expect([pick(rowsOf('2020/21'), 'stability_3plus_year').numerator, pick(rowsOf('2020/21'), 'stability_3plus_year').denominator]).toEqual([0, 5]);
  });
});

describe('a window inside the returns is unchanged', () => {
  it('long-term stability at 31 March 2022 (window from 1 October 2019): 601, 602, 603, 604 in care since; carer since 1 April 2020 or before: 4/4', () => {
    const r = pick(rowsOf('2021/22'), 'stability_long_term');
    expect([r.numerator, r.denominator, r.value, r.symbol, r.note]).toEqual([4, 4, 100, null, null]);
  });
});
