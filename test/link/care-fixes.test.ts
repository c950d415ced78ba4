import { DEFAULT_PLACEMENT_CHANGE } from '../../src/derive/care/placement-changes.js';
/**
 * Hand-worked cases pinning the fixes found by comparing the factor table with the generator's truth
 * (test/link/factors-vs-truth.test.ts): each case states the definitions.md rule and the answer by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { careFactorsAt } from '../../src/derive/care/care-factors.js';
import { placementChanges } from '../../src/derive/care/placement-changes.js';
import { placementSpells } from '../../src/derive/care/placement-spells.js';
import { closeDb, openDb, queryRows } from '../../src/io/duck.js';
import { latestUpn } from '../../src/link/care-data.js';
import { linkFolder } from '../../src/link/pipeline.js';
import { child, ep, history } from '../derive/care/helpers.js';

describe('days_in_care is the days looked after before 31 March (definitions.md §7 "Time in care")', () => {
  it('in care from 1 April 2023: 1 April 2023 – 30 March 2024 is 365 days (2024 is a leap year)', () => {
    // April–December 2023: 30+31+30+31+31+30+31+30+31 = 275; January 31, February 29, March 1–30 30: 275 + 90 = 365
    expect(careFactorsAt(history(ep('2023-04-01', null)), child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE).days_in_care).toBe(365);
  });

  it('came into care on 31 March itself: looked after at 31 March, no day before it', () => {
    expect(careFactorsAt(history(ep('2024-03-31', null)), child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE))
      .toMatchObject({ ever_cla: 1, cla_31mar: 1, days_in_care: 0, periods_of_care: 1 });
  });

  it('a period ending on 31 March (DEC 31 March) covers up to 30 March: every day of it is before the census', () => {
    // 1 March – 30 March 2024 = 30 days
    expect(careFactorsAt(history(ep('2024-03-01', '2024-03-31', { rec: 'E4A' })), child('2008-09-01'), '2024-03-31', DEFAULT_PLACEMENT_CHANGE).days_in_care).toBe(30);
  });
});

describe('a return from a temporary placement is "to the same placement" only with the same PLACE, provider, URN and PL_POST', () => {
  const withReturn = (back: { placeProvider?: string; plPost?: string }) => history(
    ep('2020-01-01', '2020-02-01', { place: 'U4', placeProvider: 'PR1', plPost: 'AB1 2', rec: 'X1' }),
    ep('2020-02-01', '2020-02-03', { rne: 'P', place: 'T1', placeProvider: 'PR1', plPost: 'ZZ9 9', rec: 'X1' }),
    ep('2020-02-03', null, { rne: 'P', place: 'U4', placeProvider: back.placeProvider ?? 'PR1', plPost: back.plPost ?? 'AB1 2' }),
  );

  it('back to the same foster carer (postcode written differently): no change, one spell', () => {
    const h = withReturn({ plPost: 'ab12' });
    expect(placementChanges(h, DEFAULT_PLACEMENT_CHANGE)).toHaveLength(0);
    expect(placementSpells(h, DEFAULT_PLACEMENT_CHANGE)).toHaveLength(1);
  });

  it('to another U4 carer elsewhere (other PL_POST): a placement change, two spells', () => {
    const h = withReturn({ plPost: 'CD3 4' });
    expect(placementChanges(h, DEFAULT_PLACEMENT_CHANGE).map((e) => e.decom)).toEqual(['2020-02-03']);
    expect(placementSpells(h, DEFAULT_PLACEMENT_CHANGE)).toHaveLength(2);
  });

  it('to another provider at the same postcode: a placement change', () => {
    expect(placementChanges(withReturn({ placeProvider: 'PR4' }), DEFAULT_PLACEMENT_CHANGE).map((e) => e.decom)).toEqual(['2020-02-03']);
  });

  it('placement_changes_after_11 counts it (born 1 Sep 2008: aged 11 on 3 Feb 2020)', () => {
    expect(careFactorsAt(withReturn({ plPost: 'CD3 4' }), child('2008-09-01'), '2020-03-31', DEFAULT_PLACEMENT_CHANGE).placement_changes_after_11).toBe(1);
    expect(careFactorsAt(withReturn({}), child('2008-09-01'), '2020-03-31', DEFAULT_PLACEMENT_CHANGE).placement_changes_after_11).toBe(0);
  });
});

describe('the UPN a child is linked by: the latest usable one over its returns', () => {
  // Known-answer UPNs of inputs.md (valid: A950000178301, H243278544154; invalid: R247962919251).
  it.each([
    ['A950000178301', 'UN5', 'A950000178301'],            // a later placeholder does not hide a known UPN
    ['UN4', 'A950000178301', 'A950000178301'],            // "not yet known", then known
    ['A950000178301', 'H243278544154', 'H243278544154'],  // a later valid UPN wins
    ['A950000178301', 'R247962919251', 'A950000178301'],  // a later invalid UPN does not
    ['A950000178301', null, 'A950000178301'],
    ['UN4', 'UN5', 'UN5'],                                // no usable UPN: the latest value (its reason)
    ['UN4', null, 'UN4'],
    [null, null, null],
  ] as const)('earlier %s, later %s → %s', (earlier, later, expected) => {
    expect(latestUpn(earlier, later)).toBe(expected);
  });

  const dir = mkdtempSync(join(tmpdir(), 'cla-link-upn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, lines: string[]) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), lines.join('\n') + '\n');
  };

  it('end to end: a child whose latest Header says UN5 is linked by the UPN of its earlier return', async () => {
    const episodes = ['CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN', 'C1,01/06/2018,S,C2,N1,U4,PR1,,,,AB1,CD2,'];
    write('903/855/2019/header.csv', ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'C1,1,01/09/2008,WBRI,A950000178301,,']);
    write('903/855/2019/episodes.csv', episodes);
    write('903/855/2020/header.csv', ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB', 'C1,1,01/09/2008,WBRI,UN5,,']);
    write('903/855/2020/episodes.csv', episodes);
    write('npd/ks4_pupil_2019-20.csv', ['KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8', 'A950000178301,2019/20,100001,855,40']);
    const db = await openDb();
    try {
      const linked = await linkFolder(db, { folder: dir });
      expect(linked.linkage.counts.map((c) => [c.year, c.schoolAge, c.matched, c.unmatched.placeholder])).toEqual([[2019, 1, 1, 0], [2020, 1, 1, 0]]);
      const rows = await queryRows<{ la: string | null; ever_cla: number; cla_31mar: number; days_in_care: number }>(db,
        'SELECT la, ever_cla, cla_31mar, days_in_care FROM factors');
      // 1 June 2018 – 30 March 2020: 365 (to 31 May 2019) + 214 (June–December 2019) + 31 + 29 + 30 = 669
      expect(rows).toEqual([{ la: '855', ever_cla: 1, cla_31mar: 1, days_in_care: 669 }]);
    } finally {
      closeDb(db);
    }
  });
});
