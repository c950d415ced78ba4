/**
 * "Adding a measure is one new file" for the families whose SQL pass is driven by the definitions
 * (src/measures/compute/declared.ts): a definition with an `aggregate`, and nothing else, is computed
 * by its family's one pass. Hand-built OC2 and OC3 rows in DuckDB, figures worked by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/io/duck.js';
import { defineMeasure, POP, DFE_OUT, type MeasureDefinition } from '../../src/measures/define.js';
import { CATALOGUE_ORDER, MEASURES, MEASURE_BY_ID } from '../../src/measures/registry.js';
import { declaredMeasures, PASS_OF_FAMILY } from '../../src/measures/compute/declared.js';
import { oc2Measures } from '../../src/measures/compute/oc2-measures.js';
import { leaversMeasures } from '../../src/measures/compute/leavers-measures.js';

/** A new measure, as its file would hold it: children aged 10 to 17 with both a health assessment and a teeth check. */
const NEW_MEASURE = defineMeasure({
  id: 'oc2_assessed_and_teeth_10plus',
  family: 'oc2',
  title: 'Health assessment and teeth checked (aged 10+)',
  shortTitle: 'Assessed and teeth, 10+',
  unit: 'percent',
  definition: '% of children aged 10 to 17 with a health assessment and a teeth check, of those with both recorded.',
  source: DFE_OUT,
  population: POP.OC2_10PLUS,
  denominatorUnit: 'children',
  suppressionCount: 'denominator',
  direction: 'higher',
  benchmark: null,
  report: { section: 'health', table: 'health', order: 99 },
  aggregate: {
    numerator: "count(*) FILTER (WHERE age >= 10 AND HEALTH_ASSESSMENT = '1' AND TEETH_CHECK = '1')",
    denominator: 'count(*) FILTER (WHERE age >= 10 AND HEALTH_ASSESSMENT IS NOT NULL AND TEETH_CHECK IS NOT NULL)',
  },
}) as MeasureDefinition;
/** A count over the care leavers, to show a count's value and children come from its numerator. */
const NEW_COUNT = defineMeasure({
  id: 'oc3_not_in_touch', family: 'leavers', title: 'Care leavers not in touch', shortTitle: 'Leavers not in touch', unit: 'count',
  definition: 'Care leavers aged 17 to 21 the LA is not in touch with.', source: DFE_OUT, population: POP.CARE_LEAVERS_17_18, denominatorUnit: 'none',
  suppressionCount: 'value', direction: 'lower', benchmark: null, report: { section: 'leavers', table: 'leavers', order: 99 },
  aggregate: { numerator: "count(*) FILTER (WHERE IN_TOUCH <> 'YES')" },
}) as MeasureDefinition;

let db: Db;
beforeAll(async () => {
  db = await openDb({ threads: 1 });
  // six OC2 rows of LA 855 for the year ending 31 March 2024 (ages on 31 March 2024): 16, 15, 12, 11, 9, 3
  await db.con.run(`CREATE TABLE p_OC2 AS SELECT * FROM (VALUES
    (false, '855', 2024, '2007-06-01', '1', '1', '1', NULL, '0', '0', '20'),
    (false, '855', 2024, '2008-09-01', '1', '0', '1', NULL, '0', '0', '12'),
    (false, '855', 2024, '2011-05-01', '0', '1', '1', NULL, '1', '0', NULL),
    (false, '855', 2024, '2012-12-01', '1', '1', NULL, NULL, '0', '0', '9'),
    (false, '855', 2024, '2014-06-01', '1', '1', '1', NULL, NULL, '0', '14'),
    (false, '855', 2024, '2020-07-01', '1', '1', '1', '1', NULL, NULL, NULL),
    (true,  '855', 2024, '2007-06-01', '1', '1', '1', NULL, '1', '1', '30')
  ) t(_reject, _la, _year, DOB, HEALTH_ASSESSMENT, IMMUNISATIONS, TEETH_CHECK, HEALTH_CHECK, CONVICTED, SUBSTANCE_MISUSE, SDQ_SCORE)`);
  // five OC3 rows: ages 17, 18, 19 (in touch or not) and one rejected row
  await db.con.run(`CREATE TABLE p_OC3 AS SELECT * FROM (VALUES
    (false, '855', 2024, '2006-05-01', 'YES', 'F1', 'B1'),
    (false, '855', 2024, '2005-08-01', 'NO', '0', '0'),
    (false, '855', 2024, '2005-01-01', 'DIED', 'G4', 'B2'),
    (false, '855', 2024, '2004-12-01', 'YES', 'P4', 'Y1'),
    (true,  '855', 2024, '2006-05-01', 'NO', NULL, NULL)
  ) t(_reject, _la, _year, DOB, IN_TOUCH, ACTIV, ACCOM)`);
});
afterAll(async () => { await closeDb(db); });

