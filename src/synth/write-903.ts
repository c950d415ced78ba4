import { join } from 'node:path';
import type { SynthChild, SynthEpisode } from './child.js';
import { ageOnDay, april1Day, birthdayDay, formatDay, march31Day } from './calendar.js';
import { isCla12m } from './care-factors.js';
import { COLUMNS_903, FIRST_SW_EPISODES_YEAR, type Table903 } from './columns.js';
import type { CsvWriterPool } from './csv-writer.js';
import { Random } from './random.js';

/**
 * Writes one LA's 903 return for one year: `<out>/903/<LA>/<YEAR>/<table>.csv`. A return holds every
 * episode open at some point in its year (DECOM ≤ 31 March and DEC blank or ≥ 1 April of the year
 * before); an episode still open on 31 March has DEC (and REC) blank, and reappears in the next return.
 */
const SW_REASONS = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'OTHERS'] as const;

export function episodesInReturn(episodes: readonly SynthEpisode[], year: number): SynthEpisode[] {
  const from = april1Day(year - 1);
  const to = march31Day(year);
  return episodes.filter((e) => e.decom <= to && (e.dec === null || e.dec >= from));
}

/** Header UPN in a return: placeholders for under-5s (UN1), new UASC (UN2), no English school (UN3) and a few others. */
function headerUpn(child: SynthChild, year: number, rng: Random, firstReturn: boolean): string {
  const age = ageOnDay(child.dob, march31Day(year));
  if (age < 5) return rng.chance(0.85) ? 'UN1' : child.upn;
  if (child.kind === 'uasc' && firstReturn) return 'UN2';
  if (!child.inSchoolFiles) return 'UN3';
  if (firstReturn && rng.chance(0.03)) return 'UN4';
  if (rng.chance(0.005)) return 'UN5';
  return child.upn;
}

/**
 * OC3 (care leavers) by age on the return's 31 March, calibrated to England's published figures
 * (docs/demo-data.md): of all care leavers of the age, in touch about 93 % at 17–18 and 91 % at
 * 19–21; in education, employment or training 64 % and 54 % (data/benchmarks/care_leavers.csv,
 * 2023/24); in suitable accommodation about 88 % and 85 %. Activity and accommodation are drawn
 * only for those in touch, so their weights are the figures divided by the in-touch share
 * (EET 69 of 100 and 59 of 100; suitable 0.946 and 0.934). Younger leavers are mostly in further
 * education (F2), older ones more in higher education, work and training.
 */
const OC3_BY_AGE = {
  aged17to18: {
    inTouch: [['YES', 93], ['NO', 2], ['REFU', 2], ['NREQ', 2], ['RHOM', 1]],
    activity: [['F1', 3], ['P1', 1], ['F2', 38], ['P2', 6], ['F4', 13], ['P4', 5], ['F5', 2], ['P5', 1], ['G4', 9], ['G5', 18], ['G6', 4]],
    suitable: 0.946,
  },
  aged19to21: {
    inTouch: [['YES', 91], ['NO', 4], ['REFU', 2], ['NREQ', 2], ['RHOM', 1]],
    activity: [['F1', 10], ['P1', 2], ['F2', 12], ['P2', 3], ['F4', 20], ['P4', 8], ['F5', 3], ['P5', 1], ['G4', 14], ['G5', 17], ['G6', 10]],
    suitable: 0.934,
  },
} as const;

/** Left care at 16 or over after at least 13 weeks in care since the 14th birthday: a care leaver (OC3). */
function careLeaverSince(child: SynthChild): number | null {
  const last = child.episodes[child.episodes.length - 1];
  if (!last || last.dec === null || last.ls === 'V3' || last.ls === 'V4' || ['E11', 'E12', 'E2'].includes(last.rec ?? '')) return null;
  if (ageOnDay(child.dob, last.dec) < 16) return null;
  const fourteenth = birthdayDay(child.dob, 14);
  let days = 0;
  for (const e of child.episodes) days += Math.max(0, (e.dec ?? last.dec) - Math.max(e.decom, fourteenth));
  return days >= 91 ? last.dec : null;
}

