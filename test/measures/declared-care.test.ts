/**
 * "Adding a measure is one new file" for the care family (issue 11): a definition whose `care` says
 * how it counts one child's care history (define.ts, CareComputation) is computed by the family's one
 * pass over the histories (compute/care-measures.ts), with no other code. Two new measures defined
 * only here, on a small hand-made 903 return, figures worked by hand; then the left-censoring note
 * of the new stability-like measure on fixtures/real-world/care-before-earliest-return.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn, dayNumber } from '../../src/domain/dates.js';
import { april1, march31 } from '../../src/domain/years.js';
import { claAt31March, censoredIn, DEFAULT_PLACEMENT_CHANGE, placementSpellsOverlapping } from '../../src/derive/care/index.js';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import type { CareData } from '../../src/link/care-data.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { defineMeasure, POP, type MeasureDefinition } from '../../src/measures/define.js';
import { CATALOGUE_ORDER, MEASURES, MEASURE_BY_ID } from '../../src/measures/registry.js';
import { careComputed, careMeasures } from '../../src/measures/compute/care-measures.js';
import { benchmarkStoreFor } from '../../src/benchmarks/index.js';
import type { MeasureRow } from '../../src/measures/row.js';

/** A new stability-like measure, as its file would hold it: 2 or more placement spells in the year. */
const TWO_PLUS = defineMeasure({
  id: 'stability_2plus_year',
  family: 'care',
  title: '2+ placements in the year',
  shortTitle: '2+ placements in year',
  unit: 'percent',
  definition: '% of children looked after at 31 March with 2 or more placements in the year.',
  source: 'test',
  population: POP.CLA_31MAR,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'lower',
  benchmark: null,
  report: { section: 'stability', table: 'stability', order: 99 },
  care: {
    perChild: (h, _child, year, options) => {
      const cla = claAt31March(h, year);
      if (cla && censoredIn(h, dayNumber(april1(year - 1)), dayNumber(march31(year)))) return { inDenominator: false, inNumerator: false, censored: true };
      return { inDenominator: cla, inNumerator: cla && placementSpellsOverlapping(h, april1(year - 1), march31(year), options).length >= 2 };
    },
    window: (year) => april1(year - 1),
  },
}) as MeasureDefinition;

/** A new count, reading the child's header: children looked after at 31 March aged under 5 that day. */
const UNDER_5 = defineMeasure({
  id: 'cla_31mar_under_5', family: 'care', title: 'Looked after at 31 March, under 5', shortTitle: 'Looked after, under 5', unit: 'count',
  definition: 'Children looked after at 31 March aged under 5 that day.', source: 'test', population: POP.CLA_31MAR, denominatorUnit: 'none',
  suppressionCount: 'value', direction: 'neutral', benchmark: null, report: { section: 'profile', table: 'profile-cla', order: 99 },
  care: { perChild: (h, child, year) => { const x = claAt31March(h, year) && !!child?.dob && ageOn(child.dob, march31(year)) < 5; return { inDenominator: x, inNumerator: x }; } },
}) as MeasureDefinition;

const REGISTRY = CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!);
const EP = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';
const HD = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
/*
 * LA 855, one return (2023/24: its data begin on 1 April 2023), by hand at 31 March 2024:
 *   701 in care from 1 May 2023 (S), one placement, aged 2                 -> looked after; 1 placement; under 5
 *   702 in care from 1 June 2023, moved (P) 1 September 2023, aged 14       -> looked after; 2 placements
 *   703 in care from 1 July 2023, moved 1 August and 1 October 2023, aged 4 -> looked after; 3 placements; under 5
 *   704 in care 1 May – 1 December 2023 (ceased), aged 1                   -> not looked after: in no count
 * 2+ placements in the year: 702 and 703 of 701, 702, 703 = 2 of 3 = 66.67%; 3+ (the registry's): 703 = 1 of 3.
 * Under 5: 701 and 703 = 2.
 */
const EPISODES = `${EP}701,01/05/2023,S,C2,N1,U4,PR1,,,,AB1,AB2,
702,01/06/2023,S,C2,N1,U4,PR1,01/09/2023,X1,CARPL,AB1,AB2,
702,01/09/2023,P,C2,N1,U5,PR1,,,CARPL,AB1,AB2,
703,01/07/2023,S,C2,N1,U4,PR1,01/08/2023,X1,CARPL,AB1,AB2,
703,01/08/2023,P,C2,N1,U5,PR1,01/10/2023,X1,CARPL,AB1,AB2,
703,01/10/2023,P,C2,N1,U6,PR1,,,CARPL,AB1,AB2,
704,01/05/2023,S,C2,N1,U4,PR1,01/12/2023,E11,,AB1,AB2,
`;
const HEADER = `${HD}701,1,01/06/2021,WBRI,,,\n702,2,01/01/2010,WBRI,,,\n703,1,01/01/2020,WBRI,,,\n704,2,01/03/2022,WBRI,,,\n`;

