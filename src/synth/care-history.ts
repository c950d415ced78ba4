import type { SynthEpisode } from './child.js';
import { ageOnDay, birthdayDay, isYearEdge, returnYearOfDay } from './calendar.js';
import type { Random } from './random.js';
import {
  chooseAdoptionPlacement, choosePlacement, chooseTemporaryPlacement, postcodeFor, type Placement, type PlacementContext,
} from './placements.js';

/**
 * Simulates one child's care history: periods of care made of X1-chained episodes, with placement
 * changes (RNE P/T/B/U), legal status changes (L), temporary placements (T0–T4, returning to the same
 * placement or, sometimes, moving on), adoption, return home and re-entry, ageing out at 18; and, for
 * respite children, series of short-break episodes (LS V3/V4).
 *
 * Date rules kept by construction (so the truth file has no edge-case ambiguity):
 * * no episode starts or ends on 31 March or 1 April (the DfE's "period ends on 31 March" edge);
 * * no episode starts on the child's 11th birthday ("placement change after 11" is then unambiguous);
 * * episodes never overlap; each X1 episode's DEC equals the next DECOM.
 */
export interface HistoryContext {
  la: string;
  otherLas: readonly string[];
  /** Last day simulated: an episode still open then stays open (DEC blank). */
  horizon: number;
  lastYear: number;
}

const REASONS_PLACE_CHANGE = [['CARPL', 4], ['CLOSE', 1], ['ALLEG', 1], ['STAND', 2], ['APPRR', 2], ['CREQB', 2],
  ['CREQO', 1], ['CHILD', 2], ['LAREQ', 2], ['PLACE', 1], ['OTHER', 2]] as const;
const CIN_WEIGHTS = [['N1', 63], ['N2', 3], ['N3', 3], ['N4', 14], ['N5', 8], ['N6', 3], ['N7', 1], ['N8', 5]] as const;

/** Moves a day forward off 31 March, 1 April and the 11th birthday. */
export function safeDay(day: number, dob: number): number {
  const eleventh = birthdayDay(dob, 11);
  let d = day;
  while (isYearEdge(d) || d === eleventh) d++;
  return d;
}
function safeDayBackward(day: number, dob: number): number {
  const eleventh = birthdayDay(dob, 11);
  let d = day;
  while (isYearEdge(d) || d === eleventh) d--;
  return d;
}

class HistoryBuilder {
  readonly episodes: SynthEpisode[] = [];
  private current: SynthEpisode | null = null;

  get open(): SynthEpisode | null {
    return this.current;
  }

  start(day: number, e: Omit<SynthEpisode, 'decom' | 'dec' | 'rec'>): void {
    this.current = { ...e, decom: day, dec: null, rec: null };
    this.episodes.push(this.current);
  }

  /** Ends the open episode with X1 and opens the next one the same day. */
  change(day: number, changes: Partial<SynthEpisode> & { rne: string }): void {
    const prev = this.current!;
    prev.dec = day;
    prev.rec = 'X1';
    this.current = { ...prev, reasonPlaceChange: '', ...changes, decom: day, dec: null, rec: null };
    this.episodes.push(this.current);
  }

  end(day: number, rec: string): void {
    this.current!.dec = day;
    this.current!.rec = rec;
    this.current = null;
  }
}

function placementFields(p: Placement): Pick<SynthEpisode, 'place' | 'provider' | 'urn' | 'plPost' | 'placementLa'> {
  return { place: p.place, provider: p.provider, urn: p.urn, plPost: p.plPost, placementLa: p.placementLa };
}

type PeriodPlan = 'adoption' | 'home' | 'sgo' | 'long';