export function write903Return(pool: CsvWriterPool, out: string, la: string, year: number, children: readonly SynthChild[], seed: number): void {
  const dir = join(out, '903', la, String(year));
  const tables = (Object.keys(COLUMNS_903) as Table903[]).filter((t) => t !== 'sw_episodes' || year >= FIRST_SW_EPISODES_YEAR);
  const w = Object.fromEntries(tables.map((t) => [t, pool.get(join(dir, `${t}.csv`), COLUMNS_903[t])])) as Record<Table903, ReturnType<CsvWriterPool['get']>>;
  const from = april1Day(year - 1);
  const to = march31Day(year);
  const sex = (c: SynthChild) => (year <= 2024 ? (c.sex === 'M' ? '1' : '2') : c.sex);
  for (const child of children) {
    const rng = new Random(seed, Number(la), 2, child.index, year);
    const eps = episodesInReturn(child.episodes, year);
    const leftCare = careLeaverSince(child);
    let oc3 = false;
    if (leftCare !== null) {
      for (let age = 17; age <= 21; age++) {
        const b = birthdayDay(child.dob, age);
        // on or after leaving care: a child who ceased care on the 18th birthday (most care leavers) is a
        // care leaver aged 18 in that year's OC3, as in the DfE's figures (about 3 in 10 OC3 rows are 17–18)
        if (b >= from && b <= to && b >= leftCare) oc3 = true;
      }
    }
    if (eps.length === 0 && !oc3) continue;
    const dob = formatDay(child.dob);
    const firstReturn = eps.length > 0 && eps[0]!.decom >= from && child.episodes[0] === eps[0];
    const age31 = ageOnDay(child.dob, to);
    const mother = child.sex === 'F' && age31 >= 12 ? (rng.chance(0.01) ? '1' : '0') : '';
    const upn = headerUpn(child, year, rng, firstReturn);
    if (upn === child.upn) child.upnRecorded = true;
    w.header.row([child.child, sex(child), dob, child.ethnic, upn, mother,
      mother === '1' ? formatDay(rng.int(from, to)) : '']);
    for (const e of eps) {
      const open = e.dec === null || e.dec > to;
      w.episodes.row([child.child, formatDay(e.decom), e.rne, e.ls, e.cin, e.place, e.provider, open ? '' : formatDay(e.dec!),
        open ? '' : e.rec ?? '', e.reasonPlaceChange, e.homePost, e.plPost, e.urn]);
    }
    if (oc3) {
      const leaver = OC3_BY_AGE[age31 <= 18 ? 'aged17to18' : 'aged19to21'];
      const inTouch = rng.weighted(leaver.inTouch);
      const activ = inTouch === 'YES' ? rng.weighted(leaver.activity) : '0';
      const accom = inTouch === 'YES' ? `${rng.pick(['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U'] as const)}${rng.chance(leaver.suitable) ? 1 : 2}` : '0';
      w.oc3.row([child.child, dob, inTouch, activ, accom]);
    }
    if (eps.length === 0) continue;
    const respite = eps.every((e) => e.ls === 'V3' || e.ls === 'V4');
    if (child.kind === 'uasc') {
      const duc = birthdayDay(child.dob, 18);
      w.uasc.row([child.child, sex(child), dob, duc <= to ? formatDay(duc) : '']);
    }
    if (!respite && isCla12m(child.episodes, year)) writeOc2(w.oc2, rng, child, dob, age31);
    if (!respite) {
      writeReviews(w.reviews, rng, child, dob, eps, from, to);
      writeMissing(w.missing, rng, child, dob, eps, from, to);
      writeAdoption(w, rng, child, dob, eps, from, to);
      // one PrevPerm row per child and return (the XML return holds one PERMANENCE per child): the latest start
      for (const e of eps.filter((x) => x.rne === 'S' && x.decom >= from).slice(-1)) {
        {
          const prev = rng.weighted([['Z1', 85], ['P1', 3], ['P2', 6], ['P3', 6]] as const);
          w.prev_perm.row([child.child, dob, prev, prev === 'Z1' ? '' : (rng.chance(0.7) ? la : '999'),
            prev === 'Z1' ? '' : formatDay(Math.max(child.dob + 30, e.decom - rng.int(200, 1500)))]);
        }
      }
      if (year >= FIRST_SW_EPISODES_YEAR) writeSwEpisodes(w.sw_episodes, rng, child, dob, eps, from, to);
    }
  }
  for (const t of tables) pool.close(join(dir, `${t}.csv`));
}

type Writer = ReturnType<CsvWriterPool['get']>;

function writeOc2(w: Writer, rng: Random, child: SynthChild, dob: string, age: number): void {
  const flag = (p: number) => (rng.chance(p) ? '1' : '0');
  const sdq = age >= 4 && age <= 16;
  const hasScore = sdq && rng.chance(0.8);
  const substance = flag(0.04);
  w.row([child.child, dob, hasScore ? Math.max(0, Math.min(40, Math.round(rng.normal(14, 7)))) : '',
    sdq && !hasScore ? rng.pick(['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'] as const) : '',
    age >= 10 ? flag(0.03) : '', age < 5 ? flag(0.88) : '', flag(0.86), flag(0.8), flag(0.9), substance,
    substance === '1' ? flag(0.6) : '', substance === '1' ? flag(0.3) : '']);
}