const REQ = { la: '855', years: ['2023/24'], cohort: 'cla_12m' as const, breakdowns: [] };

describe('a measure defined with an aggregate is computed by its family pass, with no other code', () => {
  it('every measure of the declared families (absence, exclusions, sen, oc2, leavers, missing, ks1, ks2) declares its aggregate, but KS2 progress', () => {
    const declaredFamilies = new Set(Object.keys(PASS_OF_FAMILY));
    const without = MEASURES.filter((m) => declaredFamilies.has(m.family) && !('aggregate' in m)).map((m) => m.id);
    // the KS2 progress means declare a progressMean instead (compute/primary-measures.ts): the DfE's 95% CI from a national σ
    expect(without.sort()).toEqual(['ks2_mat_progress', 'ks2_read_progress', 'ks2_writ_progress']);
    expect(without.every((id) => MEASURE_BY_ID.get(id)!.progressMean !== undefined)).toBe(true);
    expect(declaredMeasures('school_age').map((m) => m.def.id)).toEqual(CATALOGUE_ORDER.filter((id) => ['absence', 'exclusions', 'sen'].includes(MEASURE_BY_ID.get(id)!.family)));
  });

  it('a new OC2 definition gets its row beside the registry\'s, worked by hand', async () => {
    const defs = [...CATALOGUE_ORDER.map((id) => MEASURE_BY_ID.get(id)!), NEW_MEASURE];
    const rows = await oc2Measures(db, new Set(['OC2']), REQ, defs);
    // aged 10+: 16 (assessed, teeth), 15 (assessed, teeth), 12 (not assessed, teeth), 11 (assessed, teeth blank: not counted) -> 2 of 3
    expect(rows.find((r) => r.id === NEW_MEASURE.id)).toMatchObject({ numerator: 2, denominator: 3, children: 3, unit: 'percent', cohort: 'cla_12m', symbol: null });
    expect(rows.find((r) => r.id === NEW_MEASURE.id)!.value).toBeCloseTo(66.6667, 4);
    // and the registry's own rows are unchanged by it: convicted among those aged 10+ with a value, 1 of 4; SDQ of ages 5-16, mean (20 + 12 + 9 + 14) / 4
    expect(rows.find((r) => r.id === 'oc2_convicted')).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
    expect(rows.find((r) => r.id === 'sdq_mean')).toMatchObject({ numerator: 55, denominator: 4, value: 13.75 });
    expect(rows.find((r) => r.id === 'sdq_band_concern')).toMatchObject({ numerator: 1, denominator: 4, value: 25 });
    expect(rows.find((r) => r.id === 'oc2_health_check')).toMatchObject({ numerator: 1, denominator: 1, value: 100 }); // under 5 only
    expect(rows.map((r) => r.id)).toEqual([...declaredMeasures('oc2').map((m) => m.def.id), NEW_MEASURE.id]);
  });

  it('a new count over the care leavers: its value and children are the numerator, no denominator; x rows when OC3 is absent', async () => {
    const defs = [...MEASURES, NEW_COUNT] as MeasureDefinition[];
    const rows = await leaversMeasures(db, new Set(['OC3']), REQ, defs);
    expect(rows.find((r) => r.id === NEW_COUNT.id)).toMatchObject({ numerator: 2, denominator: null, children: 2, value: 2, unit: 'count' });
    // registry rows: 17-18 in touch 1 of 2, EET (F1) 1 of 2; 19-21: in touch 1 of 2, EET (P4) 1 of 2, suitable accommodation (Y1) 1 of 2
    expect(rows.find((r) => r.id === 'oc3_in_touch_17_18')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    expect(rows.find((r) => r.id === 'oc3_accom_suitable_17_18')).toMatchObject({ numerator: 1, denominator: 2, value: 50 }); // B1: ACCOM ending in 1
    expect(rows.find((r) => r.id === 'oc3_accom_suitable_19_21')).toMatchObject({ numerator: 1, denominator: 2, value: 50 });
    const absent = await leaversMeasures(db, new Set(), REQ, defs);
    expect(absent.find((r) => r.id === NEW_COUNT.id)).toMatchObject({ value: null, symbol: 'x', denominator: null, note: 'No OC3 (care leavers) table in the returns.' });
    expect(absent.find((r) => r.id === 'oc3_eet_19_21')).toMatchObject({ value: null, symbol: 'x', denominator: 0, children: 0 });
  });
});
