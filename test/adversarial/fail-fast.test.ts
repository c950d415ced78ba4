/**
 * Issue 14 item 1: a year or cohort the data do not hold is exit 2 with what the data do hold, from
 * the cheap survey (no DuckDB for a small folder) or, for a care cohort with no child, once the
 * returns are read (the counts behind the message are the care histories'). The survey's speed is measured by hand (README "Fail fast"), never asserted.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { preflightReport, surveyFolder } from '../../src/cli/preflight.js';
import { UsageError } from '../../src/errors.js';
import { EPISODES, HEADER, makeFolder } from './base.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '../..');
function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', CLA_ANALYSE_NO_STORE: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KS4 = ['KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE,KS4_INP8CALC,KS4_KS2EMSS,KS4_L2BASICS_94,KS4_L2BASICS_95,KS4_EBACC_E_PTQ_EE,KS4_EBACC_94,KS4_EBACC_95,KS4_EBACCAPS',
  'P000000000001,2023/24,139200,855,34.34,,1,89.5,0,0,1,0,0,2.67',
  // quoted fields: the survey's own CSV reading, not a line split, reads this file
  '"D000000000002","2022/23","139200","855","28.5","","1","104","0","0","0","0","0","2"', ''].join('\n');

const temp: string[] = [];
afterAll(() => { for (const d of temp) rmSync(d, { recursive: true, force: true }); });
const folder = (extra: Record<string, string | null> = {}) => { const d = makeFolder(extra); temp.push(d); return d; };

/**
 * No child looked after 12 months at 31 March 2024: 101 and 102 came into care after 31 March 2023,
 * 103 was in care from 2021 but left on 1 January 2024 (ever looked after, not at 31 March).
 */
const NEW_IN_CARE = {
  '903/855/2024/header.csv': `${HEADER}\n101,1,01/09/2007,WBRI,P000000000001,,\n102,2,15/03/2008,BAFR,D000000000002,,\n103,1,20/12/2007,MWBC,T000000000003,,\n`,
  '903/855/2024/episodes.csv': `${EPISODES}\n101,01/06/2023,S,C2,N1,U4,PR1,,,,AB1,AB2,\n102,01/07/2023,S,C2,N1,U4,PR1,,,,AB1,AB2,\n103,01/04/2021,S,C2,N1,U4,PR1,01/01/2024,E11,,AB1,AB2,\n`,
};

describe('the survey of a small folder reads columns without DuckDB', () => {
  it('KS4 years from plain and quoted files; a year not held is exit 2 listing those held', async () => {
    const d = folder({ 'npd/ks4_pupil_2023-24.csv': KS4 });
    const noDb = async (): Promise<never> => { throw new Error('DuckDB opened for a small folder'); };
    const s = await surveyFolder(noDb, d, {}, { years: true });
    expect(s.ks4Years).toEqual(['2022/23', '2023/24']);
    expect(s.pupilFiles).toBe(1);
    await expect(preflightReport(d, { year: '2030/31' })).rejects.toThrow(UsageError);
    await expect(preflightReport(d, { year: '2030/31' })).rejects.toThrow(/hold no 2030\/31/);
    await expect(preflightReport(d, { year: '2022/23' })).resolves.toMatchObject({ las: ['855'] });
  });
});

describe('report: a cohort the data do not hold is exit 2 with what they hold (built CLI)', () => {
  it('--cohort on a folder of 903 returns only (report, benchmark): refused before loading, whatever the cohort', () => {
    const r = cli(['report', folder(), '--cohort', 'all']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('--cohort all chooses the pupils of the education measures, but the data in');
    expect(r.stderr).toContain('hold no pupil files');
    expect(r.stderr).not.toMatch(/^rows: /m); // nothing was read
    const b = cli(['benchmark', folder(), '--cohort', 'cla_31mar']);
    expect(b.code, b.stderr).toBe(2);
    expect(b.stderr).toContain('--cohort cla_31mar chooses the pupils of the education measures');
  });

  it('--cohort cla_12m where no child was looked after 12 months: the cohorts held, with counts', () => {
    const r = cli(['report', folder({ ...NEW_IN_CARE, 'npd/ks4_pupil_2023-24.csv': KS4 }), '--cohort', 'cla_12m']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('the data hold no child of LA 855 looked after for 12 months at 31 March 2024 (--cohort cla_12m, year 2023/24)');
    expect(r.stderr).toContain('remedy: choose a cohort the data hold: cla_31mar (2 children), cla_under_12m (2 children), ever_cla (3 children), or all');
    expect(r.stdout).toBe('');
  });

  it('a year not held, by the built CLI: exit 2 listing the years', () => {
    const r = cli(['report', folder({ 'npd/ks4_pupil_2023-24.csv': KS4 }), '--year', '2031']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/hold no 2030\/31\nremedy: choose from 2022\/23, 2023\/24/);
  });
});