function writeReviews(w: Writer, rng: Random, child: SynthChild, dob: string, eps: readonly SynthEpisode[], from: number, to: number): void {
  const starts = child.episodes.filter((e) => e.rne === 'S' && e.ls !== 'V3' && e.ls !== 'V4');
  for (const s of starts) {
    const end = periodEnd(child.episodes, s);
    for (let d = s.decom + 20, k = 0; d <= to && (end === null || d < end); d += k === 0 ? 71 : 182, k++) {
      if (d >= from && eps.length > 0) {
        const code = ageOnDay(child.dob, d) < 4 ? 'PN0' : rng.weighted([['PN1', 40], ['PN2', 10], ['PN3', 15], ['PN4', 10], ['PN5', 10], ['PN6', 5], ['PN7', 10]] as const);
        w.row([child.child, dob, formatDay(d), code]);
      }
    }
  }
}

function periodEnd(all: readonly SynthEpisode[], start: SynthEpisode): number | null {
  for (let i = all.indexOf(start); i < all.length; i++) {
    const e = all[i]!;
    if (e.rec !== 'X1') return e.dec;
  }
  return null;
}

function writeMissing(w: Writer, rng: Random, child: SynthChild, dob: string, eps: readonly SynthEpisode[], from: number, to: number): void {
  const teen = ageOnDay(child.dob, to) >= 11;
  if (!teen) return;
  const residential = eps.some((e) => /^(K1|K2|H5|K3|R1)$/.test(e.place));
  const count = rng.poisson(residential ? 1.2 : 0.25);
  const starts = new Set<number>(); // two missing episodes of a child never start on the same day (that would be a duplicate row)
  for (let i = 0; i < count; i++) {
    const e = rng.pick(eps);
    const lo = Math.max(e.decom, from);
    const hi = Math.min(e.dec === null ? to : e.dec - 1, to);
    if (hi < lo) continue;
    const start = rng.int(lo, hi);
    if (starts.has(start)) continue;
    starts.add(start);
    const end = rng.chance(0.05) ? '' : formatDay(Math.min(to, start + rng.int(0, 4)));
    w.row([child.child, dob, rng.chance(0.8) ? 'M' : 'A', formatDay(start), end]);
  }
}

function writeAdoption(w: Record<Table903, Writer>, rng: Random, child: SynthChild, dob: string, eps: readonly SynthEpisode[], from: number, to: number): void {
  if (child.adoptionDecision === null || child.adoptionDecision > to) return;
  const adoptedEp = child.episodes.find((e) => e.rec === 'E11' || e.rec === 'E12');
  const ceased = adoptedEp?.dec ?? null;
  if (ceased !== null && ceased < from) return;
  const ceasedInYear = ceased !== null && ceased <= to;
  w.placed_adoption.row([child.child, dob, formatDay(child.adoptionDecision), ceasedInYear ? formatDay(ceased!) : '', ceasedInYear ? adoptedEp!.rec! : '']);
  if (ceasedInYear && eps.includes(adoptedEp!)) {
    const nb = rng.chance(0.8) ? '2' : '1';
    const sexAdoptr = nb === '1' ? rng.pick(['M1', 'F1'] as const) : rng.weighted([['MF', 85], ['MM', 8], ['FF', 7]] as const);
    const lsAdoptr = nb === '1' ? 'L3' : rng.weighted([['L0', 60], ['L11', 8], ['L12', 4], ['L2', 20], ['L4', 8]] as const);
    w.ad1.row([child.child, dob, formatDay(child.adoptionDecision), formatDay(child.adoptionMatch ?? child.adoptionDecision),
      rng.chance(0.15) ? '1' : '0', nb, sexAdoptr, lsAdoptr]);
  }
}

function writeSwEpisodes(w: Writer, rng: Random, child: SynthChild, dob: string, eps: readonly SynthEpisode[], from: number, to: number): void {
  const start = Math.max(eps[0]!.decom, from);
  const last = eps[eps.length - 1]!;
  const end = last.dec === null || last.dec > to ? null : last.dec;
  let d = start;
  while (true) {
    const next = d + rng.int(90, 400);
    const closes = end === null ? (next <= to ? next : null) : Math.min(next, end);
    w.row([child.child, dob, `SW${String(rng.int(0, 99999)).padStart(5, '0')}`, formatDay(d), closes === null ? '' : formatDay(closes), rng.pick(SW_REASONS)]);
    if (closes === null || closes === end) break;
    d = closes;
  }
}