let db: Db;
let dir: string;
let care: CareData;
let censoredCare: CareData;
beforeAll(async () => {
  db = await openDb({ threads: 1 });
  dir = mkdtempSync(join(tmpdir(), 'reg-declared-care-'));
  mkdirSync(join(dir, '903', '855', '2024'), { recursive: true });
  writeFileSync(join(dir, '903', '855', '2024', 'episodes.csv'), EPISODES);
  writeFileSync(join(dir, '903', '855', '2024', 'header.csv'), HEADER);
  care = (await linkFolder(db, { folder: dir })).care;
  const db2 = await openDb({ threads: 1 });
  try {
    censoredCare = (await linkFolder(db2, { folder: join(import.meta.dirname, '../../fixtures/real-world/care-before-earliest-return') })).care;
  } finally { closeDb(db2); }
}, 60_000);
afterAll(() => { closeDb(db); rmSync(dir, { recursive: true, force: true }); });

const rowsOf = (data: CareData, year: string, defs?: readonly MeasureDefinition[], breakdowns: string[] = []): MeasureRow[] =>
  careMeasures(data, { la: '855', years: [year], cohort: 'cla_12m', breakdowns: breakdowns as never }, DEFAULT_PLACEMENT_CHANGE, benchmarkStoreFor({}), defs);
const total = (rows: MeasureRow[], id: string) => rows.find((r) => r.id === id && r.breakdown === null)!;

describe('a care measure defined by its care computation is computed by the family pass, with no other code', () => {
  it('every care measure of the registry declares how it is computed, in catalogue order', () => {
    expect(MEASURES.filter((m) => m.family === 'care' && !('care' in m)).map((m) => m.id)).toEqual([]);
    expect(careComputed().map((m) => m.def.id)).toEqual(CATALOGUE_ORDER.filter((id) => MEASURE_BY_ID.get(id)!.family === 'care'));
  });

  it('a new stability-like percentage and a new count get their rows beside the registry’s, worked by hand', () => {
    const rows = rowsOf(care, '2023/24', [...REGISTRY, TWO_PLUS, UNDER_5]);
    // 2 of 3, on the cohort of its population (cla_31mar), whatever the report's cohort
    expect(total(rows, TWO_PLUS.id)).toMatchObject({ numerator: 2, denominator: 3, children: 3, unit: 'percent', cohort: 'cla_31mar', symbol: null, note: null });
    expect(total(rows, TWO_PLUS.id).value).toBeCloseTo(200 / 3, 9);
    expect(total(rows, UNDER_5.id)).toMatchObject({ numerator: 2, denominator: null, children: 2, value: 2, unit: 'count', cohort: 'cla_31mar' });
    // the registry's own rows beside them: 3 looked after, 3+ placements 1 of 3; and the same as without the new measures
    expect(total(rows, 'cla_31mar')).toMatchObject({ value: 3 });
    expect(total(rows, 'stability_3plus_year')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(rows.filter((r) => r.id !== TWO_PLUS.id && r.id !== UNDER_5.id)).toEqual(rowsOf(care, '2023/24'));
    expect(rows.map((r) => r.id).slice(-2)).toEqual([TWO_PLUS.id, UNDER_5.id]);
  });

  it('a count that asks for breakdowns gets a row per category, its share of the total (hand: under 5 by sex, 701 and 703 both male)', () => {
    const byBreakdown = { ...UNDER_5, care: { ...UNDER_5.care!, breakdowns: true as const } };
    const rows = rowsOf(care, '2023/24', [byBreakdown], ['sex']);
    expect(rows.map((r) => [r.breakdown, r.numerator, r.denominator, r.value])).toEqual([[null, 2, null, 2], [{ sex: 'M' }, 2, 2, 2]]);
  });

  it('a new measure whose window reaches before the earliest return is x, with the note naming its window and the returns needed', () => {
    // care-before-earliest-return: earliest return 2019/20 (data from 1 April 2019). At 31 March 2019, 602 (in care from
    // 1 June 2018, first known episode RNE P) and 603 (from 1 January 2019, P) are looked after with left-censored care;
    // the year's window from 1 April 2018 reaches before the returns, which begin with the 2019/20 return: 2018/19 is needed
    const r = total(rowsOf(censoredCare, '2018/19', [TWO_PLUS]), TWO_PLUS.id);
    expect([r.numerator, r.denominator, r.children, r.value, r.symbol]).toEqual([null, null, null, null, 'x']);
    expect(r.note).toBe("Not available: some children of this cohort were already in care before the LA's earliest return (2019/20), "
      + "and the measure's window from 2018-04-01 reaches before it. Supply the returns for 2018/19 to publish it.");
    // the same measure at 31 March 2021 (window inside the returns): 601–605 looked after, 602 moved 1 January 2020 (before the year): 0 of 5
    expect(total(rowsOf(censoredCare, '2020/21', [TWO_PLUS]), TWO_PLUS.id)).toMatchObject({ numerator: 0, denominator: 5, value: 0 });
  });

  it('a definition the pass cannot compute is refused by name', () => {
    expect(() => careComputed([{ ...UNDER_5, unit: 'mean' }])).toThrow(/cla_31mar_under_5: unit mean/);
    expect(() => careComputed([{ ...UNDER_5, unit: 'rate' }])).toThrow(/a rate, and only a rate, names perPopulation/);
    expect(() => careComputed([{ ...TWO_PLUS, care: { ...TWO_PLUS.care!, breakdowns: true } }])).toThrow(/only a count has breakdown rows/);
    // censored children and no window to name: a mistake, not a silent figure
    expect(() => rowsOf(censoredCare, '2018/19', [{ ...TWO_PLUS, care: { perChild: TWO_PLUS.care!.perChild } }])).toThrow(/names no window/);
  });
});
