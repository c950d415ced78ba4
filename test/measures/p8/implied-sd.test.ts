/**
 * Progress 8 for a KS4 year without ready reckoner files (2016/17–2018/19, pupil P8 supplied as
 * KS4_P8SCORE) gets its interval from the national σ the DfE's published intervals imply (issue 12
 * item 6, second half), instead of x: data/p8/sd_from_published.csv (scripts/build-p8-sd.mjs).
 *   2018/19: σ 1.283 (median over 154 published rows of ks4_cla12m.csv). Scores −1.5, −0.5, 0.2, −1.0:
 *   mean −2.8 / 4 = −0.7; half-width 1.96 × 1.283 / √4 = 1.25734 → [−1.95734, 0.55734].
 *   England CLA 2018/19 (ks4_cla12m.csv): mean −1.27, n 4200, published CI −1.31 to −1.23;
 *   1.96 × 1.283 / √4200 = 0.03880 gives −1.3088 and −1.2312, the published figures to 2 decimals.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../../../src/io/duck.js';
import { linkFolder } from '../../../src/link/pipeline.js';
import { measureRows } from '../../../src/pipeline/analyse.js';
import { describe, expect, it } from 'vitest';
import { impliedP8Sd, meanP8WithCi } from '../../../src/measures/p8/mean-p8.js';
import { p8TablesWith } from '../../../src/derive/attainment/index.js';
import { figureBasis } from '../../../src/report/render-csv.js';

describe('P8 interval from the σ implied by the published intervals', () => {
  it('2018/19: mean −0.7, CI ± 1.25734, and says where σ comes from', () => {
    const m = meanP8WithCi([-1.5, -0.5, 0.2, -1.0], '2018/19', p8TablesWith());
    expect(m.symbol).toBeNull();
    expect(m.mean).toBeCloseTo(-0.7, 9);
    expect(m.ci![0]).toBeCloseTo(-0.7 - (1.96 * 1.283) / 2, 9);
    expect(m.ci![1]).toBeCloseTo(-0.7 + (1.96 * 1.283) / 2, 9);
    expect(m.symbol === null && m.sdNote).toContain('1.283');
    // the row's note carries it (pupil-measures.ts p8Row); the CSVs, without notes, say "Estimated interval"
    const note = `DfE Progress 8 band: Average. ${m.symbol === null ? m.sdNote : ''}`;
    // the CSVs read the row's basis (set with the note in pupil-measures.ts p8Row; the row test below), not the note
    expect(note).toContain('CI from the national sd 1.283');
    expect(figureBasis({ symbol: null, basis: 'Estimated interval' })).toBe('Estimated interval');
    expect(figureBasis({ symbol: null, note } as { symbol: null })).toBe('As defined');
  });
  it('the derived σ reproduces the published England 2018/19 interval; bundled ready reckoner years are not in the file', () => {
    expect(impliedP8Sd('2018/19')).toBe(1.283);
    expect(impliedP8Sd('2023/24')).toBeNull();
    expect(impliedP8Sd('2017/18')).toBeNull();
    const csv = readFileSync(new URL('../../../data/benchmarks/ks4_cla12m.csv', import.meta.url), 'utf8').split('\n');
    const head = csv[0]!.split(',');
    const eng = csv.find((l) => l.startsWith('201819,2018/19,national'))!.split(',');
    const get = (c: string) => Number(eng[head.indexOf(c)]);
    const h = (1.96 * 1.283) / Math.sqrt(get('t_inp8calc'));
    expect(Math.round((get('avg_p8score') - h) * 100) / 100).toBeCloseTo(get('p8score_CI_low'), 9);
    expect(Math.round((get('avg_p8score') + h) * 100) / 100).toBeCloseTo(get('p8score_CI_upp'), 9);
  });
  it('a year with neither stays x with the reason', () => {
    const m = meanP8WithCi([0.1], '2017/18', p8TablesWith());
    expect([m.symbol, m.mean]).toEqual(['x', null]);
  });
});

describe('on a linked folder: KS4 2018/19 with KS4_P8SCORE supplied and no ready reckoner for the year', () => {
  // three pupils looked after since 1 January 2015 (12 months at 31 March 2019), born 2003: P8 −1.5,
  // −0.5, 0.2 from the KS4 file. Mean −1.8 / 3 = −0.6; half-width 1.96 × 1.283 / √3 = 1.45185 →
  // [−2.05185, 0.85185]: a figure with an interval, not x, whose note names the σ's source
  it('mean −0.6 with the interval from the 2018/19 σ 1.283, and says so in every format (CSV: Estimated interval)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cla-p8-1819-'));
    const db = await openDb();
    try {
      mkdirSync(join(dir, '903', '855', '2019'), { recursive: true });
      mkdirSync(join(dir, 'npd'));
      const ep = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n';
      const hd = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n';
      const kids = [['N1', 'T855240000301', '01/01/2003', '-1.5'], ['N2', 'G855240000302', '01/02/2003', '-0.5'], ['N3', 'W855240000303', '01/03/2003', '0.2']];
      writeFileSync(join(dir, '903', '855', '2019', 'episodes.csv'), ep + kids.map(([c]) => `${c},01/01/2015,S,C2,N1,U4,PR1,,,,AB1 1,AB2 2,\n`).join(''));
      writeFileSync(join(dir, '903', '855', '2019', 'header.csv'), hd + kids.map(([c, u, d]) => `${c},1,${d},WBRI,${u},,\n`).join(''));
      writeFileSync(join(dir, 'npd', 'ks4_pupil_2018-19.csv'), 'KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE\n'
        + kids.map(([, u, , p]) => `${u},2018/19,100001,855,30,${p}\n`).join(''));
      const linked = await linkFolder(db, { folder: dir });
      const rows = await measureRows(db, linked, { la: '855', years: ['2018/19'], cohort: 'cla_12m', breakdowns: [] });
      const r = rows.find((x) => x.id === 'ks4_p8' && x.breakdown === null)!;
      const h = (1.96 * 1.283) / Math.sqrt(3);
      expect(h).toBeCloseTo(1.45185, 5);
      expect([r.symbol, r.denominator]).toEqual([null, 3]);
      expect(r.value).toBeCloseTo(-0.6, 9);
      expect(r.ci![0]).toBeCloseTo(-0.6 - h, 9);
      expect(r.ci![1]).toBeCloseTo(-0.6 + h, 9);
      expect(r.note).toContain('CI from the national sd 1.283 implied by the DfE\'s published 2018/19 intervals');
      expect(r.note).not.toContain('Unadjusted');
      expect(figureBasis(r)).toBe('Estimated interval');
      expect(r.basisNote).toBe('CI from the national sd 1.283 implied by the DfE\'s published 2018/19 intervals (data/p8/sd_from_published.csv).');
    } finally { closeDb(db); rmSync(dir, { recursive: true, force: true }); }
  }, 60_000);
});
