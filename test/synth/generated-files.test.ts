import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyUpn } from '../../src/domain/upn.js';
import { placeCodesOfYear } from '../../src/domain/codes.js';
import { generateSyntheticData, type SynthSummary } from '../../src/synth/index.js';
import { dayOfText, listFiles, readCsv } from './read-csv.js';

// Columns copied by hand from shared/spec/inputs.md (not imported from src, so a slip in src fails here).
const SPEC_903: Record<string, string> = {
  header: 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB',
  episodes: 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  uasc: 'CHILD,SEX,DOB,DUC',
  oc2: 'CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED',
  oc3: 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM',
  reviews: 'CHILD,DOB,REVIEW,REVIEW_CODE',
  missing: 'CHILD,DOB,MISSING,MIS_START,MIS_END',
  ad1: 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR',
  placed_adoption: 'CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED',
  prev_perm: 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM',
  sw_episodes: 'CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON',
};
const SPEC_PUPIL: Record<string, string> = {
  ks4_pupil: 'KS4_UPN,KS4_ACADYR,KS4_URN,KS4_LA,KS4_ATT8,KS4_P8SCORE,KS4_INP8CALC,KS4_KS2EMSS,KS4_L2BASICS_94,KS4_L2BASICS_95,KS4_EBACC_E_PTQ_EE,KS4_EBACC_94,KS4_EBACC_95,KS4_EBACCAPS',
  ks4_results: 'UPN,ACADYR,SUBJECT,QUAL,EBACC,GRADE,POINTS',
  ks2_pupil: 'UPN,ACADYR,READSCORE,MATSCORE,GPSSCORE,READEXP,MATEXP,WRITTAEXP,RWMEXP,READHIGH,MATHIGH,WRITTADEPTH,RWMHIGH,READPROGSCORE,WRITPROGSCORE,MATPROGSCORE',
  ks1_pupil: 'UPN,ACADYR,READ_OUTCOME,WRIT_OUTCOME,MATH_OUTCOME',
  census: 'UPN,AcademicYear,CensusTerm,URN,LA,FormerUPN,NCyearActual,SENprovision,SchoolType',
  absence: 'UPN,ACADYR,SessionsPossible,AuthorisedAbsence,UnauthorisedAbsence',
  exclusions: 'UPN,ACADYR,Category,StartDate,Sessions',
};