/** Simulates one period starting on `start`; returns the day it ended, or null if open at the horizon. */
function simulatePeriod(b: HistoryBuilder, rng: Random, ctx: HistoryContext, dob: number, start: number,
  kind: 'regular' | 'uasc', instability: number): { end: number | null; rec: string | null; adoptionDecision: number | null; adoptionMatch: number | null } {
  const age = ageOnDay(dob, start);
  const pctx = (day: number): PlacementContext => ({ la: ctx.la, otherLas: ctx.otherLas, startYear: returnYearOfDay(day), lastYear: ctx.lastYear });
  const eighteenth = safeDayBackward(birthdayDay(dob, 18), dob);
  let ls: string;
  if (kind === 'uasc') ls = 'V2';
  else if (age < 1) ls = rng.weighted([['C1', 5], ['V2', 3], ['L2', 1], ['L1', 1]] as const);
  else if (age < 13) ls = rng.weighted([['C1', 5], ['V2', 4], ['L1', 1], ['L2', 1]] as const);
  else ls = rng.weighted([['V2', 6], ['C1', 3], ['J1', 0.5], ['L1', 0.5]] as const);
  const cin = kind === 'uasc' ? 'N8' : rng.weighted(CIN_WEIGHTS);
  const homePost = postcodeFor(ctx.la, rng);
  let placement = choosePlacement(rng, age, pctx(start), kind);
  b.start(start, { rne: 'S', ls, cin, reasonPlaceChange: '', homePost, ...placementFields(placement) });

  const plan: PeriodPlan = kind === 'uasc' ? 'long'
    : age < 5 ? rng.weighted([['adoption', 35], ['home', 28], ['sgo', 15], ['long', 22]] as const)
      : age < 13 ? rng.weighted([['home', 38], ['sgo', 12], ['long', 50]] as const)
        : rng.weighted([['home', 45], ['long', 55]] as const);
  let endDay: number;
  let endRec: string;
  let adoptionDecision: number | null = null;
  let adoptionMatch: number | null = null;
  let adoptionPlacementDay: number | null = null;
  if (plan === 'home') {
    endDay = start + Math.round(20 + rng.exponential(age < 13 ? 420 : 300));
    endRec = rng.weighted([['E13', 3], ['E4A', 5], ['E4B', 1], ['E41', 1]] as const);
  } else if (plan === 'sgo') {
    endDay = start + Math.round(365 + rng.exponential(500));
    endRec = rng.weighted([['E45', 2], ['E46', 1], ['E47', 1], ['E48', 1]] as const);
  } else if (plan === 'adoption') {
    adoptionDecision = safeDay(start + rng.int(120, 420), dob);
    adoptionMatch = safeDay(adoptionDecision + rng.int(60, 300), dob);
    adoptionPlacementDay = safeDay(adoptionMatch + rng.int(14, 60), dob);
    endDay = adoptionPlacementDay + rng.int(150, 400);
    endRec = rng.chance(0.6) ? 'E11' : 'E12';
  } else {
    endDay = eighteenth + 1;
    endRec = '';
  }
  if (endDay >= eighteenth) {
    endDay = eighteenth;
    endRec = rng.weighted([['E8', 3], ['E17', 2], ['E5', 2], ['E6', 1]] as const);
  }
  endDay = endDay === eighteenth ? endDay : safeDay(endDay, dob);

  // events within the period, in time order
  type Ev = { day: number; type: 'move' | 'legal' | 'temp' | 'adopt' };
  const events: Ev[] = [];
  const moveMean = 365 / (instability * (age >= 11 ? 0.55 : 0.35));
  for (let t = start + rng.exponential(moveMean); t < endDay; t += rng.exponential(moveMean)) {
    if (adoptionPlacementDay === null || t < adoptionPlacementDay - 30) events.push({ day: Math.round(t), type: 'move' });
  }
  if (ls === 'C1') events.push({ day: start + rng.int(40, 300), type: 'legal' });
  if (ls === 'L1' || ls === 'L2') events.push({ day: start + rng.int(2, 8), type: 'legal' });
  for (let t = start + rng.exponential(3000); t < endDay; t += rng.exponential(3000)) events.push({ day: Math.round(t), type: 'temp' });
  if (adoptionDecision !== null) events.push({ day: adoptionDecision - rng.int(10, 60), type: 'legal' });
  if (adoptionPlacementDay !== null) events.push({ day: adoptionPlacementDay, type: 'adopt' });
  events.sort((x, y) => x.day - y.day);

  let last = start;
  for (const ev of events) {
    let day = safeDay(ev.day, dob);
    if (day <= last + 1 || day >= endDay - 9 || day > ctx.horizon) continue;
    const current = b.open!;
    const currentAge = ageOnDay(dob, day);
    if (ev.type === 'legal') {
      const nextLs = adoptionDecision !== null && day > adoptionDecision - 70 ? 'E1' : current.ls === 'C1' ? 'C2' : rng.chance(0.5) ? 'C1' : 'V2';
      if (nextLs === current.ls) continue;
      const how = rng.next();
      if (how < 0.7) {
        b.change(day, { rne: 'L', ls: nextLs });
      } else if (how < 0.82 && /^U[1-6]$/.test(current.place)) {
        // legal status and placement change, same carer (the carer moved house): RNE U
        b.change(day, { rne: 'U', ls: nextLs, reasonPlaceChange: 'CARPL', plPost: postcodeFor(current.placementLa, rng) });
      } else {
        placement = choosePlacement(rng, currentAge, pctx(day), kind);
        b.change(day, { rne: 'B', ls: nextLs, reasonPlaceChange: rng.weighted(REASONS_PLACE_CHANGE), ...placementFields(placement) });
      }
    } else if (ev.type === 'move') {
      const sameCarer = /^U[1-6]$/.test(current.place) && rng.chance(0.12);
      if (sameCarer) {
        b.change(day, { rne: 'T', reasonPlaceChange: 'CARPL', plPost: postcodeFor(current.placementLa, rng) });
      } else {
        placement = choosePlacement(rng, currentAge, pctx(day), kind);
        b.change(day, { rne: 'P', reasonPlaceChange: rng.weighted(REASONS_PLACE_CHANGE), ...placementFields(placement) });
      }
    } else if (ev.type === 'temp') {
      const back = safeDay(day + rng.int(1, 7), dob);
      if (back >= endDay - 9 || back > ctx.horizon) continue;
      const before = { ...current };
      const temp = chooseTemporaryPlacement(rng, pctx(day));
      b.change(day, { rne: 'P', reasonPlaceChange: 'OTHER', ...placementFields(temp) });
      if (rng.chance(0.85)) {
        b.change(back, { rne: 'P', reasonPlaceChange: 'OTHER', place: before.place, provider: before.provider, urn: before.urn,
          plPost: before.plPost, placementLa: before.placementLa });
      } else {
        placement = choosePlacement(rng, ageOnDay(dob, back), pctx(back), kind);
        b.change(back, { rne: 'P', reasonPlaceChange: rng.weighted(REASONS_PLACE_CHANGE), ...placementFields(placement) });
      }
      day = back;
    } else {
      placement = chooseAdoptionPlacement(rng, pctx(day));
      b.change(day, { rne: 'P', reasonPlaceChange: 'PLACE', ...placementFields(placement) });
    }
    last = day;
  }
  if (endDay > ctx.horizon) return { end: null, rec: null, adoptionDecision, adoptionMatch };
  b.end(endDay, endRec);
  return { end: endDay, rec: endRec, adoptionDecision, adoptionMatch };
}