const OPTS = { las: ['855', '856'], years: { from: 2022, to: 2026 }, seed: 7, childrenInCarePerLa: 250, pupilsPerKs4Year: 600 };
let dir = '';
let out = '';
let summary: SynthSummary;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synth-test-'));
  out = join(dir, 'data');
  summary = await generateSyntheticData({ ...OPTS, out, truthFile: join(dir, 'truth.csv') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files903 = (table: string) => listFiles(join(out, '903')).filter((f) => f.endsWith(`/${table}.csv`));
const yearOf = (f: string) => Number(f.split('/').at(-2));
const laOf = (f: string) => f.split('/').at(-3)!;

describe('synthetic data: layout and columns', () => {
  it('writes every 903 table per LA and year with exactly the spec columns (SWEpisodes from 2024)', () => {
    for (const la of OPTS.las) {
      for (let y = 2022; y <= 2026; y++) {
        for (const [table, cols] of Object.entries(SPEC_903)) {
          const path = join(out, '903', la, String(y), `${table}.csv`);
          if (table === 'sw_episodes' && y < 2024) {
            expect(() => readFileSync(path)).toThrow();
            continue;
          }
          expect(readFileSync(path, 'utf8').split('\n')[0], path).toBe(cols);
        }
      }
    }
  });

  it('writes national pupil files with exactly the spec columns', () => {
    const npd = listFiles(join(out, 'npd'));
    expect(npd.length).toBeGreaterThan(20);
    for (const f of npd) {
      const table = relative(join(out, 'npd'), f).replace(/_\d{4}-\d{2}\.csv$/, '');
      expect(SPEC_PUPIL[table], f).toBeDefined();
      expect(readFileSync(f, 'utf8').split('\n')[0]).toBe(SPEC_PUPIL[table]);
    }
    // KS2/KS1 assessments cancelled in 2020 and 2021: KS4 2025 and 2026 cohorts have no KS2 score
    const ks4of2026 = readCsv(join(out, 'npd', 'ks4_pupil_2025-26.csv')).rows;
    expect(ks4of2026.every((r) => r.KS4_KS2EMSS === '' && r.KS4_INP8CALC === '0')).toBe(true);
  });

  it('summary counts match the files', () => {
    for (const [rel, n] of Object.entries(summary.files)) {
      const text = readFileSync(join(out, rel), 'utf8');
      expect(text.split('\n').length - 2, rel).toBe(n);
    }
    expect(summary.truthRows).toBe(summary.ks4Pupils);
  });
});

describe('synthetic data: UPNs', () => {
  it('every UPN has a valid check letter; temporary UPNs and placeholders occur', () => {
    const kinds = new Map<string, number>();
    const count = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
    for (const f of files903('header')) for (const r of readCsv(f).rows) count(classifyUpn(r.UPN));
    for (const f of listFiles(join(out, 'npd')).filter((p) => p.includes('census_'))) {
      for (const r of readCsv(f).rows) {
        count(classifyUpn(r.UPN));
        if (r.FormerUPN) count(`former-${classifyUpn(r.FormerUPN)}`);
      }
    }
    expect(kinds.get('bad_check_letter') ?? 0).toBe(0);
    expect(kinds.get('malformed') ?? 0).toBe(0);
    expect(kinds.get('blank') ?? 0).toBe(0);
    expect(kinds.get('placeholder')).toBeGreaterThan(0);
    expect(kinds.get('temporary')).toBeGreaterThan(0);
    expect(kinds.get('former-temporary')).toBeGreaterThan(0);
  });

  it('most school-age children in the returns with a UPN match a pupil record (UPN or FormerUPN)', () => {
    const pupilUpns = new Set<string>();
    for (const f of listFiles(join(out, 'npd'))) {
      for (const r of readCsv(f).rows) {
        for (const k of ['UPN', 'KS4_UPN', 'FormerUPN']) if (r[k]) pupilUpns.add(r[k]!);
      }
    }
    const children = new Map<string, boolean>();
    for (const f of files903('header')) {
      const year = yearOf(f);
      for (const r of readCsv(f).rows) {
        const age = (Date.UTC(year - 1, 7, 31) / 86400000 - dayOfText(r.DOB)) / 365.25;
        if (age < 5 || age >= 16 || r.UPN.startsWith('UN')) continue;
        const key = `${laOf(f)}|${r.CHILD}`;
        children.set(key, (children.get(key) ?? false) || pupilUpns.has(r.UPN));
      }
    }
    const matched = [...children.values()].filter(Boolean).length;
    expect(children.size).toBeGreaterThan(100);
    expect(matched / children.size).toBeGreaterThan(0.85);
  });

  it('UN1 only for children under 5 at 31 March', () => {
    for (const f of files903('header')) {
      const year = yearOf(f);
      for (const r of readCsv(f).rows.filter((x) => x.UPN === 'UN1')) {
        const dob = dayOfText(r.DOB);
        expect(Date.UTC(year - 5, 2, 31) / 86400000 < dob).toBe(true);
      }
    }
  });
});

describe('synthetic data: episodes', () => {
  it('codes are valid for the return year', () => {
    for (const f of files903('episodes')) {
      const year = yearOf(f);
      const places = placeCodesOfYear(year);
      for (const r of readCsv(f).rows) {
        expect(places, `${r.PLACE} in ${year}`).toContain(r.PLACE);
        expect(['S', 'L', 'P', 'T', 'B', 'U']).toContain(r.RNE);
        expect(['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3']).toContain(r.LS);
        expect(r.CIN).toMatch(/^N[1-8]$/);
        expect(r.PLACE_PROVIDER).toMatch(/^PR[0-5]$/);
        if (r.DEC === '') expect(r.REC).toBe('');
        else expect(['X1', 'E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E8', 'E9', 'E14', 'E15', 'E16', 'E17']).toContain(r.REC);
      }
    }
    for (const f of files903('header')) {
      const year = yearOf(f);
      for (const r of readCsv(f).rows) expect(year <= 2024 ? ['1', '2'] : ['M', 'F', 'U']).toContain(r.SEX);
    }
  });

  it('chains are well formed across returns: no overlaps, X1 contiguous, open episodes carried into the next return', () => {
    const byChild = new Map<string, Map<number, { dec: string; rec: string; years: number[] }>>();
    for (const f of files903('episodes')) {
      for (const r of readCsv(f).rows) {
        const key = `${laOf(f)}|${r.CHILD}`;
        const eps = byChild.get(key) ?? new Map();
        byChild.set(key, eps);
        const decom = dayOfText(r.DECOM);
        const seen = eps.get(decom);
        if (seen) {
          seen.years.push(yearOf(f));
          if (r.DEC) Object.assign(seen, { dec: r.DEC, rec: r.REC });
        } else eps.set(decom, { dec: r.DEC, rec: r.REC, years: [yearOf(f)] });
      }
    }
    let x1 = 0;
    for (const [key, eps] of byChild) {
      const list = [...eps.entries()].sort((a, b) => a[0] - b[0]);
      for (let i = 0; i < list.length; i++) {
        const [decom, e] = list[i]!;
        const years = [...e.years].sort();
        for (let k = 1; k < years.length; k++) expect(years[k], key).toBe(years[k - 1]! + 1);
        if (e.dec === '') {
          expect(i, `${key}: only the last episode may be open`).toBe(list.length - 1);
          expect(years.at(-1), `${key}: an open episode is in every later return`).toBe(2026);
          continue;
        }
        const dec = dayOfText(e.dec);
        expect(dec, key).toBeGreaterThan(decom);
        const next = list[i + 1];
        if (next) expect(next[0], `${key}: overlap`).toBeGreaterThanOrEqual(dec);
        if (e.rec === 'X1') {
          x1++;
          expect(next?.[0], `${key}: X1 chain gap`).toBe(dec);
        }
      }
    }
    expect(x1).toBeGreaterThan(100);
  });

  it('every child with episodes is in that return\'s Header; OC2 children were looked after all year', () => {
    const spans = new Map<string, [number, number | null, string][]>();
    for (const f of files903('episodes')) {
      for (const r of readCsv(f).rows) {
        const key = `${laOf(f)}|${r.CHILD}`;
        const list = spans.get(key) ?? [];
        const decom = dayOfText(r.DECOM);
        const existing = list.find((x) => x[0] === decom);
        if (existing) existing[1] = r.DEC ? dayOfText(r.DEC) : existing[1];
        else list.push([decom, r.DEC ? dayOfText(r.DEC) : null, r.LS]);
        spans.set(key, list);
      }
    }
    for (const f of files903('episodes')) {
      const header = new Set(readCsv(f.replace('episodes.csv', 'header.csv')).rows.map((r) => r.CHILD));
      for (const r of readCsv(f).rows) expect(header.has(r.CHILD), f).toBe(true);
    }
    let oc2 = 0;
    for (const f of files903('oc2')) {
      const year = yearOf(f);
      const from = Date.UTC(year - 1, 3, 1) / 86400000;
      const to = Date.UTC(year, 2, 31) / 86400000;
      for (const r of readCsv(f).rows) {
        oc2++;
        const list = spans.get(`${laOf(f)}|${r.CHILD}`)!.filter((x) => x[2] !== 'V3' && x[2] !== 'V4').sort((a, b) => a[0] - b[0]);
        let covered = from;
        for (const [decom, dec] of list) {
          if (dec !== null && dec <= covered) continue;
          if (decom > covered) break;
          covered = dec ?? Infinity;
        }
        expect(covered > to, `${f} ${year}`).toBe(true);
      }
    }
    expect(oc2).toBeGreaterThan(20);
  });

  it('has the realistic features the spec asks for', () => {
    const eps = files903('episodes').flatMap((f) => readCsv(f).rows);
    const has = (pred: (r: Record<string, string>) => boolean) => eps.some(pred);
    for (const rne of ['S', 'L', 'P', 'T', 'B', 'U']) expect(has((r) => r.RNE === rne), rne).toBe(true);
    expect(has((r) => r.LS === 'V3' || r.LS === 'V4')).toBe(true);
    expect(has((r) => /^T[0-4]$/.test(r.PLACE))).toBe(true);
    expect(has((r) => r.PLACE === 'K3')).toBe(true);
    expect(has((r) => /^Z1[1-4]$/.test(r.PLACE))).toBe(true);
    expect(has((r) => r.PLACE_PROVIDER === 'PR2' || r.PLACE_PROVIDER === 'PR4')).toBe(true);
    expect(has((r) => /^A[3-6]$/.test(r.PLACE))).toBe(true);
    expect(has((r) => r.REC === 'E11' || r.REC === 'E12')).toBe(true);
    expect(files903('uasc').some((f) => readCsv(f).rows.length > 0)).toBe(true);
    expect(files903('oc2').some((f) => readCsv(f).rows.length > 0)).toBe(true);
    expect(files903('oc3').some((f) => readCsv(f).rows.length > 0)).toBe(true);
    expect(files903('sw_episodes').some((f) => readCsv(f).rows.length > 0)).toBe(true);
  });
});

describe('synthetic data: pupil files agree with each other and with the truth file', () => {
  it('KS4 flags follow the subject grades; ATT8 in [0, 90]; truth att8 = KS4_ATT8; no results rows only for ATT8 0', () => {
    const truth = new Map(readCsv(join(dir, 'truth.csv')).rows.map((r) => [`${r.pupil_key}|${r.ks4_year}`, r]));
    for (const ay of ['2021-22', '2022-23', '2023-24']) {
      const grades = new Map<string, { eng: number; mat: number }>();
      for (const r of readCsv(join(out, 'npd', `ks4_results_${ay}.csv`)).rows) {
        const g = grades.get(r.UPN) ?? { eng: -1, mat: -1 };
        const p = r.GRADE === 'U' ? 0 : Number(r.GRADE);
        if ((r.EBACC === 'ENG_LANG' || r.EBACC === 'ENG_LIT') && p > g.eng) g.eng = p;
        if (r.EBACC === 'MATHS' && p > g.mat) g.mat = p;
        grades.set(r.UPN, g);
      }
      for (const r of readCsv(join(out, 'npd', `ks4_pupil_${ay}.csv`)).rows) {
        // a pupil who sat nothing (ATT8 0) has no results rows: every flag 0
        const g = grades.get(r.KS4_UPN) ?? (expect(r.KS4_ATT8).toBe('0'), { eng: -1, mat: -1 });
        if (Number(r.KS4_ATT8) !== 0) expect(grades.has(r.KS4_UPN)).toBe(true);
        expect(r.KS4_L2BASICS_94).toBe(g.eng >= 4 && g.mat >= 4 ? '1' : '0');
        expect(r.KS4_L2BASICS_95).toBe(g.eng >= 5 && g.mat >= 5 ? '1' : '0');
        const att8 = Number(r.KS4_ATT8);
        expect(att8 >= 0 && att8 <= 90).toBe(true);
        expect(r.KS4_P8SCORE).toBe('');
        expect(Number(truth.get(`${r.KS4_UPN}|${r.KS4_ACADYR}`)!.att8)).toBe(att8);
      }
    }
  });

  it('truth absence, suspension and school-change columns recompute from the files', () => {
    const truth = readCsv(join(dir, 'truth.csv')).rows.filter((r) => r.ks4_year === '2023/24');
    const sessions = new Map<string, [number, number, number]>();
    for (const ay of ['2022-23', '2023-24']) {
      for (const r of readCsv(join(out, 'npd', `absence_${ay}.csv`)).rows) {
        const s = sessions.get(r.UPN) ?? [0, 0, 0];
        sessions.set(r.UPN, [s[0] + Number(r.SessionsPossible), s[1] + Number(r.AuthorisedAbsence), s[2] + Number(r.UnauthorisedAbsence)]);
      }
    }
    const suspended = new Map<string, number>();
    for (const ay of ['2022-23', '2023-24']) {
      for (const r of readCsv(join(out, 'npd', `exclusions_${ay}.csv`)).rows) {
        if (r.Category === 'FIXD') suspended.set(r.UPN, (suspended.get(r.UPN) ?? 0) + Number(r.Sessions) / 2);
      }
    }
    const urns = new Map<string, string[]>();
    for (const ay of ['2022-23', '2023-24']) {
      for (const r of readCsv(join(out, 'npd', `census_${ay}.csv`)).rows) urns.set(r.UPN, [...(urns.get(r.UPN) ?? []), r.URN]);
    }
    let changes = 0;
    for (const t of truth) {
      const [possible, auth, unauth] = sessions.get(t.pupil_key)!;
      expect(Number(t.unauthorised_absence_pct)).toBeCloseTo((100 * unauth) / possible, 5);
      expect(Number(t.overall_absence_pct)).toBeCloseTo((100 * (auth + unauth)) / possible, 5);
      expect(Number(t.suspension_days)).toBe(suspended.get(t.pupil_key) ?? 0);
      const u = urns.get(t.pupil_key)!;
      const moved = u.some((x, i) => i > 0 && x !== u[i - 1]) ? '1' : '0';
      expect(t.school_change_y10_y11).toBe(moved);
      if (moved === '1') changes++;
      expect(t.school_urn).toBe(u.at(-1));
    }
    expect(changes).toBeGreaterThan(0);
  });

  it('children in care are linked: most school-age children in care have a pupil record, some via FormerUPN', () => {
    const truth = readCsv(join(dir, 'truth.csv')).rows;
    const cla = truth.filter((r) => r.ever_cla === '1');
    expect(cla.length).toBeGreaterThan(20);
    expect(cla.every((r) => OPTS.las.includes(r.la))).toBe(true);
    expect(truth.filter((r) => r.ever_cla === '0').every((r) => r.la === '')).toBe(true);
    expect(cla.some((r) => r.school_la !== r.la)).toBe(true); // placed out of area
  });
});