export interface SimulatedHistory {
  episodes: SynthEpisode[];
  adoptionDecision: number | null;
  adoptionMatch: number | null;
}

/** Periods of care from `firstEntry` on: re-entry after a return home for about one child in five. */
export function simulateCareHistory(rng: Random, ctx: HistoryContext, dob: number, firstEntry: number,
  kind: 'regular' | 'uasc'): SimulatedHistory {
  const b = new HistoryBuilder();
  const instability = Math.exp(rng.normal(0, 0.6));
  let start = safeDay(firstEntry, dob);
  let adoptionDecision: number | null = null;
  let adoptionMatch: number | null = null;
  for (let period = 0; period < 3; period++) {
    const result = simulatePeriod(b, rng, ctx, dob, start, kind, instability);
    adoptionDecision ??= result.adoptionDecision;
    adoptionMatch ??= result.adoptionMatch;
    if (result.end === null || !['E13', 'E4A', 'E4B', 'E41'].includes(result.rec ?? '')) break;
    if (!rng.chance(0.22)) break;
    const next = safeDay(result.end + rng.int(45, 900), dob);
    if (next > ctx.horizon || ageOnDay(dob, next) >= 17) break;
    start = next;
  }
  return { episodes: b.episodes, adoptionDecision, adoptionMatch };
}

/**
 * A respite child's agreed series of short breaks (LS V3, or V4 for a series of more than 17 days a
 * year): one-episode periods of 1–4 nights every few weeks, each ending with REC E13.
 */
export function simulateRespite(rng: Random, ctx: HistoryContext, dob: number, firstBreak: number): SynthEpisode[] {
  const episodes: SynthEpisode[] = [];
  const ls = rng.chance(0.7) ? 'V3' : 'V4';
  const place = rng.chance(0.6) ? 'K2' : 'U4';
  const provider = rng.chance(0.6) ? 'PR1' : 'PR4';
  const urn = place === 'K2' ? `SC${String(rng.int(0, 999999)).padStart(6, '0')}` : '';
  const homePost = postcodeFor(ctx.la, rng);
  const plPost = postcodeFor(ctx.la, rng);
  const until = Math.min(ctx.horizon, safeDayBackward(birthdayDay(dob, 18), dob) - 10, firstBreak + rng.int(365, 1800));
  for (let day = safeDay(firstBreak, dob); day < until; day = safeDay(day + rng.int(14, 60), dob)) {
    const dec = safeDay(day + rng.int(1, 4), dob);
    episodes.push({ decom: day, dec, rne: 'S', ls, cin: 'N6', place, provider, rec: 'E13', reasonPlaceChange: '', homePost,
      plPost, urn, placementLa: ctx.la });
    day = dec;
  }
  return episodes;
}
